"""How much a request may send, how long it may take, and what a client that leaves mid-request
costs. Every route, ours and Gradio's, goes through these.

- Size: a body for `/api/...` at most `max_body_bytes` (32 KB), any other (the chat's events,
  which carry the conversation shown) at most `chat_max_body_bytes` (1 MB). A declared
  Content-Length over it is a 413 before anything is read; a body that grows past it (chunked)
  is cut off with a 413.
- Time: the request head must be complete within `read_timeout` seconds of its first byte (or of
  the connection opening): `TimedH11Protocol`, uvicorn's h11 protocol with a timer (uvicorn has
  none: a half-sent head was held for ever). Then the whole body within `read_timeout` seconds,
  or a 408. Both close the connection. Idle kept-alive connections keep uvicorn's own timer.
- A client that disconnects before its body is complete gets one log line (method and path,
  nothing of the request), not a traceback.

Left out: a limit on the time to *answer* (the batcher and the model decide that)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import socket
import time

import h11
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

from app.web.api import error_response
from app.web.security import STRICT

log = logging.getLogger(__name__)
SLOW = "The request did not arrive in time. Try again."
NOT_HTTP = "The request is not valid HTTP."


def raw_response(status: int, reason: str, message: str) -> bytes:
    """A whole JSON error response, with our security headers, written by the HTTP layer itself
    (before any app runs); the connection is closed after it."""
    body = json.dumps({"error": message}).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\nconnection: close\r\n"
        f"content-security-policy: {STRICT}\r\nx-content-type-options: nosniff\r\n"
        "referrer-policy: no-referrer\r\n\r\n"
    )
    return head.encode() + body


class BodyProblem(Exception):
    """Raised into the app by `receive` when the body is cut off (too large, too slow, gone)."""


class Limits:
    """ASGI middleware: body size and body time limits; quiet handling of a client gone."""

    def __init__(self, app: ASGIApp, api_bytes: int, chat_bytes: int, timeout: float) -> None:
        self.app = app
        self.api_bytes, self.chat_bytes, self.timeout = api_bytes, chat_bytes, timeout

    def limit(self, scope: Scope) -> int:
        path = scope["path"].removeprefix(scope.get("root_path", ""))
        return self.api_bytes if path.startswith("/api/") else self.chat_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit(scope)
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > limit:
            await _refuse("large", limit, scope, receive, send)
            return
        body = _Body(receive, limit, self.timeout)
        try:
            await self.app(scope, body.receive, body.guard(send))
        except Exception:  # noqa: BLE001 - re-raised unless it is the cut-off we caused
            if body.problem is None:
                raise
        if body.problem == "gone":
            log.warning("client left before its request body was complete: %s %s", *_where(scope))
        elif body.problem is not None and not body.started:
            await _refuse(body.problem, limit, scope, receive, send)


class _Body:
    """The request's receive channel, counted and timed; and the app's send, held back once the
    body was cut off (the app's own error response is replaced by ours)."""

    def __init__(self, receive: Receive, limit: int, timeout: float) -> None:
        self._receive, self.limit = receive, limit
        self.deadline = time.monotonic() + timeout
        self.size, self.complete, self.started = 0, False, False
        self.problem: str | None = None  # "large", "slow" or "gone"

    async def receive(self) -> Message:
        if self.complete:
            return await self._receive()  # after the body: e.g. waiting for a disconnect
        if self.problem is not None:
            raise BodyProblem(self.problem)
        try:
            message = await asyncio.wait_for(self._receive(), self.deadline - time.monotonic())
        except TimeoutError:
            self.problem = "slow"
            raise BodyProblem("slow") from None
        if message["type"] == "http.disconnect":
            self.problem = "gone"
            raise BodyProblem("gone")
        self.size += len(message.get("body", b""))
        if self.size > self.limit:
            self.problem = "large"
            raise BodyProblem("large")
        self.complete = not message.get("more_body", False)
        return message

    def guard(self, send: Send) -> Send:
        async def guarded(message: Message) -> None:
            if self.problem is not None and not self.started:
                return  # our 413/408 goes out instead (or nothing: the client is gone)
            self.started = self.started or message["type"] == "http.response.start"
            await send(message)

        return guarded


async def _refuse(problem: str, limit: int, scope: Scope, receive: Receive, send: Send) -> None:
    if problem == "large":
        response = error_response(413, f"The request body is larger than {limit} bytes.")
    else:
        response = error_response(408, SLOW)
    response.headers["Connection"] = "close"  # the rest of the body is never read
    await response(scope, receive, send)


def _where(scope: Scope) -> tuple[str, str]:
    return scope["method"], scope["path"]


class TimedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, plus: a request head not complete `head_timeout` seconds after
    its first byte (or after the connection opened) gets a 408 and the connection is closed."""

    head_timeout: float = 10.0
    _head_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport) -> None:  # type: ignore[override]
        no_delay(transport)
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        if self._head_timer is None and self.conn.their_state is h11.IDLE:
            self._arm()  # the first byte of a new request on a kept-alive connection
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:
            self._disarm()  # the head is complete

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self._head_timer = self.loop.call_later(self.head_timeout, self._too_slow)

    def _disarm(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _too_slow(self) -> None:
        self._head_timer = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.transport.write(raw_response(408, "Request Timeout", SLOW))
            self.transport.close()

    def send_400_response(self, msg: str) -> None:
        """uvicorn's answer to bytes that are not HTTP, as JSON with our headers."""
        self.transport.write(raw_response(400, "Bad Request", NOT_HTTP))
        self.transport.close()


def no_delay(transport) -> None:
    """TCP_NODELAY on the connection. asyncio sets it only on sockets whose `proto` says TCP, and
    the listening socket uvicorn binds for `--workers N` says 0: without this every answer from a
    worker waited for the client's delayed ACK, ~45 ms per request even for /healthz (one process:
    1-4 ms). Not a TCP socket (a Unix socket): nothing to do."""
    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def timed_protocol(head_timeout: float) -> type[TimedH11Protocol]:
    """The protocol class with this head timeout (set on the class: uvicorn passes the class,
    and worker processes import it by name, then their app factory sets it again)."""
    TimedH11Protocol.head_timeout = head_timeout
    return TimedH11Protocol
