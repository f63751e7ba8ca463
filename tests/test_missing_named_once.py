"""A rare word named missing by two rules of one reply (unknown to the articles, and an effect they
never speak of) is named once (`app.coverage`, `missing.named`): on e1ca777 "can too much dopamine
cause schizophrenia" said "Our articles don't mention “schizophrenia” or “schizophrenia”" (4 of the
seed files' 3,933 replies). Session of 2026-12-04 evening."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("can too much dopamine cause schizophrenia", "schizophrenia"),
        ("does too much dopamine cause anxiety or mania", "anxiety"),
    ],
)
def test_a_word_missing_twice_is_named_once(seed_assistant, question, word):
    reply = seed_assistant.ask(question)
    assert reply.abstained
    assert reply.markdown.count(f"“{word}”") == 1
    assert len(reply.missing) == len({m.lower() for m in reply.missing})
