"""Per-client rate limiting of the routes that answer questions: a token bucket per client address,
in memory. Off unless a rate is set (HEALTHQA_RATE_LIMIT="30/minute").

Limited: `POST /api/ask` and the Gradio prediction routes of the chat pages (`POST
.../gradio_api/queue/join`, `.../run/...`, `.../call/...`, `.../api/...` under `/` and `/embed`).
A chat question is two such requests (show the question, answer it); a vote is one. Pages, assets
and the stream that carries the chat's answers are not limited. Over the limit: 429, a JSON
`{"error": ...}` and `Retry-After`.

The client address is the TCP peer (`scope["client"]`; X-Forwarded-For is resolved before this,
and only for trusted proxies). IPv6 clients share a bucket per /64 network. The address is only a
key of an in-memory dict: never written anywhere, never logged; full buckets are dropped.
Left out: a limit shared by several processes (each worker counts on its own; see the README)."""

from __future__ import annotations

import ipaddress
import json
import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from starlette.types import ASGIApp, Receive, Scope, Send

from app.errors import BadSetting

UNITS = {"second": 1.0, "minute": 60.0, "hour": 3600.0}
_RATE = re.compile(r"^\s*(\d+)\s*/\s*(second|minute|hour)s?\s*$", re.I)
LIMITED = re.compile(r"^/api/ask/?$|/gradio_api/(?:queue/join/?|(?:run|call|api)/.+)$")


@dataclass(frozen=True)
class Rate:
    requests: int
    seconds: float

    def __str__(self) -> str:
        unit = next((name for name, s in UNITS.items() if s == self.seconds), "")
        return f"{self.requests}/{unit}" if unit else f"{self.requests} per {self.seconds:g} s"


def parse_rate(raw: str, name: str = "rate") -> Rate | None:
    """Parse "30/minute" into Rate(30, 60.0); "", "0" or "0/minute" mean no limit (None)."""
    if not raw.strip() or raw.strip() == "0":
        return None
    match = _RATE.match(raw)
    if not match:
        raise BadSetting(f"{name}: {raw!r} is not a rate like 30/minute (per second|minute|hour)")
    count = int(match.group(1))
    return Rate(count, UNITS[match.group(2).lower()]) if count else None


class TokenBuckets:
    """One bucket per key, holding up to `rate.requests` tokens, refilled evenly over
    `rate.seconds`. At most `max_keys` buckets are kept; the least recently used go first."""

    def __init__(
        self, rate: Rate, clock: Callable[[], float] = time.monotonic, max_keys: int = 100_000
    ):
        self.capacity = float(rate.requests)
        self.refill = rate.requests / rate.seconds  # tokens per second
        self.clock = clock
        self.max_keys = max_keys
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, last update)

    def __len__(self) -> int:
        return len(self._buckets)

    def take(self, key: str) -> float:
        """Take one token: 0.0 when allowed, else the seconds until a token is available."""
        now = self.clock()
        tokens, last = self._buckets.pop(key, (self.capacity, now))
        tokens = min(self.capacity, tokens + (now - last) * self.refill)
        wait = 0.0 if tokens >= 1 else (1 - tokens) / self.refill
        self._buckets[key] = (tokens - 1 if wait == 0 else tokens, now)  # now the most recent
        if len(self._buckets) > self.max_keys:
            self._shrink(now)
        return wait

    def _shrink(self, now: float) -> None:
        """Drop buckets that have refilled (they equal a new one); then the least recently used."""
        full = [k for k, (t, last) in self._buckets.items() if self._level(t, last, now) >= 1]
        for key in full:
            del self._buckets[key]
        while len(self._buckets) > self.max_keys * 0.9:
            del self._buckets[next(iter(self._buckets))]

    def _level(self, tokens: float, last: float, now: float) -> float:
        return min(self.capacity, tokens + (now - last) * self.refill) / self.capacity


def client_key(scope: Scope) -> str:
    """The bucket key of a request: its client address; an IPv6 address's /64 network."""
    host = (scope.get("client") or ("unknown", 0))[0] or "unknown"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def is_limited(scope: Scope) -> bool:
    if scope["type"] != "http" or scope["method"] != "POST":
        return False
    path = scope["path"]
    root = scope.get("root_path", "")
    if root and path.startswith(root):
        path = path[len(root) :]
    return bool(LIMITED.search(path))


class RateLimit:
    """ASGI middleware: refuses limited requests over the client's rate with 429."""

    def __init__(self, app: ASGIApp, rate: Rate, clock: Callable[[], float] = time.monotonic):
        self.app = app
        self.rate = rate
        self.buckets = TokenBuckets(rate, clock)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if is_limited(scope):
            wait = self.buckets.take(client_key(scope))
            if wait > 0:
                await self._refuse(math.ceil(wait), send)
                return
        await self.app(scope, receive, send)

    async def _refuse(self, seconds: int, send: Send) -> None:
        message = (
            f"Too many requests from your address (at most {self.rate}). "
            f"Please try again in {seconds} second{'s' if seconds != 1 else ''}."
        )
        body = json.dumps({"error": message}).encode()
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"retry-after", str(seconds).encode()),
        ]
        await send({"type": "http.response.start", "status": 429, "headers": headers})
        await send({"type": "http.response.body", "body": body})
