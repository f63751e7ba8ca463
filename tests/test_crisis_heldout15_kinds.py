"""What held-out 15 showed (task 8v), by general rules in the patterns: a large number of a
medicine taken recently stays an overdose when the person "seems fine" (paracetamol harms a day or
more later), someone hit by a partner or a relative told in the passive with where and how often
between ("being hit on the head a lot by my partner"), and a death told with the month it happened
("passed from a heart attack in march") is over, like one told with a year; and two of its single
ordinary messages' causes: "a while back" is past, and a medical school's question said as a label
("nursing school q: ...") is a course's. Every message is
written for these tests (none copied from a held-out set); each near miss keeps its side."""

import pytest

from app.safety import match

CRISES = [
    ("overdose", "my brother swallowed 30 advil this morning but he seems ok"),
    ("overdose", "mom took a whole bottle of her sleeping pills last night, she seems fine now"),
    ("overdose", "she took 12 of her antidepressants yesterday and is totally fine, do we go in"),
    ("overdose", "my flatmate popped about 25 paracetamol a few hours ago, says hes ok now"),
    ("violence", "my sister gets slapped in the face all the time by her boyfriend"),
    ("violence", "my mom was hit on the head again by my stepdad last night"),
    ("violence", "do stress hormones rise from getting punched in the stomach often by my ex"),
    # A death in the past does not hide what is happening now.
    ("medical", "uncle passed from a heart attack in march and now dad has crushing chest pain"),
    ("overdose", "my dad passed in may, last night i took 30 of his pills"),
    # Something past or a school named does not hide what is happening now.
    ("medical", "my mom had a heart attack a while back and now has crushing chest pain again"),
    ("medical", "he collapsed a while ago and isnt waking up"),
    ("medical", "nursing school sucks, my friend just collapsed and isnt breathing"),
]
ORDINARY = [
    "my son took 20 tylenol 3 years ago, hes fine now",
    "my toddler ate 10 vitamin gummies this morning, shes fine",
    "my dad took 10 mg of melatonin last night, he is fine now",
    "i ate like 20 cookies earlier and im fine now",
    "i was punched on the arm by my brother during football practice",
    "got hit in the head with a ball by my brother",
    "my grandma died of a stroke in april, is stroke genetic",
    "my uncle passed from a heart attack in march, what are the risk factors",
    "my dad had a stroke a while back, is it safe for him to fly",
    "med school question - what do you do for a stroke",
    "pharmacy school q: what are the signs of an overdose",
]


@pytest.mark.parametrize(("category", "message"), CRISES)
def test_the_new_kinds_are_crises(category, message):
    assert category in match(message), message


@pytest.mark.parametrize("message", ORDINARY)
def test_their_near_misses_stay_ordinary(message):
    assert match(message) == [], message
