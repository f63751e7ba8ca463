"""A lay word read as a standard phrase the articles never use is never forgiven by a strong
sentence (`app.missing.vetoes`): "adhd" is read as "attention deficit hyperactivity disorder",
whose "deficit" and "disorder" lifted the dopamine-deficiency definition to 0.78 and over
`named_support`, so on 3ca5479 "i think i have adhd does that mean low dopamine" got three
quotes (the issue's own example, "is ADHD caused by low dopamine", was already refused). A lay
word whose phrase the articles do use ("rls", restless legs syndrome) is still answered. Written
for this test; none is in an eval file."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "message",
    [
        "i think i have adhd does that mean low dopamine",
        "pretty sure i have adhd does that mean my dopamine is low",
        "i was diagnosed with adhd does that mean low dopamine",
    ],
)
def test_a_phrase_the_articles_never_use_is_named_not_answered(seed_assistant, message):
    reply = seed_assistant.ask(message)
    assert reply.abstained, [q.text[:60] for q in reply.quotes]
    assert reply.missing == ("adhd",)
    assert "adhd" in reply.markdown.lower()


def test_a_phrase_the_articles_use_is_answered(seed_assistant):
    reply = seed_assistant.ask("can rls be caused by low dopamine")
    assert not reply.abstained and not reply.missing
