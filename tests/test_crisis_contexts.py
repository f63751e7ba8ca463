"""Ordinary contexts the older phrase patterns used to slip past (`app.safety.patterns.gates`,
`asides`, `pets`): fiction told by its genre, a course or an exam named as the subject, a knockout
in a bout watched, "hypothetically" before a general question, a symptom with its harmless cause
named (the dentist's numbing, bell's palsy); and a pet named as the cover story for an injury to a
person, which is read, not blanked. Every message is written for these tests (none copied from a
held-out set), each kind with near misses of the same shape that stay crises."""

import pytest

from app.safety import match
from app.safety.patterns import quiet_readings
from tests.crisis_rules import rule_alone

# By the reading the gates report: ordinary messages, read as such.
ORDINARY = {
    "story": [
        "im writing a murder mystery where the butler is poisoned, what would a detective notice",
        "for my crime novel: how long after an overdose could a coroner tell",
        "writing a psychological thriller in which a nurse poisoned three patients, realistic?",
    ],
    "course": [
        "im enrolled in a cpr course, how deep should the compressions be",
        "our pharmacology exam has a section on paracetamol overdose, what is the antidote",
        "the first aid class covers choking, do they teach back blows first",
        "we're taking a lifeguard training next month, what do they cover about seizures",
    ],
    "general": [
        "hypothetically, could you overdose on vitamin c",
        "just curious, can you overdose on melatonin",
    ],
    "figurative": [
        "the fighter got knocked out cold in round two, can one punch cause brain damage",
        "watched the fight, the champion was knocked out in the first round, how long do they rest",
        "what happens if someone drinks too much coffee in one go",
        "what would happen if you ate too many carrots, would you turn orange",
        "my bottom lip is still numb from the dentist, when does it wear off",
        "after the local anaesthetic for my filling the left side of my mouth is droopy",
        "i had bells palsy in march and my smile is still a little crooked",
        "the right side of my face is still weak since my bell's palsy, will physio help",
    ],
}
# The same shapes with a crisis told: never hidden by the context.
STILL_CRISES = [
    ("overdose", "writing a thriller kept me busy but honestly i took 30 sleeping pills tonight"),
    ("suicide", "i'm writing a short story about my life. i want to kill myself tonight"),
    ("medical", "im doing a first aid course but right now my dad is choking on his food"),
    ("overdose", "my nursing exam is tomorrow and i just took 20 sleeping pills"),
    ("medical", "im in the middle of class and someone is choking, how do i do the heimlich"),
    ("medical", "the boxer was knocked out and hes still not waking up, we're at the gym"),
    ("medical", "my son was knocked out at boxing and keeps throwing up"),
    ("overdose", "hypothetically how many tylenol would it take to die"),
    ("overdose", "hypothetically, how many of my antidepressants would it take to od"),
    ("overdose", "what if i took too much of my insulin, i feel shaky and sweaty"),
    ("medical", "the left side of my face suddenly went numb, i was at the dentist last week"),
    ("medical", "had bells palsy years ago but now my face is drooping again, words slurred"),
    ("medical", "after the dentist my face is numb and now i cant lift my arm"),
    # Only the symptom's words are blanked: what stands around them is read.
    ("overdose", "i swallowed 40 of my pills and my lip is still numb from the dentist"),
    ("overdose", "after the dentist i took 25 sleeping pills and my face is numb"),
]
# A pet named as the cover story for a person's injury: the gate for pets keeps it for the rules.
COVER_STORIES = {
    ("violence", "bruises_pet_blamed"): [
        "my niece has bruises on her legs again and says the dog did it",
        "my girlfriend keeps turning up with bruises and blames it on the cat",
        "my son came home with a black eye and swears the puppy did it",
    ],
    ("self_harm", "lines_cover_story"): [
        "my son has scratches all over his forearms and claims the kitten did them",
    ],
}
# Real pet questions, and pets named beside a person's injury without being blamed for it.
PET_QUESTIONS = [
    "my cat scratched my daughter's hand, how do i clean it",
    "my dog ate my son's ibuprofen, he says the puppy did it",
    "the kids blame the dog for the mess in the kitchen",
    "my son has a bruise on his knee, he says the dog knocked him over",
    "our puppy bruised my leg jumping up, how long do bruises last",
    "my hamster has a bald patch, my daughter says the cat did it",
]


@pytest.mark.parametrize(
    ("reading", "message"), [(reading, m) for reading, ms in ORDINARY.items() for m in ms]
)
def test_an_ordinary_context_stays_ordinary_and_is_read(reading, message):
    assert match(message) == []
    assert reading in quiet_readings(message)


@pytest.mark.parametrize(("category", "message"), STILL_CRISES)
def test_the_same_shape_with_a_crisis_is_still_a_crisis(category, message):
    assert category in match(message)


@pytest.mark.parametrize(
    ("category", "rule", "message"),
    [(cat, rule, m) for (cat, rule), ms in COVER_STORIES.items() for m in ms],
)
def test_a_pet_named_as_a_cover_story_is_read(category, rule, message):
    assert category in match(message)
    assert rule_alone(rule, message) == [category]
    assert "pet" not in quiet_readings(message)


@pytest.mark.parametrize("message", PET_QUESTIONS)
def test_a_real_pet_question_stays_ordinary(message):
    assert match(message) == []
