"""Where the store lives and what it keeps: `StoreConfig`, built by the edges from the settings.

SQLite (one file, one machine) unless `HEALTHQA_DATABASE_URL` names a PostgreSQL database
(`postgresql://USER:PASSWORD@HOST:5432/DATABASE`), which replicas on several machines share. A
malformed URL is a `BadSetting` naming the variable; no message, repr or log line ever holds the
password (`masked`)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from app.config import Settings, switched_on
from app.errors import BadSetting

DATABASE_ENV = "HEALTHQA_DATABASE_URL"
SQLITE_ENV = "HEALTHQA_FEEDBACK_DB"
SQLITE_DEFAULT = Path("data/feedback.sqlite3")
EXAMPLE = "postgresql://USER:PASSWORD@HOST:5432/DATABASE"


@dataclass(frozen=True)
class StoreConfig:
    sqlite_path: Path = SQLITE_DEFAULT  # used when `database_url` is empty
    database_url: str = field(default="", repr=False)  # postgresql://...; "" = SQLite
    unanswered: bool = False  # the opt-in log of questions the articles did not answer
    retention_days: float = 30  # unanswered questions older than this are deleted
    legacy_unanswered: Path | None = None  # an earlier version's separate log, moved in at start
    queue_size: int = 10_000  # writes waiting for the background writer; beyond: counted misses

    @property
    def backend(self) -> str:
        return "postgresql" if self.database_url else "sqlite"

    def where(self) -> str:
        """The store's location fit to show: the file, or the URL without its password."""
        return masked(self.database_url) if self.database_url else str(self.sqlite_path)

    def __repr__(self) -> str:
        return f"StoreConfig({self.backend} at {self.where()}, unanswered={self.unanswered})"

    @classmethod
    def from_env(
        cls,
        environ: Mapping[str, str],
        sqlite_path: Path,
        unanswered_log: str = "",
        retention_days: float = 30,
    ) -> StoreConfig:
        """`HEALTHQA_DATABASE_URL` (checked here) and the existing settings: the votes' SQLite
        file, the unanswered log's switch (on for any value but empty, 0, false, no or off; a path
        naming an earlier version's log file has its questions moved into the store) and its
        retention."""
        url = environ.get(DATABASE_ENV, "").strip()
        if url:
            check_url(url)
        on = switched_on(unanswered_log)
        legacy = Path(unanswered_log) if on else None
        return cls(
            sqlite_path=Path(sqlite_path),
            database_url=url,
            unanswered=on,
            retention_days=retention_days,
            legacy_unanswered=legacy,
        )


def store_config(settings: Settings, environ: Mapping[str, str]) -> StoreConfig:
    """The store the server uses, for another edge (e.g. a report command): the URL or the SQLite
    file (HEALTHQA_FEEDBACK_DB) from `environ`, the unanswered log's settings from `settings`."""
    sqlite_path = Path(environ.get(SQLITE_ENV) or SQLITE_DEFAULT)
    return StoreConfig.from_env(
        environ, sqlite_path, settings.unanswered_log, settings.unanswered_retention_days
    )


def check_url(url: str) -> None:
    """BadSetting unless `url` is a postgresql:// URL with a host and a database name. The message
    shows the URL with its password masked."""
    problem = _url_problem(url)
    if problem:
        raise BadSetting(f"{DATABASE_ENV}: {problem}; expected a URL like {EXAMPLE}")


def _url_problem(url: str) -> str | None:
    shown = masked(url)
    try:
        parts = urlsplit(url)
        port = parts.port  # ValueError when it is not a number from 0 to 65535
    except ValueError:
        return f"{shown!r} is not a valid URL (its host or port)"
    if parts.scheme not in ("postgresql", "postgres"):
        scheme = parts.scheme or "no scheme"
        return f"{shown!r} is not a PostgreSQL URL ({scheme}; only postgresql:// is supported)"
    if not parts.hostname:
        return f"{shown!r} names no host"
    if not parts.path.strip("/"):
        return f"{shown!r} names no database"
    if port == 0:
        return f"{shown!r} has port 0"
    return None


_PASSWORD = re.compile(r"^([a-z][a-z0-9+.-]*://[^:/@]*):[^/?#]*@", re.I)
_PASSWORD_PARAM = re.compile(r"(password=)[^&\s]*", re.I)


def masked(url: str) -> str:
    """`url` with any password replaced by ***."""
    return _PASSWORD_PARAM.sub(r"\1***", _PASSWORD.sub(r"\1:***@", url))


def scrub(text: str, url: str) -> str:
    """`text` (e.g. a driver's message) with the URL's password, if it appears, replaced by ***."""
    password = _password(url)
    return text.replace(password, "***") if password else text


def _password(url: str) -> str:
    try:
        return urlsplit(url).password or ""
    except ValueError:
        return ""
