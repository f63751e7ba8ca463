"""A question that asks a relation with one side only ("could low dopamine be connected") has its
other side in what the message told before it ("i get migraines a lot, ..."): a rare word there
that the articles never use refuses as it would in the question itself (`app.need.OPEN_RELATION`,
`app.coverage.asked`). On baf459d "i get migraines a lot, could low dopamine be connected" was
answered with the dopamine article's symptoms. Written for this test; none is in an eval file."""

from __future__ import annotations

import pytest

from app.coverage import asked
from app.need import need


@pytest.mark.parametrize(
    "message",
    [
        "i get migraines a lot, could low dopamine be connected",
        "my son has tourettes, is low dopamine related",
        "been having vertigo for weeks. are they linked?",
        "got diagnosed with gastroparesis, is dopamine connected",
        "my wife has lupus, is there a link",
    ],
)
def test_a_relation_with_one_side_reads_what_came_before(message):
    assert need(message).relates
    assert asked(message) == message


@pytest.mark.parametrize(
    "message",
    [
        "i get migraines a lot, is low dopamine related to depression",  # both sides asked
        "this workout killed me lol, does exercise help depression",
        "my dr wants me on wellbutrin, does it raise dopamine",
        "is low dopamine linked with parkinsons",
    ],
)
def test_a_relation_with_both_sides_or_another_question_reads_the_question(message):
    assert not need(message).relates


@pytest.mark.model
@pytest.mark.parametrize(
    ("message", "word"),
    [
        ("i get migraines a lot, could low dopamine be connected", "migraines"),
        ("my son has tourettes, is low dopamine related", "tourettes"),
    ],
)
def test_the_missing_side_is_named(seed_assistant, message, word):
    reply = seed_assistant.ask(message)
    assert reply.abstained and word in reply.missing


@pytest.mark.model
def test_a_side_the_articles_name_is_answered(seed_assistant):
    reply = seed_assistant.ask("my dad has parkinsons, is low dopamine related")
    assert not reply.abstained
    assert any("Parkinson" in q.text for q in reply.quotes)
