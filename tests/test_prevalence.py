"""How common a thing is ("is it common", "how rare is it", "how many people get it") is an aspect
only a passage that says so answers (`app.aspects.ASKS_PREVALENCE` / `SAYS_PREVALENCE`): on
baf459d "is it common" after "what is dopamine deficiency" was answered with the symptoms passage,
whose "Common psychological ... symptoms include:" says nothing of how common the condition is.
And an "is X common?" question is answered by a share or a number of people even without the word
(`app.must_say.has_quality`): "is parkinsons common" was refused although the article says it
impacts "an estimated 1 percent of people over that age". Written for this test; none is in an
eval file."""

from __future__ import annotations

import pytest

from app.aspects import unsaid


@pytest.mark.parametrize(
    "question",
    [
        "is it common",
        "how common is restless legs",
        "how rare is it really",
        "is low dopamine very common",
        "how many people get parkinsons",
        "do a lot of people have it",
        "how common are antidepressant prescriptions",
    ],
)
def test_how_common_is_an_aspect(question):
    assert unsaid(question, "Common symptoms include tremors and muscle cramps.") == "prevalence"


@pytest.mark.parametrize(
    "text",
    [
        "It affects millions of adults every year.",
        "The condition is rare in people under 40.",
        "It impacts an estimated 1 percent of people over that age.",
        "Depression is the most commonly diagnosed psychiatric illness.",
        "About 1 in 20 adults will have it at some point.",
        "Year after year, they are among the most widely prescribed of any class of medication.",
    ],
)
def test_a_passage_that_says_how_common_answers(text):
    assert unsaid("is it common", text) == ""


@pytest.mark.parametrize(
    "question",
    [
        "what are common symptoms of low dopamine",
        "is it common to feel tired after a workout",  # whether a feeling is normal
        "what are the most common causes",
        "is it safe",
        "what type of antidepressant do most people get",  # which one, not how common
    ],
)
def test_other_questions_ask_no_prevalence(question):
    assert unsaid(question, "Tremors and cramps.") != "prevalence"


@pytest.mark.model
def test_a_share_of_people_answers_is_it_common(seed_assistant):
    reply = seed_assistant.ask("is parkinsons common")
    assert not reply.abstained
    assert "1 percent of people" in reply.quotes[0].text


@pytest.mark.model
def test_a_follow_up_asking_how_common_is_not_answered_by_common_symptoms(seed_assistant):
    reply = seed_assistant.ask("is it common", ["what is dopamine deficiency"])
    assert reply.abstained
