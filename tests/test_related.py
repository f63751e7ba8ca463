"""Related topics: the articles' own section headings, from the ranking, best first; never a
quoted section, an article's title, a duplicate or an untitled passage; none after a crisis."""

from __future__ import annotations

from app.records import Hit, Passage
from app.related import related_topics
from app.service import Assistant


def hit(section: str, title: str = "Sleep basics", doc: str = "sleep") -> Hit:
    passage = Passage(f"{doc}#p-{section}", doc, f"p-{section}", title, section, 0, 1, "x")
    return Hit(passage, 0.5)


def test_headings_in_rank_order_skipping_quoted_titles_duplicates_and_blanks():
    ranked = [
        hit("What helps with insomnia?"),
        hit("Sleep basics"),  # the article's title
        hit(""),  # before the first heading
        hit("How much sleep do adults need?"),
        hit("how much  sleep do adults need?"),  # the same heading again
        hit("Signs of Dehydration", "Drinking enough water", "water"),
        hit("Why Water Matters", "Drinking enough water", "water"),
    ]
    assert related_topics(ranked, ranked[:1]) == (
        "How much sleep do adults need?",
        "Signs of Dehydration",
        "Why Water Matters",
    )
    assert related_topics(ranked, ranked[:1], limit=2) == (
        "How much sleep do adults need?",
        "Signs of Dehydration",
    )
    assert related_topics([], []) == ()


def test_reply_offers_headings_the_corpus_has(tiny_settings, fake):
    assistant = Assistant.open(tiny_settings, fake)
    headings = {p.section for p in assistant.index.passages}
    reply = assistant.ask("What helps with insomnia?")
    assert 1 <= len(reply.related) <= 3 and set(reply.related) <= headings
    assert {q.section for q in reply.quotes}.isdisjoint(reply.related)
    assert reply.to_dict()["related"] == list(reply.related)
    off_topic = assistant.ask("quantum chromodynamics lattice gauge")
    assert off_topic.abstained and set(off_topic.related) <= headings  # the closest covered
    assert assistant.ask("I want to kill myself, I can't sleep").related == ()
