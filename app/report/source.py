"""Where the report reads: the same store the server writes (`app.db`), the PostgreSQL database
named by HEALTHQA_DATABASE_URL, else the SQLite file HEALTHQA_FEEDBACK_DB (default
data/feedback.sqlite3). A SQLite file that does not exist yet reads as empty and is not created."""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import datetime

from app.config import Settings
from app.db import open_store, store_config
from app.db.records import DayCounts, StoreReader, Unanswered, Vote


def open_reader(settings: Settings, environ: Mapping[str, str] = os.environ) -> StoreReader:
    """The store's read side; the caller closes it when it has a `close`. StoreUnavailable
    (exit 6) when the database cannot be reached; BadSetting (exit 2) for a malformed URL."""
    config = store_config(settings, environ)
    if not config.database_url and not config.sqlite_path.exists():  # a folder: exit 6
        return Nothing()
    return open_store(config)  # migrates: an earlier version's files are moved in first


class Nothing:
    """A store that has never been written."""

    def votes(self, since: datetime | None = None, until: datetime | None = None) -> list[Vote]:
        return []

    def unanswered(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[Unanswered]:
        return []

    def daily_outcomes(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[DayCounts]:
        return []
