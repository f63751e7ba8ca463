"""A word spelled right is no slip of another (`app.concepts.Vocabulary`), a count of people in a
country or the world asks for a figure (`app.amounts.ASKS_SHARE`), and "cant be bothered" is how a
reader says unmotivated (`app.lay_words`). Seed held-out 28 (development data since the session of
2026-12-04 night): "what about deep brain stimulation" was answered with a definition of dopamine,
because "stimulation" (stem "stimul") was read as a slip of the articles' "simulate" ("simul");
"how many people in the us have depression" was answered with "depression has exploded to
epidemic proportions". Apart from those two, written for this test; none is in an eval file.
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
