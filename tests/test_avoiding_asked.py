"""What to avoid ("what foods should i avoid with low dopamine", "foods to avoid for dopamine") is
an aspect (`app.aspects.ASKS_AVOIDING`): only a passage that speaks of avoiding, limiting or
cutting something answers it. On baf459d it was answered with the foods that help. Whether a
thing should be avoided ("should i avoid exercise when depressed") is no such question: a passage
on what the thing does answers it. Written for this test; none is in an eval file."""

from __future__ import annotations

import pytest

from app.aspects import unsaid

HELPS = "Foods that can help are chicken, almonds and apples."


@pytest.mark.parametrize(
    "question",
    [
        "what foods should i avoid with low dopamine",
        "foods to avoid for dopamine",
        "anything i should stay away from on ssris",
        "which drinks should i cut out",
        "what should i not eat with parkinsons",
    ],
)
def test_what_to_avoid_is_not_answered_by_what_helps(question):
    assert unsaid(question, HELPS) == "avoiding"


@pytest.mark.parametrize(
    "text",
    [
        "It is best to limit caffeine and alcohol.",
        "Avoid foods high in sugar late at night.",
        "Cutting back on processed food may help.",
    ],
)
def test_a_passage_on_avoiding_may_answer(text):
    assert unsaid("what foods should i avoid", text) == ""


@pytest.mark.parametrize(
    "question",
    ["should i avoid exercise when depressed", "what foods help dopamine", "is it ok to skip"],
)
def test_other_questions_ask_nothing_to_avoid(question):
    assert unsaid(question, HELPS) != "avoiding"


@pytest.mark.model
def test_the_seed_articles_name_nothing_to_avoid(seed_assistant):
    assert seed_assistant.ask("what foods should i avoid with low dopamine").abstained
    assert not seed_assistant.ask("should i avoid exercise when depressed").abstained
