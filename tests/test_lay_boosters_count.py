""" "Boosters" read as boosts, and a follow-up that asks whether something "counts": on the second
session of 2026-12-06's start code, seed held-out 42's "if i only take dopamine boosters can my
serotonin drop" was refused with "Our articles don't mention “boosters”", and "does being a couch
potato count" after "why is depression so common now" was read as a new topic ("potato") and
refused. A thing the articles never name still refuses. The questions here are written for this
test."""

from __future__ import annotations

import pytest

from app.conversation import contextualize
from app.lay_words import plainly


@pytest.mark.parametrize(
    ("question", "standard"),
    [("are dopamine boosters worth it", "boosts"), ("best dopamine booster", "boost")],
)
def test_a_booster_is_read_as_a_boost(question, standard):
    assert standard in plainly(question)[0].split()


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("does being a couch potato count", ["why is depression so common now"]),
        ("would gardening qualify", ["what kind of exercise helps low mood"]),
    ],
)
def test_a_question_whether_it_counts_carries_on(question, history):
    assert not contextualize(question, history).alone


def test_a_new_topic_named_without_counting_is_still_new():
    assert contextualize("what is levodopa", ["does exercise help depression"]).alone


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("can dopamine boosters lower serotonin", []),
        ("does being a couch potato count", ["why is depression so common now"]),
    ],
)
def test_the_question_is_answered(seed_assistant, question, history):
    assert not seed_assistant.ask(question, history=history).abstained


@pytest.mark.model
def test_a_thing_the_articles_never_name_still_refuses(seed_assistant):
    reply = seed_assistant.ask("are caffeine boosters bad for you")
    assert reply.abstained and "caffeine" in reply.missing
