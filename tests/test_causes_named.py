"""A cause question ranks the sentences that name a cause of what it asks about (`app.causes.
gives_cause`) as it ranks the one after an article's own question for the causes: a section that
lists the causes over several paragraphs ("First, ... Or perhaps ... Parkinson's disease may also
lead to low levels of dopamine") is quoted before a definition or an introduction that only shares
the question's words. Only under a heading on the causes of the thing asked about (MEDIQA's "What
causes Stroke?" kept its causes article first, not the overview "What is Stroke?"), and only for a
question that names the cause it asks for ("what causes", "the reason"; not "why" alone: "why does
depression make me skip the gym" asks for an explanation). Sentences in my own wording; none is in
an eval file."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from app.causes import cause_named, gives_cause
from app.lexical import terms
from app.sentence_search import _for_the_cause

SLEEP = frozenset(terms("sleep"))
IRON = frozenset(terms("iron"))


@pytest.mark.parametrize(
    ("subject", "sentence"),
    [
        (SLEEP, "late screens may also lead to poor sleep."),
        (SLEEP, "shift work often results in broken sleep for months."),
        (SLEEP, "poor sleep is often caused by caffeine late in the day."),
        (SLEEP, "some people sleep badly because their room is too warm."),
        (IRON, "heavy periods can cause low iron in younger women."),
        (IRON, "low iron may be the result of a diet without meat."),
    ],
)
def test_a_sentence_that_names_a_cause(subject, sentence):
    assert gives_cause(subject, sentence)


@pytest.mark.parametrize(
    ("subject", "sentence"),
    [
        # the thing asked about is the cause, not the effect
        (SLEEP, "poor sleep can cause headaches and low mood."),
        (IRON, "low iron may lead to tiredness."),
        # finding a cause out names none
        (SLEEP, "your doctor will try to find out what is causing the poor sleep."),
        # no verb of causing
        (SLEEP, "most adults need seven hours of sleep."),
        # another thing's cause
        (SLEEP, "caffeine can cause a racing heart."),
        # nothing but how much on the cause's side
        (IRON, "too little leads to low iron."),
        # "because of" is the verbs' ("due to"), and the subject there is the cause
        (SLEEP, "headaches happen because of poor sleep."),
    ],
)
def test_a_sentence_that_names_no_cause_of_it(subject, sentence):
    assert not gives_cause(subject, sentence)


def test_no_subject_no_cause():
    assert not gives_cause(frozenset(), "late screens may also lead to poor sleep.")


@pytest.mark.model
@pytest.mark.parametrize(
    "question",
    [
        "what causes low dopamine",
        "whats the reason dopamine gets low",
        "wat causes low dopamin levels",
    ],
)
def test_the_causes_a_section_goes_on_to_list_come_next(seed_assistant, question):
    texts = [q.text for q in seed_assistant.ask(question).quotes]
    assert "can be the result of a few different things" in texts[0]
    assert "Parkinson’s disease may also lead to low levels of dopamine" in texts[1]


def _index(*heads):
    passages = [SimpleNamespace(title=t, section=s) for t, s in heads]
    return SimpleNamespace(passages=passages)


def test_a_named_cause_counts_only_under_a_heading_on_the_causes_of_the_thing():
    """A sentence that names a cause of a stroke gains in an article on the causes of strokes,
    not in an overview of strokes nor under the causes of another thing."""
    index = _index(("Stroke (Causes)", ""), ("What is a stroke?", ""), ("Heart disease", "Causes"))
    low = "a stroke is often caused by a clot in an artery of the brain."
    cause = (frozenset(terms("stroke")), True)
    assert _for_the_cause(index, cause, [low] * 3, [0, 1, 2]).tolist() == [1.0, 0.0, 0.0]


def test_why_alone_raises_no_named_cause():
    index = _index(("Stroke (Causes)", ""))
    low = "a stroke is often caused by a clot in an artery of the brain."
    assert _for_the_cause(index, (frozenset(terms("stroke")), False), [low], [0]).tolist() == [0]


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("what causes low dopamine", True),
        ("whats the reason dopamine gets low", True),
        ("can stress lead to depression", True),
        ("why would my dopamine be low", False),
        ("why does depression make me skip the gym", False),
    ],
)
def test_a_question_that_names_the_cause_it_asks_for(question, named):
    assert cause_named(question) is named
