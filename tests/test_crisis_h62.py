"""Held-out 62's tests special to it (its cases, and where they came from, are in
`tests/crisis_cases/h62.py`): a death told of a relative is grief, not a pattern hit; a course
that covered the subject (`earlier.TAUGHT`) and a turn brushed off (`across.BRUSHED_OFF`), read by
their words.
"""

from __future__ import annotations

import pytest

from app.safety.across import BRUSHED_OFF
from app.safety.earlier import TAUGHT
from app.safety.mention import mentions
from app.safety.patterns import match


def test_a_death_told_is_grief_not_a_pattern_hit():
    # "took his own life" told of a relative is read by the meaning, as before: a follow-up about
    # grief is then not carried by the patterns (probe 18's conversations)
    assert match("my uncle took his own life in 2019") == []
    assert mentions("why do people take their own lives")


@pytest.mark.parametrize(
    ("turn", "taught"),
    [
        ("the training covers suicide risk assessment", True),
        ("my teacher talked about suicide awareness week at school", True),
        ("we talked about suicide warning signs", True),
        ("our course covered self harm", True),
        ("we talked about suicide last night", False),
        ("she talked about suicide", False),
        ("my friend talked about suicide", False),
        ("our class talked about suicide and then she told me she has a plan", False),
    ],
)
def test_a_course_that_covered_the_subject_is_read_as_a_course(turn, taught):
    assert bool(TAUGHT.search(turn)) is taught


@pytest.mark.parametrize(
    ("message", "brushed"),
    [
        ("lol im fine just being dramatic, what were we talking about", True),
        ("forget what i said", True),
        ("dont worry about me", True),
        ("jk", True),
        ("im fine thanks, what foods help dopamine", False),
        ("ok good to know", False),
    ],
)
def test_a_turn_brushed_off_is_read_by_its_words(message, brushed):
    assert bool(BRUSHED_OFF.search(message)) is brushed
