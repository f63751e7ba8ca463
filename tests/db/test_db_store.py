"""The store, the same test functions for SQLite and PostgreSQL: what goes in comes back (redacted),
in order, within a period; outcome counts add up per UTC day; the unanswered log is opt-in and
expires; nothing identifies a reader; two replicas' stores writing at once lose nothing."""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from app.config import Settings
from app.db import DayCounts, StoreConfig, Unanswered, Vote, store_config
from app.db.batch import Batch, Counted
from app.web.settings import WebSettings

NOW = datetime.now(UTC)


def test_a_vote_comes_back_redacted(config, make_store):
    store = make_store(config)
    question = "Mail me at jo@example.org or 555 123 4567?"
    done = store.add_vote(question, ["d#p-1", "d#p-2"], 1, "chat", False)
    assert done.result(10) is True
    store.add_vote("Unanswerable?", [], -1, "embed", True).result(10)
    votes = store.votes()
    assert [(v.question, v.passage_ids, v.vote, v.source, v.abstained) for v in votes] == [
        ("Mail me at [email] or [phone]?", ("d#p-1", "d#p-2"), 1, "chat", False),
        ("Unanswerable?", (), -1, "embed", True),
    ]
    assert all(v.created_at.tzinfo is not None for v in votes)
    assert NOW - timedelta(minutes=1) < votes[0].created_at <= datetime.now(UTC)


def test_bad_votes_are_refused_before_they_are_queued(config, make_store):
    store = make_store(config)
    with pytest.raises(ValueError):
        store.add_vote("q", [], 0, "chat", False)
    with pytest.raises(ValueError):
        store.add_vote("q", [], 1, "somewhere", False)
    with pytest.raises(ValueError):
        store.add_outcome("maybe")
    assert store.flush() and store.votes() == []


def test_unanswered_questions_are_redacted_and_opt_in(config, make_store):
    store = make_store(config)
    store.add_unanswered("card 4111111111111111, email a.b@c.org")
    assert store.flush()
    assert [u.question for u in store.unanswered()] == ["card [number], email [email]"]
    off = make_store(replace(config, unanswered=False))
    off.add_unanswered("not kept")
    assert off.flush()
    assert [u.question for u in store.unanswered()] == ["card [number], email [email]"]


def test_outcomes_are_counted_per_day_without_text(config, make_store):
    store = make_store(config)
    before = datetime.now(UTC).date()
    for outcome in ["answered"] * 3 + ["not_covered"] * 2 + ["crisis"]:
        store.add_outcome(outcome)
    assert store.flush()
    store.add_outcome("answered")  # a second batch adds to the same day
    assert store.flush()
    after = datetime.now(UTC).date()
    rows = store.daily_outcomes()
    if before == after:
        assert rows == [DayCounts(before, 4, 2, 1)]
    else:  # the run crossed midnight (UTC): the counts may be split between the two days
        assert {r.day for r in rows} <= {before, after}
        totals = [sum(getattr(r, f) for r in rows) for f in ("answered", "not_covered", "crisis")]
        assert totals == [4, 2, 1]


def test_periods_select_by_time_and_day(config, make_store):
    store = make_store(config)
    assert store.flush()  # the purge at start is done
    first = NOW.date() - timedelta(days=40)
    t0 = datetime(first.year, first.month, first.day, 12, tzinfo=UTC)  # noon, 40 days ago
    days = [t0 + timedelta(days=i) for i in range(4)]
    batch = Batch(
        votes=[Vote(t, f"q{i}", (), 1, "api", False) for i, t in enumerate(days)],
        unanswered=[Unanswered(t, f"u{i}") for i, t in enumerate(days)],
    )
    for i, t in enumerate(days):
        batch.outcomes.update(Batch.of([Counted(t.date(), "answered")] * (i + 1), None).outcomes)
    store.backend.write(batch)
    since, until = days[1], days[3]
    assert [v.question for v in store.votes(since, until)] == ["q1", "q2"]
    assert [v.question for v in store.votes(since)] == ["q1", "q2", "q3"]
    assert [v.question for v in store.votes(until=since)] == ["q0"]
    # Retention (30 days) hides these old questions even before they are deleted:
    assert store.unanswered(since, until) == []
    day = [first + timedelta(days=i) for i in range(4)]
    midnight = [datetime(d.year, d.month, d.day, tzinfo=UTC) for d in day]
    counts = store.daily_outcomes(midnight[1], midnight[3])  # a day is in when it starts in it
    assert counts == [DayCounts(day[1], 2, 0, 0), DayCounts(day[2], 3, 0, 0)]
    assert [c.day for c in store.daily_outcomes(since, until)] == day[2:]  # noon to noon


def test_retention_deletes_old_questions_on_write_and_at_start(config, make_store):
    store = make_store(replace(config, retention_days=1))
    assert store.flush()  # the purge at start is done
    old = [Unanswered(NOW - timedelta(days=3), "old one"), Unanswered(NOW, "new one")]
    store.backend.write(Batch(unanswered=old))
    assert [u.question for u in store.unanswered()] == ["new one"]  # hidden at once
    assert _stored_questions(store) == ["old one", "new one"]
    store.add_unanswered("another")  # every write deletes what is past the retention
    assert store.flush()
    assert _stored_questions(store) == ["new one", "another"]
    store.backend.write(Batch(unanswered=[Unanswered(NOW - timedelta(days=5), "older")]))
    reopened = make_store(replace(config, retention_days=1))
    assert reopened.flush()  # the writer's first act at start
    assert _stored_questions(reopened) == ["new one", "another"]


def _stored_questions(store) -> list[str]:
    """Every unanswered row in the database, whatever its age (the reader hides expired ones)."""
    return [u.question for u in store.backend.unanswered(None, None, None)]


def test_no_column_identifies_a_reader(config, make_store):
    store = make_store(config)
    columns = _columns(store)
    assert columns == {
        "votes": {"id", "created_at", "question", "passage_ids", "vote", "source", "abstained"},
        "unanswered_questions": {"id", "created_at", "question"},
        "daily_outcomes": {"day", "answered", "not_covered", "crisis"},
        "schema_migrations": {"version", "name", "applied_at"},
    }
    words = " ".join(c for cols in columns.values() for c in cols)
    assert not any(w in words for w in ("ip", "addr", "cookie", "session", "agent", "user"))


def _columns(store) -> dict[str, set[str]]:
    if store.backend.name == "sqlite":
        with sqlite3.connect(store.backend.path) as db:
            tables = [t for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
            return {t: {r[1] for r in db.execute(f"PRAGMA table_info({t})")} for t in tables}
    with store.backend.pool.connection() as conn:
        rows = conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = 'public'"
        ).fetchall()
    found: dict[str, set[str]] = {}
    for table, column in rows:
        found.setdefault(table, set()).add(column)
    return found


def test_two_replicas_writing_at_once_lose_nothing(config, make_store):
    """Two stores (as two replicas have), four threads each, 100 votes and 100 outcomes per
    thread, all at once."""
    replicas = [make_store(config), make_store(config)]
    start = threading.Barrier(8)
    futures = []

    def cast(store, n: int) -> None:
        start.wait()
        for i in range(100):
            vote = 1 if i % 2 else -1
            futures.append(store.add_vote(f"q{n}-{i}", [f"d#p-{i}"], vote, "embed", False))
            store.add_outcome("answered")

    threads = [threading.Thread(target=cast, args=(replicas[n % 2], n)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(f.result(30) for f in futures)
    assert all(store.flush(30) for store in replicas)
    votes = replicas[0].votes()
    assert len(votes) == 800 and len({v.question for v in votes}) == 800
    assert sum(v.vote for v in votes) == 0
    assert replicas[1].daily_outcomes()[0].answered == 800
    assert sum(s.health()["written"] for s in replicas) == 1600
    assert sum(s.health()["missed"] for s in replicas) == 0


def test_other_edges_find_the_servers_store(tmp_path):
    settings = Settings(unanswered_log="on", unanswered_retention_days=7)
    config = store_config(settings, {"HEALTHQA_FEEDBACK_DB": str(tmp_path / "f.db")})
    assert (config.backend, config.sqlite_path, config.unanswered) == (
        "sqlite",
        tmp_path / "f.db",
        True,
    )
    assert config.retention_days == 7
    assert store_config(Settings(), {}).sqlite_path == WebSettings().feedback_db
    url = "postgresql://u:p@h/qa"
    assert store_config(Settings(), {"HEALTHQA_DATABASE_URL": url}).backend == "postgresql"


def test_config_never_shows_the_password():
    config = StoreConfig(database_url="postgresql://u:s3cret@db.example.org:5432/qa")
    assert "s3cret" not in repr(config) and "s3cret" not in config.where()
    assert config.where() == "postgresql://u:***@db.example.org:5432/qa"


def test_closing_writes_what_is_queued(config, make_store):
    store = make_store(config)
    for i in range(50):
        store.add_vote(f"q{i}", [], 1, "api", False)
    store.close()  # at shutdown: the queue is written before the connections close
    assert len(make_store(config).votes()) == 50


def test_expired_questions_go_hourly_even_without_writes(config, make_store):
    """The writer's idle purge (every `purge_every` seconds; an hour by default)."""
    store = make_store(replace(config, retention_days=1), purge_every=0.1)
    store.backend.write(Batch(unanswered=[Unanswered(NOW - timedelta(days=2), "old")]))
    deadline = time.monotonic() + 20
    while _stored_questions(store) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _stored_questions(store) == []


def test_sqlite_overwrites_deleted_questions_in_the_file(tmp_path, make_store):
    """secure_delete: a question past the retention is gone from the file's bytes, not only
    unlinked from its table (checked once the store is closed and its journal checkpointed)."""
    config = StoreConfig(sqlite_path=tmp_path / "s.sqlite3", unanswered=True, retention_days=1)
    store = make_store(config)
    assert store.flush()
    old = Unanswered(NOW - timedelta(days=2), "zebra-marker-question")
    store.backend.write(Batch(unanswered=[old, Unanswered(NOW, "kept")]))
    store.close()
    assert b"zebra-marker-question" in config.sqlite_path.read_bytes()  # there before the purge
    store = make_store(config)
    assert store.flush()  # the purge at start
    store.close()
    assert not (tmp_path / "s.sqlite3-wal").exists()
    assert b"zebra-marker-question" not in config.sqlite_path.read_bytes()
    assert b"kept" in config.sqlite_path.read_bytes()
