"""A difference asked ("whats the difference between dopamine and norepinephrine", "how do ssris and
snris differ") is a comparison (`app.aspects.ASKS_COMPARISON`): only a passage that compares
answers it; "as well as" compares nothing (`SAYS_COMPARISON`), and the words of a comparison
never veto by themselves (`app.framing.COMPARING`: "Our articles don't mention “compare”"). On
baf459d the difference was answered with a list naming both, and "how does exercise compare to
medication" with a passage whose "as well as" read as a comparison. Written for this test; none
is in an eval file."""

from __future__ import annotations

import pytest

from app.aspects import unsaid
from app.framing import framing

BOTH = "Exercise raises dopamine and norepinephrine, as well as mood."


@pytest.mark.parametrize(
    "question",
    [
        "whats the difference between dopamine and norepinephrine",
        "how do ssris and snris differ",
        "how does exercise compare to medication for depression",
    ],
)
def test_a_difference_asked_needs_a_comparison(question):
    assert unsaid(question, BOTH) == "comparison"


@pytest.mark.parametrize(
    "text",
    [
        "Unlike norepinephrine, dopamine drives motivation.",
        "Norepinephrine differs from dopamine in where it acts.",
        "Dopamine drives reward, whereas norepinephrine drives alertness.",
    ],
)
def test_a_passage_that_compares_may_answer(text):
    assert unsaid("whats the difference between dopamine and norepinephrine", text) == ""


def test_a_passage_comparing_other_things_does_not(
    text="Unlike serotonin, dopamine drives motivation.",
):
    # Since the session of 2026-12-04 evening the sentence must name both things compared
    # (tests/test_comparison_unsaid.py).
    assert unsaid("whats the difference between dopamine and norepinephrine", text) == "comparison"


def test_the_words_of_a_comparison_frame_the_question():
    assert {"compare", "difference"} <= framing("compare them, whats the difference")


@pytest.mark.model
def test_the_seed_articles_never_tell_the_two_apart(seed_assistant):
    reply = seed_assistant.ask("whats the difference between dopamine and norepinephrine")
    assert reply.abstained and "compare" not in reply.missing
