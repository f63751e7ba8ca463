"""Only the Gradio routes the chat uses are open; Gradio's own errors become our generic JSON.

Gradio mounts some sixty routes (uploads, files, queue, streams, monitoring, login, its API
description, "vibe" editing ...). The chat pages use a handful: the page, its config, its assets,
static files and fonts, and one POST per event (`gradio_api/run/predict`: the events skip the
queue, see app.web.chat). Every other path under a chat mount (`/` and `/embed`) is a 404 (a 405
for another method on an open path) before Gradio sees it: nothing can be uploaded, no file is
served by name, no queue or stream is opened.

An event request is checked against the chat's events (app.web.events) before Gradio reads it:
malformed input is a 422 `{"error": ...}`, never a failure inside Gradio; a body not sent as JSON
(a form, `text/plain`, no type: what another site's page can post without a preflight) a 415.

Once an event is answered, Gradio's copy of its session (the chat's latest values: the question,
the answer as text, the conversation) is dropped: the page sends all an event needs, and the
server keeps nothing of a conversation (SECURITY.md). iframe-resizer's script, which Gradio's page
loads when framed, is served empty (it answered any window that could reach the chat's).

A 5xx from Gradio (its body may name internals, e.g. `{"error": null}` or a validation message)
is replaced by the generic 500 JSON of app.web.guard, and Gradio's own CORS headers are dropped
(it allowed any localhost origin, with credentials). Our own routes are not touched."""

from __future__ import annotations

import json
import re

from starlette.responses import Response
from starlette.routing import Match, Mount
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.web import security
from app.web.api import HTTP_WORDS, error_response, is_json_type
from app.web.events import BadEvent, check_event
from app.web.guard import MESSAGE
from app.web.pages import not_found_page

METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
MOUNTS = ("/embed", "")  # the chat mounts, longest first
OURS = re.compile(
    r"^/(api/|articles/|hq-static/|admin$|admin/|healthz$|docs$|openapi\.json$|widget\.js$)"
)
READ = re.compile(
    r"^(/|/config/?|/theme\.css|/favicon\.ico|/robots\.txt|/(assets|static)/[^\x00]+)?$"
)
EVENT = re.compile(r"^/gradio_api/run/predict/?$")
EVENT_AS_JSON = 'Send the chat event as JSON, with the header "Content-Type: application/json".'
# Gradio's page loads iframe-resizer's child script when framed: it answers an "init" message from
# any window that can reach the chat's (not only the page that frames it) by sending that window
# the page's size and the reader's mouse positions. Our widget sizes its panel itself, and
# Gradio's own code checks for the script (`parentIFrame`) before using it: it gets an empty one.
UNUSED_SCRIPT = re.compile(r"^/static/js/iframeResizer\.contentWindow(\.min)?\.js$")


def chat_path(scope: Scope) -> str | None:
    """The path within its chat mount, or None for our own routes."""
    path = scope["path"]
    root = scope.get("root_path", "")
    if root and path.startswith(root):
        path = path[len(root) :]
    if OURS.match(path):
        return None
    for mount in MOUNTS:
        if mount and (path == mount or path.startswith(mount + "/")):
            return path[len(mount) :]
    return path


def allowed_methods(path: str) -> tuple[str, ...]:
    """The methods open on a path of a chat mount; () when the path is closed."""
    if READ.match(path):
        return ("GET", "HEAD")
    if EVENT.match(path):
        return ("POST",)
    return ()


def our_methods(scope: Scope) -> tuple[str, ...]:
    """The methods our own routes take on this path; () when they take the request's own or
    none has the path (the request goes on either way). A route of ours met with another method
    would fall through to Gradio's mount at `/`, whose 404 says `{"detail": "Not Found"}`."""
    routes = [r for r in getattr(scope.get("app"), "routes", ()) if not isinstance(r, Mount)]

    def taken(method: str) -> bool:
        return any(r.matches({**scope, "method": method})[0] == Match.FULL for r in routes)

    return () if taken(scope["method"]) else tuple(m for m in METHODS if taken(m))


def _not_allowed(methods: tuple[str, ...]) -> Response:
    response = error_response(405, HTTP_WORDS[405])
    response.headers["Allow"] = ", ".join(methods)
    return response


class GradioRoutes:
    """ASGI middleware: closes what the chat does not use; Gradio's 5xx -> generic JSON 500."""

    def __init__(
        self,
        app: ASGIApp,
        origins: tuple[str, ...] = (),
        events: dict | None = None,
        chats: dict | None = None,
    ) -> None:
        """`events`: mount ("" or "/embed") -> its event shapes (app.web.events.event_shapes),
        `chats`: mount -> its Blocks; both filled in once the chats are built."""
        self.app = app
        self.csp = {"Content-Security-Policy": security.policy(security.STRICT, origins)}
        self.events = events if events is not None else {}
        self.chats = chats if chats is not None else {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = chat_path(scope) if scope["type"] == "http" else None
        if path is None:
            methods = our_methods(scope) if scope["type"] == "http" else ()
            if methods and scope["method"] not in methods:  # else Gradio's mount would
                await _not_allowed(methods)(scope, receive, send)
                return
            await self.app(scope, receive, send)
            return
        methods = allowed_methods(path)
        if not methods:
            await self._closed(scope, receive, send)
        elif scope["method"] not in methods:
            await _not_allowed(methods)(scope, receive, send)
        elif EVENT.match(path):
            await self._event(scope, receive, send)
        elif UNUSED_SCRIPT.match(path):
            await _EMPTY_SCRIPT(scope, receive, send)
        else:
            await self.app(scope, receive, _generic_5xx(send))

    async def _event(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Read and check the event request; pass it on (the body replayed) when it is sound.
        Only JSON, as the page sends it: a form or `text/plain` body is what a page on another
        site can make a reader's browser send without a CORS preflight (a 415 before the body
        is read; Gradio answered it with its own 422 quoting the body back)."""
        content_type = dict(scope["headers"]).get(b"content-type", b"").decode("latin-1")
        if not is_json_type(content_type):
            await error_response(415, EVENT_AS_JSON)(scope, receive, send)
            return
        body, more = b"", True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client left
            body += message.get("body", b"")
            more = message.get("more_body", False)
        mount = (
            "/embed"
            if scope["path"].removeprefix(scope.get("root_path", "")).startswith("/embed/")
            else ""
        )
        try:
            check_event(body, self.events.get(mount, {}))
        except BadEvent as error:
            await error_response(422, str(error))(scope, receive, send)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        try:
            await self.app(scope, replay, _generic_5xx(send))
        finally:
            self._forget(mount, body)

    def _forget(self, mount: str, body: bytes) -> None:
        """Gradio keeps each session's latest component values in memory (for its deep links):
        the question, the answer as text, the conversation. The page sends all an event needs,
        so the session is dropped once its event is answered: the server keeps nothing of a
        conversation between requests (SECURITY.md)."""
        holder = getattr(self.chats.get(mount), "state_holder", None)
        session = json.loads(body).get("session_hash")  # checked by check_event
        if holder is not None and isinstance(session, str):
            with holder.lock:
                holder.session_data.pop(session, None)
                holder.time_last_used.pop(session, None)

    async def _closed(self, scope: Scope, receive: Receive, send: Send) -> None:
        """A page address gets the HTML "not found" page; anything else a JSON 404."""
        if scope["method"] in ("GET", "HEAD") and "/gradio_api/" not in scope["path"]:
            root = scope.get("root_path", "")
            response = not_found_page("There is no page at this address.", self.csp, root)
        else:
            response = error_response(404, "There is no such route.")
        await response(scope, receive, send)


_EMPTY_SCRIPT = Response(
    "/* not used: the chat answers no resizing messages (SECURITY.md) */\n",
    media_type="text/javascript",
)


def _generic_5xx(send: Send) -> Send:
    """Replace a 5xx response (start and body) by the generic 500 JSON, and drop Gradio's own
    CORS headers: its middleware answers any `localhost` or `127.0.0.1` origin, with
    credentials, whatever the allow-list; ours (app.web.security, outside) adds the headers."""
    replaced = False

    async def guarded(message: Message) -> None:
        nonlocal replaced
        if message["type"] == "http.response.start" and message["status"] >= 500:
            replaced = True
            body = error_response(500, MESSAGE)
            await send({"type": "http.response.start", "status": 500, "headers": body.raw_headers})
            await send({"type": "http.response.body", "body": body.body})
        elif message["type"] == "http.response.start":
            headers = [(k, v) for k, v in message.get("headers", []) if not _cors(k)]
            await send({**message, "headers": headers})
        elif not replaced:
            await send(message)

    return guarded


def _cors(name: bytes) -> bool:
    return name.lower().startswith(b"access-control-")
