"""A `StoreReader` + the index's passages + the embedder -> `Report` (and its JSON shape).

Every question shown is redacted again (emails, phone numbers, long numbers: `app.db.redact`),
and a question the crisis patterns flag is never shown: its vote counts, its text is withheld, and
such a question is never grouped. Passages are named by the loaded index (title, section, link);
one the index no longer holds keeps its id, with `found` false."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.db.records import DayCounts, StoreReader, Vote
from app.db.redact import redact
from app.embed import Embedder
from app.records import Passage, article_link
from app.report.groups import THRESHOLD, Group, group_questions
from app.report.period import Period
from app.safety import is_crisis

Lookup = Callable[[str], Passage | None]  # "doc_id#anchor" -> the passage, if the index has it
MOST_QUOTED = 10
DOWN_SHOWN = 50
MAX_PLOT_DAYS = 400


@dataclass(frozen=True)
class PassageRef:
    passage_id: str
    title: str
    section: str
    link: str  # relative to the app's root: /articles/<doc_id>#<anchor>
    found: bool  # False: the loaded index no longer has this passage

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass(frozen=True)
class DownVote:
    day: date
    question: str | None  # None: withheld (a crisis message)
    not_covered: bool  # the reply quoted nothing
    passages: tuple[PassageRef, ...]

    def to_dict(self) -> dict:
        return {
            "day": self.day.isoformat(),
            "question": self.question,
            "not_covered": self.not_covered,
            "passages": [p.to_dict() for p in self.passages],
        }


@dataclass(frozen=True)
class Quoted:
    passage: PassageRef
    votes: int
    up: int
    down: int

    def to_dict(self) -> dict:
        return {**self.passage.to_dict(), "votes": self.votes, "up": self.up, "down": self.down}


@dataclass(frozen=True)
class Report:
    period: Period
    unanswered: int  # questions logged as not answered, repeats included
    withheld: int  # of those, flagged as crisis messages: counted, never shown or grouped
    groups: tuple[Group, ...]
    up: int
    down: int
    down_votes: tuple[DownVote, ...]  # newest first, at most DOWN_SHOWN
    most_quoted: tuple[Quoted, ...]
    days: tuple[DayCounts, ...] = field(default=())

    def to_dict(self) -> dict:
        return {
            "period": self.period.to_dict(),
            "unanswered": {
                "total": self.unanswered,
                "withheld": self.withheld,
                "groups": [g.to_dict() for g in self.groups],
            },
            "votes": {
                "up": self.up,
                "down": self.down,
                "down_answers": [d.to_dict() for d in self.down_votes],
                "most_quoted": [q.to_dict() for q in self.most_quoted],
            },
            "days": [
                {
                    "day": d.day.isoformat(),
                    "answered": d.answered,
                    "not_covered": d.not_covered,
                    "crisis": d.crisis,
                }
                for d in self.days
            ],
        }


def make_report(
    reader: StoreReader,
    lookup: Lookup,
    embedder: Embedder,
    period: Period | None = None,
    threshold: float = THRESHOLD,
) -> Report:
    period = period or Period()
    asked = [redact(u.question) for u in reader.unanswered(period.since, period.until)]
    shown = [q for q in asked if q.strip() and not is_crisis(q)]
    votes = reader.votes(period.since, period.until)
    down = [v for v in votes if v.vote < 0]
    return Report(
        period=period,
        unanswered=len(asked),
        withheld=len(asked) - len(shown),
        groups=tuple(group_questions(shown, embedder, threshold)),
        up=len(votes) - len(down),
        down=len(down),
        down_votes=tuple(_down_vote(v, lookup) for v in reversed(down[-DOWN_SHOWN:])),
        most_quoted=tuple(most_quoted(votes, lookup)),
        days=tuple(every_day(reader.daily_outcomes(period.since, period.until), period)),
    )


def passage_ref(passage_id: str, lookup: Lookup) -> PassageRef:
    found = lookup(passage_id)
    link = article_link(passage_id)
    if found is None:
        return PassageRef(passage_id, "", "", link, False)
    return PassageRef(passage_id, found.title, found.section, link, True)


def _down_vote(vote: Vote, lookup: Lookup) -> DownVote:
    question = redact(vote.question)
    return DownVote(
        day=vote.created_at.date(),
        question=None if not question.strip() or is_crisis(question) else question,
        not_covered=vote.abstained,
        passages=tuple(passage_ref(p, lookup) for p in vote.passage_ids),
    )


def most_quoted(votes: Sequence[Vote], lookup: Lookup, limit: int = MOST_QUOTED) -> list[Quoted]:
    """The passages the voted replies quoted most, with their thumbs up and down."""
    up, down = Counter(), Counter()
    for vote in votes:
        for pid in dict.fromkeys(vote.passage_ids):
            (up if vote.vote > 0 else down)[pid] += 1
    total = up + down
    ranked = sorted(total, key=lambda pid: (-total[pid], -down[pid], pid))[:limit]
    return [Quoted(passage_ref(p, lookup), total[p], up[p], down[p]) for p in ranked]


def every_day(counts: Sequence[DayCounts], period: Period) -> list[DayCounts]:
    """One entry per day from the period's first day (or the first counted) to its last (or the
    last counted), zeros where nothing was counted; at most MAX_PLOT_DAYS, the latest."""
    if not counts:
        return []
    known = {c.day: c for c in counts}
    first = period.first_day or min(known)
    last = min(period.last_day or max(known), max(max(known), first))
    first = max(first, last - timedelta(days=MAX_PLOT_DAYS - 1))
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    return [known.get(d, DayCounts(d, 0, 0, 0)) for d in days]
