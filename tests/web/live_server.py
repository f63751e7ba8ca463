"""A real uvicorn server in a thread on 127.0.0.1, and raw HTTP requests to it, for tests that must
get past what HTTP clients normalise (`/../` in a path, NUL bytes, any body bytes)."""

from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager

import uvicorn

from app.web.serve import server_options
from app.web.settings import WebSettings


@contextmanager
def serve_in_thread(app, read_timeout: float = 10.0):
    """Yield the port of a uvicorn server running `app` in a thread, with the options `serve`
    uses (but this process's logging left alone); stop it afterwards."""
    options = server_options(WebSettings(read_timeout=read_timeout), log_config=None)
    config = uvicorn.Config(app, host="127.0.0.1", port=0, lifespan="on", **options)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(10)


def raw_request(
    port: int, method: str, target: bytes | str, body: bytes = b"", headers: dict | None = None
) -> tuple[int, dict[str, str], bytes]:
    """Send `target` as it is in the request line (no normalisation) -> (status, headers, body)."""
    target = target.encode("latin-1") if isinstance(target, str) else target
    defaults = {"Host": "127.0.0.1", "Connection": "close", "Content-Length": str(len(body))}
    lines = [method.encode() + b" " + target + b" HTTP/1.1"]
    for name, value in {**defaults, **(headers or {})}.items():
        lines.append(f"{name}: {value}".encode("latin-1"))
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(b"\r\n".join(lines) + b"\r\n\r\n" + body)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, payload = data.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    found = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        found[name.strip().lower()] = value.strip()
    return int(status_line.split()[1]), found, payload
