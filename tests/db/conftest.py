"""Fixtures for the store's tests: every test function that takes `config` runs once per backend,
SQLite (a file under tmp_path) and PostgreSQL (a fresh database per test on the server named by
HEALTHQA_TEST_DATABASE_URL, which `.ci/run` starts). Without that variable the PostgreSQL cases
skip, saying why - except in CI (CI=true), where they fail: CI must test PostgreSQL."""

from __future__ import annotations

import os
import threading
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from app.db import StoreConfig, open_store
from app.db.sqlite import SqliteBackend

# Read at import: the autouse fixture of tests/conftest.py removes HEALTHQA_* from each test.
TEST_DATABASE_URL = os.environ.get("HEALTHQA_TEST_DATABASE_URL", "")
IN_CI = os.environ.get("CI", "").lower() == "true"
BACKENDS = ["sqlite", "postgresql"]


def require_postgres() -> str:
    if TEST_DATABASE_URL:
        return TEST_DATABASE_URL
    why = (
        "HEALTHQA_TEST_DATABASE_URL is not set: no PostgreSQL server to test against "
        "(.ci/run starts one; locally: .ci/postgres start DIR PORT)"
    )
    if IN_CI:
        pytest.fail(f"CI=true but {why}")
    pytest.skip(why)


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


@pytest.fixture
def pg_url():
    """A fresh, empty PostgreSQL database for one test, dropped after it."""
    yield from database_for()


def database_for():
    """Make a fresh, empty database on the test server, yield its URL, drop it."""
    import psycopg

    admin = require_postgres()
    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield with_database(admin, name)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def config(backend: str, tmp_path: Path, request) -> StoreConfig:
    """A store's settings for this test's backend, the unanswered log on."""
    if backend == "postgresql":
        url = request.getfixturevalue("pg_url")
        return StoreConfig(database_url=url, unanswered=True)
    return StoreConfig(sqlite_path=tmp_path / "store.sqlite3", unanswered=True)


@pytest.fixture
def make_store():
    """open_store, with every store closed after the test."""
    opened = []

    def make(config: StoreConfig, **options):
        store = open_store(config, **options)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


class SlowBackend(SqliteBackend):
    """Writes only once `go` is set: a database that is slow to answer (or stuck)."""

    def __init__(self, path) -> None:
        super().__init__(path)
        self.go = threading.Event()

    def write(self, batch) -> None:
        self.go.wait(30)
        super().write(batch)
