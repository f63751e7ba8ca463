"""The SQLite backend: one file on one machine (the default, `HEALTHQA_FEEDBACK_DB`).

WAL journal (readers never block the writer) and a 30 s busy timeout, so the writers of several
processes (workers, replicas on one machine) queue instead of failing with "database is locked".
`secure_delete` is on: deleted questions (retention) are overwritten in the file, not just
unlinked. One connection for writing, owned by the store's writer thread; each read opens its own.

Timestamps are UTC text 'YYYY-MM-DD HH:MM:SS.ffffff' (sorts as it reads); days 'YYYY-MM-DD'."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path

from app.db import migrations
from app.db.batch import Batch, first_day, kept_since
from app.db.records import DayCounts, Unanswered, Vote
from app.db.redact import redact
from app.errors import StoreUnavailable

BUSY_TIMEOUT_S = 30
TS = "%Y-%m-%d %H:%M:%S.%f"


class SqliteBackend:
    name = "sqlite"
    errors = (sqlite3.Error,)

    def __init__(self, path: Path, legacy_unanswered: Path | None = None) -> None:
        self.path = Path(path)
        self.legacy_unanswered = legacy_unanswered
        self._writer: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def migrate(self) -> int:
        """Apply the pending migrations (and move an earlier version's separate unanswered log
        in); the schema version. StoreUnavailable when the file cannot be used."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._lock:
                db = self._connection()
                version = _migrate(db, str(self.path))
        except (OSError, sqlite3.Error) as error:
            self.close()
            raise StoreUnavailable(
                f"the store {self.path} cannot be opened: {type(error).__name__}: {error}"
            ) from None
        if self.legacy_unanswered is not None:
            self._import_legacy()
        return version

    def _import_legacy(self) -> None:
        try:
            with self._lock:
                import_legacy_file(self._connection(), self.legacy_unanswered, self.path)
        except sqlite3.Error as error:
            self.close()
            raise StoreUnavailable(
                f"the earlier unanswered-questions log {self.legacy_unanswered} (named by "
                f"HEALTHQA_UNANSWERED_LOG) cannot be moved into the store {self.path}: "
                f"{type(error).__name__}: {error}"
            ) from None

    def write(self, batch: Batch) -> None:
        with self._lock:
            db = self._connection()
            try:
                with db:  # one transaction, committed or rolled back here
                    _write(db, batch)
            except sqlite3.Error:
                self._drop_connection()  # a fresh one next time (e.g. the file was replaced)
                raise

    def votes(self, since: datetime | None = None, until: datetime | None = None) -> list[Vote]:
        rows = self._read(
            "SELECT created_at, question, passage_ids, vote, source, abstained FROM votes",
            since,
            until,
        )
        return [
            Vote(_dt(r[0]), r[1], tuple(json.loads(r[2])), r[3], r[4], bool(r[5])) for r in rows
        ]

    def unanswered(
        self,
        since: datetime | None = None,
        until: datetime | None = None,
        expire_before: datetime | None = None,
    ) -> list[Unanswered]:
        since = kept_since(since, expire_before)
        rows = self._read("SELECT created_at, question FROM unanswered_questions", since, until)
        return [Unanswered(_dt(r[0]), r[1]) for r in rows]

    def daily_outcomes(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[DayCounts]:
        sql = "SELECT day, answered, not_covered, crisis FROM daily_outcomes"
        rows = self._read(sql, since, until, column="day", bound=_day_bound)
        return [DayCounts(date.fromisoformat(r[0]), r[1], r[2], r[3]) for r in rows]

    def close(self) -> None:
        with self._lock:
            self._drop_connection()

    def _read(self, sql: str, since, until, column: str = "created_at", bound=None) -> list:
        bound = bound or _ts
        where, args = [], []
        if since is not None:
            where.append(f"{column} >= ?")
            args.append(bound(since, False))
        if until is not None:
            where.append(f"{column} < ?")
            args.append(bound(until, True))
        sql += (" WHERE " + " AND ".join(where) if where else "") + f" ORDER BY {column}, rowid"
        with closing(_connect(self.path)) as db:
            return db.execute(sql, args).fetchall()

    def _connection(self) -> sqlite3.Connection:
        if self._writer is None:
            self._writer = _connect(self.path)
        return self._writer

    def _drop_connection(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
    _wal(db)
    db.execute("PRAGMA secure_delete = ON")
    return db


def _wal(db: sqlite3.Connection) -> None:
    """Switch to the WAL journal. On a new file several processes starting at once can find it
    locked: SQLite answers that switch with "database is locked" at once, without waiting out the
    busy timeout, so wait here (up to the same timeout) and try again."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    pause = 0.01
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.5)


def _migrate(db: sqlite3.Connection, where: str) -> int:
    db.execute("BEGIN IMMEDIATE")  # the write lock: another process starting waits here
    try:
        db.execute(migrations.VERSION_TABLE["sqlite"])
        applied = [v for (v,) in db.execute("SELECT version FROM schema_migrations")]
        for step in migrations.pending(applied, where):
            if callable(step.sqlite):
                step.sqlite(db)
            else:
                for statement in migrations.statements(step.sqlite):
                    db.execute(statement)
            db.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                (step.version, step.name, _ts(datetime.now(UTC))),
            )
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return max([*applied, *(m.version for m in migrations.MIGRATIONS)])


def _write(db: sqlite3.Connection, batch: Batch) -> None:
    db.executemany(
        "INSERT INTO votes (created_at, question, passage_ids, vote, source, abstained) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                _ts(v.created_at),
                v.question,
                json.dumps(v.passage_ids),
                v.vote,
                v.source,
                v.abstained,
            )  # fmt: skip
            for v in batch.votes
        ],
    )
    db.executemany(
        "INSERT INTO unanswered_questions (created_at, question) VALUES (?, ?)",
        [(_ts(u.created_at), u.question) for u in batch.unanswered],
    )
    db.executemany(
        "INSERT INTO daily_outcomes (day, answered, not_covered, crisis) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (day) DO UPDATE SET answered = answered + excluded.answered, "
        "not_covered = not_covered + excluded.not_covered, crisis = crisis + excluded.crisis",
        [(d.isoformat(), a, n, c) for d, a, n, c in batch.day_rows()],
    )
    if batch.expire_before is not None:
        expired = _ts(batch.expire_before)
        db.execute("DELETE FROM unanswered_questions WHERE created_at < ?", (expired,))


def import_legacy_tables(db: sqlite3.Connection) -> None:
    """Migration 2: the earlier `feedback` table (votes, question not redacted) and `unanswered`
    table (ts, question) of this same file, moved into the new tables, redacted, then dropped."""
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "feedback" in tables:
        rows = db.execute(
            "SELECT created_at, question, passage_ids, vote, source, abstained FROM feedback "
            "ORDER BY id"
        ).fetchall()
        db.executemany(
            "INSERT INTO votes (created_at, question, passage_ids, vote, source, abstained) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(_legacy_ts(r[0]), redact(r[1] or ""), r[2], r[3], r[4], r[5]) for r in rows],
        )
        db.execute("DROP TABLE feedback")
    if "unanswered" in tables:
        _move_unanswered(db, "unanswered")


def import_legacy_file(db: sqlite3.Connection, legacy: Path, store: Path) -> None:
    """An earlier version's separate unanswered log (HEALTHQA_UNANSWERED_LOG named a file): its
    questions are moved into the store (and its table dropped, so never twice)."""
    if not legacy.is_file() or legacy.resolve() == store.resolve():
        return
    db.execute("ATTACH DATABASE ? AS legacy", (str(legacy),))
    try:
        tables = {n for (n,) in db.execute("SELECT name FROM legacy.sqlite_master")}
        if "unanswered" in tables:
            with db:
                _move_unanswered(db, "legacy.unanswered")
    finally:
        db.execute("DETACH DATABASE legacy")


def _move_unanswered(db: sqlite3.Connection, table: str) -> None:
    rows = db.execute(f"SELECT ts, question FROM {table} ORDER BY ts").fetchall()
    db.executemany(
        "INSERT INTO unanswered_questions (created_at, question) VALUES (?, ?)",
        [(_ts(datetime.fromtimestamp(ts, UTC)), redact(q or "")) for ts, q in rows],
    )
    db.execute(f"DROP TABLE {table}")


def _ts(moment: datetime, _end: bool = False) -> str:
    return moment.astimezone(UTC).strftime(TS)


def _day_bound(moment: datetime, _end: bool) -> str:
    return first_day(moment).isoformat()


def _dt(text: str) -> datetime:
    return datetime.strptime(text, TS).replace(tzinfo=UTC)


def _legacy_ts(text: str) -> str:
    """'2026-11-30T10:00:00+00:00' (FeedbackStore's format) -> ours."""
    try:
        return _ts(datetime.fromisoformat(text))
    except (TypeError, ValueError):
        return _ts(datetime.now(UTC))
