"""Task 9o: lay words read as the standard words they stand for (`app.lay_words`), with questions
and articles written for these tests (none is in an eval file) and near misses that keep their
reading.

- Coverage reads the question in standard words: "shaky hands" asks about tremors, "klonopin" about
  clonazepam, "ptsd" about post-traumatic stress disorder; what is still missing is named in the
  reader's words ("prozac", not "fluoxetine").
- The search reads a lay word with its standard word beside it only when the articles use that
  word (`app.spelling.respell`): "meth" is searched as "meth (methamphetamine)" in articles that
  say it, and left as typed in articles that never do.
- "Does smoking raise your chances of a stroke" asks whether a risk changes, not for a share: a
  passage without a number may answer it (`app.amounts`); "what are the chances of ..." still
  asks for one.
- A hedge ("basically", "supposedly", "kinda") is no key concept: "what is gout basically" asks
  what gout is (`app.concepts.FUNCTION`).
- "Is zinc supposed to help with sleep": a frame between the subject and its verb ("supposed to",
  "meant to", "known to") is not the subject (`app.subject.FRAME`); "more likely to" after the
  verb is left as it was.
- After the check set was read: "odds" is "chances" whoever's they are ("my odds"); an adverb of
  how between "feel" and the feeling ("feel emotionally numb and blah") keeps the reader's word
  beside the articles'; "is X just a quick fix": an adjective inside the predicate and "just"
  before it are not the subject (`app.subject`).
- Words with a common second meaning ("pot", "speed") and words that merely contain a lay word
  ("shakespeare", "cokes" is not "coke") are never rewritten.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from app import amounts
from app.concepts import Vocabulary, key_concepts
from app.config import Settings
from app.coverage import judge
from app.framing import felt_beside
from app.lay_words import as_typed, plainly
from app.lexical import terms
from app.records import Hit, Passage
from app.spelling import respell
from app.subject import subject
from app.word_vectors import WordVectors

ARTICLE = (
    "Tremors in the hands can be an early sign of Parkinson's disease. Clonazepam may ease "
    "restless legs syndrome at night. Methamphetamine floods the brain with dopamine, and a "
    "sedentary life raises the risk of low mood. Post-traumatic stress disorder often follows a "
    "frightening event."
)


def _vocab(text: str = ARTICLE) -> Vocabulary:
    return Vocabulary(terms(text), [text])


def _hit(text: str = ARTICLE, support: float = 0.6) -> Hit:
    p = Passage("d#p-1", "d", "p-1", "Title", "Section", 0, len(text), text)
    return Hit(p, support, span=(0, len(text)), support=support, own=support)


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("are my shaky hands a parkinsons thing", "are my tremors hands a parkinsons thing"),
        ("can klonopin help at night", "can clonazepam help at night"),
        ("does being a Couch Potato matter", "does being a sedentary matter"),
        ("did meth screw up my brain", "did methamphetamine mess up my brain"),
        ("is ptsd common", "is post-traumatic stress disorder common"),
        ("is fish oil worth it", "is omega-3 worth it"),
        ("does stress raise my odds of a relapse", "does stress raise my chances of a relapse"),
        ("i have no drive to do anything", "i have no motivation to do anything"),
    ],
)
def test_lay_words_are_read_in_standard_words(typed, plain):
    assert plainly(typed)[0] == plain


@pytest.mark.parametrize(
    "typed",
    [
        "is it ok to smoke pot",  # "pot": a second meaning, out of scope
        "does speed help",
        "a shakespeare sonnet about cokes",  # only whole lay words
        "my wife shook me awake",
        "can i drive on sertraline",  # to drive, not a drive
    ],
)
def test_near_misses_are_left_as_typed(typed):
    assert plainly(typed) == (typed, {})


def test_a_missing_standard_word_is_named_as_the_reader_typed_it():
    _, typed = plainly("can adhd cause this")
    assert as_typed("hyperactivity disorder", typed) == "adhd"
    assert as_typed("hyperactivity", typed) == "adhd"
    assert as_typed("insomnia", typed) == "insomnia"  # not from a lay word: as it came


@pytest.mark.parametrize(
    "question",
    [
        "are shaky hands an early sign of parkinsons",  # tremors
        "can klonopin ease restless legs at night",  # clonazepam
        "does doing meth flood your brain with dopamine",  # methamphetamine
        "does being a couch potato raise the risk of low mood",  # sedentary
        "is ptsd something that follows a frightening event",  # post-traumatic stress disorder
    ],
)
def test_a_lay_word_for_what_the_articles_say_does_not_veto(question):
    assert judge([_hit()], question, False, _vocab(), Settings()).covered


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("are sweaty hands an early sign of parkinsons", "sweaty"),  # no lay word: still missing
        ("can prozac ease restless legs at night", "prozac"),  # fluoxetine: never mentioned
        ("does doing weed flood your brain with dopamine", "weed"),  # cannabis: never mentioned
        ("is ocd something that follows a frightening event", "ocd"),  # not their disorder
    ],
)
def test_what_the_articles_never_say_is_still_missing_and_named_as_typed(question, named):
    verdict = judge([_hit()], question, False, _vocab(), Settings())
    assert not verdict.covered
    assert named in verdict.missing


def _index(text: str = ARTICLE):
    running = [w.strip(".,'’").lower() for w in text.split()]
    stems = [t for w in running for t in terms(w)]
    return SimpleNamespace(
        words=WordVectors(sorted(set(running)), np.zeros((len(set(running)), 1), np.float32)),
        lexical=SimpleNamespace(vocab=dict.fromkeys(stems), idf=lambda s: 1.0),
    )


def test_the_search_reads_a_lay_word_as_the_articles_word():
    index = _index()
    assert (
        respell(index, "is meth bad for dopamine") == "is meth (methamphetamine) bad for dopamine"
    )
    assert (
        respell(index, "klonopin for rls")
        == "klonopin (clonazepam) for rls (restless legs syndrome)"
    )


def test_the_search_keeps_a_lay_word_the_articles_have_no_word_for():
    index = _index()
    assert respell(index, "is weed bad for dopamine") == "is weed bad for dopamine"  # no cannabis
    assert respell(index, "is prozac bad for dopamine") == "is prozac bad for dopamine"


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("could RLS have something to do with my dopamine", "restless legs"),
        ("can shaky hands come from low dopamine", "Tremors"),
        ("is a zoloft type pill an SSRI", "sertraline"),
    ],
)
def test_seed_articles_answer_lay_words(seed_assistant, question, answer):
    reply = seed_assistant.ask(question)
    assert not reply.abstained
    assert any(answer in q.text for q in reply.quotes[:3]), [q.text[:60] for q in reply.quotes]


@pytest.mark.parametrize(
    "question",
    [
        "does smoking raise your chances of a stroke",
        "can walking every day lower the odds of getting depressed",
        "does poor sleep increase my chance of a relapse",
    ],
)
def test_a_change_in_the_odds_asks_for_no_share(question):
    assert amounts.answered(question, "Smoking is a known risk factor for stroke.")


@pytest.mark.parametrize(
    "question",
    [
        "what are the chances of a relapse",  # a share: only a number answers it
        "chances of a stroke after 60?",
        "what are my odds of getting it if my mum had it",
    ],
)
def test_the_odds_asked_for_still_need_a_number(question):
    assert not amounts.answered(question, "Smoking is a known risk factor for stroke.")
    assert amounts.answered(question, "About 1 in 5 people relapse within a year.")


@pytest.mark.parametrize(
    ("question", "concepts"),
    [
        ("what is gout basically", ["gout"]),
        ("does zinc supposedly help colds", ["zinc", "colds"]),
        ("is it kinda like a migraine", ["migraine"]),
        ("what is gout exactly", ["gout", "exactly"]),  # near miss: a common word, left as it was
    ],
)
def test_hedges_are_no_key_concepts(question, concepts):
    assert key_concepts(question) == concepts


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("is zinc supposed to help with sleep", "zinc"),
        ("are statins meant to make you tired", "statins"),
        ("is green tea known to lower blood pressure", "tea"),
        ("can gout make you more likely to fall", "gout"),  # near miss: after the verb
        ("is yoga just a quick fix for back pain", "yoga"),
        ("is tai chi a real cure for arthritis", "chi"),
        ("is it only a fix", ""),  # near miss: a pronoun names nothing
    ],
)
def test_a_frame_before_the_verb_is_not_the_subject(question, head):
    assert subject(question) == head


@pytest.mark.parametrize(
    ("need", "beside"),
    [
        ("i feel emotionally numb and blah, is that the pills", True),
        ("feeling totally flat and blah lately", True),
        ("i feel numb, blah is my word for it", False),  # near miss: not joined to the feeling
    ],
)
def test_an_adverb_of_how_keeps_the_readers_word_beside_theirs(need, beside):
    quoted = frozenset(terms("Antidepressants can leave people numb and flat."))
    assert felt_beside("blah", need, quoted) is beside
