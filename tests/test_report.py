"""The site owner's report on known data: groups by meaning (counts, representative, examples),
votes and passages, days, the period filter, crisis messages never shown, redaction."""

from __future__ import annotations

import json
import re
from datetime import date

import numpy as np
import pytest

from app.db.records import DayCounts, Unanswered, Vote
from app.embed.fake import FakeEmbedder
from app.errors import BadPeriod
from app.records import Passage
from app.report.groups import CachedEmbedder, cluster, group_questions
from app.report.make import make_report
from app.report.period import Period, midnight, period_from
from app.report.text import render
from tests.report_fakes import MemoryStore, TableEmbedder, at

ADHD = [
    "does adhd affect adults too",
    "adhd symptoms in adults",
    "adhd medication for adults",
    "how is adhd diagnosed in adults",
]
MIGRAINE = ["what triggers a migraine headache", "migraine headache remedies at home"]
CRISIS = "i want to kill myself tonight"


def passage(pid: str, title: str, section: str) -> Passage:
    doc, anchor = pid.split("#")
    return Passage(pid, doc, anchor, title, section, 0, 1, "text")


PASSAGES = {
    "sleep#p-1": passage("sleep#p-1", "Sleep basics", "How much sleep?"),
    "sleep#p-2": passage("sleep#p-2", "Sleep basics", "Insomnia"),
}


def store() -> MemoryStore:
    asked = ADHD + ["ADHD symptoms in adults"] + MIGRAINE + ["is coffee bad for kidneys", CRISIS]
    return MemoryStore(
        unanswered_=[Unanswered(at("2026-11-02"), q) for q in asked]
        + [Unanswered(at("2026-10-01"), "adhd in adults before the period")],
        votes_=[
            Vote(at("2026-11-03"), "how much sleep", ("sleep#p-1", "sleep#p-2"), 1, "chat", False),
            Vote(at("2026-11-04"), "mail me at a@b.org", ("sleep#p-1",), -1, "embed", False),
            Vote(at("2026-11-05"), CRISIS, ("sleep#p-2",), -1, "chat", False),
            Vote(at("2026-11-06"), "what about vitamins", (), -1, "api", True),
            Vote(at("2026-11-06"), "sleep hours", ("gone#p-9",), 1, "chat", False),
        ],
        days_=[DayCounts(date(2026, 11, 2), 5, 2, 1), DayCounts(date(2026, 11, 5), 1, 0, 0)],
    )


NOVEMBER = period_from("2026-11-01", "2026-11-30")


def november_report():
    return make_report(store(), PASSAGES.get, FakeEmbedder(), NOVEMBER, threshold=0.7)


def test_groups_by_meaning_with_counts_largest_first():
    report = november_report()
    assert report.unanswered == 9 and report.withheld == 1
    counts = [(g.count, g.representative) for g in report.groups]
    assert [c for c, _ in counts] == [5, 2, 1]
    adhd, migraine, coffee = report.groups
    assert {adhd.representative, *adhd.examples} <= set(ADHD)  # the first wording of a repeat
    assert len(adhd.examples) == 3 and adhd.representative not in adhd.examples
    assert {migraine.representative, *migraine.examples} == set(MIGRAINE)
    assert coffee.representative == "is coffee bad for kidneys" and coffee.examples == ()


def test_the_representative_is_the_question_closest_to_the_centre():
    table = {"a": [1, 0.1, 0], "b": [1, 0, 0], "c": [1, -0.1, 0], "far": [0, 0, 1]}
    groups = group_questions(["a", "c", "b", "far"], TableEmbedder(table), threshold=0.5)
    assert [(g.count, g.representative) for g in groups] == [(3, "b"), (1, "far")]
    assert groups[0].examples == ("a", "c")


def test_of_the_nearest_five_the_most_asked_wording_represents_the_group():
    table = {"centre typo": [1, 0, 0], "common": [1, 0.2, 0], "other": [1, -0.2, 0]}
    asked = ["centre typo", "common", "common", "other"]
    [group] = group_questions(asked, TableEmbedder(table), threshold=0.9)
    assert group.representative == "common"  # "centre typo" is nearer, "common" asked twice
    many = {f"q{i}": [1, i / 10, 0] for i in range(7)}
    asked = [f"q{i}" for i in range(6)] * 3 + ["q6"] * 4  # q6: asked most, 6th nearest
    [group] = group_questions(asked, TableEmbedder(many), threshold=0.9)
    assert group.representative == "q3" and group.examples[0] == "q6"


def test_repeats_count_but_are_embedded_once():
    embedder = TableEmbedder({"Sleep?": [1, 0], "sleep?": [1, 0], "food": [0, 1]})
    groups = group_questions(["Sleep?", " sleep? ", "SLEEP?", "food"], embedder, threshold=0.5)
    assert [(g.count, g.representative) for g in groups] == [(3, "Sleep?"), (1, "food")]
    assert embedder.seen == ["Sleep?", "food"]


def test_questions_with_nothing_to_embed_still_group():
    groups = group_questions(["??", "...", "adhd adults", "adhd adults?"], FakeEmbedder())
    assert sorted(g.count for g in groups) == [1, 1, 2]  # zero vectors stay apart, no error


def test_no_questions_no_groups_and_one_question_one_group():
    assert group_questions([], FakeEmbedder()) == []
    [only] = group_questions(["adhd"], FakeEmbedder())
    assert (only.count, only.representative) == (1, "adhd")


def test_above_the_cap_a_sample_is_clustered_and_the_rest_join_the_nearest():
    rng = np.random.default_rng(0)
    centres = np.eye(4)[:3]
    rows = np.repeat(centres, 30, axis=0) + rng.normal(0, 0.05, (90, 4))
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    full = cluster(rows, np.ones(90), 0.5)
    capped = cluster(rows, np.ones(90), 0.5, max_clustered=20)
    truth = np.repeat([0, 1, 2], 30)
    for labels in (full, capped):  # the same partition as the truth, whatever the label names
        assert len(set(zip(labels, truth, strict=True))) == 3 == len(set(labels))


def test_votes_down_answers_and_passages_quoted_most():
    report = november_report()
    assert (report.up, report.down) == (2, 3)
    newest, crisis, mailed = report.down_votes
    assert newest.question == "what about vitamins" and newest.not_covered and not newest.passages
    assert crisis.question is None  # a crisis message is never shown
    assert mailed.question == "mail me at [email]"  # redacted again
    assert [(p.title, p.section, p.link) for p in mailed.passages] == [
        ("Sleep basics", "How much sleep?", "/articles/sleep#p-1")
    ]
    quoted = [(q.passage.passage_id, q.votes, q.up, q.down) for q in report.most_quoted]
    assert quoted == [("sleep#p-1", 2, 1, 1), ("sleep#p-2", 2, 1, 1), ("gone#p-9", 1, 1, 0)]
    assert not report.most_quoted[2].passage.found


def test_days_cover_the_period_with_zeros_where_nothing_was_counted():
    days = november_report().days
    assert [(d.day.day, d.answered, d.not_covered, d.crisis) for d in days] == [
        (1, 0, 0, 0),
        (2, 5, 2, 1),
        (3, 0, 0, 0),
        (4, 0, 0, 0),
        (5, 1, 0, 0),
    ]


def test_the_period_filter_keeps_only_its_days():
    report = make_report(
        store(), PASSAGES.get, FakeEmbedder(), period_from("2026-11-04", "2026-11-05")
    )
    assert report.unanswered == 0 and report.groups == ()
    assert (report.up, report.down) == (0, 2)
    assert [d.day.day for d in report.days] == [4, 5]
    everything = make_report(store(), PASSAGES.get, FakeEmbedder(), threshold=0.7)
    assert everything.unanswered == 10 and everything.groups[0].count == 6


def test_crisis_messages_leave_no_text_anywhere():
    report = november_report()
    dumped = json.dumps(report.to_dict()) + render(report)
    assert "kill" not in dumped and "myself" not in dumped
    assert "a crisis message: not shown" in render(report)


def test_period_parsing():
    assert period_from("2026-11-01", "2026-11-30") == Period(
        midnight(date(2026, 11, 1)), midnight(date(2026, 12, 1))
    )
    assert period_from(days=7, today=date(2026, 12, 1)) == Period(midnight(date(2026, 11, 25)))
    assert NOVEMBER.to_dict() == {"since": "2026-11-01", "until": "2026-11-30"}
    assert period_from() == Period()
    for bad, message in [
        ({"since": "2026-13-01"}, "is not a date"),
        ({"since": "2026-11-02", "until": "2026-11-01"}, "starts (2026-11-02) after it ends"),
        ({"since": "2026-11-02", "days": 3}, "not both"),
        ({"days": "0"}, "from 1 to"),
        ({"days": "seven"}, "from 1 to"),
    ]:
        with pytest.raises(BadPeriod, match=re.escape(message)):
            period_from(**bad)


def test_the_text_report_names_groups_votes_and_days():
    text = render(november_report())
    assert "Report: 2026-11-01 to 2026-11-30" in text
    assert "Questions the articles did not answer: 9 (1 crisis messages" in text
    assert "      5  " in text and "- " + "adhd" in text.lower()
    assert "quoted: How much sleep? (Sleep basics)  /articles/sleep#p-1" in text
    assert "/articles/gone#p-9 (no longer in the articles)" in text
    assert "2026-11-02      5     2     1  " + "#" * 25 + "-" * 10 + "!" * 5 in text


def test_the_cache_embeds_each_text_once_and_forgets_the_oldest():
    inner = TableEmbedder({"a": [1, 0], "b": [0, 1], "c": [1, 1]})
    cached = CachedEmbedder(inner, size=2)
    first = cached.embed(["a", "b"])
    again = cached.embed(["b", "a", "c"])
    assert inner.seen == ["a", "b", "c"]
    assert np.allclose(first, again[[1, 0]])
    cached.embed(["a"])  # "a" was forgotten (oldest of three, size 2)
    assert inner.seen[-1] == "a"


def test_a_vote_stored_without_text_is_shown_as_withheld():
    """A vote on a crisis reply is stored with no question text (app.web.conversation)."""
    votes = [Vote(at("2026-11-03", 9), "", ("sleep#p-1",), -1, "chat", False)]
    report = make_report(MemoryStore(votes_=votes), PASSAGES.get, FakeEmbedder(), NOVEMBER)
    [down] = report.down_votes
    assert down.question is None and down.passages[0].link == "/articles/sleep#p-1"
    assert "crisis message" in render(report, 5)


def test_days_are_at_most_the_last_400_of_the_period():
    """README: `days` runs from the period's first day (or the first counted) to the last
    counted, zeros included - at most the last 400 (`MAX_PLOT_DAYS`): a period opened in year 1
    is not 739,000 days of zeros."""
    from app.report.make import MAX_PLOT_DAYS

    far = MemoryStore(
        days_=[DayCounts(date(2024, 1, 1), 2, 0, 0), DayCounts(date(2026, 11, 5), 1, 0, 0)]
    )
    for period in (Period(), period_from("0001-01-01"), period_from(until="9999-12-31")):
        days = make_report(far, PASSAGES.get, FakeEmbedder(), period).days
        assert MAX_PLOT_DAYS == 400 and len(days) == 400
        assert days[-1].day == date(2026, 11, 5) and days[-1].answered == 1
