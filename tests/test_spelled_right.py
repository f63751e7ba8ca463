"""A word spelled right is no slip of another (`app.concepts.Vocabulary`), a count of people in a
country or the world asks for a figure (`app.amounts.ASKS_SHARE`), and "cant be bothered" is how a
reader says unmotivated (`app.lay_words`). Seed held-out 28 (development data since the session of
2026-12-04 night): "what about deep brain stimulation" was answered with a definition of dopamine,
because "stimulation" (stem "stimul") was read as a slip of the articles' "simulate" ("simul");
"how many people in the us have depression" was answered with "depression has exploded to
epidemic proportions". Also from it: "is it involved in feeling good too" ("involved" frames a
relation, `app.subject.PREDICATE`), a symptom told at night asks no time of day
(`app.amounts.SYMPTOM_AT_NIGHT`), and "what happens after the doctor works out whats going on" is
no account of an assault (ordinary look-alikes in the crisis bank, kind `seed-kinds-s24`). Apart
from the set's own lines, written for this test; none is in an eval file.
"""

from __future__ import annotations

import pytest

from app.amounts import answered
from app.concepts import Vocabulary
from app.lexical import terms

ARTICLES = (
    "Dopamine agonists can simulate the neurotransmitter. Low levels can make you feel "
    "unmotivated. Depression has exploded to epidemic proportions. Talk to your brother."
)


@pytest.fixture(scope="module")
def vocab():
    return Vocabulary(terms(ARTICLES), [ARTICLES])


@pytest.mark.parametrize("word", ["stimulation", "bothered", "stimulating"])
def test_a_word_spelled_right_is_not_known_as_a_slip_of_another(vocab, word):
    assert not vocab.knows(word)


@pytest.mark.parametrize("word", ["simulates", "neurotransmiter", "depresion", "dopamine"])
def test_a_slip_or_a_form_of_the_articles_word_is_still_known(vocab, word):
    assert vocab.knows(word)


@pytest.mark.parametrize(
    "question",
    [
        "how many people in the us have depression",
        "how many adults worldwide get parkinsons",
        "how many americans are on antidepressants",
    ],
)
def test_a_count_of_a_countrys_people_needs_a_figure(question):
    assert not answered(question, "Depression has exploded to epidemic proportions.")
    assert answered(question, "About 21 million adults in the US had a depressive episode.")


@pytest.mark.model
def test_a_treatment_the_articles_never_name_is_named_missing(seed_assistant):
    reply = seed_assistant.ask(
        "what about deep brain stimulation", history=["what meds help parkinsons"]
    )
    assert reply.abstained and "stimulation" in reply.missing


@pytest.mark.model
def test_cant_be_bothered_is_read_as_unmotivated(seed_assistant):
    reply = seed_assistant.ask("cant be bothered doing anything lately is that low dopamine")
    assert not reply.abstained
    assert "unmotivated" in reply.quotes[0].text


@pytest.mark.parametrize(
    "question",
    ["could my restless legs at night be a dopamine issue", "are leg cramps at night a sign of it"],
)
def test_a_symptom_at_night_asks_no_time_of_day(question):
    assert answered(question, "It is linked to movement disorders like restless legs syndrome.")


def test_a_remedy_at_night_still_asks_for_the_night():
    assert not answered(
        "what helps restless legs at night", "It is linked to restless legs syndrome."
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("history", "question"),
    [
        (["what does dopamine do in the body"], "is it involved in feeling good too"),
        ([], "could my restless legs at night be a dopamine issue"),
        ([], "what happens after the doctor works out whats going on"),
    ],
)
def test_seed_held_out_28s_plain_questions_are_answered(seed_assistant, history, question):
    reply = seed_assistant.ask(question, history=history)
    assert not reply.abstained and not reply.crisis


@pytest.mark.model
@pytest.mark.parametrize(
    "question",
    [
        # seed held-out 26, refused for "tiredness" and "psych" before
        "tiredness and not being able to think straight, is that a brain chemical issue",
        "which antidepressant would a therapist or psych suggest for depression",
    ],
)
def test_tiredness_and_psych_are_read_as_the_articles_words(seed_assistant, question):
    reply = seed_assistant.ask(question)
    assert not reply.abstained and not reply.missing
