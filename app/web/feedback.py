"""Thumbs-up/down feedback in SQLite: the question, the passages the reply quoted, the vote and the
time. Deliberately nothing that identifies the reader: no IP address, no cookie, no session id."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from contextlib import closing
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


class FeedbackStore:
    """One SQLite file; a short-lived connection per write, so any thread may call `add`."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._ready = False

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
        with closing(self._connect()) as db, db:
            db.execute(
                "INSERT INTO feedback (created_at, question, passage_ids, abstained, vote, source)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                row,
            )

    def rows(self) -> list[dict]:
        """All stored votes, oldest first (for tests and reports)."""
        with closing(self._connect()) as db:
            db.row_factory = sqlite3.Row
            found = db.execute("SELECT * FROM feedback ORDER BY id").fetchall()
        return [{**dict(r), "passage_ids": json.loads(r["passage_ids"])} for r in found]

    def _connect(self) -> sqlite3.Connection:
        if not self._ready:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=5)
        if not self._ready:
            with db:
                db.execute(SCHEMA)
            self._ready = True
        return db
