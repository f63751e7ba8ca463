"""Settings of the web layer: one frozen object, built from the environment only by the server's
edges (`serve.run`, `serve.worker_app`).

Left out on purpose: anything about the index or retrieval (that is `app.config.Settings`)."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import BadSetting
from app.web.ratelimit import Rate, parse_rate

ORIGINS_ENV = "HEALTHQA_EMBED_ORIGINS"
FEEDBACK_ENV = "HEALTHQA_FEEDBACK_DB"
BATCH_MAX_ENV = "HEALTHQA_BATCH_MAX"
BATCH_WAIT_ENV = "HEALTHQA_BATCH_WAIT_MS"
RATE_ENV = "HEALTHQA_RATE_LIMIT"
PROXIES_ENV = "HEALTHQA_TRUSTED_PROXIES"
HOSTS_ENV = "HEALTHQA_ALLOWED_HOSTS"
TIMEOUT_ENV = "HEALTHQA_READ_TIMEOUT"
ADMIN_ENV = "HEALTHQA_ADMIN_TOKEN"
MIN_TOKEN_CHARS = 16
# A lone question waits this long for company: beyond a second, every reply is late for nothing.
MAX_BATCH_WAIT_MS = 1000.0
MAX_READ_TIMEOUT = 3600.0  # seconds: an hour to send 1 MB is already "never" for a reader
# Questions one `ask_many` call answers together: more only makes the first wait for the last
# (10**12 was accepted: one call as large as the queue).
MAX_BATCH = 1_000

_HOST = re.compile(
    r"^(\.?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])$"
)
_ORIGIN = re.compile(r"^https?://(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$", re.IGNORECASE)
DEFAULT_PORTS = {"http": ":80", "https": ":443"}

EXAMPLES = (
    "What are the physical symptoms of dopamine deficiency?",
    "How can exercise help with depression?",
    "How is dopamine deficiency treated?",
)


@dataclass(frozen=True)
class WebSettings:
    embed_origins: tuple[str, ...] = ()  # empty = any site may embed the chat
    feedback_db: Path = Path("data/feedback.sqlite3")  # the store's file, without a database URL
    title: str = "Ask our health articles"
    greeting: str = "Hello! Ask a question and I will quote what our health articles say about it."
    examples: tuple[str, ...] = EXAMPLES
    batch_max: int = 32  # most questions answered by one `ask_many` call
    batch_wait_ms: float = 4.0  # how long the first question of a batch waits for company
    max_body_bytes: int = 32_768  # POST /api/ask
    chat_max_body_bytes: int = 1_048_576  # a chat event (it carries the conversation shown)
    read_timeout: float = 10.0  # seconds to send a request's head, and then its body
    rate_limit: Rate | None = None  # per client address on the answering routes; None = off
    trusted_proxies: tuple[str, ...] = ()  # addresses/networks whose X-Forwarded-For is believed
    allowed_hosts: tuple[str, ...] = ()  # Host names served; empty = any
    admin_token: str = field(default="", repr=False)  # opens /admin; "" = /admin is off (404)

    @classmethod
    def from_env(cls, environ: Mapping[str, str], **overrides) -> WebSettings:
        """Read HEALTHQA_EMBED_ORIGINS, _FEEDBACK_DB, _BATCH_MAX, _BATCH_WAIT_MS, _RATE_LIMIT,
        _TRUSTED_PROXIES, _ALLOWED_HOSTS, _READ_TIMEOUT, _ADMIN_TOKEN; overrides win."""
        values: dict = {
            "embed_origins": parse_origins(environ.get(ORIGINS_ENV, "")),
            "rate_limit": parse_rate(environ.get(RATE_ENV, ""), RATE_ENV),
            "trusted_proxies": parse_proxies(environ.get(PROXIES_ENV, "")),
            "allowed_hosts": parse_hosts(environ.get(HOSTS_ENV, "")),
            "admin_token": parse_token(environ.get(ADMIN_ENV, "")),
        }
        if environ.get(FEEDBACK_ENV):
            values["feedback_db"] = Path(environ[FEEDBACK_ENV])
        for key, name, kind, most in (
            ("batch_max", BATCH_MAX_ENV, int, MAX_BATCH),
            ("batch_wait_ms", BATCH_WAIT_ENV, float, MAX_BATCH_WAIT_MS),
            ("read_timeout", TIMEOUT_ENV, float, MAX_READ_TIMEOUT),
        ):
            if environ.get(name):
                values[key] = _number(name, environ[name], kind, most)
        if values.get("read_timeout") == 0:
            raise BadSetting(f"{TIMEOUT_ENV}: must be more than 0 seconds")
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


def parse_token(raw: str) -> str:
    """The admin token: "" (off), or at least MIN_TOKEN_CHARS characters without spaces. The
    message never repeats the value."""
    token = raw.strip()
    if token and (len(token) < MIN_TOKEN_CHARS or any(c.isspace() for c in token)):
        raise BadSetting(
            f"{ADMIN_ENV}: the token must be at least {MIN_TOKEN_CHARS} characters without "
            "spaces, e.g. from: python -c 'import secrets; print(secrets.token_urlsafe())'"
        )
    return token


def parse_origins(raw: str) -> tuple[str, ...]:
    """Split a space- or comma-separated list of origins ("https://example.org") and check each;
    each as a browser writes it in `Origin` (lowercase, without the scheme's default port)."""
    origins = []
    for item in re.split(r"[\s,]+", raw.strip()):
        if not item:
            continue
        origin = item.rstrip("/")
        if not _ORIGIN.match(origin):
            raise BadSetting(
                f"{ORIGINS_ENV}: {item!r} is not an origin like https://www.example.org "
                "(scheme and host, optional port, no path)"
            )
        scheme, rest = origin.lower().split("://", 1)
        rest = rest.removesuffix(DEFAULT_PORTS[scheme])
        origins.append(f"{scheme}://{rest}")
    return tuple(dict.fromkeys(origins))


def parse_proxies(raw: str) -> tuple[str, ...]:
    """Split a space- or comma-separated list of IP addresses or networks ("10.0.0.0/8")."""
    proxies = []
    for item in re.split(r"[\s,]+", raw.strip()):
        if not item:
            continue
        try:
            proxies.append(str(ipaddress.ip_network(item, strict=False)))
        except ValueError:
            raise BadSetting(
                f"{PROXIES_ENV}: {item!r} is not an IP address or network like 127.0.0.1 or "
                "10.0.0.0/8"
            ) from None
    return tuple(dict.fromkeys(proxies))


def parse_hosts(raw: str) -> tuple[str, ...]:
    """Split a space- or comma-separated list of host names ("faq.example.org", ".example.org"
    for its subdomains, "127.0.0.1", "[::1]"); no scheme, no port."""
    hosts = []
    for item in re.split(r"[\s,]+", raw.strip().lower()):
        if not item:
            continue
        if not _HOST.match(item):
            raise BadSetting(
                f"{HOSTS_ENV}: {item!r} is not a host name like faq.example.org or .example.org "
                "(no scheme, no port)"
            )
        hosts.append(item)
    return tuple(dict.fromkeys(hosts))


def _number(name: str, raw: str, kind: type, most: float) -> int | float:
    """`raw` as a number from 0 (1 for a whole number) to `most`; a wait too long to ever end is
    as wrong as an infinite one, a batch too large to answer soon as wrong as an endless one."""
    try:
        value = kind(raw)
    except ValueError:
        raise BadSetting(f"{name}: {raw!r} is not a number") from None
    least = 1 if kind is int else 0
    if not least <= value <= most:  # NaN too
        what = "a whole number" if kind is int else "a number"
        span = f"{what} from {least} to {most:,g}"
        raise BadSetting(f"{name}: {raw!r} is out of range: it must be {span}")
    return value
