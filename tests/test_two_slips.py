"""Two slips in a long everyday word (`app.concepts.two_slips`): "excercize" is read as the
articles' "exercise", where on 3ca5479 "is excercize good for depresion" was told "Our articles
don't mention “excercize”" and "what are the symptons of dopamine defficiancy" was answered
from a weaker passage (its best quote 0.58 against 0.69). A name of a substance or condition two
letters from the articles' word is another thing and stays missing. Written for this test; none
is in an eval file."""

from __future__ import annotations

import pytest

from app.concepts import _within_two, two_slips


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [
        ("excercize", "exercise", True),  # one letter too many, one changed
        ("defficiancy", "deficiency", True),
        ("concentraition", "concentration", True),  # two neighbours swapped count as one
        ("depresssion", "depression", True),
        ("kitten", "sitting", False),  # three
        ("hyperthyroidism", "hypothyroidism", True),  # near, hence names are never passed
    ],
)
def test_two_slips_apart(a, b, near):
    assert _within_two(a, b) is near


def test_only_words_that_begin_alike_and_all_letters():
    assert two_slips("excercize", ["exercise", "xercise", "exorcise"]) == ["exercise"]
    assert two_slips("ex3rcise", ["exercise"]) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "question",
    ["is excercize good for depresion", "how does excercise help concentraition"],
)
def test_a_long_word_misspelled_twice_is_not_named_missing(seed_assistant, question):
    reply = seed_assistant.ask(question)
    assert not reply.abstained and not reply.missing, reply.missing


@pytest.mark.model
def test_a_name_two_letters_from_the_articles_word_stays_missing(seed_assistant):
    # "hyperthyroidism" is not "hypothyroidism"; the seed articles have neither, and no name is
    # ever read two slips away (only the model's everyday whole words are).
    reply = seed_assistant.ask("does hyperthyroidism lower dopamine")
    assert reply.abstained and reply.missing == ("hyperthyroidism",)
