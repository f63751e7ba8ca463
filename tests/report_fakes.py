"""An in-memory `StoreReader` built from the records, and an embedder with known vectors, for the
report's tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

import numpy as np

from app.db.records import DayCounts, Unanswered, Vote


def at(day: str, hour: int = 12) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC)


def _within(when: datetime, since: datetime | None, until: datetime | None) -> bool:
    return (since is None or when >= since) and (until is None or when < until)


@dataclass
class MemoryStore:
    """What a store would hold; filters by period as the protocol says (since in, until out)."""

    votes_: list[Vote] = field(default_factory=list)
    unanswered_: list[Unanswered] = field(default_factory=list)
    days_: list[DayCounts] = field(default_factory=list)

    def votes(self, since=None, until=None) -> list[Vote]:
        return [v for v in self.votes_ if _within(v.created_at, since, until)]

    def unanswered(self, since=None, until=None) -> list[Unanswered]:
        return [u for u in self.unanswered_ if _within(u.created_at, since, until)]

    def daily_outcomes(self, since=None, until=None) -> list[DayCounts]:
        midnight = lambda d: datetime(d.year, d.month, d.day, tzinfo=UTC)  # noqa: E731
        return [d for d in self.days_ if _within(midnight(d.day), since, until)]


class TableEmbedder:
    """Known vectors by text (normalized); counts what it was asked to embed."""

    name = "table"

    def __init__(self, table: dict[str, list[float]]) -> None:
        self.table = table
        self.dim = len(next(iter(table.values())))
        self.seen: list[str] = []

    def embed(self, texts) -> np.ndarray:
        self.seen += list(texts)
        rows = np.array([self.table[t] for t in texts], dtype=np.float32)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)
