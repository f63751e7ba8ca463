"""A manner of saying asked inside a question ("what is depression in simple words") is left out
of what retrieval reads (`app.remarks.searched`): with it, the sentence that defines depression
was missed in twelve seed files (seed held-out 48 of the fifth session of 2026-12-06 among them),
while "what is depression" found it first. The questions here were written for these tests
apart from the one marked."""

from __future__ import annotations

import pytest

from app.remarks import searched


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("what even is depression in simple words", "what even is depression"),
        (
            "whats it mean when ur dopamine is low, explain like im 5",
            "whats it mean when ur dopamine is low",
        ),
        (
            "what does dopamine deficiency mean in plain english?",
            "what does dopamine deficiency mean",
        ),
        ("can u explain in laymans terms what dopamine does", "can u what dopamine does"),
        ("what is depression basically, in simple terms", "what is depression basically"),
    ],
)
def test_the_manner_is_left_out(question, read):
    assert searched(question) == read


@pytest.mark.parametrize(
    "question",
    [
        "in simple words",  # nothing else: the question as typed (a request to rephrase)
        "in other words what is it",
        "what are the simple things that raise dopamine",
        "is depression common in kids",
    ],
)
def test_everything_else_is_read_as_typed(question):
    assert searched(question) == question


@pytest.mark.model
@pytest.mark.parametrize(
    "question",
    [
        "what even is depression in simple words",  # seed held-out 48
        "what is depression in plain english",
        "depression explained like im five",
    ],
)
def test_the_definition_is_quoted_first(seed_assistant, question):
    reply = seed_assistant.ask(question)
    assert reply.quotes and "a mental health condition" in reply.quotes[0].text
    assert reply.question == question
