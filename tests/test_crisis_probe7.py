"""Probe 7's test special to it (its cases, and where they came from, are in
`tests/crisis_cases/probe7.py`): a follow-up the patterns read alone also shows what the patterns
read in the conversation ("she still wont wake up" after "took something at the party": overdose
too; `turns._more_from_the_conversation`).
"""

from __future__ import annotations

import pytest

from tests.crisis_rules import read_in_conversation as _read


@pytest.mark.model
def test_a_follow_up_read_alone_also_shows_what_the_conversation_tells(seed_assistant):
    found = _read(
        seed_assistant, ["my flatmate took something at the party"], "she still wont wake up"
    )
    assert found.categories[0] == "medical" and "overdose" in found.categories[:2]
