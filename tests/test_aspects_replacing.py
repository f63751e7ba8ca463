"""Whether a thing can stand in for a medicine ("will exercise replace my antidepressants") is an
aspect only a passage on replacing one answers (`app.aspects`, "replacing"; reader probes of the
sixth session of 2026-12-03, none in an eval file). On a5d75af that question was answered with
"We have likewise previously reported on the widespread use of antidepressants: ..." and the
passage saying physical activity improves depression, which reads like a yes; the articles never
say exercise or a supplement can replace a medicine. Ways to raise dopamine "without meds" are
still answered: they ask for ways, not for a replacement."""

from __future__ import annotations

import pytest

from app.aspects import ASKS_REPLACING, unsaid

EXERCISE = "Physical activity improves symptoms of depression by raising dopamine."


@pytest.mark.parametrize(
    "question",
    [
        "will exercise replace my antidepressants",
        "can exercise replace medication for depression",
        "can i take tyrosine instead of my ssri",
        "is running a good alternative to antidepressants",
        "can magnesium substitute for my meds",
        "would yoga work in place of my pills",
        "is fish oil an alternative for sertraline",
        "cn i just excercise instead of taking my meds",
    ],
)
def test_standing_in_for_a_medicine_is_an_aspect(question):
    assert ASKS_REPLACING.search(question)
    assert unsaid(question, EXERCISE) == "replacing"


@pytest.mark.parametrize(
    "text",
    [
        "Exercise should not replace medication without a doctor's advice.",
        "Some people use supplements instead of antidepressants, but evidence is limited.",
        "Talk therapy is an alternative to medication for mild depression.",
        "Many people manage mild symptoms without medication.",
    ],
)
def test_a_passage_on_replacing_a_medicine_answers_it(text):
    assert unsaid("will exercise replace my antidepressants", text) == ""


@pytest.mark.parametrize(
    "question",
    [
        "can i boost dopamine without meds",
        "natural ways to get my dopamine up without pills",
        "can a serotonin med make brain fog worse instead of better",
        "what replaces lost dopamine in the brain",
        "should i walk instead of run",
    ],
)
def test_ways_and_other_insteads_are_not_this_aspect(question):
    assert not ASKS_REPLACING.search(question)


@pytest.mark.parametrize(
    "question",
    [
        "will exercise replace my antidepressants",
        "can i take l-tyrosine instead of my ssri",
        "is working out a natural alternative to antidepressants",
    ],
)
def test_the_seed_articles_do_not_say_it(seed_assistant, question):
    reply = seed_assistant.ask(question)
    assert not reply.quotes, [q.text[:80] for q in reply.quotes]
    assert "healthcare professional" in reply.markdown


def test_ways_without_meds_are_still_quoted(seed_assistant):
    reply = seed_assistant.ask("can i boost my dopamine naturally without meds")
    assert reply.quotes and "natural methods of boosting dopamine" in reply.quotes[0].text
