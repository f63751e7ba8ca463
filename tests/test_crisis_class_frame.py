"""What was learned in a first-aid, CPR or nursing class is told for information
(`app.safety.patterns.gates.FRAME`): "in my nursing class we learned about overdose signs today"
got the overdose guidance on 1d824c8 (the topic word alone). A sign or a taking told after the
frame is still a crisis. Reader probes of the fifth session of 2026-12-03; none is in an eval
file."""

from __future__ import annotations

import pytest

from app.safety import patterns


@pytest.mark.parametrize(
    "message",
    [
        "in my nursing class we learned about overdose signs today",
        "in my first aid class we practiced what to do when someone chokes",
        "in our cpr course today we talked about heart attacks",
        "at my first aid training we went over overdoses and naloxone",
    ],
)
def test_a_class_told_of_is_no_crisis(message):
    assert patterns.match(message) == []


@pytest.mark.parametrize(
    ("message", "category"),
    [
        (
            "in my nursing class we learned about overdose, also i took 30 of my pills an hour ago",
            "overdose",
        ),
        (
            "in my cpr class today we talked about heart attacks and now my chest hurts, arm numb",
            "medical",
        ),
    ],
)
def test_a_crisis_told_after_the_class_stays(message, category):
    assert category in patterns.match(message)
