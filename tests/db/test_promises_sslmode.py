"""SECURITY.md and README: `?sslmode=require` (or `verify-full`) in `HEALTHQA_DATABASE_URL` is
what the store connects with - the URL's parameters reach the driver. Tried against the test
server: .ci/postgres starts it without TLS, so `require` must be refused by the driver's own
check (and `disable` connect); a server with TLS must be reached encrypted. Either way the
password is never shown."""

from __future__ import annotations

from urllib.parse import urlsplit

import psycopg
import pytest

from app.db import StoreConfig, open_store
from app.errors import StoreUnavailable


def _encrypted(url: str) -> bool:
    with psycopg.connect(url, connect_timeout=10) as conn:
        row = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
        return bool(row and row[0])


def test_the_urls_sslmode_reaches_the_driver(pg_url):
    password = urlsplit(pg_url).password or "no password"
    store = open_store(StoreConfig(database_url=f"{pg_url}?sslmode=disable"))
    store.close()
    server_has_tls = _encrypted(f"{pg_url}?sslmode=prefer")
    required = f"{pg_url}?sslmode=require"
    if server_has_tls:
        store = open_store(StoreConfig(database_url=required))
        store.close()
        assert _encrypted(required) and not _encrypted(f"{pg_url}?sslmode=disable")
        return
    with pytest.raises(StoreUnavailable) as caught:
        open_store(StoreConfig(database_url=required))
    message = str(caught.value)
    assert "SSL" in message and password not in message, message
