"""The store's schema as an ordered list of numbered migrations, the same numbers for SQLite and
PostgreSQL. Each backend applies the pending ones at start, in order, in one transaction, under a
lock (SQLite: `BEGIN IMMEDIATE`, the database's write lock; PostgreSQL: a transaction-scoped
advisory lock), and records each in `schema_migrations`; so two replicas starting at once apply
each migration exactly once, and a second start applies nothing.

Why not alembic: it needs SQLAlchemy, a large layer for three tables written with plain SQL; the
runner here is a version table, a lock and this list, and both backends' tests run it.

A migration is never edited once released: a change is a new number at the end."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from app.errors import StoreUnavailable

VERSION_TABLE = {
    "sqlite": "CREATE TABLE IF NOT EXISTS schema_migrations ("
    "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    "postgresql": "CREATE TABLE IF NOT EXISTS schema_migrations ("
    "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)",
}


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sqlite: str | Callable[[Any], None]  # SQL statements separated by ";", or a function(conn)
    postgresql: str


TABLES_SQLITE = """
CREATE TABLE votes (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,              -- UTC, 'YYYY-MM-DD HH:MM:SS.ffffff'
    question TEXT NOT NULL,                -- redacted
    passage_ids TEXT NOT NULL,             -- JSON list of "doc_id#anchor" the reply quoted
    vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
    source TEXT NOT NULL,                  -- chat, embed or api
    abstained INTEGER NOT NULL             -- 1: the reply quoted nothing
);
CREATE INDEX votes_created_at ON votes (created_at);
CREATE TABLE unanswered_questions (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    question TEXT NOT NULL                 -- redacted
);
CREATE INDEX unanswered_created_at ON unanswered_questions (created_at);
CREATE TABLE daily_outcomes (
    day TEXT PRIMARY KEY,                  -- UTC day, 'YYYY-MM-DD'
    answered INTEGER NOT NULL DEFAULT 0,
    not_covered INTEGER NOT NULL DEFAULT 0,
    crisis INTEGER NOT NULL DEFAULT 0
)
"""

TABLES_POSTGRESQL = """
CREATE TABLE votes (
    id BIGSERIAL PRIMARY KEY,
    created_at TIMESTAMPTZ NOT NULL,
    question TEXT NOT NULL,
    passage_ids JSONB NOT NULL,
    vote SMALLINT NOT NULL CHECK (vote IN (-1, 1)),
    source TEXT NOT NULL,
    abstained BOOLEAN NOT NULL
);
CREATE INDEX votes_created_at ON votes (created_at);
CREATE TABLE unanswered_questions (
    id BIGSERIAL PRIMARY KEY,
    created_at TIMESTAMPTZ NOT NULL,
    question TEXT NOT NULL
);
CREATE INDEX unanswered_created_at ON unanswered_questions (created_at);
CREATE TABLE daily_outcomes (
    day DATE PRIMARY KEY,
    answered BIGINT NOT NULL DEFAULT 0,
    not_covered BIGINT NOT NULL DEFAULT 0,
    crisis BIGINT NOT NULL DEFAULT 0
)
"""


def _import_legacy_sqlite(conn) -> None:
    from app.db.sqlite import import_legacy_tables  # the SQLite backend's own code

    import_legacy_tables(conn)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1, "votes, unanswered questions, daily outcome counts", TABLES_SQLITE, TABLES_POSTGRESQL
    ),  # fmt: skip
    # Before this store, votes sat in a `feedback` table (question not redacted) and unanswered
    # questions in an `unanswered` table: moved into the new tables, redacted, then dropped.
    Migration(
        2,
        "earlier versions' feedback and unanswered tables moved in, redacted",
        _import_legacy_sqlite,
        "",
    ),  # fmt: skip
)
LATEST = MIGRATIONS[-1].version


def pending(applied: Iterable[int], where: str) -> list[Migration]:
    """The migrations still to apply, in order; StoreUnavailable when the database was migrated
    by a newer version of the program (its schema may not be what this one writes)."""
    done = set(applied)
    newer = {v for v in done if v > LATEST}
    if newer:
        raise StoreUnavailable(
            f"the store at {where} has schema version {max(newer)}, newer than this program "
            f"knows ({LATEST}): run the newer version, or restore an older backup"
        )
    return [m for m in MIGRATIONS if m.version not in done]


def statements(script: str) -> list[str]:
    """An SQL script's statements (split on ";", comments kept; none holds a ";" in a string)."""
    return [s.strip() for s in script.split(";") if s.strip()]
