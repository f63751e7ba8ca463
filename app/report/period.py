"""The report's period: `--since` / `--until` days (both included) or the last `--days N` (today
included), as the `StoreReader`'s half-open UTC range [since, until). Pure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from app.errors import BadPeriod

MAX_DAYS = 3660  # ten years: more is a typing slip


@dataclass(frozen=True)
class Period:
    since: datetime | None = None  # UTC midnight, included; None = from the first entry
    until: datetime | None = None  # UTC midnight, excluded; None = up to now

    @property
    def first_day(self) -> date | None:
        return self.since.date() if self.since else None

    @property
    def last_day(self) -> date | None:
        return (self.until - timedelta(days=1)).date() if self.until else None

    def to_dict(self) -> dict:
        days = (self.first_day, self.last_day)
        return {
            k: d.isoformat() if d else None for k, d in zip(("since", "until"), days, strict=True)
        }


def parse_day(raw: str, what: str) -> date:
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        raise BadPeriod(f"{what} {raw!r} is not a date like 2026-11-30 (year-month-day)") from None


def midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


def period_from(
    since: str | None = None,
    until: str | None = None,
    days: int | str | None = None,
    today: date | None = None,
) -> Period:
    """The period the owner asked for; BadPeriod with a message for what is wrong."""
    if days not in (None, "") and (since or until):
        raise BadPeriod("give either a number of days or since/until dates, not both")
    if days not in (None, ""):
        return last_days(days, today or datetime.now(UTC).date())
    first = parse_day(since, "since") if since else None
    last = parse_day(until, "until") if until else None
    if first and last and first > last:
        raise BadPeriod(f"the period starts ({first}) after it ends ({last})")
    return Period(midnight(first) if first else None, _end(last))


def _end(last: date | None) -> datetime | None:
    """The midnight after `last`; None (open) for none, and for the last day a date can be, which
    has no day after it (`--until 9999-12-31` was an OverflowError traceback)."""
    return midnight(last + timedelta(days=1)) if last and last < date.max else None


def last_days(days: int | str, today: date) -> Period:
    try:
        n = int(days)
    except (TypeError, ValueError):
        n = 0
    if not 1 <= n <= MAX_DAYS:
        raise BadPeriod(f"days must be a whole number from 1 to {MAX_DAYS}, not {days!r}")
    return Period(midnight(today - timedelta(days=n - 1)), None)
