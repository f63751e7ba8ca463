"""Task 9r: what 9q left, by kind, each rule with questions and an article in my own wording (none
is in an eval file) and near misses that must keep their reading.

- A drug's own name (a generic name the brands table gives, typed or put in for a brand: "ritalin"
  is methylphenidate) is said in other words only by a word of its family, never by a word vector:
  the model puts a drug near its class ("amphetamine" near "monoaminergic"), so a quote about the
  class would answer a question about the drug (`app.synonyms`).
- A profession of mental health ("therapist", "psychiatrist", "counsellor") is not missing from a
  quote that names the class it belongs to ("a mental health professional can ..."); a quote that
  does not name the class still leaves it missing (`app.lay_words.in_its_class`).
- A statement of a thing lost, then "is that a sign" ("my mum is losing her sense of taste, is
  that an early sign of ..."), asks about that thing: the quote must mention one of its words,
  not merely list other signs ("loss of balance"); a statement in the reader's own words with no
  loss ("my dad has trouble sleeping") is read as before (`app.asks.told`).
- A condition of the body the reader tells in one word before the question ("i'm breastfeeding,
  is a daily walk ok") is a circumstance, as "while breastfeeding" is: when the articles never use
  the word, the question is not covered and the reply names it (`app.subject.state_told`); how
  the reader feels about asking ("im curious, ...") is none.
"""

from __future__ import annotations

import pytest

from app.concepts import Vocabulary
from app.config import Settings
from app.coverage import judge
from app.lay_words import in_its_class
from app.lexical import terms
from app.must_say import told
from app.records import Hit, Passage
from app.subject import state_told
from app.synonyms import NearWords
from tests.test_coverage_asks import Apart


def _vocab(text: str) -> Vocabulary:
    return Vocabulary(terms(text), [text])


def _hit(text: str, support: float = 0.6) -> Hit:
    p = Passage("d#p-1", "d", "p-1", "Title", "Section", 0, len(text), text)
    return Hit(p, support, span=(0, len(text)), support=support, own=support)


CLASS = "Catecholaminergic agents lift low energy and poor focus in some people with depression."


@pytest.mark.parametrize(
    ("question", "drug"),
    [
        ("could my gp prescribe ritalin for low energy and poor focus", "methylphenidate"),
        ("does methylphenidate help with poor focus in depression", "methylphenidate"),
        ("can vyvanse lift low energy", "lisdexamfetamine"),
    ],
)
def test_a_drug_is_not_said_by_a_word_near_its_class(question, drug):
    says = NearWords(Apart({drug: "catecholaminergic"}), Settings().synonym_cosine).says
    assert not says(drug, CLASS)
    verdict = judge([_hit(CLASS)], question, False, _vocab(CLASS), Settings(), says=says)
    assert not verdict.covered


def test_a_word_that_is_no_drug_is_still_said_by_a_near_word():
    says = NearWords(Apart({"lethargy": "energy"}), Settings().synonym_cosine).says
    assert says("lethargy", CLASS)


def test_a_drug_is_said_by_its_own_family():
    says = NearWords(Apart({}), Settings().synonym_cosine).says
    assert says("methylphenidate", "Methylphenidate's effects on focus are modest.")


TEAM = "A mental health professional can assess your low mood and talk through the options."


@pytest.mark.parametrize(
    "question",
    [
        "could a psychologist assess my low mood",
        "can a counsellor or psychiatrist assess low mood",
        "would a therapist talk me through the options for low mood",
    ],
)
def test_a_profession_is_named_by_its_class(question):
    assert judge([_hit(TEAM)], question, False, _vocab(TEAM), Settings()).covered


def test_a_profession_is_missing_where_the_class_is_not_named():
    text = "A daily walk can lift your low mood and help you talk through the options."
    verdict = judge(
        [_hit(text)], "could a psychologist assess my low mood", False, _vocab(text), Settings()
    )
    assert not verdict.covered and "psychologist" in verdict.missing


@pytest.mark.parametrize(
    ("word", "quote", "named"),
    [
        ("Therapists", "Mental-health specialists can help.", True),
        ("psychiatrist", "See a health professional.", False),  # not the mental health class
        ("dentist", "A mental health professional can help.", False),  # no profession of it
    ],
)
def test_in_its_class(word, quote, named):
    assert in_its_class(word, quote) is named


SIGNS = "Early signs of low dopamine include stiff muscles, loss of balance and a soft voice."


@pytest.mark.parametrize(
    "question",
    [
        "my mum is losing her sense of taste, is that an early sign of low dopamine",
        "my husband lost his sense of taste is that a low dopamine sign",
        "i keep losing my hearing could that be a sign of low dopamine",
    ],
)
def test_what_a_statement_tells_must_be_in_the_quote(question):
    verdict = judge([_hit(SIGNS)], question, False, _vocab(SIGNS), Settings())
    assert not verdict.covered


@pytest.mark.parametrize(
    "question",
    [
        "my muscles feel stiff lately, is that an early sign of low dopamine",
        "i keep losing my balance, is that a sign of low dopamine",
        "my dad has trouble sleeping, could that be a sign of low dopamine",  # no loss: as before
        "my voice has gone soft and quiet is that a low dopamine sign",
        "is a soft voice a sign of low dopamine",  # no statement: the rule before this one
        "are there early signs of low dopamine",
    ],
)
def test_what_the_quote_names_is_a_sign_asked_about(question):
    assert judge([_hit(SIGNS)], question, False, _vocab(SIGNS), Settings()).covered


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("my dad lost his hearing, is that a sign of something", ["hearing"]),
        ("my sister keeps losing weight could this be a symptom", ["weight"]),
        ("ive lost interest in everything lately, is that a sign", ["interest"]),
        ("my hands shake sometimes is that a sign", []),  # told in the reader's own words
        ("what is that a sign of", []),
        ("is that a sign of low dopamine", []),
    ],
)
def test_what_a_statement_tells(message, words):
    assert told(message) == words


WALK = "A daily walk is safe for most people and can lift low mood within a few weeks."


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("i'm breastfeeding, is a daily walk ok for low mood", "breastfeeding"),
        ("im pregnant can a daily walk lift low mood", "pregnant"),
        ("I am epileptic. Is a daily walk safe", "epileptic"),
    ],
)
def test_a_state_told_before_the_question_is_a_circumstance(question, state):
    verdict = judge([_hit(WALK)], question, False, _vocab(WALK), Settings())
    assert not verdict.covered and state in verdict.missing


@pytest.mark.parametrize(
    "question",
    [
        "im low, can a daily walk lift my mood",  # a state the articles speak of
        "im worried a daily walk is not safe for most people",  # no state before a question
        "im 34 and my mood is low, can a daily walk lift it",
        "im curious, can a daily walk lift low mood",  # how the reader feels about asking
        "im scared, is a daily walk safe",
    ],
)
def test_a_state_the_articles_speak_of_or_none_keeps_the_answer(question):
    assert judge([_hit(WALK)], question, False, _vocab(WALK), Settings()).covered


@pytest.mark.parametrize(
    ("message", "state"),
    [
        ("im pregnant, what should i eat", "pregnant"),
        ("i’m currently anaemic so can i run", "anaemic"),
        ("im worried my mood is low", ""),
        ("im confused, what is low mood", ""),  # no condition of the body
        ("is it safe while pregnant", ""),
    ],
)
def test_state_told(message, state):
    assert state_told(message) == state
