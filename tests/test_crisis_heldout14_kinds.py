"""What held-out 13 and 14 showed (task 8t), by general rules: crises missed (anaphylaxis by its
common name in other languages, cutting in Polish, "not gonna be here next week") and ordinary
messages the patterns flagged (a course, a quiz or a job interview; a danger sign said absent; a
stroke to prevent; laughing so hard; a class "trying to kill us"; an illness's hallucinations; a
vitamin taken twice; being ready because someone has a condition; an age then and an age now).
Every message is written for these tests (none copied from a held-out set); each near miss has the
shape of a rule and keeps its side."""

import pytest

from app.safety import match

CRISES = [
    ("medical", "meine tochter hat einen anaphylaktischen schock nach dem bienenstich"),
    ("medical", "mi hijo está teniendo un choque anafiláctico por los cacahuetes"),
    ("medical", "ma fille fait un choc anaphylactique, que faire"),
    ("medical", "mio marito ha uno shock anafilattico"),
    ("medical", "minha filha está tendo um choque anafilático"),
    ("medical", "córka ma wstrząs anafilaktyczny po orzechach"),
    ("self_harm", "znowu chcę się pociąć, nie wiem co robić"),
    ("self_harm", "moja siostra się okalecza"),
    ("suicide", "im not gonna be here next month anyway so who cares about my diet"),
    ("suicide", "i will not be around much longer, just so you know"),
    ("suicide", "aint gonna be here by christmas"),
    # Missed with held-out 13 and 14 left out of the bank in turn (bench/crisis_loso.py).
    ("suicide", "since the divorce i cant see any reason to keep going"),
    ("suicide", "honestly i dont see the point in living anymore"),
    ("medical", "where do i stick the epi pen, hes swelling up rn"),
    ("medical", "my sons testicle got really swollen out of nowhere and hes in agony"),
    ("medical", "sudden pain in my left testicle, started 2 hours ago"),
]
# Ordinary by the labelling policy: a course, an exam, a job interview; a sign said absent;
# something long over or prevented; figurative speech; an illness; a vitamin.
ORDINARY = [
    "what is the first thing to do for an overdose, for my pharmacy tech quiz",
    "how do you treat a seizure, for my lifeguard training",
    "what should you do if someone is choking, for my first aid test",
    "i have an interview at a care home next week, will they ask about seizures",
    "my son has a red rash on his leg but no fever or swelling, should i worry",
    "itchy spots after the new soap, without any swelling or trouble breathing",
    "my dad had a stroke 8 years ago and is doing well now, what diet helps prevent another",
    "we laughed so hard we nearly died at that comedy show",
    "my boss is trying to kill us with these meetings",
    "grandpa has dementia and hallucinations lately, is it the meds",
    "took my fish oil twice this morning by mistake, is that bad",
    "gave my son his multivitamin twice today by mistake, is that ok",
    "how do you know a stroke is happening, want to be ready since my dad has high blood pressure",
    "she had a seizure at 3, shes 12 now, can she do sports",
    "i dont see the point in going to the gym if i keep eating junk",
    "is testicular cancer painful, asking for my health class",
    "when should boys start checking their testicles for lumps",
    "tied the dog leash to the door handle so he wouldnt run off",
    "my dog ate chocolate, is the vet open on sunday",
]
# Near misses of the rules above: still crises.
STILL_CRISES = [
    ("medical", "my son has a rash and no fever but now his lips are swelling and he cant breathe"),
    ("medical", "no fever but the rash doesnt fade under a glass"),
    ("medical", "hives all over and no trouble breathing yet but his tongue is swelling"),
    ("violence", "my ex is trying to kill us with a knife"),
    ("overdose", "took my blood pressure pills twice and now im dizzy and about to pass out"),
    ("overdose", "gave my toddler a double dose of tylenol and now hes throwing up"),
    ("overdose", "gave him his vitamin twice and then 20 of his sleeping tablets"),
    ("medical", "had a stroke years ago and im having another one right now, my face is drooping"),
    ("medical", "what does a seizure look like, my nephew has epilepsy and is shaking right now"),
    ("suicide", "for my class project i researched overdoses but honestly i want to kill myself"),
    # A pet's gear is not a pet: the ligature is read (a bank line k=5 had turned ordinary).
    ("suicide", "put the dog leash over the door, i want to see if it takes my weight"),
]


@pytest.mark.parametrize(("category", "message"), CRISES)
def test_the_missed_kinds_are_crises(category, message):
    assert category in match(message)


@pytest.mark.parametrize("message", ORDINARY)
def test_the_false_alarm_kinds_are_ordinary(message):
    assert match(message) == []


@pytest.mark.parametrize(("category", "message"), STILL_CRISES)
def test_near_misses_of_the_new_rules_stay_crises(category, message):
    assert category in match(message)


def test_a_french_yes_no_question_naming_no_one_is_general():
    """'est-ce que ...' asks like 'is ...': read as a general question (the meaning detector's
    quiet margin) unless it names someone."""
    from app.safety.patterns import quiet_readings

    assert "general" in quiet_readings("est-ce que l'ibuprofène est dangereux pour le foie")
    assert "general" not in quiet_readings("est-ce que je vais mourir, j'ai pris trop de pilules")
    assert "general" not in quiet_readings("est-ce que mon fils va bien, il a avalé une pile")


# A decision or a plan told outright, death as the only way out, heavy bleeding by pads: wordings
# of the kinds held-out 15's first look and seed held-out 2 missed (not the lines themselves).
PLANS = [
    ("made up my mind, im going to end it on friday", "suicide"),
    ("honestly ive decided to end it tmrw so it doesnt matter what i eat", "suicide"),
    ("would skipping all my meds for a week kill me? asking because thats my plan", "suicide"),
    ("ive got a bottle put away for when i decide its time", "suicide"),
    ("feels like the only way out is to die tbh", "suicide"),
    ("been bleeding through a pad every 20 minutes since the birth", "medical"),
    ("my nan keeps getting slapped by my aunt who looks after her", "violence"),
    ("my little brother was beaten by my stepdad again last night", "violence"),
]
NOT_PLANS = [
    "i decided to end it with my boyfriend, how do i cope with the breakup",
    "im gonna end it with her this weekend, any tips for the talk",
    "saved up for when i decide to buy a treadmill",
    "ill start running when i decide its time to go to the gym",
    "the only fix is surgery according to my doctor",
    "how many pads a day is normal on a heavy period",
    "would this workout kill me lol my plan is 5 days a week",
    "i got hit by my sister playing dodgeball, is a bruise normal",
    "my son got hit by my brothers car door, just a scrape",
]


@pytest.mark.parametrize(("message", "category"), PLANS)
def test_a_plan_or_heavy_bleeding_told_outright_is_a_crisis(message, category):
    assert category in match(message), message


@pytest.mark.parametrize("message", NOT_PLANS)
def test_a_breakup_a_purchase_or_a_normal_period_is_not(message):
    assert match(message) == [], message
