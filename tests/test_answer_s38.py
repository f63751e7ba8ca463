"""Answer judgment, sixth session of 2026-12-06 (seed held-out 50, development data): idioms read
as the articles' words in the coverage check only, and "addictive" and its kin read as what a
question asks of its subject."""

from __future__ import annotations

import pytest

from app.lay_words import plainly
from app.subject import subjects


@pytest.mark.parametrize(
    ("question", "standard"),
    [
        ("does exercise help long term or only when youre in a really bad patch", "long haul"),
        ("any long-term side effects", "long haul"),
        ("can that mess with my head", "affect my mental health"),
        ("does low dopamine mess with your head", "affect your mental health"),
        ("would a doc check my mind or my body", "psychological or physical"),
    ],
)
def test_an_idiom_is_read_in_the_articles_words(question, standard):
    assert standard in plainly(question)[0]


@pytest.mark.parametrize(
    "question",
    ["does exercise help long term", "can that mess with my head", "mind or body, which is it"],
)
def test_the_idioms_never_change_the_search(question):
    assert plainly(question, beside=True)[0] == question


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("is sugar addictive because of dopamine", "sugar"),
        ("is caffeine dangerous for your brain", "caffeine"),
        ("are energy drinks toxic", "drinks"),
    ],
)
def test_a_predicate_names_the_subject(question, subject):
    assert subject in subjects(question)


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("does exercise help long term or only when youre in a really bad patch", "long haul"),
        ("i dont want to do anything at all anymore, can that mess with my head", "mental health"),
        (
            "would a doc check my mind or my body for low dopamine or both",
            "psychological and physical",
        ),
    ],
)
def test_an_idiom_no_longer_refuses_an_answer(seed_assistant, question, answer):
    reply = seed_assistant.ask(question)
    assert any(answer in q.text for q in reply.quotes[:3]), [q.text[:80] for q in reply.quotes]


@pytest.mark.model
@pytest.mark.parametrize(
    "question", ["is sugar addictive because of dopamine", "is caffeine addictive"]
)
def test_a_thing_the_articles_never_name_is_named_missing(seed_assistant, question):
    reply = seed_assistant.ask(question)
    assert not reply.quotes
    assert reply.missing
