"""Follow-ups in evidence mode (fake embedder): continuing the topic or starting a new one, the
context judging a continuing follow-up, and the new need a "what about X" follow-up names."""

from __future__ import annotations

import pytest

from app.build import ensure_index
from app.concepts import Vocabulary
from app.config import Settings
from app.coverage import judge
from app.records import Hit, Passage
from app.retrieve import contextualize, search_many

HISTORY = ["What helps with insomnia?"]


def _first(index, fake, settings, question: str, history=HISTORY) -> Hit:
    return search_many(index, fake, [contextualize(question, history)], settings)[0][0]


@pytest.mark.parametrize("question", ["teenagers?", "Signs of dehydration"])
def test_a_question_its_own_words_answer_starts_a_new_topic(tiny_settings, fake, question):
    settings = tiny_settings.with_(mode="evidence", standalone_support=-1.0)
    index, _ = ensure_index(settings, fake)
    hit = _first(index, fake, settings, question)
    assert not hit.continues
    assert hit.support == pytest.approx(hit.own)  # judged on its own words alone


def test_a_question_its_own_words_do_not_answer_continues_the_topic(tiny_settings, fake):
    """Judged with its context: the support is the cosine to the question read with the topic,
    not to its own words (the "max(cos, own)" of a non-referring follow-up was a no-op)."""
    settings = tiny_settings.with_(mode="evidence", standalone_support=1.0)
    index, _ = ensure_index(settings, fake)
    hits = search_many(index, fake, [contextualize("older adults?", HISTORY)], settings)[0]
    assert all(h.continues for h in hits)
    assert any(h.support != pytest.approx(h.own) for h in hits if h.span)


def test_a_question_that_names_a_new_topic_starts_it():
    """A rare concept the topic lacks, without referring back or carrying on, starts a new topic
    even when its own words find little ("what is levodopa" after an exercise question)."""
    history = ["does exercise help depression"]
    assert contextualize("what is levodopa", history).alone
    assert not contextualize("what about levodopa", history).alone  # carries on
    assert not contextualize("does levodopa help as well", history).alone
    assert not contextualize("does it help", history).alone  # refers back
    assert not contextualize("is exercise safe", history).alone  # names nothing new
    assert contextualize("thanks!", history).alone  # asks nothing
    assert contextualize("does it help", history).marked
    assert contextualize("any good foods too?", history).marked
    assert not contextualize("how much water should i drink a day", history).marked
    assert not contextualize("why?", history).alone and not contextualize("how so", history).alone


def test_a_follow_up_that_refers_back_always_continues(tiny_settings, fake):
    settings = tiny_settings.with_(mode="evidence", standalone_support=-1.0)
    index, _ = ensure_index(settings, fake)
    assert _first(index, fake, settings, "How long does it last?").continues
    assert not _first(index, fake, settings, "How long does it last?", []).continues


def _hit(text: str, own: float = 0.1, support: float = 0.7) -> Hit:
    p = Passage("d#p-1", "d", "p-1", "Title", "Section", 0, len(text), text)
    return Hit(p, support, span=(0, len(text)), support=support, own=own, continues=True)


VOCAB = Vocabulary(
    ["exercis", "help", "depress", "kid", "children", "yoga", "side", "effect"], ["side effects"]
)


@pytest.mark.parametrize(
    "question,text,covered",
    [
        ("what about for kids", "Exercise helps depression in adults.", False),
        ("ok how about yoga?", "Exercise helps depression.", False),
        ("and the side effects?", "Exercise helps depression.", False),
        ("what about for kids", "Exercise helps kids with depression.", True),
        ("and yoga?", "Yoga and exercise help depression.", True),
        ("why though", "Exercise helps depression.", True),  # asks about the topic itself
        ("does it last", "Exercise helps depression.", True),  # no "what about": not judged so
    ],
)
def test_what_about_x_needs_x_in_the_quote(question, text, covered):
    assert judge([_hit(text)], question, True, VOCAB, Settings()).covered is covered


@pytest.mark.parametrize(
    "question,marked,covered",
    [
        ("is water good to drink", False, False),  # may be a topic of its own
        ("is water good to drink", True, True),
        ("does exercise help kids", False, True),  # its words are in the quote
    ],
)
def test_a_follow_up_not_marked_as_one_needs_its_words_in_the_quote(question, marked, covered):
    hit = _hit("Exercise helps depression and kids.")
    vocab = Vocabulary(["exercis", "help", "depress", "kid", "water", "drink", "day"], [])
    got = judge([hit], question, True, vocab, Settings(), False, "exercise", marked)
    assert got.covered is covered


def test_what_about_x_is_covered_when_the_follow_up_alone_is_supported():
    hit = _hit("Exercise helps depression in adults.", own=0.6)
    assert judge([hit], "what about for kids", True, VOCAB, Settings()).covered
    # a question that is not a follow-up is not judged by this rule
    assert judge([_hit("Exercise helps depression.")], "what about yoga", False, VOCAB, Settings())


@pytest.mark.parametrize(
    "question,topic,text,covered",
    [
        ("can i drink alcohol on it", "sertraline ssri", "Sertraline is an SSRI.", False),
        ("can i drink alcohol on it", "sertraline", "Alcohol and sertraline: ask first.", True),
        ("are they safe to take with sertraline?", "supplements", "Sertraline is an SSRI.", False),
        (
            "are they safe to take with sertraline?",
            "supplements",
            "Supplements and sertraline: ask first.",
            True,
        ),
    ],
)
def test_two_things_together_in_a_follow_up_name_what_it_refers_back_to(
    question, topic, text, covered
):
    """The pronoun stands for the topic's rare concepts; a common word names a thing too."""
    vocab = Vocabulary(["sertralin", "ssri", "alcohol", "supplement", "ask", "first"], [text])
    hit = _hit(text, own=0.1, support=0.7)
    assert judge([hit], question, True, vocab, Settings(), True, topic).covered is covered
