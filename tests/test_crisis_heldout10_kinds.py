"""Crisis kinds a tenth fresh set found missed, and ordinary frames a ninth set found flagged
(`app.safety.patterns`): suicide said of someone else ("keeps saying everyone would be better off
without him"), starving until one fades, told to kill oneself and agreeing, a life insurance
payout over oneself; made to do sexual things, made to undress, kept going after crying; a child's
round burns; edibles with a heart "going crazy" and vomiting that will not stop. And the frames
that keep a question ordinary: teaching a class, writing an essay, homework named first, a
television drama by title, a past event "3 yrs ago". Every message is written for these tests
(none copied from a held-out set); each frame has a near miss of its shape that stays a crisis."""

import pytest

from app.safety import match
from app.safety.patterns import concepts, quiet_readings, sideways, told
from tests.crisis_rules import pairs, rule_alone

# Caught by a rule added to a kind's word groups (not a rule of its own).
WIDENED = [
    ("suicide", "stop_all_to_die", "ive stopped eating until i just waste away"),
    ("suicide", "stop_all_to_die", "refusing food and water till i die, whats the point"),
    ("suicide", "stop_all_to_die", "not eating or drinking, i cant see the point of living"),
    ("suicide", "giving_away", "gave her cat away and said theyd be happier without her"),
    ("sexual_assault", "kept_going_after_no", "he kept going even though i started sobbing"),
    ("sexual_assault", "kept_going_after_no", "i froze and said stop but he kept going"),
    ("overdose", "edibles_panic", "took two edibles and my heart is beating so fast"),
    ("overdose", "edibles_panic", "my friend had a weed brownie and cant stop vomiting"),
]
# Told as a phrase (`sexual_assault.STATEMENTS`).
PHRASES = [
    "my stepbrother made me do sexual stuff when i was little",
    "he pressured me into doing sexual things i didnt want",
    "a teacher used to force her to perform sexual acts",
    "he did sexual things to me while i was asleep",
]
# Near misses of the new rules and words: ordinary.
NEAR = {
    "says_better_without": [
        "my mom keeps saying we'd be better off without him since the divorce",
        "the coach says the team would be better off without him",
    ],
    "insurance_over_me": [
        "is term life insurance better than whole life for me",
        "how much life insurance do i need, kids better off with more cover than i have",
    ],
    "told_to_die_agrees": [
        "my friend told me to die my hair pink and i think i should",
    ],
    "made_undress_touched": [
        "the doctor made him take his clothes off for the exam and touched his belly",
        "mum made me take my wet clothes off and watched tv with me",
    ],
    "child_round_burns": [
        "my son has small round marks on his arm from the bcg vaccine, burn scars?",
        "my daughter got a little round burn from a sparkler",
    ],
    "stop_all_to_die": [
        "i stopped eating sugar until i lose 5 kilos",
    ],
    "kept_going_after_no": [
        "my toddler kept going on the slide after he started crying",
    ],
}
# Ordinary questions in a frame: teaching, an essay, homework, a drama by title, long over.
FRAMED = {
    "course": [
        "im teaching a first aid class on choking, what else should i cover",
        "i am running a workshop about overdose response, what should we include",
        "writing a paper about sepsis, what are the warning signs",
        "im writing an essay about fentanyl, how many die from it in the us",
        "pharmacology homework how does naloxone reverse an overdose",
        "anatomy coursework what happens in the brain during a stroke",
    ],
    "story": [
        "in greys anatomy a guy got stabbed and was fine, is that realistic",
        "watching breaking bad, could ricin really kill someone that fast",
        "on chicago med a nurse overdosed on fentanyl, does narcan always work",
    ],
    "general": [
        "what do cigarette burns on a child look like",
        "how do you spot cigarette burns on a toddler",
    ],
    "past": [
        "dad had a heart attack 2 yrs ago and does cardiac rehab, is swimming ok",
        "my grandma had a seizure 5 yrs ago, can she drive now",
    ],
}
# The same frames with a crisis told after them: still a crisis.
STILL_CRISES = [
    ("medical", "im teaching a class, what should i include? my chest is crushing, left arm numb"),
    ("overdose", "writing an essay on overdoses, but honestly i took 40 pills tonight"),
    ("suicide", "nursing homework on depression. i want to kill myself"),
    ("medical", "in house md a man had a seizure. my son is having a seizure right now"),
    ("medical", "watching greys anatomy and my dad just collapsed and isnt breathing right now"),
    ("medical", "mom had a stroke 3 yrs ago and right now she is having another stroke"),
    ("sexual_assault", "writing an essay on consent, my date kept going after i started crying"),
]


@pytest.mark.parametrize(("category", "rule", "message"), WIDENED)
def test_a_widened_rule_catches_its_kind(category, rule, message):
    assert category in match(message)
    assert rule_alone(rule, message) == [category]


@pytest.mark.parametrize("message", PHRASES)
def test_made_to_do_sexual_things_is_caught(message):
    assert "sexual_assault" in match(message)


@pytest.mark.parametrize(("rule", "message"), pairs(NEAR))
def test_a_near_miss_stays_ordinary(rule, message):
    assert match(message) == []
    assert rule_alone(rule, message) == []


@pytest.mark.parametrize(("reading", "message"), pairs(FRAMED))
def test_a_framed_question_is_read_as_ordinary(reading, message):
    assert match(message) == []
    assert reading in quiet_readings(message)


@pytest.mark.parametrize(("category", "message"), STILL_CRISES)
def test_a_crisis_after_the_frame_is_still_caught(category, message):
    assert category in match(message)


def test_the_new_rules_have_their_exceptions():
    for name in ("says_better_without", "insurance_over_me", "told_to_die_agrees"):
        assert name in sideways.UNLESS and name in concepts.UNLESS
    assert "edibles_panic" in told.ASKED_ABOUT
