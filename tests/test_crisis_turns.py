"""A message read in its conversation (app/safety/turns.py), with hand-made vectors: alone first;
a follow-up that leans on the conversation is read with it (the patterns on the turns as typed,
the meaning on the message read with the conversation's topic; since task 8y also for one that
names its own topic); the turn after a crisis keeps its guidance."""

import math

import numpy as np
import pytest

from app.conversation import contextualize
from app.safety import asked, turns
from app.safety.bank import Example
from app.safety.detector import Detector
from app.safety.meaning import NearestExamples
from tests.crisis_rules import HandMadeEmbedder

BANK = [Example("a crisis line", "suicide"), Example("an ordinary line", "none")]
THRESHOLD = 0.05


def vector(near: float, ordinary: float) -> np.ndarray:
    """A unit vector at cosine `near` to the crisis line and `ordinary` to the ordinary one: its
    meaning score is near - ordinary."""
    return np.array([near, ordinary, math.sqrt(1 - near**2 - ordinary**2)], dtype=np.float32)


CRISIS = vector(0.6, 0.4)  # over the threshold
QUIET = vector(0.1, 0.6)  # ordinary by meaning


@pytest.fixture
def detector() -> Detector:
    found = Detector(BANK, HandMadeEmbedder(QUIET), threshold=THRESHOLD, k=1)
    found._nearest = NearestExamples(BANK, np.eye(3, dtype=np.float32)[:2], k=1)
    return found


def read(detector, message, history, own, context=None):
    query = contextualize(message, history)
    return turns.read_turn(detector, message, history, query, own, context)


def test_a_first_message_is_read_alone(detector):
    assert read(detector, "which one do people overlook", [], CRISIS).by == ("meaning",)
    assert not read(detector, "which one do people overlook", [], QUIET).crisis


def test_a_follow_up_that_leans_is_read_with_the_conversations_topic(detector, monkeypatch):
    history = ["does exercise help depression"]
    message = "how does it do that"
    assert contextualize(message, history).leans
    # Stage 2 alone: stage 9 answers a bare question after questions only, whatever the
    # conversation's meaning (tests/test_crisis_asked.py, with the real model).
    monkeypatch.setattr(asked, "ENABLED", False)
    found = read(detector, message, history, QUIET, CRISIS)
    assert found.crisis and found.by == ("meaning",)
    assert not read(detector, message, history, QUIET, QUIET).crisis


def test_a_follow_up_that_names_its_own_topic_is_ordinary_when_the_conversation_is(detector):
    # Since task 8y the meaning reads it with the conversation too (tests/
    # test_crisis_conversations_8y.py): an ordinary conversation leaves it ordinary.
    history = ["what foods raise dopamine"]
    message = "how much water should i drink a day"
    assert not contextualize(message, history).leans
    assert not read(detector, message, history, QUIET, QUIET).crisis


def test_the_patterns_read_the_turns_as_typed(detector):
    history = ["i took a whole bottle of my pills"]
    assert read(detector, "what do i do", history, QUIET, QUIET).categories[:1] == ("overdose",)


def test_an_ordinary_follow_up_after_an_ordinary_question_is_not_flagged(detector):
    history = ["what are the causes of depression"]
    assert not read(detector, "which one do people overlook", history, QUIET, QUIET).crisis


def test_the_patterns_read_the_turns_as_typed_even_when_the_message_names_its_own_topic(detector):
    # Each turn alone is ordinary; told together they are a child near an open pill bottle.
    history = ["my 3 year old was playing with my handbag"]
    message = "the pill bottle is open and a few tablets are missing"
    assert not contextualize(message, history).leans
    assert read(detector, message, history, QUIET, QUIET).categories == ("overdose",)
    assert not read(detector, "the pill bottle is open", history, QUIET, QUIET).crisis
