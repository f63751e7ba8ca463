"""A sentence that refers back to the one before it, read with it (`Settings.read_back`,
`app.readings.read_back`): "It can cause ..." answers what its antecedent names."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.config import Settings
from app.errors import BadSetting


def test_it_is_on_by_default_and_a_switch_turns_it_off(monkeypatch):
    assert Settings().read_back is True
    monkeypatch.setenv("HEALTHQA_READ_BACK", "0")
    assert Settings.from_env().read_back is False
    monkeypatch.setenv("HEALTHQA_READ_BACK", "sometimes")
    with pytest.raises(BadSetting, match="HEALTHQA_READ_BACK"):
        Settings.from_env()


# Seed held-out 55's questions whose answer is such a sentence (first quote wrong on cca460e without
# the reading, right with it: BENCHMARKS section 9, third session of 2026-12-07).
QUESTIONS = [
    (
        "does having low dopamine make you easier to get hooked on things",
        "more susceptible to addiction",
    ),
    (
        "does doing stuff i enjoy actually raise dopamine or is that a myth",
        "can increase dopamine levels",
    ),
    ("is there a natural pick me up for dopamine without meds", "natural methods of boosting"),
    (
        "would raising dopamine help depressed ppl stick with exercise",
        "improves the compliance with prescribed physical activity",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("question", "answer"), QUESTIONS)
def test_the_sentence_read_with_its_antecedent_is_quoted_first(seed_assistant, question, answer):
    reply = seed_assistant.ask(question)
    assert reply.quotes and answer in reply.quotes[0].text


@pytest.mark.model
def test_without_it_the_first_quote_is_another(seed_assistant):
    question, answer = QUESTIONS[0]
    kept = seed_assistant.settings
    seed_assistant.settings = replace(kept, read_back=False)
    try:
        reply = seed_assistant.ask(question)
    finally:
        seed_assistant.settings = kept
    assert not reply.quotes or answer not in reply.quotes[0].text
