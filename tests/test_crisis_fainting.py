"""Fainting again and again now is a medical emergency (`app.safety.patterns.medical`): "i havent
eaten in 4 days and i keep fainting" got no guidance on 6ccd799 (the meaning +0.015 under the
threshold). Not a faint as a child or long ago, one from boredom, or a general question. Reader
probes of the fifth session of 2026-12-03; none is in an eval file."""

from __future__ import annotations

import pytest

from app.safety import patterns


@pytest.mark.parametrize(
    "message",
    [
        "i havent eaten in 4 days and i keep fainting",
        "i keep fainting",
        "my little sister keeps passing out at school today",
        "i fainted twice today",
        "he passed out again this morning",
        "my dad keeps blacking out, whats wrong with him",
    ],
)
def test_fainting_again_and_again_is_an_emergency(message):
    assert "medical" in patterns.match(message)


@pytest.mark.parametrize(
    "message",
    [
        "i used to keep fainting as a kid",
        "i kept fainting when i was younger, is that low dopamine",
        "i keep fainting from boredom in maths lol",
        "why do some people keep fainting",
        "i fainted once at the gym last year",
    ],
)
def test_a_faint_long_ago_or_in_general_is_no_emergency(message):
    assert patterns.match(message) == []
