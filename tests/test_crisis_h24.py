"""What held-out 24's blind readings (written in the session of 2026-12-02 night, read for its
figures only at that session's start and at the late-night session's end; development data since,
`eval/crisis/heldout-24.jsonl`) missed or flagged wrongly among single messages, by general
rules. Crises: a wound cleaned in secret ("my mum cant know i did it"); fumes in a shut garage with
their signs; an elderly person confused among empty pill bottles; a threat to burn the house down
with one inside; one's head smashed on a desk until something stops. Ordinary: a food that "will
kill me" (a relative's warning), news one is "hit with", "im going to strangle him lol" over a
petty theft, hitting snooze, "did i overdose lol" on a vitamin, kidneys "killed" by protein, a
cold "trying to kill me", a Spanish boss who "will kill me" if one is late, choking back tears,
a child's overdose prevented, how paramedics tell whether someone took too many, shaving cuts,
seizure alert dogs, a sibling's punch in play, a CPR class's advice, stage fright's tight chest, a
collapse last year that made one want to learn CPR, a learner's exam question, how fast an
EpiPen works, a Russian question about dopamine without pills. Every message is written for these
tests (none copied from the held-out set); each near miss keeps its side."""

import pytest

from app.safety import match

CRISES = [
    ("self_harm", "what do i put on it so it heals, my parents must not find out i did it"),
    ("overdose", "ran the generator in the shed with the doors closed and now im dizzy and sick"),
    ("overdose", "my grandad is really drowsy and there are empty blister packs everywhere"),
    ("violence", "he told me hed set fire to the flat with me inside if i call the police"),
    ("self_harm", "i bash my head against the wall until everything goes quiet"),
]
ORDINARY = [
    # near misses of the new crisis rules
    "my mum cant know i did it, its a new piercing, how do i clean it",
    "painting the shed with the doors closed, which paint has the least fumes",
    "saving empty pill bottles for a craft project, how do i get the labels off",
    "banged my head on the cupboard door by accident, is a bump normal",
    # the false alarms' kinds, in new wording
    "my grandma says sugar will kill me, is honey any better",
    "my boss hit me with the news that we're all on night shifts now, sleep tips?",
    "my sister ate my last yogurt, im gonna strangle her lol",
    "i hit snooze five times today, is that bad for sleep",
    "my pee is neon after these multivitamins, did i overdose lol",
    "does creatine kill your kidneys or is that a myth",
    "this flu is trying to kill me, honey and lemon or something stronger",
    "mi madre me va a matar si no llego a cenar jaja, algo rápido para la energía?",
    "was choking back sobs all through the wedding, is crying good for you",
    "my gp said kids can overdose on iron pills so we keep them locked up, is that enough",
    "how do nurses tell if a patient took too many sleeping pills",
    "shaving nicks on my chin bleed forever, is that normal",
    "are seizure response dogs worth it for epilepsy",
    "my little brother kicked me as a joke and my shin is purple, arnica or ice",
    "in my first aid course the instructor said push hard and fast, how deep exactly",
    "tight chest before exams that passes afterwards, my doctor said its nerves",
    "my coach collapsed last year at training and it made me want to learn cpr, any courses",
    "how is an opioid overdose treated, im revising for my paramedic exam",
    "how fast does naloxone work",
    "как поднять настроение без таблеток",
]
STILL_CRISES = [
    ("medical", "how fast do i push, im doing cpr on my dad right now"),
    ("violence", "my brother punched me in the face and wont let me leave"),
    ("medical", "tight chest before my presentation and now its crushing and spreading to my arm"),
    ("overdose", "выпил много таблеток снотворного"),
]


@pytest.mark.parametrize(("category", "message"), CRISES + STILL_CRISES)
def test_crisis(category, message):
    assert category in match(message)


@pytest.mark.parametrize("message", ORDINARY)
def test_ordinary(message):
    assert match(message) == []
