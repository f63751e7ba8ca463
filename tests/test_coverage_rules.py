"""Covered or not, beyond one cosine: a condition named by two words, and a question for a dose."""

from __future__ import annotations

import pytest

from app.concepts import Vocabulary
from app.config import Settings
from app.coverage import judge
from app.records import Hit, Passage

TEXTS = [
    "Restless legs syndrome is linked to dopamine. Parkinson's disease lowers dopamine.",
    "Dopamine deficiency has several causes and symptoms. Low serotonin is a sign.",
]
STEMS = (
    "restless leg syndrom link dopamin parkinson diseas lower low defici caus"
    " serotonin sign symptom"
)


def _vocab() -> Vocabulary:
    return Vocabulary(STEMS.split(), TEXTS)


@pytest.mark.parametrize(
    "question,missing",
    [
        ("what is serotonin syndrome", ["serotonin syndrome"]),  # both words, never together
        ("what are the symptoms of Serotonin Syndrome?", ["Serotonin Syndrome"]),
        ("is restless leg syndrome a sign of dopamine deficiency", []),  # plural, singular
        ("is parkinsons disease linked to low dopamine", []),  # no apostrophe
        ("dopamine defficiency causes", []),  # a slip in the head is not a condition name
        ("what is dopamine deficiency", []),
        ("is this disease linked to dopamine", []),  # "this disease" names nothing
        ("is serotonin deficiency a cause", ["serotonin deficiency"]),
    ],
)
def test_a_condition_is_known_only_by_its_two_words_together(question, missing):
    assert _vocab().missing(question) == missing


def _hit(text: str, support: float = 0.6) -> Hit:
    p = Passage("d#p-1", "d", "p-1", "Title", "Section", 0, len(text), text)
    return Hit(p, support, span=(0, len(text)), support=support, own=support)


@pytest.mark.parametrize(
    "question,text,covered",
    [
        ("what dose of sertraline should i take", "Sertraline is an antidepressant.", False),
        ("how much magnesium should i take a day", "Magnesium helps dopamine.", False),
        ("whats the usual dosage of levodopa", "Levodopa raises dopamine.", False),
        ("how many mg of levodopa", "Levodopa raises dopamine.", False),
        ("what dose of levodopa", "Levodopa is started at 100 mg three times a day.", True),
        ("how much magnesium should i take", "The usual dose is small.", True),
        ("what does levodopa do", "Levodopa raises dopamine.", True),  # not a dose question
        ("how much exercise helps depression", "Exercise helps depression.", True),
        ("how many people have depression", "Depression is common.", True),
        # not a dose question, a duration one (tests/test_coverage_subject.py): a time answers it
        ("how much time does exercise take to help", "It helps within a few weeks.", True),
        ("how many units of insulin should i take", "Insulin lowers sugar.", False),
        # ... asked of anyone, not only "i" or "you" (seed held-out 27)
        ("how much levodopa do people usually take", "Levodopa raises dopamine.", False),
        ("how much magnesium do adults take", "Magnesium helps dopamine.", False),
        ("how much levodopa do people usually take", "Levodopa is started at 100 mg.", True),
    ],
)
def test_a_dose_question_is_covered_only_by_a_passage_that_gives_one(question, text, covered):
    stems = "sertralin antidepress magnesium help dopamin levodopa rais start usual dose exercis"
    more = ["small", "depress", "peopl", "common", "time", "unit", "insulin", "lower", "sugar"]
    more += ["week", "within", "usual", "adult", "take"]
    vocab = Vocabulary([*stems.split(), *more], [text])
    assert judge([_hit(text)], question, False, vocab, Settings()).covered is covered


@pytest.mark.parametrize(
    "question,text,covered",
    [
        ("can i take l-theanine with sertraline", "Sertraline is an SSRI.", False),
        ("does levodopa interact with sertraline", "Levodopa raises dopamine.", False),
        ("can i take l-theanine with sertraline", "L-theanine and sertraline: ask first.", True),
        ("what does sertraline do", "Sertraline is an SSRI.", True),  # not about two things
    ],
)
def test_taking_two_things_together_needs_a_passage_that_names_both(question, text, covered):
    stems = [
        "l-theanin",
        "theanin",
        "sertralin",
        "ssri",
        "levodopa",
        "rais",
        "dopamin",
        "ask",
        "interact",
    ]
    vocab = Vocabulary(stems, [text])
    assert judge([_hit(text)], question, False, vocab, Settings()).covered is covered
