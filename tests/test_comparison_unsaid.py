"""A question comparing two named things ("whats the difference between dopamine and serotonin",
"sertraline vs venlafaxine") is answered only by a sentence that names both with a word of
comparison (`aspects.comparison_unsaid`): a passage naming both apart, or comparing other things,
is "not covered" (session of 2026-12-04 evening; the seed articles name dopamine and serotonin
together but never say how they differ)."""

from __future__ import annotations

import pytest

from app import aspects

APART = (
    "Dopamine is a neurotransmitter. Most antidepressants increase serotonin out of proportion to "
    "their support of other key neurotransmitters."
)
COMPARED = "Unlike serotonin, dopamine drives motivation and reward."
OTHERS = (
    "Exercise is as effective as medication for mild depression. Dopamine and serotonin matter."
)


@pytest.mark.parametrize(
    "question",
    [
        "whats the difference between dopamine and serotonin",
        "difference between dopamine and serotonin?",
        "what is the difference between serotonin and dopamine tho",
        "dopamine vs serotonin",
        "ok so dopamine vs serotonin?",
    ],
)
def test_two_things_compared_need_a_sentence_comparing_them(question):
    assert aspects.comparison_unsaid(question, APART)
    assert aspects.comparison_unsaid(question, OTHERS)
    assert not aspects.comparison_unsaid(question, COMPARED)
    assert aspects.unsaid(question, APART) == "comparison"


@pytest.mark.parametrize(
    "question",
    [
        "what does dopamine do",
        "do dopamine and serotonin work together",  # not a comparison
        "what do most antidepressants actually do to serotonin vs other brain chemicals",
    ],
)
def test_other_questions_are_not_held_to_it(question):
    assert not aspects.comparison_unsaid(question, APART)
