"""The names a question that refers back takes from the chatter before it are names, not everyday
words the model splits ("hobbies", "ditching": `app.concepts.is_name`, `app.coverage._verb_form`).
On baf459d a long message ending "could this be a dopamine thing" was refused with "Our articles
don't mention “hobbies”". Written for this test; none is in an eval file."""

from __future__ import annotations

import pytest

from app.concepts import is_english
from app.coverage import asked
from app.subject import quality


@pytest.mark.parametrize("word", ["hobbies", "activities", "worries", "berries", "fasting"])
def test_regular_forms_of_everyday_words_are_english(word):
    assert is_english(word)


@pytest.mark.parametrize("word", ["wellbutrin", "zoloft", "dopamin", "lexapro"])
def test_names_and_slips_are_not(word):
    assert not is_english(word)


def test_an_everyday_word_of_the_chatter_is_not_taken_as_a_name():
    need = asked("i dont enjoy my hobbies or parties anymore, could this be a dopamine thing")
    assert "hobbies" not in need and "parties" not in need
    need = asked("ive been ditching my mates and bailed on the gym, is that a depression sign?")
    assert "ditching" not in need and "bailed" not in need
    assert "parkinsons" in asked("grandma has parkinsons :( is it curable")


def test_a_name_of_the_chatter_still_is():
    assert "wellbutrin" in asked("my dr wants me on wellbutrin, does it raise dopamine")


@pytest.mark.model
def test_a_long_message_is_not_refused_for_an_everyday_word(seed_assistant):
    reply = seed_assistant.ask(
        "ive felt unmotivated for months, cant get out of bed and dont enjoy my hobbies anymore. "
        "could this be a dopamine thing"
    )
    assert "hobbies" not in reply.missing
    assert not reply.abstained


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("is that a depression sign?", ""),
        ("is this an early symptom", ""),
        ("is parkinsons genetic", "genetic"),
        ("is low dopamine curable", "curable"),
    ],
)
def test_is_x_a_noun_asks_no_quality(question, word):
    """Without the names taken from the chatter, "is that a depression sign?" would have been read
    as asking whether it is "sign"; "is X a/an NOUN" asks what X is, not a quality of it."""
    assert quality(question) == word


@pytest.mark.model
def test_a_sign_asked_after_a_story_is_answered(seed_assistant):
    reply = seed_assistant.ask(
        "ive been ditching my mates and the gym for weeks, is that a depression sign?"
    )
    assert not reply.abstained
