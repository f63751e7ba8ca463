"""Size and time limits on every route, over real HTTP sockets (a uvicorn server in a thread with
the options `serve` uses; its read timeout set to 1 s here). Bounded: each test waits a few
seconds at most."""

from __future__ import annotations

import json
import logging
import select
import socket
import time

import httpx
import pytest
from chat_client import chat_events
from live_server import serve_in_thread

from app.web.server import create_app
from app.web.settings import WebSettings

TIMEOUT = 1.0
PREDICT = "/gradio_api/run/predict"


@pytest.fixture(scope="module")
def port(fake_assistant, tmp_path_factory):
    web = WebSettings(feedback_db=tmp_path_factory.mktemp("limits") / "f.db", read_timeout=TIMEOUT)
    with serve_in_thread(create_app(fake_assistant, web), read_timeout=TIMEOUT) as live_port:
        yield live_port


def connect(port: int) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=15)
    return sock


def head(method: str, path: str, headers: dict) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def response_of(sock: socket.socket) -> tuple[int, bytes, bytes]:
    """(status, body, head), read until the server closes the connection."""
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    status = int(data.split(b" ", 2)[1]) if data else 0
    head, _, body = data.partition(b"\r\n\r\n")
    return status, body, head.lower()


def error_of(body: bytes) -> str:
    return json.loads(body)["error"]


@pytest.mark.parametrize(("path", "limit"), [("/api/ask", 32_768), (PREDICT, 1_048_576)])
def test_a_declared_body_over_the_limit_is_413_before_it_is_sent(port, path, limit):
    with connect(port) as sock:
        sock.sendall(
            head(
                "POST", path, {"Content-Type": "application/json", "Content-Length": str(limit + 1)}
            )
        )
        started = time.monotonic()
        status, body, _ = response_of(sock)  # nothing of the body was sent
    assert status == 413 and f"larger than {limit} bytes" in error_of(body)
    assert time.monotonic() - started < TIMEOUT  # not a timeout: refused at once


@pytest.mark.parametrize(("path", "limit"), [("/api/ask", 32_768), (PREDICT, 1_048_576)])
def test_a_chunked_body_growing_past_the_limit_is_cut_off(port, path, limit):
    """No Content-Length: the body is counted as it comes. The client stops sending once past
    the limit and waits, as a polite one does (a server that closes a socket with unread input
    resets it, and the reset can drop the response before the client reads it)."""
    chunk, sent = b"x" * 16_384, 0
    with connect(port) as sock:
        sock.sendall(
            head("POST", path, {"Content-Type": "application/json", "Transfer-Encoding": "chunked"})
        )
        while sent <= limit and not select.select([sock], [], [], 0)[0]:
            sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            sent += len(chunk)
        assert select.select([sock], [], [], 5)[0], "no answer"
        try:
            status, body, _ = response_of(sock)
        except ConnectionResetError:
            # The server stopped reading past the limit and closed with the client's last bytes
            # unread: the kernel answers those with a reset, which can drop the 413 before it is
            # read (seen once with the 1 MB limit on a loaded machine). Still cut off: the server
            # answered (readable) before the client had sent a byte more than the limit allows.
            assert sent > limit
            return
    assert status == 413 and "larger than" in error_of(body)


def test_a_big_conversation_within_the_limit_is_answered(port):
    """The chat's events carry the conversation shown: 600 KB of it is still fine."""
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
        events = chat_events(client)
        text = [{"type": "text", "text": "x" * 1000}]
        messages = [{"role": "user", "content": text} for _ in range(600)]
        body = {"data": ["symptoms?", messages], "fn_index": events["add"], "session_hash": "s"}
        response = client.post(PREDICT, json=body)
    assert response.status_code == 200, response.text[:300]


def test_a_half_sent_head_gets_408_and_the_connection_closes(port):
    with connect(port) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        started = time.monotonic()
        status, body, head = response_of(sock)
    assert status == 408 and "did not arrive in time" in error_of(body)
    assert b"x-content-type-options: nosniff" in head and b"content-security-policy" in head
    assert TIMEOUT * 0.9 <= time.monotonic() - started < TIMEOUT + 5


def test_a_connection_that_sends_nothing_is_closed(port):
    with connect(port) as sock:
        started = time.monotonic()
        status, _, _ = response_of(sock)
    assert status == 408 and time.monotonic() - started < TIMEOUT + 5


@pytest.mark.parametrize("path", ["/api/ask", PREDICT])
def test_a_half_sent_body_gets_408(port, path):
    with connect(port) as sock:
        sock.sendall(
            head("POST", path, {"Content-Type": "application/json", "Content-Length": "100"})
            + b'{"question": '
        )
        started = time.monotonic()
        status, body, _ = response_of(sock)
    assert status == 408 and "did not arrive in time" in error_of(body)
    assert time.monotonic() - started < TIMEOUT + 5


def test_an_idle_kept_alive_connection_is_not_cut_by_the_head_timer(port):
    """Between requests a kept-alive connection may stay idle for 75 s (see serve.py)."""
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
        assert client.get("/healthz").status_code == 200
        time.sleep(TIMEOUT * 2.5)
        assert client.get("/healthz").status_code == 200
        assert client.post("/api/ask", json={"question": "symptoms?"}).status_code == 200


@pytest.mark.parametrize("path", ["/api/ask", PREDICT])
def test_a_client_leaving_mid_body_is_one_quiet_log_line(port, caplog, path):
    with caplog.at_level(logging.INFO):
        with connect(port) as sock:
            sock.sendall(
                head("POST", path, {"Content-Type": "application/json", "Content-Length": "1000"})
                + b'{"question": "x'
            )
        deadline = time.monotonic() + 5
        while not caplog.records and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)  # anything else it would log comes now
    assert [r.getMessage() for r in caplog.records] == [
        f"client left before its request body was complete: POST {path}"
    ]
    assert not any(r.exc_info for r in caplog.records)


@pytest.mark.parametrize(
    "garbage", [b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\r\n\r\n", b"GET /\x00 HTTP/1.1\r\n\r\n"]
)
def test_bytes_that_are_not_http_get_a_json_400_with_our_headers(port, garbage):
    with connect(port) as sock:
        sock.sendall(garbage)
        status, body, head = response_of(sock)
    assert status == 400 and error_of(body) == "The request is not valid HTTP."
    assert b"x-content-type-options: nosniff" in head and b"referrer-policy: no-referrer" in head
