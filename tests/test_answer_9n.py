"""Task 9n: rules written after seed held-out 11 was read, each with questions in my own wording
(none is in an eval file) and near misses that must keep their reading.

- A regular form of an English word that the model splits ("fasting": "fast" + "##ing") is a word
  typed as meant, not a slip of one of the articles' words ("fat"): `app.asks.known`.
- A child named by an age ("my 12 year old", "my 7yo") is a circumstance the articles never
  mention when they use none of the words for the young (`app.asks.young_age`); an adult's age is
  left to the articles.
- "And for teens?", "what about for my nan": a follow-up that opens with "for" asks for whom, as
  "safe for my kids" did (`app.subject.circumstances`).
- A message typed as keywords or a claim ("weed and sleep, any link?") means its English words as
  typed: one a slip away from a word of the articles ("weed" from "need") is missing
  (`app.asks.misread`); in a question, in a message about the reader, before a word of theirs
  ("weed tea": which of their things) or when not English ("dopamin") it is still forgiven.
- "Does vaping nicotine zap your dopamine": a verb the list lacks, known by the "your" after it,
  still ends the subject ("nicotine"), unless the subject is the reader's own ("will my gp check
  my dopamine": a person, by a lay word) (`app.subject.subject`).
- "What pulse counts as too fast": a measure, then the class it bounds; only a number answers
  (`app.amounts`).
- A follow-up about an effect of two or more words the articles never use ("can they make you gain
  weight" after a question on antidepressants) is not covered, as the same question asked alone
  was (`app.coverage.judge`); one such word ("does it work the other way round") may be the
  topic's in other words, and is still left to the quote.
- "Is a dry mouth an early symptom of X": the thing asked about as a sign must be in the quoted
  passage, not only other signs of X (`app.must_say.names_the_sign`).
"""

import pytest

from app import amounts
from app.asks import (
    known,
    misread,
    unknown_circumstance,
    unknown_subject,
    young_age,
)
from app.concepts import Vocabulary, is_english
from app.lexical import terms
from app.must_say import names_the_sign
from app.subject import circumstances, subject

ARTICLES = (
    "Dopamine is a neurotransmitter. A diet low in fat and rich in juice may help. "
    "Tremors and loss of balance are signs of Parkinson's disease, which usually starts at age 60."
)


def vocab(text: str = ARTICLES) -> Vocabulary:
    return Vocabulary(terms(text), [text])


@pytest.mark.parametrize("word", ["fasting", "shopping", "hiking", "showers", "weed"])
def test_regular_forms_of_english_words_are_english(word):
    assert is_english(word)


@pytest.mark.parametrize("word", ["dopamin", "depresion", "sertraline", "levodopa", "adhd"])
def test_slips_and_names_are_not_english(word):
    assert not is_english(word)


def test_a_split_english_form_is_not_forgiven_as_a_slip_of_their_word():
    assert not known("fasting", vocab())  # "fat" is theirs; "fasting" is not
    assert unknown_subject("does juice fasting really work", vocab()) == "fasting"


def test_a_slip_of_their_word_and_a_word_they_use_stay_known():
    assert known("dopamin", vocab())
    assert known("fasting", vocab(ARTICLES + " Intermittent fasting is popular."))


@pytest.mark.parametrize(
    "question,age",
    [
        ("is it ok for my 12 year old to take this", "12 year old"),
        ("can my 7yo use these supplements", "7yo"),
        ("would a 16-year-old get the same benefit", "16-year-old"),
    ],
)
def test_a_child_named_by_age_is_a_circumstance_they_never_mention(question, age):
    assert young_age(question, vocab()) == age


@pytest.mark.parametrize(
    "question",
    [
        "my dad is 70 years old, could he have it",  # an adult: the articles give ages
        "i have taken it for 3 years, is that too long",  # a duration, not an age
        "can my 5 year old get it",  # the articles below speak of children
    ],
)
def test_an_adult_or_a_duration_or_children_they_speak_of_name_no_age(question):
    text = ARTICLES + " Children can have it too." if "5 year" in question else ARTICLES
    assert young_age(question, vocab(text)) == ""


@pytest.mark.parametrize(
    "question,who",
    [
        ("and for teens?", "teens"),
        ("what about for my nan, same thing?", "nan"),
        ("ok so for the elderly", "elderly"),
    ],
)
def test_a_follow_up_opening_with_for_asks_for_whom(question, who):
    assert circumstances(question) == [who]


@pytest.mark.parametrize(
    "question",
    ["going for walks, does that help?", "and for how long?", "thanks for that, what else helps"],
)
def test_for_inside_a_message_or_before_a_question_word_names_no_one(question):
    assert unknown_circumstance(question, vocab()) == ""


@pytest.mark.parametrize(
    "question,head",
    [
        ("does vaping nicotine zap your dopamine", "nicotine"),
        ("can energy drinks tank ur serotonin", "drinks"),
        ("does binge watching tv sap your motivation", "tv"),
    ],
)
def test_a_verb_the_list_lacks_before_your_ends_the_subject(question, head):
    assert subject(question) == head


@pytest.mark.parametrize(
    "question",
    [
        "will my gp check my dopamine",  # the reader's own person
        "does working out before your shift help",  # a preposition before "your"
        "can your brain make too much dopamine",  # nothing between the subject and "make"
    ],
)
def test_the_readers_own_or_a_preposition_before_your_names_no_new_subject(question):
    assert subject(question) in ("", "brain")


@pytest.mark.parametrize(
    "question",
    [
        "what pulse counts as too fast when running",
        "what blood pressure is considered high",
        "what score qualifies as severe depression",
    ],
)
def test_a_threshold_asked_needs_a_number(question):
    assert not amounts.answered(question, "Exercise raises your pulse and lifts your mood.")
    assert amounts.answered(question, "Above 100 beats a minute is considered fast.")


@pytest.mark.parametrize(
    "question",
    [
        "what counts as moderate exercise",  # no measure named: words may answer it
        "what level of effort helps depression most",
        "what rate of people recover",
    ],
)
def test_without_a_measure_before_counts_as_no_number_is_needed(question):
    assert amounts.answered(question, "Brisk walking counts as moderate exercise.")


SIGNS = "Physical signs include tremors, muscle cramps and loss of balance."


@pytest.mark.parametrize(
    "question",
    [
        "is a dry mouth an early symptom of parkinsons",
        "could hiccups be a sign of low dopamine",
        "are nosebleeds a common sign of dopamine deficiency",
        "is hair loss a sign of low dopamine",  # "loss of balance" names another loss
    ],
)
def test_a_thing_asked_about_as_a_sign_must_be_in_the_quote(question):
    assert not names_the_sign(question, SIGNS, frozenset(terms(SIGNS)), None)


@pytest.mark.parametrize(
    "question",
    [
        "are muscle cramps a sign of low dopamine",  # the quote names it
        "is that a sign of parkinsons",  # a pronoun: the thing is in the conversation
        "what are the signs of parkinsons",  # not a yes/no question about one thing
        "is tremor an early sign of parkinsons",  # "tremors" with one slip
    ],
)
def test_a_sign_the_quote_names_or_no_thing_named_passes(question):
    assert names_the_sign(question, SIGNS, frozenset(terms(SIGNS)), None)


@pytest.mark.model
@pytest.mark.parametrize(
    "question",
    [
        "does juice fasting boost dopamine",
        "is it safe for my 11 year old to take l-theanine",
        "what pulse counts as moderate exercise",
        "is losing weight an early sign of parkinsons",
        "is feeling cold a common sign of low dopamine",
        "does drinking beer tank your dopamine",
        "does eating sugar crash your dopamine",
    ],
)
def test_the_seed_articles_do_not_cover_these(seed_assistant, question):
    *history, question = question.split(" || ")
    reply = seed_assistant.ask(question, history)
    assert reply.abstained and not reply.quotes


@pytest.mark.model
@pytest.mark.parametrize(
    "question,answer",
    [
        ("is a tremor in your hands a sign of parkinsons", "Tremors"),
        ("is restless legs a symptom of dopamine deficiency", "Restless leg"),
        ("at what age does parkinsons usually begin", "60 years"),
        ("does exercise help with depression", "depression"),
        ("what foods raise dopamine || and for how long should i eat them?", "magnesium"),
    ],
)
def test_near_misses_on_the_seed_articles_are_still_answered(seed_assistant, question, answer):
    *history, question = question.split(" || ")
    reply = seed_assistant.ask(question, history)
    assert not reply.abstained and any(answer in q.text for q in reply.quotes[:3])


@pytest.mark.model
@pytest.mark.parametrize(
    "history,question,named",
    [
        ("what supplements help dopamine", "and for women? same supplements?", "women"),
        ("what foods raise dopamine", "and for children?", "children"),
    ],
)
def test_a_follow_up_for_people_they_never_mention_names_them(
    seed_assistant, history, question, named
):
    reply = seed_assistant.ask(question, [history])
    assert reply.abstained and f"don't mention “{named}”" in reply.markdown


@pytest.mark.model
@pytest.mark.parametrize(
    "history,question,named",
    [
        ("which antidepressants do doctors prescribe", "can they make you gain weight", "weight"),
        ("what supplements help dopamine", "do they make your hair fall out", "hair"),
    ],
)
def test_a_follow_up_effect_of_words_they_never_use_is_not_covered(
    seed_assistant, history, question, named
):
    reply = seed_assistant.ask(question, [history])
    assert reply.abstained and named in reply.markdown


@pytest.mark.model
def test_a_follow_up_effect_of_one_unknown_word_is_left_to_the_quote(seed_assistant):
    reply = seed_assistant.ask(
        "does it work the other way round too", ["how do ssris affect dopamine"]
    )
    assert not reply.abstained


SLEEP = "Many people need more sleep. Herbal tea may help; dopamine levels matter too."


@pytest.mark.parametrize(
    "message",
    [
        "weed and sleep, any link?",
        "smoking weed every night, sleep effects",
        "weed, good or bad for sleep?",
    ],
)
def test_a_keyword_message_means_its_english_words_as_typed(message):
    # since 9x "weed" is no slip of "need" at all (a four-letter stem: only two letters swapped
    # are a slip), so it is missing before `misread` is asked
    articles = vocab(SLEEP)
    assert misread(message, articles, 10000, message) == ["weed"] or "weed" in articles.missing(
        message
    )


@pytest.mark.parametrize(
    "message",
    [
        "does weed help sleep",  # a question: the slip is still forgiven
        "i smoke weed every night, is my sleep ok",  # about the reader
        "weed tea and sleep",  # before a word of theirs: which tea
        "dopamin levels and sleep",  # not English: a slip of theirs
    ],
)
def test_questions_the_readers_own_words_modifiers_and_slips_are_forgiven(message):
    assert misread(message, vocab(SLEEP), 10000, message) == []


@pytest.mark.model
def test_a_keyword_message_about_what_they_never_mention_names_it(seed_assistant):
    reply = seed_assistant.ask("weed and dopamine, long term")
    assert reply.abstained and "“weed”" in reply.markdown


@pytest.mark.model
@pytest.mark.parametrize("message", ["junk food and depression", "tyrosine foods for dopamine"])
def test_keyword_messages_of_their_things_are_still_quoted(seed_assistant, message):
    assert not seed_assistant.ask(message).abstained


def test_a_sign_named_by_a_later_hit_is_read_word_for_word():
    # A hit after the best one vouches for the sign only when it names it as typed: "fatigue" in
    # a list of symptoms does, "could" for "cold" (one slip) does not.
    from app.must_say import names_the_sign_as_typed

    listed = "Symptoms attributable to low dopamine: fatigue, apathy, cognitive slowing."
    assert names_the_sign_as_typed("is fatigue a sign of low dopamine", listed)
    assert not names_the_sign_as_typed("is feeling cold a sign of low dopamine", "It could help.")
    assert not names_the_sign_as_typed("is hair loss a sign of low dopamine", SIGNS)
    assert not names_the_sign_as_typed("what are the signs of low dopamine", listed)
