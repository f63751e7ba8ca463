"""Who may see `/admin`: the holder of the site owner's token (`HEALTHQA_ADMIN_TOKEN`).

Two ways to show it, both compared in constant time (SHA-256 digests, so not even the length
leaks): an `Authorization: Bearer TOKEN` header (scripts, curl), or the login form, which sets a
session cookie. The cookie holds an expiry time and an HMAC of it keyed by the token, never the
token itself: `HttpOnly` (no script reads it), `SameSite=Strict` (no other site's page sends it),
`Secure` when the request came over https, `Path=<root>/admin`, 8 hours. Changing the token ends
every session. The token never travels in a URL, and nothing here logs it.

Left out: accounts, roles, revoking one session (change the token), login rate limiting (a token
of 16 or more random characters cannot be guessed by trying)."""

from __future__ import annotations

import hashlib
import hmac
import time

from fastapi import Request

COOKIE = "hq_admin"
SESSION_SECONDS = 8 * 3600


def same(given: str, token: str) -> bool:
    """Constant-time comparison of two secrets of any length."""
    digest = lambda text: hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()  # noqa: E731
    return hmac.compare_digest(digest(given), digest(token))


def _mac(token: str, expires: int) -> str:
    return hmac.new(
        token.encode(), f"healthqa-admin:{expires}".encode(), hashlib.sha256
    ).hexdigest()


def session_value(token: str, now: float | None = None) -> str:
    expires = int(now if now is not None else time.time()) + SESSION_SECONDS
    return f"{expires}.{_mac(token, expires)}"


def session_ok(value: str, token: str, now: float | None = None) -> bool:
    expires, _, mac = value.partition(".")
    if not expires.isdigit() or int(expires) <= (now if now is not None else time.time()):
        return False
    return same(mac, _mac(token, int(expires)))


def check(request: Request, token: str) -> str:
    """ "ok"; "missing" (no token, or a session cookie that ended or is not ours: log in, 401);
    "wrong" (a bearer token that is not the right one: 403)."""
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if header:
        return "ok" if scheme.lower() == "bearer" and same(given.strip(), token) else "wrong"
    cookie = request.cookies.get(COOKIE)
    if cookie is None:
        return "missing"
    return "ok" if session_ok(cookie, token) else "missing"


def cookie_header(value: str, root: str, secure: bool, max_age: int = SESSION_SECONDS) -> str:
    flags = f"; Max-Age={max_age}; Path={root.rstrip('/')}/admin; HttpOnly; SameSite=Strict"
    return f"{COOKIE}={value}{flags}{'; Secure' if secure else ''}"
