"""A level said to be too high asks about an excess (`app.aspects.ASKS_EXCESS`): on 3ca5479 "what
happens if dopamine is too high" was answered with the passages on low dopamine (0.58). Written
for this test; none is in an eval file."""

from __future__ import annotations

import pytest

from app.aspects import ASKS_EXCESS


@pytest.mark.parametrize(
    "question",
    [
        "what happens if dopamine is too high",
        "what if my dopamine gets way too high",
        "can serotonin levels be too high",
    ],
)
def test_a_level_too_high_asks_about_an_excess(question):
    assert ASKS_EXCESS.search(question)


@pytest.mark.parametrize(
    "question", ["is chocolate high in tyrosine", "does a high protein diet help dopamine"]
)
def test_high_in_something_is_not(question):
    assert not ASKS_EXCESS.search(question)


@pytest.mark.model
def test_it_is_not_answered_by_passages_on_low_levels(seed_assistant):
    reply = seed_assistant.ask("what happens if dopamine is too high")
    assert reply.abstained and not reply.quotes
