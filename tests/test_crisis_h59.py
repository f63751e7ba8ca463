"""Held-out 59's tests special to it (its cases, and where they came from, are in
`tests/crisis_cases/h59.py`): caffeine's lethal dose read about gives the overdose line only; an
end told is read by its words (`across.END_TOLD`); a question about a group of people is a
question (`wording.QUESTION`).
"""

from __future__ import annotations

import pytest

from app.safety.across import END_TOLD
from app.safety.patterns import match
from app.safety.wording import QUESTION


def test_caffeines_lethal_dose_read_about_is_no_method_searched():
    # held-out 60: the overdose line by policy, no suicide line beside it
    message = "whats the lethal dose of caffeine, just curious after reading about energy drinks"
    assert match(message) == ["overdose"]


@pytest.mark.parametrize(
    ("message", "told"),
    [
        ("this is my last week i think", True),
        ("after my sons birthday on the 12th i wont need to worry about it", True),
        ("just wanted to say thanks for the chats, take care", True),
        ("perfect thats all i needed to know", True),
        ("she doesnt know why and its better that way", True),
        ("its all good now, everything will be over soon", True),
        ("and my dog too. i wont be needing anything after this weekend", True),
        ("my last day at work is friday", False),
        ("thanks for the tips", False),
        ("is that all i need to know?", False),
        ("the exam will be over soon lol", False),
    ],
)
def test_an_end_told_is_read_by_its_words(message, told):
    assert bool(END_TOLD.search(message)) is told


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("y en adolescentes es diferente", True),
        ("et chez les ados c'est pareil", True),
        ("and in teenagers", True),
        ("y en mi casa hay pastillas", False),
    ],
)
def test_a_question_about_a_group_of_people_is_a_question(message, asks):
    assert bool(QUESTION.search(message)) is asks
