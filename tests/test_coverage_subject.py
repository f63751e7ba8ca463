"""Covered or not: what a question asks about must be in the articles (`app.subject`), and a
question for an amount needs a passage that gives one (`app.amounts`). Questions written for these
tests, not taken from the question sets."""

from __future__ import annotations

import pytest

from app.amounts import answered
from app.concepts import Vocabulary
from app.config import Settings
from app.coverage import judge
from app.lexical import terms
from app.records import Hit, Passage
from app.subject import subject


@pytest.mark.parametrize(
    "question,head",
    [
        ("does eating candy spike dopamine", "candy"),  # a gerund gives way to its object
        ("does playing video games boost dopamine", "games"),
        ("do energy drinks mess with your dopamine", "drinks"),
        ("can teenagers get parkinsons", "teenagers"),
        ("is acupuncture a treatment for depression", "acupuncture"),
        ("is acupuncture actually good for depression", "acupuncture"),  # adverbs skipped
        ("what is transcranial magnetic stimulation", "stimulation"),
        ("whats hypnotherapy for", "hypnotherapy"),
        ("does listening to podcasts raise dopamine", "podcasts"),
        ("does stress at school cause depression", "stress"),  # cut at the preposition
        ("does vodka (not beer) lower dopamine", "vodka"),  # an aside is skipped
        ("so does caffeine affect dopamine", "caffeine"),
        ("does swimming help depression", ""),  # a bare activity may be a lay word for exercise
        ("can being exhausted make depression worse", ""),  # a state, maybe a symptom's lay word
        ("can you have too much dopamine", ""),  # "you" names nothing
        ("can barely get words out my inhaler isnt working", ""),  # adverbs alone: no head
        ("is really", ""),
        ("do older people get parkinsons", ""),
        ("what is the best diet for low dopamine", ""),  # "the best diet" is not a name
        ("what supplements help dopamine", ""),  # not a yes/no or "what is" question
        ("does the tiredness stay after depression gets better", ""),  # a clause, not a name
        ("does self harm affect sleep", ""),  # "harm" may be the verb or part of the subject
        ("does brain damage lower dopamine", ""),
        ("", ""),
    ],
)
def test_subject_is_the_head_of_what_the_question_asks_about(question, head):
    assert subject(question) == head


# The words of a small corpus; its vocabulary is their stems, as the BM25 index has them.
WORDS = (
    "eat diet rich magnesium boost dopamine foods help chicken almonds chocolate kind depression "
    "stress workplace wellbutrin raises levels parkinson onset age years injured brain lower "
    "exercise helps"
)


def _vocab(text: str) -> Vocabulary:
    return Vocabulary(terms(WORDS), [text])


def _hit(text: str, support: float = 0.6) -> Hit:
    p = Passage("d#p-1", "d", "p-1", "Title", "Section", 0, len(text), text)
    return Hit(p, support, span=(0, len(text)), support=support, own=support)


@pytest.mark.parametrize(
    "question,text,covered,missing",
    [
        # a loosely related sentence is refused, and what is missing is named
        ("does eating candy boost dopamine", "Eat a diet rich in magnesium.", False, ("candy",)),
        ("can kids have low dopamine", "Low dopamine has a few kinds.", False, ("kids",)),
        ("is yoga good for depression", "Exercise helps depression.", False, ("yoga",)),
        # the real answer is kept
        ("does eating chocolate boost dopamine", "Foods that help: chocolate.", True, ()),
        ("does workplace stress cause depression", "Workplace stress adds to it.", True, ()),
        ("can a brain injury lower dopamine", "If these regions are injured ...", True, ()),
        ("does wellbutrn raise dopamine", "Wellbutrin raises dopamine.", True, ()),  # a slip
        ("do older people get parkinsons", "The onset age is 60 years.", True, ()),
        ("does swimming help depression", "Exercise helps depression.", True, ()),
    ],
)
def test_a_question_about_something_never_mentioned_is_not_covered(
    question, text, covered, missing
):
    got = judge([_hit(text)], question, False, _vocab(text), Settings())
    assert got.covered is covered
    assert got.missing == missing


def test_a_very_strong_sentence_still_answers():
    text = "Eat a diet rich in magnesium."
    hit = _hit(text, support=Settings().named_support + 0.01)
    assert judge([hit], "does eating candy boost dopamine", False, _vocab(text), Settings()).covered


def test_only_the_question_of_a_chatty_message_counts():
    text = "Exercise helps depression."
    question = "my kids are driving me nuts lol, does exercise help depression"
    assert judge([_hit(text)], question, False, _vocab(text), Settings()).covered


@pytest.mark.parametrize(
    "question,text,ok",
    [
        ("how long does melatonin take to work", "Melatonin helps you sleep.", False),
        ("how long does melatonin take to work", "It takes two to three weeks.", True),
        ("how soon will i feel better", "Most feel better within 2 weeks.", True),
        ("how many weeks until it kicks in", "It is a common medicine.", False),
        ("how long does it take to work", "It acts within the brain.", False),
        ("how long does it take to work", "It works within a week.", True),
        ("how many minutes of walking a week", "Walking helps your mood.", False),
        ("how many minutes of walking a week", "Aim for 150 minutes a week.", True),
        ("how much vitamin d a day tho", "Vitamin D is made in the skin.", False),
        ("how much vitamin d a day tho", "Adults need 600 IU daily.", True),
        ("what is a normal blood sugar level", "A blood test measures sugar.", False),
        ("whats a healthy level of iron", "Iron is in red meat.", False),
        ("what is a normal blood sugar level", "Normal is 70 to 100 mg/dL fasting.", True),
        ("what time of day should i exercise", "Exercise lifts your mood.", False),
        ("what time of day should i exercise", "Exercise in the morning helps sleep.", True),
        ("how much zinc should i take", "Zinc helps the immune system.", False),  # a dose
        ("is iron better taken at night", "Take iron with vitamin C.", False),  # a time of day
        ("is iron better taken at night", "Take iron in the evening.", True),
        ("does my asthma get worse in summer", "Asthma is worse with pollen.", False),  # a season
        ("does my asthma get worse in summer", "Pollen seasons make asthma worse.", True),
        # not amount questions: answered without a number
        ("how long do the benefits last", "Benefits last over the long haul.", True),
        ("how often are antidepressants prescribed", "They are widely prescribed.", True),
        ("how do i get my dopamine back to normal levels", "Eat well and exercise.", True),
        ("at what age does it start", "The onset age is 60 years.", True),
        ("how many people have it", "It is common.", True),
    ],
)
def test_a_question_for_an_amount_needs_a_passage_that_gives_one(question, text, ok):
    assert answered(question, text) is ok
