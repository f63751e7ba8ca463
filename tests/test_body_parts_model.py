"""A complaint about a part of the body the articles never mention is not covered, and says so
by name (`app.asks.unknown_body_part`): on 3ca5479 "my elbow is sore", "my knee hurts when i run"
and "why does my hip hurt" got two or three quotes of the dopamine article at scores 0.16-0.19
(its list of physical symptoms, its natural ways to boost dopamine), because "elbow", "knee" and
"hip" are common words and only rare ones vetoed. Written for this test; none is in an eval file."""

from __future__ import annotations

import pytest

from app.asks import BODY_PART

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("message", "part"),
    [
        ("my elbow is sore", "elbow"),
        ("my knee hurts when i run", "knee"),
        ("why does my hip hurt", "hip"),
        ("my stomach hurts after eating", "stomach"),
        ("my neck is stiff when i wake up", "neck"),
        ("my ankle clicks after a run, is that low dopamine", "ankle"),
    ],
)
def test_a_part_of_the_body_the_articles_never_name_is_not_covered(seed_assistant, message, part):
    reply = seed_assistant.ask(message)
    assert reply.abstained and not reply.crisis, message
    assert part in reply.missing, reply.missing
    assert part in reply.markdown


@pytest.mark.parametrize(
    "message",
    [
        "what does dopamine actually do in your head",  # an idiom, no part named as someone's
        "does depression come back after it goes away",
        "can low dopamine make your hands shake",  # the articles speak of tremors in the hands
    ],
)
def test_no_part_or_a_part_the_articles_name_still_reaches_the_articles(seed_assistant, message):
    reply = seed_assistant.ask(message)
    assert not reply.missing, message


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("come back to it later", None),
        ("on the other hand", None),
        ("face my fears", None),
        ("his lower back hurts", "back"),
        ("my right knee", "knee"),
    ],
)
def test_a_part_is_named_only_as_someones(text, part):
    found = BODY_PART.search(text)
    assert (found["part"] if found else None) == part
