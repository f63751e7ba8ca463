"""Everyday words of the same meaning as the articles' ("doc" for doctor, "shortage" for
deficiency) and whether a claim is "proven" (a verdict asked, `app.framing.VERDICT`): on the session
of 2026-12-06's start code, seed held-out 36 and 37's "will the doc just measure my dopamine or
what", "whats behind a dopamine shortage" and "is moving more actually proven to lift mood" were
refused with "Our articles don't mention “doc”" (“shortage”, “proven”). A thing the articles never
name still refuses, however it is framed. The questions here are written for this test."""

from __future__ import annotations

import pytest

from app.framing import framing
from app.lay_words import plainly


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("is the exercise and mood link proven or just a theory", "proven"),
        ("is there proof that exercise helps depression", "proof"),
        ("is it just a theory that ssris lower dopamine", "theory"),
    ],
)
def test_whether_it_is_proven_frames_the_question(question, word):
    assert word in framing(question)


@pytest.mark.parametrize(
    ("question", "standard"),
    [
        ("what will my doc check", "doctor"),
        ("do docs test dopamine", "doctors"),
        ("what causes a dopamine shortage", "deficiency"),
    ],
)
def test_an_everyday_word_is_read_as_the_standard_one(question, standard):
    assert standard in plainly(question)[0].split()


@pytest.mark.model
@pytest.mark.parametrize(
    "question",
    [
        "will my doc test my dopamine levels or what do they do",
        "what can lead to a dopamine shortage",
        "is exercise actually proven to help depression",
    ],
)
def test_the_question_is_answered(seed_assistant, question):
    assert not seed_assistant.ask(question).abstained


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("is caffeine proven to raise dopamine", "caffeine"),
        ("can my doc prescribe bupropion for low dopamine", "bupropion"),
        ("does a vitamin d shortage cause depression", "vitamin"),
    ],
)
def test_a_thing_the_articles_never_name_still_refuses(seed_assistant, question, missing):
    reply = seed_assistant.ask(question)
    assert reply.abstained and missing in reply.missing
