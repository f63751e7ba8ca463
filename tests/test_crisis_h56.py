"""Held-out 56's test special to it (its cases, and where they came from, are in
`tests/crisis_cases/h56.py`): a statement starting "wont" is no bare question (`wording.QUESTION`).
"""

from __future__ import annotations

import pytest

from app.safety.wording import QUESTION


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("wont need any of it after this weekend", False),
        ("doesnt matter now", False),
        ("wont it hurt", True),
        ("ok and isnt that bad", True),
        ("is that normal", True),
    ],
)
def test_a_negative_question_word_asks_only_before_its_subject(message, asks):
    assert bool(QUESTION.search(message)) is asks
