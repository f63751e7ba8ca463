"""What a backend writes in one transaction: a `Batch` of votes, unanswered questions and outcome
counts (per UTC day, no text), and the retention cut-off for unanswered questions.

Left out: the backends themselves (app/db/sqlite.py, app/db/postgres.py) and the queue that fills
batches (app/db/writer.py)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Protocol

from app.db.records import DayCounts, Outcome, Unanswered, Vote

OUTCOMES: tuple[Outcome, ...] = ("answered", "not_covered", "crisis")


@dataclass(frozen=True)
class Counted:
    """One reply's outcome, on its UTC day; counted, never stored as a row."""

    day: date
    outcome: Outcome


Item = Vote | Unanswered | Counted


@dataclass
class Batch:
    votes: list[Vote] = field(default_factory=list)
    unanswered: list[Unanswered] = field(default_factory=list)
    outcomes: dict[date, Counter] = field(default_factory=dict)
    expire_before: datetime | None = None  # unanswered questions older than this are deleted

    @classmethod
    def of(cls, items: list[Item], retention_days: float | None) -> Batch:
        batch = cls(expire_before=cutoff(retention_days))
        for item in items:
            if isinstance(item, Vote):
                batch.votes.append(item)
            elif isinstance(item, Unanswered):
                batch.unanswered.append(item)
            else:
                batch.outcomes.setdefault(item.day, Counter())[item.outcome] += 1
        return batch

    def day_rows(self) -> list[tuple[date, int, int, int]]:
        """(day, answered, not_covered, crisis) per day, oldest first."""
        return [(d, *(c[o] for o in OUTCOMES)) for d, c in sorted(self.outcomes.items())]


def first_day(moment: datetime) -> date:
    """A period's bound as a day: a day is in the period when it starts in it, so a bound inside
    a day moves to the next day."""
    moment = moment.astimezone(UTC)
    day = moment.date()
    midnight = datetime(day.year, day.month, day.day, tzinfo=UTC)
    return day if moment == midnight else day + timedelta(days=1)


def cutoff(retention_days: float | None, now: datetime | None = None) -> datetime | None:
    if retention_days is None:
        return None
    return (now or datetime.now(UTC)) - timedelta(days=retention_days)


def kept_since(since: datetime | None, expire_before: datetime | None) -> datetime | None:
    """The start of a read of unanswered questions: never before the retention's cut-off."""
    if expire_before is not None and (since is None or since < expire_before):
        return expire_before
    return since


class Backend(Protocol):
    """What the store needs of a database: migrate at start, write a batch in one transaction,
    read (the `StoreReader` protocol), close. `errors`: the exceptions a failing database raises."""

    name: str
    errors: tuple[type[BaseException], ...]

    def migrate(self) -> int: ...

    def write(self, batch: Batch) -> None: ...

    def votes(self, since: datetime | None, until: datetime | None) -> list[Vote]: ...

    def unanswered(
        self, since: datetime | None, until: datetime | None, expire_before: datetime | None
    ) -> list[Unanswered]: ...

    def daily_outcomes(self, since: datetime | None, until: datetime | None) -> list[DayCounts]: ...

    def close(self) -> None: ...
