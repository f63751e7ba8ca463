"""What the site owner's store keeps, and how the report reads it (the contract between the
storage layer and the report). Nothing here identifies a reader: no IP address, cookie, session
or conversation; question text is redacted before it is stored, and crisis messages keep no text.

Periods: `since` inclusive, `until` exclusive, both timezone-aware UTC datetimes; None = open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal, Protocol

Outcome = Literal["answered", "not_covered", "crisis"]


@dataclass(frozen=True)
class Vote:
    created_at: datetime  # UTC, aware
    question: str  # redacted
    passage_ids: tuple[str, ...]  # "doc_id#anchor" of the passages the reply quoted
    vote: int  # -1 or 1
    source: str  # "chat", "embed" or "api"
    abstained: bool  # the reply quoted nothing


@dataclass(frozen=True)
class Unanswered:
    created_at: datetime  # UTC, aware
    question: str  # redacted


@dataclass(frozen=True)
class DayCounts:
    day: date  # UTC day
    answered: int
    not_covered: int
    crisis: int


class StoreReader(Protocol):
    """Read side of the store, oldest first."""

    def votes(self, since: datetime | None = None, until: datetime | None = None) -> list[Vote]: ...

    def unanswered(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[Unanswered]: ...

    def daily_outcomes(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[DayCounts]: ...
