"""Which Host a request may name, and no forwarded header believed past the edge.

Forwarded headers (`X-Forwarded-For`, `-Proto`, `-Host`, `Forwarded`, `X-Real-IP`, Gradio's
`X-Gradio-Server`) are applied only for a peer in HEALTHQA_TRUSTED_PROXIES (uvicorn's
ProxyHeadersMiddleware, outside this one, sets the client address and scheme from them) and then
removed from every request, so nothing inside - Gradio builds the page config's `root` from
`X-Forwarded-Host` and `X-Forwarded-Proto` - can be steered by a client. `X-Forwarded-Host` is
never believed: a proxy passes the public name in `Host` (see the README's nginx example).

With HEALTHQA_ALLOWED_HOSTS set, a request whose Host (without its port) is not on the list gets a
400 before anything else runs, so no other name is ever reflected into a page. A leading dot
allows the subdomains of a name (`.example.org`). Unset: any Host is accepted."""

from __future__ import annotations

import re

from starlette.types import ASGIApp, Receive, Scope, Send

from app.web.api import error_response

FORWARDED = frozenset(
    {
        b"x-forwarded-for",
        b"x-forwarded-proto",
        b"x-forwarded-host",
        b"x-forwarded-port",
        b"x-forwarded-prefix",
        b"x-forwarded-server",
        b"forwarded",
        b"x-real-ip",
        b"x-gradio-server",
    }
)
_PORT = re.compile(r":\d*$")


def host_name(host: str) -> str:
    """'Example.org:8080' -> 'example.org'; '[::1]:80' -> '[::1]'."""
    host = host.strip().lower()
    return _PORT.sub("", host) if not host.endswith("]") else host


def host_allowed(host: str, allowed: tuple[str, ...]) -> bool:
    name = host_name(host)
    if not name:
        return False
    return any(name == a or (a.startswith(".") and name.endswith(a)) for a in allowed)


class HostGuard:
    """ASGI middleware: drops forwarded headers; refuses a Host not on the allow-list (if any)."""

    def __init__(self, app: ASGIApp, allowed_hosts: tuple[str, ...] = ()) -> None:
        self.app = app
        self.allowed = tuple(a.lower() for a in allowed_hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = [(k, v) for k, v in scope["headers"] if k not in FORWARDED]
        scope = {**scope, "headers": headers}
        if self.allowed:
            host = next((v.decode("latin-1") for k, v in headers if k == b"host"), "")
            if not host_allowed(host, self.allowed):
                response = error_response(400, "This server does not answer for that host name.")
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)
