"""A message read in its conversation (app/safety/turns.py), with hand-made vectors: a short
follow-up's own vector counts only when a crisis example is near it; the conversation can still
flag it; a longer message or one of its own keeps the plain reading; the turn after a crisis
keeps its guidance."""

import math

import numpy as np
import pytest

from app.conversation import contextualize
from app.embed.fake import FakeEmbedder
from app.safety import turns
from app.safety.bank import Example
from app.safety.detector import Detector
from app.safety.meaning import NearestExamples

BANK = [Example("a crisis line", "suicide"), Example("an ordinary line", "none")]
THRESHOLD = 0.05


def vector(near: float, ordinary: float) -> np.ndarray:
    """A unit vector at cosine `near` to the crisis line and `ordinary` to the ordinary one: its
    meaning score is near - ordinary, its nearness to a crisis `near`."""
    return np.array([near, ordinary, math.sqrt(1 - near**2 - ordinary**2)], dtype=np.float32)


@pytest.fixture
def detector() -> Detector:
    found = Detector(BANK, FakeEmbedder(), threshold=THRESHOLD, k=1)
    found._nearest = NearestExamples(BANK, np.eye(3, dtype=np.float32)[:2], k=1)
    return found


FAR = vector(turns.FLOOR - 0.1, turns.FLOOR - 0.2)  # over the threshold, far from any crisis
NEAR = vector(turns.FLOOR + 0.1, turns.FLOOR)  # over the threshold, near a crisis line
QUIET = vector(0.1, 0.6)  # ordinary by meaning


@pytest.mark.parametrize(
    ("message", "short"),
    [
        ("which one do people overlook", True),  # carries on
        ("how does it do that", True),  # refers back, names nothing
        ("why though", True),
        ("and does it stop it coming back", True),
        ("then why is it so hard to actually do it", True),  # ten words
        ("that. thats what i have rn. puking and cant walk straight", False),  # eleven
        ("what foods raise dopamine naturally", False),  # names its own topic
        ("", True),
    ],
)
def test_short_follow_up(message, short):
    assert turns.short_follow_up(message) is short


def read(detector, message, history, own, context=None):
    query = contextualize(message, history)
    return turns.read_turn(detector, message, history, query, own, context)


def test_a_short_follow_up_far_from_any_crisis_is_not_flagged_alone(detector):
    assert detector.detect("which one do people overlook", FAR).crisis  # the plain reading
    assert not read(detector, "which one do people overlook", [], FAR).crisis


def test_a_short_follow_up_near_a_crisis_line_is_flagged_alone(detector):
    found = read(detector, "which one do people overlook", [], NEAR)
    assert found.categories == ("suicide",) and found.by == ("meaning",)


def test_a_longer_message_keeps_the_plain_reading(detector):
    message = "which one of these things do people overlook most of the time"
    assert not turns.short_follow_up(message)
    assert read(detector, message, [], FAR).crisis


def test_the_conversation_flags_a_short_follow_up_its_own_vector_cannot(detector):
    history = ["can you take benadryl to sleep"]
    assert not read(detector, "which one do people overlook", history, FAR, QUIET).crisis
    found = read(detector, "which one do people overlook", history, FAR, NEAR)
    assert found.crisis and found.by == ("meaning",)


def test_a_short_follow_up_held_by_the_floor_is_read_with_its_conversation(detector):
    # carries on ("then") but names two things: it does not lean, yet it is short
    message = "why do pills fail so often then"
    assert not contextualize(message, ["which antidepressants work"]).leans
    assert read(detector, message, ["which antidepressants work"], FAR, NEAR).crisis
    # ordinary by its own vector: read as before, alone (the conversation's reading costs time)
    assert not read(detector, message, ["which antidepressants work"], QUIET, NEAR).crisis


def test_the_patterns_read_the_turns_as_typed(detector):
    history = ["i took a whole bottle of my pills"]
    assert read(detector, "what do i do", history, QUIET, QUIET).categories[:1] == ("overdose",)


def test_an_ordinary_follow_up_after_an_ordinary_question_is_not_flagged(detector):
    history = ["what are the causes of depression"]
    assert not read(detector, "which one do people overlook", history, FAR, QUIET).crisis
