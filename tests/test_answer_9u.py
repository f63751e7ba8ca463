"""Task 9u: seed held-out 20's failures by kind, each rule with questions and articles in my own
wording (none is in an eval file) and near misses that must keep their reading.

- The chatter before a question carries only names into what it asks: a plural of an everyday
  word ("hobbies", "parties": `app.concepts.is_name` reads "-ies" as "-y") is no name. A broad
  kind narrowed by a word of theirs ("brain chemicals") is never the unknown subject, and "is that
  a depression sign" ends on a noun phrase: it asks no quality (`app.subject.quality`).
- Lay words: bloodwork and bloods are blood tests, to wobble is to lose one's balance, to stick
  with a plan is compliance with it, prone to a thing is susceptible to it, the short term of an
  illness its acute phase (the last three only where the articles use the word: `app.lay_words`).
- Being low on a thing or hard on it is no taking of one thing on another
  (`app.must_say.HOOKED`); support out of proportion ("disproportionate support", "unilateral
  support") answers too much support of a thing, not a high level of it, and a side of the body
  ("a unilateral tremor") says no excess (`app.aspects`).
- A slip that keeps the stem of an article's word ("dopamin", "serotonn" is no such slip) is
  searched as that word (`app.spelling`); regular English forms ("meds") stay as typed.
- The term share reads an adjective in -y the articles never use as their noun ("risky" as
  "risk": `app.sentence_search`).
- A word in -less whose root the articles use ("joyless": they speak of joy) is no word they never
  use (`app.framing.lack_of`); the form of a medicine after a name of theirs ("ssri pills",
  "levodopa tablets") frames the question, "sleeping pills" still names no medicine of theirs
  (`app.framing.broad_kinds`).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from app.concepts import Vocabulary, is_english, is_name
from app.config import Settings
from app.coverage import asked, judge
from app.lay_words import plainly, used_where
from app.lexical import terms
from app.records import Hit, Passage
from app.sentence_search import _weights
from app.spelling import respell
from app.subject import quality
from app.word_vectors import WordVectors


def _hit(text: str, support: float = 0.6) -> Hit:
    p = Passage("d#p-1", "d", "p-1", "Title", "Section", 0, len(text), text)
    return Hit(p, support, span=(0, len(text)), support=support, own=support)


def _covered(question: str, text: str, elsewhere: str = "", support: float = 0.6) -> bool:
    """Whether `text` covers the question, in articles that also say `elsewhere`."""
    vocab = Vocabulary(terms(f"{text} {elsewhere}"), [text, elsewhere])
    return judge([_hit(text, support)], question, False, vocab, Settings()).covered


PLEASURE = (
    "Low dopamine in the brain can mean you don't feel much pleasure in your day-to-day life."
)


@pytest.mark.parametrize("word", ["hobbies", "parties", "worries", "worried", "activities"])
def test_a_plural_in_ies_of_an_everyday_word_is_english(word):
    assert is_english(word)


@pytest.mark.parametrize("word", ["dopamies", "wellbutrin", "zies"])
def test_a_name_or_a_slip_is_not(word):
    assert not is_english(word)


def test_a_plural_in_ies_is_no_name_and_a_drug_still_is():
    assert not is_name("hobbies") and not is_name("memories")
    assert is_name("wellbutrin") and is_name("levodopa")


@pytest.mark.parametrize(
    "message",
    [
        "i used to love my hobbies and now i feel flat. can brain chemicals cause that",
        "i skip parties and my hobbies bore me now, could low dopamine do that",
        "my memories of fun activities feel dull. is that my dopamine",
    ],
)
def test_a_plural_in_the_chatter_is_no_name_it_carries(message):
    need = asked(message).split()
    assert not {"hobbies", "parties", "memories", "activities"} & set(need)


def test_a_name_in_the_chatter_is_still_carried():
    assert "wellbutrin" in asked("my gp put me on wellbutrin, does it raise dopamine")


def test_brain_chemicals_in_a_question_about_the_chatter_are_answered():
    message = "i used to love my hobbies and now i just feel flat. can brain chemicals cause that"
    assert _covered(message, PLEASURE)
    assert _covered(
        "nothing is fun since my hobbies stopped. can brain chemicals do that", PLEASURE
    )


def test_household_chemicals_still_ask_about_a_thing_the_articles_never_name():
    assert not _covered("can household chemicals cause that", PLEASURE)


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("is that a depression sign", ""),  # a noun phrase: no quality asked
        ("is this a parkinsons symptom?", ""),
        ("is that contagious", "contagious"),  # a quality, as before
        ("is parkinsons genetic", "genetic"),
    ],
)
def test_a_noun_phrase_after_that_a_is_no_quality(question, word):
    assert quality(question) == word


def test_a_statement_then_is_that_a_sign_is_answered_by_a_passage_on_its_signs():
    text = "Depression can make you avoid friends and lose interest in exercise."
    assert _covered("ive been avoiding my friends and the gym, is that a depression sign?", text)


@pytest.mark.parametrize(
    ("question", "standard"),
    [
        ("can a gp see low iron in my bloodwork", "blood test"),
        ("would blood work show it", "blood test"),
        ("do they do bloods for that", "blood tests"),
        ("my nan gets wobbly on her feet, is that parkinsons", "poor balance"),
        ("he wobbles when he walks", "poor balance"),
        ("how do i stick with my walks when im tired", "compliance with"),
        ("what helps people keep sticking to exercise", "compliance with"),
        ("are some people more prone to addiction", "susceptible to"),
        ("am i predisposed to low mood", "susceptible to"),
        ("is walking only good in the short term", "acute phase"),
        ("is it just a short-term fix", "acute phase"),
    ],
)
def test_lay_words_in_standard_words(question, standard):
    assert standard in plainly(question)[0]


@pytest.mark.parametrize(
    "question",
    ["can i have a stick of gum on it", "is lying prone bad for my back", "my blood type is o"],
)
def test_near_misses_of_the_lay_words_stay_as_typed(question):
    assert plainly(question)[0] == question


def test_compliance_and_susceptible_are_put_in_only_where_the_articles_use_them():
    keep = used_where(lambda word: word in {"compliance"})
    assert keep("compliance with") and keep("blood test")
    assert not keep("susceptible to") and not keep("acute phase")
    assert plainly("is it only short term", keep)[0] == "is it only short term"


BLOOD = "While a blood test can measure iron levels, it cannot tell how your body uses it."
BALANCE = "Parkinson's can cause slower movements, tremors and balance difficulties."


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("can they check low iron with bloodwork", BLOOD),
        ("will a blood panel show if my iron is low", BLOOD),
        ("my grandad wobbles when he walks what does parkinsons do to you", BALANCE),
    ],
)
def test_a_lay_word_for_what_the_passage_says_is_answered(question, text):
    assert _covered(question, text)


def test_a_test_the_articles_never_name_stays_not_covered():
    assert not _covered("can an mri show low iron", BLOOD)


COCAINE = "Those who use cocaine may end up with lower dopamine because the drug harms receptors."
ELSEWHERE = "Sertraline and melatonin are named elsewhere."


@pytest.mark.parametrize(
    "question",
    [
        "does using coke leave you low on dopamine",
        "can using cocaine leave you short on dopamine",
        "is regular coke use hard on your dopamine",
        "can heavy coke use leave you short on dopamine",
    ],
)
def test_being_low_on_or_hard_on_a_thing_is_not_taking_two_things(question):
    assert _covered(question, COCAINE, ELSEWHERE)


def test_taking_a_thing_on_a_medicine_is_still_two_things_together():
    assert not _covered("can i use melatonin on sertraline", COCAINE, ELSEWHERE)


SEROTONIN = "Disproportionate support of serotonin can lower dopamine over time."
UNILATERAL = "The converse is also true: unilateral support of dopamine can lower serotonin."
TREMOR = "A unilateral tremor is common early on, and dopamine levels fall over the years."


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("can too much serotonin support mess with dopamine", SEROTONIN),
        ("can too much dopamine support throw off serotonin", UNILATERAL),
    ],
)
def test_support_out_of_proportion_answers_too_much_support(question, text):
    assert _covered(question, text)


def test_a_side_of_the_body_says_no_excess():
    assert not _covered("what happens with too much dopamine support", TREMOR)


def test_support_out_of_proportion_says_no_high_level():
    assert not _covered("are high serotonin levels bad for you", SEROTONIN)
    assert not _covered("can you have too much serotonin in your brain", SEROTONIN)


JOY = "Low dopamine can mean a lack of joy and pleasure in daily life; SSRIs can cause fatigue."


@pytest.mark.parametrize(
    "question",
    ["does low dopamine make everything feel joyless", "why do i feel so joyless and tired lately"],
)
def test_a_word_in_less_whose_root_the_articles_use_is_answered(question):
    assert _covered(question, JOY, support=0.5)


@pytest.mark.parametrize(
    "question",
    ["does low dopamine make you feel hopeless", "can low dopamine make you feel sleepless"],
)
def test_a_word_in_less_whose_root_they_never_use_is_still_missing(question):
    assert not _covered(question, JOY, support=0.5)


@pytest.mark.parametrize(
    "question", ["can ssri pills make you tired", "do ssri tablets cause fatigue"]
)
def test_the_form_of_a_medicine_they_name_frames_the_question(question):
    assert _covered(question, JOY)


def test_sleeping_pills_still_name_no_medicine_of_theirs():
    assert not _covered("do sleeping pills cause fatigue", JOY)


def _index(text: str):
    running = [w.lower().strip(".,;:") for w in text.split()]
    words = sorted(set(running))
    stems = [t for w in running for t in terms(w)]
    counts = {s: stems.count(s) for s in stems}
    return SimpleNamespace(
        words=WordVectors(words, np.zeros((len(words), 1), np.float32)),
        lexical=SimpleNamespace(
            vocab=dict.fromkeys(counts), idf=lambda s: 1.0 / counts[s] if s in counts else 0.0
        ),
    )


ARTICLE = "Dopamine is a neurotransmitter. Low dopamine can make you take more risks."


@pytest.mark.parametrize(
    ("typed", "searched"),
    [
        ("what does dopamin do in your head", "what does dopamine do in your head"),
        ("is dopamin a neurotransmiter", "is dopamine a neurotransmitter"),
    ],
)
def test_a_slip_that_keeps_the_stem_is_searched_as_the_articles_word(typed, searched):
    assert respell(_index(ARTICLE), typed) == searched


@pytest.mark.parametrize(
    "typed", ["do meds raise dopamine", "what boosts dopamine", "is dopamine low"]
)
def test_english_forms_and_their_own_words_stay_as_typed(typed):
    assert respell(_index(ARTICLE + " Meds boost it."), typed) == typed


def test_an_adjective_in_y_is_weighed_as_the_articles_noun():
    index = _index(ARTICLE)
    assert "risk" in _weights(index, "my brother does risky stuff, is his dopamine low")
    assert "dopamin" in _weights(index, "is his dopamine low")


def test_a_word_in_y_the_articles_use_is_weighed_as_it_is():
    index = _index("Feeling moody is common. A mood can change.")
    weights = _weights(index, "why am i so moody")
    assert "moodi" in weights and "mood" not in weights


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "history", "answer"),
    [
        ("how does a doc tell if my dopamin is low", [], "best person to diagnose"),
        ("my nan wobbles when she walks is that what parkinsons does", [], "balance difficulties"),
        ("does using coke leave you low on dopamine", [], "Those who do cocaine"),
        ("would too much dopamine support mess up serotonin levels", [], "support of dopamine"),
        (
            "i dont enjoy parties or my hobbies anymore. can brain chemicals cause that",
            [],
            "pleasure",
        ),
        (
            "lately nothing is fun, i quit my hobbies. could brain chemicals explain it",
            [],
            "pleasure",
        ),
        ("could they test that with bloodwork", ["is my dopamine low"], "blood test"),
        ("does working out help depression just in the short term", [], "acute phase"),
        ("is being active only a short-term fix for depression", [], "acute phase"),
    ],
)
def test_known_answers_first_as_readers_type(seed_assistant, question, history, answer):
    reply = seed_assistant.ask(question, history)
    assert reply.quotes and answer in reply.quotes[0].text


@pytest.mark.model
@pytest.mark.parametrize(
    "question",
    [
        "are people with low dopamine more prone to migraines",  # put in, still missing
        "how do i stick to a keto diet",
        "can i use melatonin on sertraline",  # two things together, never named
        "can too much dopamine support cause hair loss",  # an effect the articles never name
    ],
)
def test_uncovered_near_misses_stay_not_covered(seed_assistant, question):
    assert not seed_assistant.ask(question).quotes
