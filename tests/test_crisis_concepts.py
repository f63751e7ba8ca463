"""Crisis kinds recognised by concept (`app.safety.patterns.concepts`) and the gates for their
ordinary look-alikes. Messages written for these tests, in many wordings per kind, none copied from
the held-out sets: a rule must catch the kind, not one sentence."""

import pytest

from app.safety import match
from app.safety.patterns import concepts, quiet_readings

BY_CONCEPT = [
    ("suicide", "i survived last time but this time ill do it right"),
    ("suicide", "i messed it up the first time, next time i wont fail"),
    ("suicide", "woke up in hospital after my last attempt, not gonna fail again"),
    ("self_harm", "i cut myself too deep and its gaping, do i need stitches"),
    ("self_harm", "cut my leg on purpose and it wont close, can see the fat"),
    ("self_harm", "deep cuts on my wrist from self harm, bleeding wont stop"),
    ("overdose", "took 6 xanax is that ok"),
    ("overdose", "can i take five sleeping pills to knock myself out"),
    ("overdose", "how much dxm to trip"),
    ("overdose", "had like 10 benadryl, am i gonna be ok"),
    ("overdose", "i just took 8 tylenol and some vodka"),
    ("overdose", "took my oxys with a few beers already, feel weird"),
    ("overdose", "how many xanax bars to get fucked up"),
    ("medical", "my son is wheezing and his lips are swelling after peanuts"),
    ("medical", "got stung by a wasp and my throat feels tight and hives all over"),
    ("medical", "started new antibiotics and now im swelling up and wheezing"),
    ("medical", "she cant get her words out, asthma attack, inhaler is empty"),
    ("medical", "cant say more than 2 words, chest tight, asthma"),
    ("medical", "my dad is gasping and his lips are going blue"),
    ("medical", "doing cpr on my dad right now how fast do i push"),
    ("medical", "how deep should compressions be hes not breathing"),
    ("medical", "where does the defibrillator go on a child, shes collapsed"),
    ("medical", "how do i do the heimlich on my son hes choking now"),
    ("medical", "38 weeks pregnant and seeing flashing lights with a pounding headache"),
    ("medical", "my wife is 30 weeks and has a splitting headache and blurry vision"),
    ("medical", "im pregnant and bleeding and severe cramps"),
    ("medical", "my husband shook our baby and she wont stop crying"),
    ("medical", "the baby was shaken and now hes very sleepy"),
    ("medical", "my baby got shaken by the sitter and is throwing up"),
    ("violence", "i might hurt my roommate, ive planned it out"),
    ("violence", "i could strangle my husband, i know how id do it"),
    ("violence", "im going to kill my neighbour, i have a knife"),
    ("suicide", "last time the pills didnt work, this time im using something else"),
    ("suicide", "i survived my attempt in march, i'll get it right next time"),
    ("self_harm", "i sliced my thigh on purpose and its really deep, think it needs stitches"),
    ("self_harm", "did this to myself with a razor and the cut is gaping"),
    ("overdose", "took 7 valium an hour ago"),
    ("overdose", "is 12 benadryl enough to trip balls"),
    ("overdose", "i had a bottle of wine and took my sleeping pills already, feel really drowsy"),
    ("overdose", "how many percocets to get high"),
    ("overdose", "took 5 of my moms ativan"),
    ("medical", "kid got into peanuts and now his face is swelling and hes coughing"),
    ("medical", "my throat is closing and i have hives after the new meds"),
    ("medical", "my daughter is wheezing so bad she can barely talk, inhaler not helping"),
    ("medical", "cant catch my breath and cant speak more than a few words"),
    ("medical", "giving compressions right now how many breaths do i give"),
    ("medical", "my husband collapsed, where do the aed pads go"),
    ("medical", "doing mouth to mouth on my friend now, what do i do"),
    ("medical", "32 weeks and my face and hands are swollen and i have a horrible headache"),
    ("medical", "im 36 wks and my vision is blurry and i have a pounding headache"),
    ("medical", "im pregnant and seeing stars and my head is killing me"),
    ("medical", "boyfriend shook my 4 month old, she keeps throwing up"),
    ("violence", "im about to hurt my stepdad, i know exactly how"),
    ("violence", "i want to kill my ex, ive got a knife"),
    ("violence", "i'm scared i'll hurt my baby, i have a plan"),
]
ORDINARY = [
    "i failed my driving test once and dont want to fail again",
    "i failed the exam once, how do i not fail again next time",
    "i cut my finger cooking, is it deep enough for stitches",
    "how many stitches does a deep cut usually need",
    "can i take 2 tylenol with a glass of wine",
    "is it safe to drink alcohol while taking ibuprofen",
    "how much melatonin should i take to sleep",
    "what is the max dose of tylenol per day",
    "why do i wheeze when i have a cold",
    "what causes wheezing in kids",
    "what is the ratio of compressions to breaths in cpr",
    "i'm 12 weeks pregnant, is it normal to have headaches",
    "what are the warning signs of preeclampsia",
    "what is shaken baby syndrome",
    "can my 3 month old ride in a carrier, will it shake her",
    "i could kill my brother lol he ate my fries",
    "my friend died by an overdose two years ago, how do i cope with the grief",
    "my boss will kill me if im late haha",
    "for my cpr course: how fast should compressions be now that guidelines changed",
    "i am allergic to bees, what should i keep in my first aid kit",
    "the baby choked on a carrot this morning but she coughed it out and is fine now",
    "can shaking a baby too hard when playing cause damage",
    "my 6 month old loves being bounced and shaken gently in play",
    "i cut my hand on a can lid, it's pretty deep, do i need stitches",
    "i took 2 benadryl for allergies and feel sleepy",
    "how many ibuprofen can i take in a day",
    "what happens if you mix alcohol and sleeping pills",
    "my son wheezes when he runs, is that asthma",
    "what is the cpr ratio for adults",
    "how long is a normal pregnancy in weeks",
    "i'm 20 weeks pregnant and have a mild headache, can i take tylenol",
    "i could kill for a pizza right now",
    "my little brother wants to kill me in fortnite lol",
    "is it ok to take 3 melatonin gummies",
    "my grandpa died of a stroke last month and i miss him",
    "my toddler choked on a grape last night but spat it out and is fine",
    "our hamster is at the vet after eating something weird",
    "bee stings hurt so much, what helps the swelling",
    "i failed my attempt at baking bread once, will try again next time",
]


@pytest.mark.parametrize(("category", "message"), BY_CONCEPT)
def test_a_crisis_kind_is_caught_in_many_wordings(category, message):
    assert category in match(message)


@pytest.mark.parametrize("message", ORDINARY)
def test_its_ordinary_look_alikes_stay_ordinary(message):
    assert match(message) == []


def test_every_rule_needs_all_its_word_groups():
    assert concepts.match("bee sting and now hives everywhere") == []  # no sign of danger
    throat = "bee sting and now hives everywhere and my throat is tight"
    assert concepts.match(throat) == ["medical"]
    assert concepts.match("doing cpr") == []  # what, but not when
    assert concepts.match("doing cpr, hes not breathing") == ["medical"]


def test_a_rescue_asked_about_in_a_course_is_not_an_emergency():
    assert concepts.match("where do i put the defib pads", ("rescue_now",)) == []
    assert match("for my first aid course: where do i put the defib pads") == []
    assert match("where do i put the defib pads") == ["medical"]


def test_quiet_readings_name_the_vet_the_joke_and_the_ended_scare():
    assert "vet" in quiet_readings("our cat ate a lily and is at the vet now")
    assert "joke" in quiet_readings("i want to throw my phone out the window lol")
    assert "past" in quiet_readings("my uncle died of a heart attack last year, grief is hard")
    assert "past" in quiet_readings("he choked on a grape this morning but is totally fine")
    assert "course" in quiet_readings("stroke signs in older adults, asking for a health class")


def test_grief_and_an_ended_scare_never_quiet_what_is_happening_now():
    now = "my brother died of an overdose last year and i took 20 pills right now"
    assert "overdose" in match(now)
    assert "medical" in match("she choked yesterday and was fine but is choking again right now")


def test_a_scare_that_ended_well_but_came_back_is_an_emergency():
    later = "he took a whole bottle of tylenol yesterday and seemed fine but now his skin is yellow"
    assert "overdose" in match(later)
    assert "medical" in match("she choked earlier and was fine but now shes wheezing and cant talk")
    assert match("he choked on a grape earlier and was fine, how do i cut grapes") == []
    assert "overdose" in match("my dad died last year, im grieving and i took 30 pills")
    sister = "my sister died of an overdose last year and then i took 40 of my pills"
    assert "overdose" in match(sister)


def test_a_death_in_the_past_never_quiets_suicide():
    assert "suicide" in match("my friend died by suicide last year and i want to join him")
    assert "suicide" in match("mum passed away in 2023, i just want to be with her")
    assert match("my uncle passed away from a heart attack 2 years ago") == []


def test_a_joke_never_quiets_a_pattern():
    assert "suicide" in match("i want to kill myself lol")
