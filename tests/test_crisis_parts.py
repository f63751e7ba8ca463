"""Reading a message part by part (app/safety/parts.py and the detector), with the fake embedder:
how messages split, that a single-part message costs no embedding call and a multi-part one costs
exactly one, and the margins a part must clear."""

import pytest

from app.embed.fake import FakeEmbedder
from app.safety import parts
from app.safety.bank import Example
from app.safety.detector import PART_STEP, QUIET_MARGIN, Detector
from app.safety.patterns import match


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "is yoga good for sleep? lately i want everything to stop",
            ["is yoga good for sleep?", "lately i want everything to stop"],
        ),
        (
            "question about iron levels. also is it normal to feel dizzy",
            ["question about iron levels", "also is it normal to feel dizzy"],
        ),
        ("one more thing; and another thing here", ["one more thing", "and another thing here"]),
        (
            "first line of text\n  second line of text",
            ["first line of text", "second line of text"],
        ),
        ("wow! that was a long day at work", []),  # "wow" is too short: one part left
        ("my temp is 39.6 and rising fast", []),  # a decimal point is no boundary
        ("what is dopamine", []),
        ("", []),
        ("   ", []),
        ("hi. ok. thanks.", []),  # no part long enough
    ],
)
def test_split(message, expected):
    assert parts.split(message) == expected


BANK = [
    Example("everything feels grey and heavy and pointless", "suicide"),
    Example("grey heavy pointless days", "suicide"),
    Example("how do i bake bread", "none"),
    Example("what flour is best for bread", "none"),
]
CRISIS_PART = "my days feel all grey and heavy and pointless"
BURIED = f"what flour is best for sourdough bread loaves? {CRISIS_PART}"


def detector_for(fake: FakeEmbedder, threshold: float) -> Detector:
    detector = Detector(BANK, fake, threshold=threshold, k=1)
    detector.warm()
    return detector


def part_score(fake: FakeEmbedder) -> float:
    vector = fake.embed([CRISIS_PART])[0]
    return Detector(BANK, fake, k=1).nearest().judge(vector).score


def test_a_crisis_after_an_ordinary_question_is_read_in_its_own_part():
    fake = FakeEmbedder()
    detector = detector_for(fake, threshold=part_score(fake) - 0.01)
    vector = fake.embed([BURIED])[0]
    assert match(BURIED) == []
    assert not detector.detect(BURIED, vector, by_parts=False).crisis  # the whole is ordinary
    calls = fake.calls
    found = detector.detect(BURIED, vector)
    assert found.categories == ("suicide",) and found.by == ("meaning",)
    assert fake.calls == calls + 1  # one batched call for both parts


def test_a_single_part_message_costs_no_embedding_call():
    fake = FakeEmbedder()
    detector = detector_for(fake, threshold=part_score(fake) - 0.01)
    for message in ("what flour is best for sourdough bread", CRISIS_PART, "hi. what flour"):
        calls = fake.calls
        detector.detect(message, fake.embed([message])[0])
        assert fake.calls == calls + 1  # only the embed call above


def test_a_message_the_whole_vector_flags_is_not_split():
    fake = FakeEmbedder()
    detector = detector_for(fake, threshold=part_score(fake) - 0.01)
    message = f"{CRISIS_PART}. {CRISIS_PART}"  # the same words twice: the same vector
    vector = fake.embed([message])[0]
    calls = fake.calls
    assert detector.detect(message, vector).crisis
    assert fake.calls == calls


def test_a_part_clears_the_larger_quiet_margin_of_itself_and_the_whole():
    fake = FakeEmbedder()
    score = part_score(fake)
    detector = detector_for(fake, threshold=score - QUIET_MARGIN / 2)
    vector = fake.embed([BURIED])[0]
    assert detector.detect(BURIED, vector).crisis
    # The same part in a message that another part marks as a story: the margin applies.
    story = f"in the movie the hero bakes bread all day. {CRISIS_PART}"
    assert not detector.detect(story, fake.embed([story])[0]).crisis
    detector.threshold = score - QUIET_MARGIN * 1.5
    assert detector.detect(story, fake.embed([story])[0]).crisis


def test_each_part_beyond_two_raises_the_bar():
    fake = FakeEmbedder()
    score = part_score(fake)
    longer = f"what flour is best for bread? how long should it rise. {CRISIS_PART}"
    assert len(parts.split(longer)) == 3
    detector = detector_for(fake, threshold=score - PART_STEP / 2)
    assert detector.detect(BURIED, fake.embed([BURIED])[0]).crisis
    assert not detector.detect(longer, fake.embed([longer])[0]).crisis
    detector.threshold = score - PART_STEP * 1.5
    assert detector.detect(longer, fake.embed([longer])[0]).crisis
