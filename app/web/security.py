"""Response headers: Content-Security-Policy (with `frame-ancestors` from the embed allow-list),
nosniff, `Referrer-Policy: no-referrer`; and CORS for the JSON API. Pure ASGI, so streamed
responses (the chat's server-sent events) pass through untouched.

Our own pages (articles, docs) set a strict CSP themselves (`STRICT`); every other response gets
`APP`, which lets the Gradio front end run but keeps every request on our own host."""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

STRICT = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'"
APP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
    "style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; media-src 'self' data: blob:; "
    "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
    "form-action 'self'"
)


def frame_ancestors(origins: Sequence[str]) -> str:
    """The CSP directive for the embed allow-list; "" (no restriction) when the list is empty."""
    return f"frame-ancestors 'self' {' '.join(origins)}" if origins else ""


def policy(base: str, origins: Sequence[str]) -> str:
    return "; ".join(part for part in (base, frame_ancestors(origins)) if part)


class SecurityHeaders:
    """Adds the headers to every HTTP response that does not set its own CSP."""

    def __init__(self, app: ASGIApp, origins: Sequence[str]) -> None:
        self.app = app
        self.csp = policy(APP, origins)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(raw=list(message.get("headers", [])))
                if "content-security-policy" not in headers:
                    headers["Content-Security-Policy"] = self.csp
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "no-referrer")
                message["headers"] = headers.raw
            await send(message)

        await self.app(scope, receive, send_with_headers)


class CorsExcept:
    """CORS (Starlette's CORSMiddleware) for every path but the site owner's pages (`/admin...`),
    which answer no cross-origin request with CORS headers, preflight included."""

    def __init__(self, app: ASGIApp, **cors) -> None:
        self.app = app
        self.cors = CORSMiddleware(app, **cors)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and is_admin(scope):
            await self.app(scope, receive, send)
        else:
            await self.cors(scope, receive, send)


def is_admin(scope: Scope) -> bool:
    path, root = scope["path"], scope.get("root_path", "")
    if root and path.startswith(root):
        path = path[len(root) :]
    return path == "/admin" or path.startswith("/admin/")


def install(app: FastAPI, origins: Sequence[str]) -> None:
    """CORS for the API (allow-list, or any origin when empty; never credentials; never for
    /admin) + headers. Must run before Gradio is mounted: Gradio leaves CORS to a parent's own
    CORSMiddleware."""
    app.add_middleware(
        CorsExcept,
        allow_origins=list(origins) or ["*"],
        allow_methods=["GET", "POST", "OPTIONS"],
        allow_headers=["Content-Type"],
        allow_credentials=False,
        max_age=600,
    )
    app.add_middleware(SecurityHeaders, origins=tuple(origins))
