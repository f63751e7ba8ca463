"""`Store`: the write side (`add_vote`, `add_unanswered`, `add_outcome`, all queued, never
blocking) and the read side (`StoreReader`) over one backend; `open_store` picks the backend from
a `StoreConfig`, applies the migrations and starts the writer.

What is stored never identifies a reader: questions are redacted here, before they are queued;
an outcome is a count per UTC day, with no text; a vote is its question, the quoted passage ids,
up or down, where it was cast (chat, embed, api) and whether the reply quoted nothing."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Future
from datetime import UTC, datetime

from app.db.batch import Backend, Counted, cutoff
from app.db.config import StoreConfig
from app.db.records import DayCounts, Outcome, Unanswered, Vote
from app.db.redact import redact
from app.db.writer import Writer

SOURCES = ("chat", "embed", "api")
MAX_PASSAGES = 50


class Store:
    def __init__(self, backend: Backend, config: StoreConfig, **writer_options) -> None:
        self.backend, self.config = backend, config
        self.writer = Writer(
            backend, config.retention_days, capacity=config.queue_size, **writer_options
        )

    # Write side: each call queues and returns at once.

    def add_vote(
        self,
        question: str,
        passage_ids: Sequence[str],
        vote: int,
        source: str,
        abstained: bool,
    ) -> Future:
        """Queue a vote; the future settles True once stored (StoreUnavailable: not stored).
        ValueError for a vote other than -1/1 or an unknown source (a caller's bug)."""
        if vote not in (-1, 1):
            raise ValueError(f"vote must be -1 or 1, not {vote!r}")
        if source not in SOURCES:
            raise ValueError(f"source must be one of {SOURCES}, not {source!r}")
        item = Vote(
            _now(),
            redact(question),
            tuple(str(p) for p in passage_ids)[:MAX_PASSAGES],
            vote,
            source,
            bool(abstained),
        )
        done: Future = Future()
        self.writer.submit(item, done)
        return done

    def add_unanswered(self, question: str) -> None:
        """Queue a question the articles did not answer, redacted; nothing when the opt-in log
        is off."""
        if self.config.unanswered:
            self.writer.submit(Unanswered(_now(), redact(question)))

    def add_outcome(self, outcome: Outcome) -> None:
        """Count one reply (answered, not_covered or crisis) on today's UTC date; no text."""
        if outcome not in ("answered", "not_covered", "crisis"):
            raise ValueError(f"unknown outcome {outcome!r}")
        self.writer.submit(Counted(_now().date(), outcome))

    # Read side (StoreReader), oldest first.

    def votes(self, since: datetime | None = None, until: datetime | None = None) -> list[Vote]:
        return self.backend.votes(since, until)

    def unanswered(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[Unanswered]:
        """Within the retention period only, even before the writer has deleted older ones."""
        return self.backend.unanswered(since, until, cutoff(self.config.retention_days))

    def daily_outcomes(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[DayCounts]:
        return self.backend.daily_outcomes(since, until)

    def health(self) -> dict:
        """What /healthz shows: the backend and this process's written / missed / queued counts."""
        stats = self.writer.stats
        return {
            "backend": self.backend.name,
            "written": stats.written,
            "missed": stats.missed,
            "queued": self.writer.queued,
            "last_error": stats.last_error or None,
        }

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued so far is written (True) or missed (False)."""
        return self.writer.flush(timeout)

    def close(self, timeout: float = 10.0) -> None:
        """Write what is queued (up to `timeout` s), then close the connections."""
        self.writer.close(timeout)
        self.backend.close()


def make_backend(config: StoreConfig) -> Backend:
    if config.database_url:
        from app.db.postgres import PostgresBackend  # psycopg is loaded only when used

        return PostgresBackend(config.database_url)
    from app.db.sqlite import SqliteBackend

    return SqliteBackend(config.sqlite_path, config.legacy_unanswered)


def open_store(config: StoreConfig, **writer_options) -> Store:
    """Migrate the store to the latest schema and start its writer; StoreUnavailable (exit 6)
    when the database cannot be reached, opened or migrated."""
    backend = make_backend(config)
    backend.migrate()
    return Store(backend, config, **writer_options)


def _now() -> datetime:
    return datetime.now(UTC)
