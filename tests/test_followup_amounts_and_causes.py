"""Follow-ups that ask an amount or a cause of the topic before them in a word or two (reader
probes of the sixth session of 2026-12-03; none is in an eval file). On ff69d7a:

- "how often" after "does exercise help depression" quoted "moderately intense physical exercise
  alleviates core symptoms of depression", which gives no frequency, though "how often should i
  exercise for depression" asked alone was rightly not covered: the amount word alone asks that
  amount of the topic before it (`app.amounts`, `ASKS_BARE_*`);
- "can stress do it" after "what causes low dopamine" quoted a passage on pleasure: the cause
  asked with a pro-verb ("do it", "do that too") is a named cause, answered only by a passage
  naming it (`app.causes.NAMES_A_CAUSE`), as "can stress cause low dopamine" already was;
- a medicine in everyday words ("can the pill do that") is named by a quote on "medications"
  (`app.lay_words.in_its_class`)."""

from __future__ import annotations

import pytest

from app import amounts, causes
from app.coverage import after_topic
from app.lay_words import in_its_class

NO_AMOUNT = "Moderately intense physical exercise alleviates core symptoms of depression."


@pytest.mark.parametrize(
    "question",
    [
        "how often",
        "how often?",
        "and how often",
        "how often tho",
        "how long",
        "ok but how long?",
        "how much",
        "so how many",
        "How Often Then?",
    ],
)
def test_the_amount_word_alone_asks_that_amount(question):
    assert not amounts.answered(after_topic(question), NO_AMOUNT)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("how often", "Exercise three times a week for at least 30 minutes."),
        ("how long", "Most people feel better within two weeks."),
        ("how much", "The usual dose is 500 mg a day."),
    ],
)
def test_a_passage_giving_the_amount_answers_it(question, text):
    assert amounts.answered(after_topic(question), text)


@pytest.mark.parametrize(
    "question", ["how much chocolate tho", "how often do people get it", "how are you"]
)
def test_longer_questions_are_judged_as_before(question):
    assert amounts.answered(after_topic(question), NO_AMOUNT) == amounts.answered(
        question, NO_AMOUNT
    )


@pytest.mark.parametrize(
    ("question", "cause"),
    [
        ("can stress do it", ["stress"]),
        ("can stress do it?", ["stress"]),
        ("could stress be doing it", ["stress"]),
        ("does coffee do that too?", ["coffee"]),
        ("can drugs do that", ["drugs"]),
        ("can the pill do that", ["pill"]),
    ],
)
def test_a_cause_asked_with_a_pro_verb_is_named(question, cause):
    assert causes.named_causes(question) == cause


@pytest.mark.parametrize(
    "question",
    [
        "can i do it every day",
        "can you do it at home",
        "does it do that",
        "what about stress",
        "can my husband do it with me",
    ],
)
def test_no_cause_named(question):
    assert causes.named_causes(question) == []


def test_a_medicine_in_everyday_words_is_said_by_medications():
    quote = "most of the most commonly prescribed medications in the world cause fatigue"
    assert in_its_class("pill", quote) and in_its_class("meds", quote)
    assert not in_its_class("pill", "Exercise raises dopamine.")


@pytest.mark.parametrize(
    ("history", "question"),
    [
        (["does exercise help depression"], "how often"),
        (["does exercise help depression"], "and how long tho"),
        (["what causes low dopamine"], "can stress do it"),
        (["what causes low dopamine"], "could stress be doing it?"),
    ],
)
def test_the_seed_articles_do_not_say_it(seed_assistant, history, question):
    reply = seed_assistant.ask(question, history)
    assert not reply.quotes, [q.text[:80] for q in reply.quotes]
    assert "healthcare professional" in reply.markdown


@pytest.mark.parametrize(
    ("history", "question", "said"),
    [
        (["what causes low dopamine"], "can drugs do that", "cocaine"),
        (["does exercise help depression"], "what kind", "moderately intense"),
        (
            [],
            "been on my antidepressant a year and i feel numb and tired all the time, can the "
            "pill do that",
            "medications",
        ),
    ],
)
def test_what_the_articles_say_is_still_quoted(seed_assistant, history, question, said):
    reply = seed_assistant.ask(question, history)
    assert reply.quotes and any(said in q.text for q in reply.quotes), [
        q.text[:80] for q in reply.quotes
    ]
