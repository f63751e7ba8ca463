""" "Meh", "blah" and "bleh" are how a reader says listless, without interest: read as "apathy"
(`app.lay_words`), which the articles name. On 07ba1bc "y do i feel so meh all the time" got "Our
articles don't mention “meh”". Reader probe of the fifth session of 2026-12-03; none is in an
eval file."""

from __future__ import annotations

import pytest

from app.lay_words import plainly


@pytest.mark.parametrize(
    "question",
    ["y do i feel so meh all the time", "why do i feel so blah", "feeling bleh lately"],
)
def test_meh_is_read_as_apathy(question):
    assert "apathy" in plainly(question)[0]


@pytest.mark.model
@pytest.mark.parametrize(
    "question", ["y do i feel so meh all the time", "feeling meh lately is that low dopamine"]
)
def test_feeling_meh_is_answered(seed_assistant, question):
    reply = seed_assistant.ask(question)
    assert not reply.abstained and "meh" not in " ".join(reply.missing)


@pytest.mark.model
@pytest.mark.parametrize(
    "question",
    ["does exercise help in the long run or just short term", "will it help in the long run"],
)
def test_the_long_run_is_the_long_haul(seed_assistant, question):
    reply = seed_assistant.ask(question)
    assert not reply.abstained
    assert "over the long haul" in reply.quotes[0].text


@pytest.mark.model
@pytest.mark.parametrize(
    "question", ["can excersize help depresion", "does exersize really help with depression"]
)
def test_exercise_misspelled_three_slips_away_is_exercise(seed_assistant, question):
    """ "excersize" is three slips from "exercise", too far for `app.spelling`: on 9f427e4 it was
    named missing ("Our articles don't mention “excersize”"); `app.lay_words.FAR_SLIPS`."""
    reply = seed_assistant.ask(question)
    assert not reply.abstained and not reply.missing
