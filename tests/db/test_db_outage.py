"""A PostgreSQL server that goes away and comes back while a store is serving: writes during the
outage are counted as missed (the caller never waits), and the store writes again once the server
is back, with no restart (the pool reconnects). The outage is real for the driver: the test's own
TCP relay between the store and the server closes every connection and stops listening."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from urllib.parse import urlsplit

import pytest

from app.db import StoreConfig
from app.db.postgres import PostgresBackend
from app.db.store import Store
from app.errors import StoreUnavailable


class Relay:
    """127.0.0.1:port -> target; `cut()` drops every connection and stops listening, `restore()`
    listens again on the same port."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.port = 0
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None
        self.restore()

    def restore(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self) -> None:
        with self._lock:
            sockets, self._sockets = self._sockets, []
            listener, self._listener = self._listener, None
        for sock in [*sockets, listener]:
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            with self._lock:
                self._sockets += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        for sock in (source, sink):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


def test_the_store_writes_again_once_the_server_is_back(pg_url):
    parts = urlsplit(pg_url)
    relay = Relay((parts.hostname, parts.port))
    netloc = f"{parts.username}:{parts.password}@127.0.0.1:{relay.port}"
    url = parts._replace(netloc=netloc).geturl()
    backend = PostgresBackend(url, pool_timeout=1.0)
    backend.migrate()
    store = Store(backend, StoreConfig(database_url=url), retry_delays=())
    try:
        assert store.add_vote("before", [], 1, "api", False).result(30) is True
        relay.cut()
        started = time.monotonic()
        during = store.add_vote("during", [], 1, "api", False)
        assert time.monotonic() - started < 0.1
        with pytest.raises(StoreUnavailable):
            during.result(30)
        relay.restore()
        deadline, stored = time.monotonic() + 60, False
        while not stored and time.monotonic() < deadline:  # the pool reconnects on its own
            try:
                stored = store.add_vote("after", [], 1, "api", False).result(30)
            except StoreUnavailable:
                time.sleep(0.5)
        assert stored
        questions = [v.question for v in store.votes()]
        assert questions[0] == "before" and "during" not in questions and "after" in questions
        assert store.health()["missed"] >= 1
    finally:
        store.close(timeout=5)
        relay.cut()
