"""A verdict asked on a claim ("r supplements legit for dopamine", "are supplements a scam", "is it
a myth that chocolate boosts dopamine") frames the question: the articles need not use the word,
only speak of the claim (`app.framing.VERDICT`). On baf459d they were refused with "Our articles
don't mention “legit”". A thing the articles never name still refuses ("are dopamine detoxes
legit"). Written for this test; none is in an eval file."""

from __future__ import annotations

import pytest

from app.framing import framing


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("r supplements legit for dopamine", "legit"),
        ("are supplements a scam for dopamine", "scam"),
        ("is it a myth that chocolate boosts dopamine", "myth"),
        ("is the dopamine thing just hype", "hype"),
        ("is tyrosine snake oil or does it work", "snake oil"),
    ],
)
def test_a_verdict_word_frames_the_question(question, word):
    assert word in framing(question)


def test_other_words_are_not_verdicts():
    assert not {"legitimacy", "scamming", "mythical"} & framing("is legitimacy scamming mythical")


@pytest.mark.model
@pytest.mark.parametrize(
    "question", ["r supplements legit for dopamine", "are supplements a scam for dopamine"]
)
def test_a_verdict_asked_is_answered_from_the_claim(seed_assistant, question):
    reply = seed_assistant.ask(question)
    assert not reply.abstained
    assert "supplements" in reply.quotes[0].text


@pytest.mark.model
def test_a_thing_the_articles_never_name_still_refuses(seed_assistant):
    reply = seed_assistant.ask("are dopamine detoxes legit")
    assert reply.abstained and "detoxes" in reply.missing
