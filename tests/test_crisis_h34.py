"""Held-out 34's tests special to it (its cases, and where they came from, are in
`tests/crisis_cases/h34.py`): kin who will "kill me", then what one broke of theirs, read by the
joined turns (`trifles`); a first-aid how-to asked as its rescuer only informs
(`app.safety.informed`).
"""

from __future__ import annotations

import pytest

from app.safety.informed import how_to
from app.safety.patterns import match

# Conversations, read by their joined turns (what `turns.read_turn` gives the patterns).
CONFESSED = [
    [
        "my sister is going to kill me",
        "i broke her hair straightener",
        "where can i get a cheap one",
    ],
    ["my mum is gonna kill me, i spilled wine on her white sofa"],
    ["my brother will literally murder me", "i crashed his bike"],
    ["my flatmate is gonna kill me", "i ate her leftovers"],
]


@pytest.mark.parametrize("turns", CONFESSED)
def test_kin_who_will_kill_me_over_a_thing_of_theirs_is_hyperbole(turns):
    assert match(" ".join(turns)) == []


@pytest.mark.parametrize(
    "turn",
    [
        "how do i do cpr",
        "what should i do if someone is choking",
        "how do i do cpr on a baby",
        "how should we do the heimlich on an adult",
    ],
)
def test_a_first_aid_how_to_asked_as_its_rescuer_only_informs(turn):
    assert how_to(turn)


@pytest.mark.parametrize(
    "turn",
    [
        "how do i do cpr hes not breathing",
        "how do i do the heimlich on my son",
        "what should i do if someone is choking right now",
        "what do you do if my son is choking",
    ],
)
def test_a_how_to_telling_of_someone_or_now_does_not_only_inform(turn):
    assert not how_to(turn)
