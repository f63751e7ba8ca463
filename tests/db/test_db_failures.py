"""A database that is down, slow or misconfigured: writes are counted as missed and logged (rate-
limited, never with a question or a password), the caller never waits; at start, a malformed URL is
a BadSetting (exit 2) and a database that cannot be used a StoreUnavailable (exit 6), printed by the
CLI as one line without a traceback."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import time
from urllib.parse import urlsplit

import pytest

from app.db import StoreConfig, open_store
from app.db.config import check_url
from app.db.postgres import PostgresBackend
from app.db.sqlite import SqliteBackend
from app.db.store import Store
from app.errors import BadSetting, StoreUnavailable
from tests.conftest import ROOT
from tests.db.conftest import SlowBackend, require_postgres
from tests.test_hardening_workers import free_port

SECRET = "pw-s3cret-do-not-show"
QUESTION = "my secret question about jo@example.org"


def down_store(backend_name: str, tmp_path, **options) -> Store:
    """A store whose database cannot be reached (opened without the start-up check)."""
    if backend_name == "postgresql":
        url = f"postgresql://healthqa:{SECRET}@127.0.0.1:{free_port()}/healthqa"
        backend = PostgresBackend(url, pool_timeout=0.5)
        config = StoreConfig(database_url=url, unanswered=True)
    else:
        (tmp_path / "file").write_text("a file, not a folder")
        backend = SqliteBackend(tmp_path / "file" / "store.sqlite3")
        config = StoreConfig(sqlite_path=backend.path, unanswered=True)
    return Store(backend, config, **({"retry_delays": ()} | options))


@pytest.mark.parametrize("backend_name", ["sqlite", "postgresql"])
def test_a_database_that_is_down_costs_a_counted_miss_and_a_quiet_warning(
    backend_name, tmp_path, caplog
):
    store = down_store(backend_name, tmp_path)
    try:
        with caplog.at_level(logging.WARNING):
            started = time.monotonic()
            done = store.add_vote(QUESTION, ["d#p-1"], 1, "chat", False)
            store.add_unanswered(QUESTION)
            store.add_outcome("answered")
            assert time.monotonic() - started < 0.1  # queued, not written, by the caller
            with pytest.raises(StoreUnavailable):
                done.result(30)
            assert not store.flush(30)
        health = store.health()
        assert health["missed"] == 3 and health["written"] == 0
        assert health["last_error"] in ("OperationalError", "PoolTimeout")
        warnings = [r for r in caplog.records if r.name == "app.db.writer"]
        assert warnings and "not stored" in warnings[0].getMessage()
        assert "secret" not in caplog.text and "example.org" not in caplog.text
        assert SECRET not in caplog.text
    finally:
        store.close(timeout=5)


def test_warnings_are_rate_limited(tmp_path, caplog):
    now = [0.0]
    store = down_store("sqlite", tmp_path, warn_every=60.0, clock=lambda: now[0])
    try:
        with caplog.at_level(logging.WARNING, logger="app.db.writer"):
            for _ in range(5):
                store.add_outcome("answered")
                store.flush()
            now[0] = 61.0
            store.add_outcome("answered")
            store.flush()
        messages = [r.getMessage() for r in caplog.records if r.name == "app.db.writer"]
        assert len(messages) == 2 and "6 missed since start" in messages[1]
    finally:
        store.close(timeout=5)


def test_a_full_queue_drops_and_counts_instead_of_waiting(tmp_path):
    backend = SlowBackend(tmp_path / "s.sqlite3")
    backend.migrate()
    store = Store(backend, StoreConfig(queue_size=3))
    try:
        started = time.monotonic()
        futures = [store.add_vote(f"q{i}", [], 1, "api", False) for i in range(20)]
        assert time.monotonic() - started < 0.5
        dropped = [f for f in futures if f.done() and f.exception() is not None]
        assert len(dropped) >= 16  # at most 3 queued and 1 being written
        backend.go.set()
        assert store.flush(30)
        kept = store.votes()
        assert len(kept) + store.health()["missed"] == 20
    finally:
        backend.go.set()
        store.close()


@pytest.mark.parametrize(
    "url, why",
    [
        (f"mysql://u:{SECRET}@h/db", "not a PostgreSQL URL"),
        (f"postgresql://u:{SECRET}@/db", "names no host"),
        (f"postgresql://u:{SECRET}@h:5432", "names no database"),
        (f"postgresql://u:{SECRET}@h:99999/db", "not a valid URL"),
        (f"postgresql://u:{SECRET}@h:port/db", "not a valid URL"),
    ],
)
def test_a_malformed_url_is_a_bad_setting_without_the_password(url, why):
    with pytest.raises(BadSetting) as caught:
        check_url(url)
    message = str(caught.value)
    assert why in message and "HEALTHQA_DATABASE_URL" in message and SECRET not in message
    assert caught.value.exit_code == 2


def test_a_database_that_cannot_be_reached_is_refused_at_start():
    url = f"postgresql://healthqa:{SECRET}@127.0.0.1:{free_port()}/healthqa"
    with pytest.raises(StoreUnavailable) as caught:
        open_store(StoreConfig(database_url=url))
    message = str(caught.value)
    assert "postgresql://healthqa:***@127.0.0.1" in message and SECRET not in message
    assert caught.value.exit_code == 6


def test_a_wrong_password_is_refused_at_start_without_showing_it():
    parts = urlsplit(require_postgres())
    url = parts._replace(netloc=f"{parts.username}:{SECRET}@{parts.hostname}:{parts.port}")
    with pytest.raises(StoreUnavailable, match="authentication failed") as caught:
        open_store(StoreConfig(database_url=url.geturl()))
    assert SECRET not in str(caught.value)


@pytest.mark.parametrize("workers", ["1", "2"])
@pytest.mark.parametrize(
    "url, code, says",
    [
        (f"postgres://u:{SECRET}@db.example.org/", 2, "names no database"),
        ("postgresql://healthqa:{secret}@127.0.0.1:{port}/qa", 6, "cannot be used"),
    ],
)
def test_serve_reports_a_bad_database_in_one_line(tmp_path, url, code, says, workers):
    """The `serve` edge: the message and the exit code, no traceback, no password; before the
    index or the model is touched."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEALTHQA_")}
    env["HEALTHQA_DATABASE_URL"] = url.format(secret=SECRET, port=free_port())
    command = [sys.executable, "-m", "app", "serve", "--corpus", str(tmp_path / "none")]
    command += ["--index", str(tmp_path / "index"), "--port", str(free_port())]
    command += ["--workers", workers]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == code
    assert done.stderr.startswith("error: ") and says in done.stderr
    assert "Traceback" not in done.stderr and SECRET not in done.stderr + done.stdout
    assert not (tmp_path / "index").exists()


class FlakyBackend(SqliteBackend):
    """Fails its first `failures` writes, as a database restarting would."""

    def __init__(self, path, failures: int) -> None:
        super().__init__(path)
        self.failures = failures

    def write(self, batch) -> None:
        if self.failures > 0:
            self.failures -= 1
            raise sqlite3.OperationalError("database is restarting")
        super().write(batch)


def test_a_failed_write_is_tried_again_before_it_counts_as_missed(tmp_path):
    backend = FlakyBackend(tmp_path / "s.sqlite3", failures=2)
    backend.migrate()
    store = Store(backend, StoreConfig(), retry_delays=(0.01, 0.01))
    try:
        assert store.add_vote("q", [], 1, "api", False).result(10) is True
        assert store.health()["missed"] == 0 and len(store.votes()) == 1
        backend.failures = 3  # one more than the tries
        with pytest.raises(StoreUnavailable):
            store.add_vote("q", [], 1, "api", False).result(10)
        assert store.health()["missed"] == 1
    finally:
        store.close()


class BuggyBackend(SqliteBackend):
    """Fault injection: its next `bugs` writes raise an error no database raises (a bug), whose
    message quotes the rows it was given - as a driver's or a library's message can."""

    def __init__(self, path, bugs: int) -> None:
        super().__init__(path)
        self.bugs = bugs

    def write(self, batch) -> None:
        if self.bugs > 0 and (batch.votes or batch.unanswered):
            self.bugs -= 1
            rows = [v.question for v in batch.votes] + [u.question for u in batch.unanswered]
            raise KeyError(f"cannot store {rows}")
        super().write(batch)


def test_a_write_that_fails_unexpectedly_costs_its_batch_and_the_writer_goes_on(tmp_path, caplog):
    backend = BuggyBackend(tmp_path / "s.sqlite3", bugs=1)
    backend.migrate()
    store = Store(backend, StoreConfig(unanswered=True), retry_delays=(0.01,))
    try:
        with caplog.at_level(logging.WARNING, logger="app.db.writer"):
            with pytest.raises(StoreUnavailable):
                store.add_vote("my knee hurts, tell pat", [], 1, "api", False).result(10)
            assert store.health()["missed"] == 1
            assert store.add_vote("a later vote", [], -1, "chat", False).result(10) is True
            store.add_unanswered("a later question")
            assert store.flush(10)
        assert [v.question for v in store.votes()] == ["a later vote"]
        assert [u.question for u in store.unanswered()] == ["a later question"]
        health = store.health()
        assert (health["written"], health["missed"], health["last_error"]) == (2, 1, "KeyError")
        lines = caplog.text.strip().splitlines()
        assert len(lines) == 1 and "KeyError at test_db_failures.py:" in lines[0]
        assert "1 item(s) not stored" in lines[0]
        assert "knee" not in caplog.text and "pat" not in caplog.text
    finally:
        store.close()


def test_the_writer_survives_a_failure_outside_the_backend(tmp_path, caplog):
    """A retention the settings of `serve` refuse but the Python API took (1e9 days: the cut-off
    date overflows while the batch is made): each batch is a counted miss and the thread stays
    up, answering `flush` at once, instead of ending with a traceback on its first batch."""
    backend = SqliteBackend(tmp_path / "s.sqlite3")
    backend.migrate()
    config = StoreConfig(unanswered=True, retention_days=1e9)
    with caplog.at_level(logging.WARNING, logger="app.db.writer"):
        store = Store(backend, config, retry_delays=())
        try:
            for question in ("first", "second"):
                store.add_unanswered(question)
                assert not store.flush(10)
            assert store.writer._thread.is_alive()
            assert store.health()["missed"] == 2
            assert "OverflowError at batch.py:" in caplog.text
        finally:
            store.close(timeout=5)
