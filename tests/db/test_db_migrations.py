"""Schema migrations, both backends: from an empty database to the latest version, nothing applied
twice (a second start, or two replicas starting at once), a database migrated by a newer program
refused; and from today's SQLite files: the `feedback` table (questions not redacted) and the
separate unanswered log moved into the store, redacted, once."""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import replace

import pytest

from app.db import StoreConfig, open_store
from app.db.migrations import LATEST, MIGRATIONS
from app.db.store import make_backend
from app.errors import StoreUnavailable


def applied(store) -> list[int]:
    sql = "SELECT version FROM schema_migrations ORDER BY version"
    if store.backend.name == "sqlite":
        with sqlite3.connect(store.backend.path) as db:
            return [v for (v,) in db.execute(sql)]
    with store.backend.pool.connection() as conn:
        return [v for (v,) in conn.execute(sql)]


def test_an_empty_database_is_migrated_to_the_latest_version(config, make_store):
    assert make_backend(config).migrate() == LATEST
    store = make_store(config)  # a second start: nothing left to apply
    assert applied(store) == [m.version for m in MIGRATIONS] == list(range(1, LATEST + 1))


def test_two_replicas_starting_at_once_apply_each_migration_once(config):
    """Six stores opened at the same moment on an empty database."""
    start = threading.Barrier(6)
    stores, errors = [], []

    def open_one() -> None:
        start.wait()
        try:
            stores.append(open_store(config))
        except StoreUnavailable as error:  # pragma: no cover - shown by the assert below
            errors.append(str(error))

    threads = [threading.Thread(target=open_one) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert errors == [] and len(stores) == 6
        assert applied(stores[0]) == list(range(1, LATEST + 1))
    finally:
        for store in stores:
            store.close()


def test_a_newer_schema_is_refused(config, make_store):
    store = make_store(config)
    sql = "INSERT INTO schema_migrations VALUES (999, 'from the future', CURRENT_TIMESTAMP)"
    if store.backend.name == "sqlite":
        with sqlite3.connect(store.backend.path) as db:
            db.execute(sql)
    else:
        with store.backend.pool.connection() as conn:
            conn.execute(sql)
    with pytest.raises(StoreUnavailable, match="schema version 999, newer than"):
        make_backend(config).migrate()


# Today's files, as app/web/feedback.py and app/unanswered.py made them before this store.
OLD_FEEDBACK = """CREATE TABLE feedback (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL,
    question TEXT NOT NULL, passage_ids TEXT NOT NULL, abstained INTEGER NOT NULL,
    vote INTEGER NOT NULL CHECK (vote IN (-1, 1)), source TEXT NOT NULL)"""
OLD_UNANSWERED = "CREATE TABLE unanswered (ts REAL NOT NULL, question TEXT)"


def test_todays_sqlite_files_are_moved_in_redacted_once(tmp_path, make_store):
    votes_file, log_file = tmp_path / "data" / "feedback.sqlite3", tmp_path / "u.sqlite3"
    votes_file.parent.mkdir()
    with sqlite3.connect(votes_file) as db:
        db.execute(OLD_FEEDBACK)
        db.execute(
            "INSERT INTO feedback VALUES (1, '2026-11-30T10:00:00+00:00', "
            "'email me at jo@example.org', '[\"d#p-1\"]', 0, 1, 'chat')"
        )
        second = "(2, '2026-11-30T11:00:00+00:00', 'q2', '[]', 1, -1, 'embed')"
        db.execute(f"INSERT INTO feedback VALUES {second}")
    with sqlite3.connect(log_file) as db:
        db.execute(OLD_UNANSWERED)
        db.execute("INSERT INTO unanswered VALUES (?, 'why 0123456789')", (_recent(),))
    config = StoreConfig(sqlite_path=votes_file, unanswered=True, legacy_unanswered=log_file)
    store = make_store(config)
    votes = store.votes()
    assert [(v.question, v.passage_ids, v.vote, v.source, v.abstained) for v in votes] == [
        ("email me at [email]", ("d#p-1",), 1, "chat", False),
        ("q2", (), -1, "embed", True),
    ]
    assert votes[0].created_at.isoformat() == "2026-11-30T10:00:00+00:00"
    assert [u.question for u in store.unanswered()] == ["why [phone]"]
    with sqlite3.connect(votes_file) as db:  # the unredacted table is gone
        tables = {t for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "feedback" not in tables
    with sqlite3.connect(log_file) as db:
        assert db.execute("SELECT name FROM sqlite_master").fetchall() == []
    again = make_store(replace(config))  # a second start moves nothing twice
    assert len(again.votes()) == 2 and len(again.unanswered()) == 1


def test_the_unanswered_table_in_the_votes_file_is_moved_too(tmp_path, make_store):
    path = tmp_path / "feedback.sqlite3"
    with sqlite3.connect(path) as db:  # HEALTHQA_UNANSWERED_LOG named the votes' own file
        db.execute(OLD_UNANSWERED)
        db.execute("INSERT INTO unanswered VALUES (?, 'call 555 123 4567')", (_recent(),))
    store = make_store(StoreConfig(sqlite_path=path, unanswered=True, legacy_unanswered=path))
    assert [u.question for u in store.unanswered()] == ["call [phone]"]


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "feedback.sqlite3"
    path.write_text("not a database")
    with pytest.raises(StoreUnavailable, match="feedback.sqlite3 cannot be opened"):
        open_store(StoreConfig(sqlite_path=path))


def _recent() -> float:
    return time.time() - 3600
