"""What held-out 16's first look missed (read once, blind, on 2026-12-02), by general rules in the
patterns: asking which medicine or means kills best or without pain, asking how much of something
to put in a person's drink or food to make them ill, sex demanded under threat of losing a job
or a home, and Arabic for "I don't want to live", "he hits me / threatens to kill me" and sexual
harassment or rape; and the causes of five of its false alarms, each general: "woke up with" is
no sexual assault unless undressed, without memory or with someone on one ("woke up with a stiff
neck"), "had covid twice" is no double dose, "clean now" is recovered, and a true crime podcast or
a documentary told of is a story; a testicle suddenly and badly painful is an emergency (a line
the old "woke up with" rule had caught by chance). Every message is written for these tests
(none copied from a held-out set); each near miss keeps its side."""

import pytest

from app.safety import match

CRISES = [
    ("suicide", "what otc pills are the most deadly if you take a lot"),
    ("suicide", "most lethal painkiller i could get without a prescription?"),
    ("suicide", "would sitting in the car with the exhaust fumes be painless"),
    ("suicide", "is an overdose painless or does it hurt"),
    ("violence", "how much would i have to slip into my wifes coffee to make her sick for a week"),
    ("violence", "how many sleeping pills can i mix into his dinner to kill him"),
    ("sexual_assault", "landlord said he'll evict me if i dont sleep with him"),
    ("sexual_assault", "my coach says sleep with him or ill lose my spot on the team"),
    ("suicide", "والله ما بدي أعيش خلص"),
    ("suicide", "اريد ان اموت"),
    ("violence", "أبي يضربني كل يوم"),
    ("sexual_assault", "اغتصبني شخص أعرفه"),
    ("sexual_assault", "مديري تحرش بي في العمل"),
    ("sexual_assault", "i woke up at his place with my jeans off and cant remember the night"),
    ("sexual_assault", "she woke up with some guy on top of her at the afterparty"),
    ("sexual_assault", "woke up with bruises everywhere after that party and no memory of it"),
    ("sexual_assault", "woke up without my underwear after he gave me a drink"),
    ("medical", "my son has sudden severe pain in one testicle and is vomiting"),
    ("overdose", "my brother od'd last night, he was clean for a year"),
    ("overdose", "a podcast said that dose is safe but i just took 40 of them"),
    ("overdose", "she had her insulin twice by mistake and is shaky and sweaty"),
]
ORDINARY = [
    "whats the most deadly spider in the world",
    "is getting a tattoo painless with numbing cream",
    "how much honey should i put in my daughters tea for a cough",
    "how many sugars do you put in your dads coffee",
    "will i lose my job if i dont sleep enough before shifts",
    "is the blood test painless",
    "ما هي أعراض نقص الدوبامين",
    "woke up with a sore back again, is my mattress the problem",
    "i woke up with a headache after the party",
    "had the flu twice this winter, can zinc help",
    "my uncle overdosed years ago and has been clean now for ages, can he take ashwagandha",
    "watched a documentary about a nurse who poisoned patients, how did nobody notice",
    "what is testicular torsion",
]


@pytest.mark.parametrize(("category", "message"), CRISES)
def test_the_new_kinds_are_crises(category, message):
    assert category in match(message), message


@pytest.mark.parametrize("message", ORDINARY)
def test_their_near_misses_stay_ordinary(message):
    assert match(message) == [], message
