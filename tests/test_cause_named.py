"""A yes-or-no question on one named cause ("can stress cause low dopamine") is answered only by
a passage that names that cause (`app.causes.named_causes`, `app.coverage`): on fefe25d "can stress
cause low dopamine", and "can stress cause it" after "what causes low dopamine", quoted the
passage listing the causes (brain injury, receptors, Parkinson's), which reads like a yes though
it never names stress. A cause said in other words still answers ("a head injury": "if these
brain regions are injured"), and "sitting around all day" is how a reader says a sedentary life
(`app.lay_words`). Reader probes of the fifth session of 2026-12-03; none is in an eval file."""

from __future__ import annotations

import pytest

from app.causes import named_causes


@pytest.mark.parametrize(
    ("question", "cause"),
    [
        ("can stress cause low dopamine", ["stress"]),
        ("could my stress be causing it", ["stress"]),
        ("is stress a cause of low dopamine", ["stress"]),
        ("does a head injury lead to low dopamine", ["head", "injury"]),
        ("can smoking trigger depression", ["smoking"]),
        ("does alcohol contribute to it", ["alcohol"]),
    ],
)
def test_the_cause_named_in_a_yes_or_no_question(question, cause):
    assert named_causes(question) == cause


@pytest.mark.parametrize(
    "question",
    [
        "what causes low dopamine",
        "can it cause depression",  # a pronoun names no cause
        "why do i feel so flat",
        "is there actual science behind exercise for depression",
        "does exercise help depression",
    ],
)
def test_no_cause_named(question):
    assert named_causes(question) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("can stress cause low dopamine", []),
        ("can stress cause it", ["what causes low dopamine"]),
        ("could my stress be causing my low dopamine", []),
    ],
)
def test_a_list_of_other_causes_does_not_answer_a_named_cause(seed_assistant, question, history):
    assert seed_assistant.ask(question, history).abstained


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("can a head injury cause low dopamine", "injured"),
        ("can parkinsons cause low dopamine", "Parkinson"),
        ("does cocaine cause low dopamine", "cocaine"),
        ("can sitting around all day cause depression", "sedentary"),
        ("does sitting too much contribute to depression", "sedentary"),
    ],
)
def test_a_cause_the_articles_name_is_answered(seed_assistant, question, words):
    reply = seed_assistant.ask(question)
    assert not reply.abstained
    assert any(words in q.text for q in reply.quotes)
