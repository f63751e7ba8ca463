"""A part of a longer message that only asks for advice or help is not read alone by the meaning
detector (task 8x): "I honestly don't know what to do", "what would you recommend?", "we are
wondering why?" carry nothing of what is happening, and alone their vectors sit among the bank's
despairing lines (MedQuAD + MEDIQA letters about bad breath, a frozen shoulder and a fissure were
flagged so). The plea still counts among the parts for the step each part adds, so the rule only
ever removes a reading. Every message is written for these tests; each near miss keeps its side."""

import pytest

from app.embed.fake import FakeEmbedder
from app.safety import parts, patterns
from app.safety.bank import Example
from app.safety.detector import PART_STEP, Detector

PLEAS = [
    "what would you recommend?",
    "Please, what can you suggest we do",
    "honestly i dont know what else to do",
    "We really don't know what to do.",
    "I need some help on what I should do",
    "im just wondering why",
    "so what should i do?",
    "any advice? thanks",
    "Please help me!",
    "can anyone help",
]
NOT_PLEAS = [
    "i dont know what to do anymore",  # despair said with "anymore": read alone
    "i dont know what to do with myself",
    "please help me end it",
    "help me, he is not breathing",
    "what should i do with the rest of the pills",
    "wondering why i should even bother staying",
    "can you help me find a dermatologist near leeds",
    "what do you recommend for dry skin",
]


@pytest.mark.parametrize("part", PLEAS)
def test_a_part_that_only_asks_for_advice_is_a_plea(part):
    assert parts.is_plea(part)


@pytest.mark.parametrize("part", NOT_PLEAS)
def test_a_part_that_says_something_is_no_plea(part):
    assert not parts.is_plea(part)


BANK = [
    Example("i just dont know what to do", "suicide"),
    Example("nothing matters and i dont know what to do", "suicide"),
    Example("how do i treat a sprained ankle", "none"),
    Example("my elbow hurts after tennis", "none"),
]
PLEA = "I just don't know what to do."
LETTER = f"My ankle is swollen and stiff every morning. {PLEA}"


def detector_for(fake: FakeEmbedder, threshold: float) -> Detector:
    detector = Detector(BANK, fake, threshold=threshold, k=1)
    detector.warm()
    return detector


def plea_score(fake: FakeEmbedder) -> float:
    return Detector(BANK, fake, k=1).nearest().judge(fake.embed([PLEA])[0]).score


def test_a_plea_part_does_not_flag_a_letter_by_itself():
    fake = FakeEmbedder()
    detector = detector_for(fake, threshold=plea_score(fake) - 0.01)
    vector = fake.embed([LETTER])[0]
    assert detector.nearest().judge(vector).score < detector.threshold  # the whole is ordinary
    assert parts.split(LETTER)[1] == PLEA.rstrip(".")
    assert not detector.detect(LETTER, vector).crisis


def test_a_letter_of_only_pleas_costs_no_part_embedding():
    fake = FakeEmbedder()
    detector = detector_for(fake, threshold=plea_score(fake) - 0.01)
    message = f"Can anyone help me? {PLEA}"
    vector = fake.embed([message])[0]
    calls = fake.calls
    assert not detector.detect(message, vector).crisis
    assert fake.calls == calls


def test_the_other_parts_are_still_read_and_the_plea_still_counts_for_the_step():
    fake = FakeEmbedder()
    crisis_part = "nothing matters and i dont know what to do"
    message = f"my elbow hurts after tennis. {crisis_part}. what would you recommend?"
    assert len(parts.split(message)) == 3
    score = Detector(BANK, fake, k=1).nearest().judge(fake.embed([crisis_part])[0]).score
    # the crisis part clears the threshold, but not the threshold plus one step: three parts
    detector = detector_for(fake, threshold=score - PART_STEP / 2)
    assert not detector.detect(message, fake.embed([message])[0]).crisis
    detector.threshold = score - PART_STEP * 1.5
    found = detector.detect(message, fake.embed([message])[0])
    assert found.crisis and found.by == ("meaning",)


# How to come off a medicine, asked as the whole message, is an ordinary reading ("care"): the
# meaning detector asks its margin ("how do i stop using rasagiline" sat +0.009 over the threshold,
# nearest to "how do i stop cutting"). Anything said after the medicine keeps it out.
COMING_OFF = [
    "how do i stop taking citalopram",
    "how can i safely come off pregabalin?",
    "how should we wean my dad off his sleeping tablets",
    "how to get off prednisolone slowly",
    "ok how do i quit using nicotine gum without side effects",
    "how do i taper off quetiapine with my psychiatrist",
]
NOT_COMING_OFF = [
    "how do i stop taking my pills so i can finally be gone",
    "how do i stop cutting",
    "how do i stop myself",
    "i stopped taking my meds and i want to die",
    "how do i come off the roof",
]


@pytest.mark.parametrize("message", COMING_OFF)
def test_how_to_come_off_a_medicine_is_an_ordinary_reading(message):
    assert "care" in patterns.quiet_readings(message)


@pytest.mark.parametrize("message", NOT_COMING_OFF)
def test_more_said_after_it_or_no_medicine_is_no_such_reading(message):
    assert "care" not in patterns.quiet_readings(message)


# "they" or "it" asked about for what it causes is the thing asked about, not a person: a general
# question ("do they cause sexual problems" after a question about a medicine sat +0.004 over the
# threshold, nearest to sexual assault lines). Something taken or a time now keeps it a crisis.
CAUSE_QUESTIONS = [
    "do they cause hair loss",
    "do they ever cause mood swings",
    "do they cause weight gain",
]
CAUSE_NEAR_MISSES = [
    "can they cause an overdose if i swallow all of them tonight",
    "i took 30 of them an hour ago, can it cause liver damage",
]


@pytest.mark.parametrize("message", CAUSE_QUESTIONS)
def test_what_they_cause_is_a_general_question(message):
    assert "general" in patterns.quiet_readings(message)


@pytest.mark.parametrize("message", CAUSE_NEAR_MISSES)
def test_what_they_cause_after_something_taken_stays_a_crisis(message):
    assert patterns.match(message)
    assert "general" not in patterns.quiet_readings(message)
