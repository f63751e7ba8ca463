"""Opt-in log of questions the articles did not answer, for the site owner to see what is missing.

Off by default. Questions are redacted before they are stored (emails, phone numbers, long digit
runs) and entries older than the retention period are deleted on every write. Nothing else about
the reader is stored: no IP address, no cookie, no conversation.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import time
from pathlib import Path

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<!\w)\+?\d[\d\s().-]{6,}\d(?!\w)")
DIGITS = re.compile(r"\d{5,}")


def redact(text: str) -> str:
    text = EMAIL.sub("[email]", text)
    text = PHONE.sub("[phone]", text)
    return DIGITS.sub("[number]", text)


class UnansweredLog:
    def __init__(self, path: Path, retention_days: float = 30):
        self.path = path
        self.retention = retention_days * 86400
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute("CREATE TABLE IF NOT EXISTS unanswered (ts REAL NOT NULL, question TEXT)")

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10)

    def add(self, question: str, now: float | None = None) -> None:
        now = time.time() if now is None else now
        with self._lock, self._connect() as db:
            db.execute("INSERT INTO unanswered VALUES (?, ?)", (now, redact(question)))
            db.execute("DELETE FROM unanswered WHERE ts < ?", (now - self.retention,))

    def entries(self) -> list[tuple[float, str]]:
        with self._connect() as db:
            return list(db.execute("SELECT ts, question FROM unanswered ORDER BY ts"))
