"""Two aspects readers ask that a passage merely naming the thing does not answer
(`app.aspects`, reader probes of the fifth session of 2026-12-03; none is in an eval file):

- whether a thing can be taken or done day after day ("can i take l-tyrosine every day" was
  answered on fefe25d with the sentence listing tyrosine among the supplements, which says
  nothing of daily use): answered only by a passage that speaks of daily, regular or long use;
- a likeness asked ("is yoga as good as running for depression", "yoga vs running") is a
  comparison: on fefe25d it was answered with the exercise passages, which never compare yoga
  with anything, and the missing "yoga" went unnamed."""

from __future__ import annotations

import pytest

from app.aspects import ASKS_CONTINUED_USE, unsaid


@pytest.mark.parametrize(
    "question",
    [
        "can i take l-tyrosine every day",
        "is it ok to take magnesium daily",
        "can u take omega 3 everyday or is that too much",
        "is it fine to be on ssris long term",
        "can i keep taking it forever",
        "is it bad to drink coffee every single day",
    ],
)
def test_use_day_after_day_is_an_aspect(question):
    text = "Certain supplements are thought to help, such as magnesium and tyrosine."
    assert ASKS_CONTINUED_USE.search(question)
    assert unsaid(question, text) in ("continued use", "safety")  # "is it ok to": both unsaid


@pytest.mark.parametrize(
    "text",
    [
        "Take one capsule daily with food.",
        "Long-term use has not been studied.",
        "Over time, they lower dopamine and norepinephrine.",
        "Used regularly, it can help with the production of dopamine.",
    ],
)
def test_a_passage_on_daily_or_long_use_answers(text):
    assert unsaid("can i take l-tyrosine every day", text) == ""


@pytest.mark.parametrize(
    "question",
    [
        "what foods help dopamine",
        "do i need to exercise every day to feel better",  # no taking or using
        "how much tyrosine should i take",
    ],
)
def test_other_questions_ask_no_continued_use(question):
    assert unsaid(question, "Tyrosine is a building block of dopamine.") != "continued use"


@pytest.mark.parametrize(
    "question",
    [
        "is yoga as good as running for depression",
        "yoga vs running for depression",
        "is walking as effective as running",
        "sertraline versus exercise which helps more",
    ],
)
def test_a_likeness_asked_is_a_comparison(question):
    text = "Physical activity improves symptoms of depression."
    assert unsaid(question, text) == "comparison"


def test_as_well_as_is_no_comparison():
    text = "Physical activity improves symptoms of depression."
    assert unsaid("does exercise help mood as well as energy", text) != "comparison"


@pytest.mark.model
def test_yoga_compared_with_running_names_yoga_missing(seed_assistant):
    reply = seed_assistant.ask("is yoga as good as running for depression")
    assert reply.abstained
    assert "yoga" in reply.markdown.lower()


@pytest.mark.model
def test_daily_tyrosine_is_not_answered_by_the_list_of_supplements(seed_assistant):
    assert seed_assistant.ask("can i take l-tyrosine every day").abstained


# "is it ok to take X" asks whether taking it is safe, as "is it safe to take X" does (`safety`):
# "im 15 is it ok for me to take supplements" was answered on fefe25d with the list of supplements.
@pytest.mark.parametrize(
    "question",
    [
        "im 15 is it ok for me to take supplements",
        "is it ok to take tyrosine",
        "r they fine to give my kid",
        "is it a good idea to start l-theanine",
    ],
)
def test_is_it_ok_to_take_asks_whether_it_is_safe(question):
    text = "Certain supplements are thought to help, such as magnesium and tyrosine."
    assert unsaid(question, text) == "safety"


@pytest.mark.parametrize(
    "question",
    [
        "is it ok to take magnesium with sertraline",  # two things together: `app.must_say`'s
        "is it ok to feel tired after exercise",  # a feeling, not taking anything
    ],
)
def test_other_ok_questions_ask_no_safety(question):
    assert unsaid(question, "Tyrosine is a building block of dopamine.") != "safety"


@pytest.mark.model
def test_a_teen_asking_if_supplements_are_ok_is_not_answered_by_the_list(seed_assistant):
    assert seed_assistant.ask("im 15 is it ok for me to take supplements").abstained
