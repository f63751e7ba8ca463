"""The last line of defence: an exception nothing else handled (a bug) becomes a generic 500 JSON
`{"error": ...}` with no traceback, and the traceback goes to the server's log (with the method and
path, never the body or query string: they may hold a reader's question).

Expected failures never get here: the API turns the core's own errors into 4xx/503 itself. When a
response has already started (e.g. a stream), the exception is left to the server, which closes
the connection; when it is already complete (Starlette's ServerErrorMiddleware inside Gradio sends
its 500 and then raises again), it is only logged."""

from __future__ import annotations

import json
import logging

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger(__name__)
MESSAGE = "Something went wrong on our side. Please try again later."


class ErrorGuard:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = complete = False

        async def watch(message: Message) -> None:
            nonlocal started, complete
            started = started or message["type"] == "http.response.start"
            body_end = message["type"] == "http.response.body" and not message.get("more_body")
            complete = complete or body_end
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception:  # noqa: BLE001 - logged with its traceback, never hidden
            if started and not complete:
                raise
            log.exception("unhandled error in %s %s", scope["method"], scope["path"])
            if not started:
                await _send_500(send)


async def _send_500(send: Send) -> None:
    body = json.dumps({"error": MESSAGE}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 500, "headers": headers})
    await send({"type": "http.response.body", "body": body})
