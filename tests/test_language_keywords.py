"""Keyword queries around the articles' own words are English. The language identifier took
"serotonin syndrome symptoms" for Finnish and "ginkgo biloba memory" for Croatian, so a reader of
the English articles was told "Our articles are written in English ... Please ask it in English".
A message with fewer than three words that are not the articles' own is English, unless it has a
function word of another language, an accented letter or an elided article: such short questions
in other languages are still told the articles are in English."""

from __future__ import annotations

import pytest

from app.safety.language import language

ARTICLE_WORDS = set(
    [
        "serotonin",
        "syndrome",
        "symptoms",
        "dopamine",
        "fatigue",
        "levels",
        "memory",
        "tyrosine",
        "magnesium",
        "stress",
        "depression",
        "supplements",
        "deficiency",
        "comment",
        "sleep",
    ]
)
known = ARTICLE_WORDS.__contains__


@pytest.mark.parametrize(
    "message",
    [
        "serotonin syndrome symptoms",
        "ginkgo biloba memory",
        "rhodiola rosea fatigue",
        "mucuna pruriens dopamine",
        "ashwagandha cortisol levels",
        "l-tyrosine dosage",  # a hyphenated word is one word: two words
        "tyrosine magnesium stress supplements",
        "Serotonin Syndrome Symptoms?",
    ],
)
def test_keyword_queries_around_the_articles_words_are_english(message):
    assert language(message, known) == "en"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("was ist serotonin", "de"),  # a German function word
        ("hilft magnesium gegen stress", "de"),
        ("comment augmenter la dopamine", "fr"),  # "comment" is an article word, "la" is not
        ("quanto dura l'influenza", "it"),  # an elided article
        ("jak obniżyć cholesterol", "pl"),  # accented letters
        ("que alimentos aumentan la dopamina", "es"),
        ("wie kann ich meinen dopaminspiegel erhöhen", "de"),
        ("síntomas de fatiga y depresión", "es"),
    ],
)
def test_other_languages_stay_other_languages(message, expected):
    assert language(message, known) == expected


def test_without_the_articles_words_the_identifier_decides_as_before():
    assert language("serotonin syndrome symptoms") != "en"  # the identifier alone: not English


@pytest.mark.parametrize(
    "question", ["serotonin syndrome symptoms", "ginkgo biloba memory", "rhodiola rosea fatigue"]
)
def test_a_reader_of_the_seed_articles_is_not_told_to_ask_in_english(seed_assistant, question):
    reply = seed_assistant.ask(question)
    assert "written in English" not in reply.markdown
    assert "healthcare professional" in reply.markdown


def test_a_short_german_question_is_still_told_the_articles_are_in_english(seed_assistant):
    reply = seed_assistant.ask("was hilft gegen müdigkeit")
    assert "written in English" in reply.markdown
