"""Crisis kinds an eleventh fresh set found missed, and ordinary frames it found flagged
(`app.safety.patterns`): not seeing oneself around by a time, new blades got or hidden after the
old ones were taken, gas smelled or carbon monoxide with the signs of poisoning, a baby or child
turning blue or not breathing in French, Spanish, Portuguese, German or Italian, a minor whose
partner's age is said bare, Hindi in Latin letters for being touched the wrong way. And the
ordinary: someone else's job that shows them overdoses, asked about in general; someone who does
not want to go out anymore. Every message is written for these tests (none copied from a held-out
set); each near miss has the shape of a rule and stays ordinary, and each frame has a crisis after
it that is caught."""

import pytest

from app.safety import match
from app.safety.patterns import concepts, dangers, normalize, quiet_readings, romanized
from tests.crisis_rules import pairs, rule_alone

# Caught by a rule of its own in `concepts` (the other rules left out).
RULED = [
    ("self_harm", "blades_hidden", "how can i buy more blades without my mum finding out"),
    ("self_harm", "blades_hidden", "my parents confiscated my razors, where can i get another one"),
    ("self_harm", "blades_hidden", "need new blades, they took all my razors away last week"),
    ("medical", "gas_poisoning", "theres a gas leak smell and my wife feels light headed"),
    ("medical", "gas_poisoning", "the kitchen smells of gas and the baby is really sleepy"),
    ("overdose", "co_poisoning", "co alarm beeping, my son threw up and is drowsy"),
    ("medical", "little_one_blue", "ma fille ne respire plus"),
    ("medical", "little_one_blue", "mi niño se está poniendo azul"),
    ("medical", "little_one_blue", "meu filho parou de respirar"),
    ("medical", "little_one_blue", "mein sohn wird ganz blau"),
    ("medical", "little_one_blue", "la mia bambina ha le labbra viola"),
    ("sexual_assault", "minor_with_adult", "im 14 and my boyfriend is 31, we sleep together"),
    ("sexual_assault", "minor_with_adult", "my cousin is 15 and her bf is 27, they have sex"),
    ("sexual_assault", "hindi_touched", "padosi mujhe galat jagah chhuta hai"),
    ("sexual_assault", "hindi_touched", "mama meri behen ko buri tarah touch karta hai"),
]
# Told as a phrase (`suicide.STATEMENTS`).
PHRASES = [
    "honestly cant see myself still around by christmas",
    "i dont see myself being here next year",
    "dont see myself alive by my birthday",
]
# Near misses of the new rules and words: ordinary.
NEAR = {
    "gas_poisoning": [
        "my stomach smells like gas and i feel sick after beans",
    ],
    "little_one_blue": [
        "mon bébé porte un pyjama bleu",
        "mi hija tiene los ojos azules",
    ],
    "blades_hidden": [
        "where can i get new blades for my beard trimmer",
        "my dad took my skates away, can i get new blades",
    ],
    "minor_with_adult": [
        "my son is 12 and my husband is 40, how do i explain dating to him",
    ],
    "hindi_touched": [
        "mujhe galat tarike se samjha gaya",
    ],
}
# A general question that names no one: the rule is skipped (`ASKED_ABOUT`).
ASKED = [
    "what are the symptoms of a gas leak, like headaches",
    "can carbon monoxide cause headaches and dizziness",
]
# Ordinary: asked in someone else's job, not going out anymore, not seeing oneself around people.
ORDINARY = [
    "my brother is a paramedic and says he sees overdoses every shift, how common are they",
    "my mum is an er nurse and said she treats stabbings every week, is that normal",
    "my dad has depression and doesnt want to go out anymore, what can we do",
    "i dont see myself being around toxic people anymore",
]
# The same shapes with a crisis in them: still a crisis.
STILL_CRISES = [
    ("overdose", "my sister is a nurse and she overdosed on her meds"),
    ("suicide", "he doesnt want to go on anymore"),
    ("suicide", "i dont want to go to sleep forever"),
    ("medical", "my brother is a paramedic and says my son is not breathing right now"),
]


@pytest.mark.parametrize(("category", "rule", "message"), RULED)
def test_a_new_rule_catches_its_kind(category, rule, message):
    assert category in match(message)
    assert category in rule_alone(rule, message)


@pytest.mark.parametrize("message", PHRASES)
def test_not_seeing_oneself_around_by_a_time_is_caught(message):
    assert "suicide" in match(message)


@pytest.mark.parametrize(("rule", "message"), pairs(NEAR))
def test_a_near_miss_stays_ordinary(rule, message):
    assert match(message) == []
    assert rule_alone(rule, message) == []


@pytest.mark.parametrize("message", ASKED)
def test_a_general_question_about_gas_stays_ordinary(message):
    assert concepts.match(normalize(message)) != []  # the rule alone would fire ...
    assert match(message) == []  # ... but a general question skips it
    assert "general" in quiet_readings(message)


@pytest.mark.parametrize("message", ORDINARY)
def test_an_ordinary_message_is_not_flagged(message):
    assert match(message) == []


def test_someone_elses_job_is_read_as_a_general_question():
    assert "general" in quiet_readings(ORDINARY[0])


@pytest.mark.parametrize(("category", "message"), STILL_CRISES)
def test_a_crisis_in_the_same_shape_is_still_caught(category, message):
    assert category in match(message)


def test_the_new_rules_have_their_exceptions():
    for name in ("gas_poisoning", "co_poisoning", "blades_hidden"):
        assert name in dangers.UNLESS and name in concepts.UNLESS
    assert {"gas_poisoning", "co_poisoning"} <= set(concepts.ASKED_ABOUT)
    assert any(name == "hindi_touched" for name, _, _ in romanized.RULES)
