"""A question that asks a limit ("how much magnesium is too much", "how many coffees a day is
safe", "whats the max amount of tyrosine") asks for an amount (`app.amounts.ASKS_LIMIT`): only a
passage that gives one answers it. On baf459d "how much magnesium is too much" was answered with
the dopamine article's list that names magnesium among foods and supplements. Written for this
test; none is in an eval file."""

from __future__ import annotations

import pytest

from app.amounts import answered

LIST = "Certain supplements are thought to help, such as magnesium, tyrosine and omega-3."


@pytest.mark.parametrize(
    "question",
    [
        "how much magnesium is too much",
        "how many coffees a day is safe",
        "how many tablets of tyrosine would be too many",
        "whats the max amount of tyrosine",
        "what is the upper limit for omega 3",
        "how much fish oil is still ok",
    ],
)
def test_a_limit_is_not_answered_by_a_passage_that_gives_no_amount(question):
    assert not answered(question, LIST)


@pytest.mark.parametrize(
    "text",
    [
        "Adults should not take more than 350 mg of magnesium from supplements.",
        "Most people can safely have up to four cups a day.",
    ],
)
def test_a_passage_that_gives_an_amount_may_answer_it(text):
    assert answered("how much magnesium is too much", text)


@pytest.mark.parametrize(
    "question",
    [
        "how much does exercise help depression",
        "is magnesium safe",
        "how much better will i feel",
        "what supplements are safe for dopamine",
    ],
)
def test_other_questions_ask_no_limit(question):
    assert answered(question, LIST)


@pytest.mark.model
@pytest.mark.parametrize(
    "question", ["how much magnesium is too much", "whats the max amount of tyrosine"]
)
def test_the_seed_articles_give_no_limit(seed_assistant, question):
    assert seed_assistant.ask(question).abstained
