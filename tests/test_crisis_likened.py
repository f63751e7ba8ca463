"""A scare over and done, or panic attacks, likened to a heart attack or a stroke, is figurative
speech (`app.safety.patterns.figurative`): "i had a panic attack last week, felt like a heart
attack" got the medical emergency guidance on baf459d (the patterns; the meaning far under its
threshold). Never when a sign is told, "now" or "still" is said, or it is happening ("im having a
panic attack and it feels like a heart attack"). Written for this test; none is in an eval file."""

from __future__ import annotations

import pytest

from app.safety import patterns


@pytest.mark.parametrize(
    "message",
    [
        "i had a panic attack last week, felt like a heart attack",
        "ive had an anxiety attack on monday that felt like i was dying",
        "felt like i was having a stroke during my workout but it passed",
        "felt like a heart attack but it went away after an hour, was just stress",
        "my panic attacks feel like heart attacks, is that low dopamine",
        "my anxiety attacks always felt like a stroke when i was younger",
    ],
)
def test_a_scare_likened_to_an_emergency_is_no_crisis(message):
    assert patterns.match(message) == []


@pytest.mark.parametrize(
    "message",
    [
        "my chest feels like a heart attack",
        "it feels like im having a heart attack",
        "im having a panic attack and it feels like a heart attack",
        "had a panic attack that felt like a heart attack and my left arm is still numb",
        "my panic attacks feel like heart attacks and now my jaw hurts and im sweating",
        "felt like a stroke but it passed and now my face is drooping again",
        "feels like a heart attack, cant breathe",
    ],
)
def test_a_sign_now_keeps_the_emergency(message):
    assert patterns.match(message) == ["medical"]
