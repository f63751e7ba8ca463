"""Today's SQLite files as a `StoreReader`: the votes of `app.web.feedback.FeedbackStore` and the
entries of `app.unanswered.UnansweredLog`. Nothing counts replies per day yet, so
`daily_outcomes` is empty. A stop-gap until the shared store (`app.db`) serves the report: the
report uses only `open_reader`.

A file that does not exist is read as empty (and is not created)."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from app.config import Settings
from app.db.records import DayCounts, StoreReader, Unanswered, Vote
from app.errors import BadSetting
from app.unanswered import redact

DEFAULT_FEEDBACK_DB = Path("data/feedback.sqlite3")


def open_reader(settings: Settings, feedback_db: Path = DEFAULT_FEEDBACK_DB) -> StoreReader:
    log = Path(settings.unanswered_log) if settings.unanswered_log else None
    return SqliteFiles(Path(feedback_db), log)


class SqliteFiles:
    def __init__(self, feedback_db: Path, unanswered_log: Path | None) -> None:
        self.feedback_db = feedback_db
        self.unanswered_log = unanswered_log

    def votes(self, since: datetime | None = None, until: datetime | None = None) -> list[Vote]:
        rows = _rows(
            self.feedback_db,
            "SELECT created_at, question, passage_ids, vote, source, "
            "abstained FROM feedback ORDER BY id",
        )
        votes = [
            Vote(_when(at), redact(q), tuple(json.loads(ids)), int(v), s, bool(a))
            for at, q, ids, v, s, a in rows
        ]
        return [v for v in votes if _within(v.created_at, since, until)]

    def unanswered(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[Unanswered]:
        rows = _rows(self.unanswered_log, "SELECT ts, question FROM unanswered ORDER BY ts")
        found = [Unanswered(datetime.fromtimestamp(ts, UTC), q or "") for ts, q in rows]
        return [u for u in found if _within(u.created_at, since, until)]

    def daily_outcomes(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[DayCounts]:
        return []


def _rows(path: Path | None, query: str) -> list[tuple]:
    """The query's rows from a SQLite file opened read-only; [] when there is no such file yet."""
    if path is None or not path.is_file():
        return []
    try:
        with closing(
            sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=30)
        ) as db:
            return list(db.execute(query))
    except sqlite3.OperationalError as err:
        if "no such table" in str(err):  # made but never written: nothing stored yet
            return []
        raise BadSetting(f"cannot read {path}: {err}") from None
    except sqlite3.DatabaseError as err:
        raise BadSetting(f"cannot read {path}: {err}") from None


def _when(text: str) -> datetime:
    at = datetime.fromisoformat(text)
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def _within(at: datetime, since: datetime | None, until: datetime | None) -> bool:
    return (since is None or at >= since) and (until is None or at < until)
