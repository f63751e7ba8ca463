"""Thumbs-up/down feedback in SQLite: the question, the passages the reply quoted, the vote and the
time. Deliberately nothing that identifies the reader: no IP address, no cookie, no session id.

Concurrency: one writer per process (a lock around one connection), and across processes (workers,
replicas on one machine) SQLite's WAL journal with a 30 s busy timeout, so concurrent votes queue
instead of failing with "database is locked" (1,000 at once lost none, tests/web/test_votes.py)."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,            -- UTC, ISO 8601
    question TEXT NOT NULL,
    passage_ids TEXT NOT NULL,           -- JSON list of "doc_id#anchor" the reply quoted
    abstained INTEGER NOT NULL,          -- 1 when the reply quoted nothing
    vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
    source TEXT NOT NULL                 -- "chat" or "embed"
)
"""


BUSY_TIMEOUT_S = 30


class FeedbackStore:
    """One SQLite file; any thread may call `add` (writes are serialized by a lock)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None

    def add(
        self, question: str, passage_ids: Sequence[str], vote: int, source: str, abstained: bool
    ) -> None:
        if vote not in (-1, 1):
            raise ValueError(f"vote must be -1 or 1, not {vote!r}")
        row = (
            datetime.now(UTC).isoformat(timespec="seconds"),
            question[:2000],
            json.dumps(list(passage_ids)),
            int(abstained),
            vote,
            source,
        )
        with self._lock:
            db = self._writer()
            with db:  # one transaction, committed (or rolled back) here
                db.execute(
                    "INSERT INTO feedback (created_at, question, passage_ids, abstained, vote, "
                    "source) VALUES (?, ?, ?, ?, ?, ?)",
                    row,
                )

    def rows(self) -> list[dict]:
        """All stored votes, oldest first (for tests and reports)."""
        with self._lock:
            cursor = self._writer().cursor()
            cursor.row_factory = sqlite3.Row
            found = cursor.execute("SELECT * FROM feedback ORDER BY id").fetchall()
        return [{**dict(r), "passage_ids": json.loads(r["passage_ids"])} for r in found]

    def _writer(self) -> sqlite3.Connection:
        """The process's one writing connection, opened (and the table made) on first use."""
        if self._db is None:
            db = self._connect()
            with db:
                db.execute(SCHEMA)
            self._db = db
        return self._db

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
        db.execute("PRAGMA journal_mode = WAL")  # readers never block the writer
        return db
