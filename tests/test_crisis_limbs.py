"""A limb or joint swelling after a run, a sport or a knock is no airway emergency
(`app.safety.patterns.asides`): "my ankle is swelling after a run, is that low dopamine" matched
the medical pattern "swelling after" on 3ca5479. A swelling with an airway, an allergy, a
pregnancy, a clot or suddenness named, or a limb named beside the face, stays a crisis. Written for
this test; none is in an eval file."""

from __future__ import annotations

import pytest

from app.safety.patterns import match


@pytest.mark.parametrize(
    "message",
    [
        "my ankle is swelling after a run, is that low dopamine",
        "ur left ankle swelling after a run, is that dopamine",
        "my knees keep swelling up after squats, do i need magnesium",
    ],
)
def test_a_limb_swelling_after_effort_is_ordinary(message):
    assert match(message) == [], message


@pytest.mark.parametrize(
    "message",
    [
        "my lips are swelling up and i feel tight in my throat",
        "my hand is swelling after a wasp sting and my throat feels tight",
        "im 34 weeks pregnant and my feet are swelling and i have a headache",
        "my fingers are swelling up after eating peanuts",
        "her face and hands swelled up after the shot, shes wheezing",
        "my legs are swelling up suddenly and i cant breathe properly",
    ],
)
def test_a_swelling_with_a_danger_named_is_still_a_crisis(message):
    assert "medical" in match(message), message
