"""Crisis kinds a twelfth fresh set found missed (`app.safety.patterns`): a plan with a day after
saying one is not fine, a passing death wish said to be meant, wanting it over and planning how,
wanting to hurt oneself asked about in general (a mention: the policy shows the guidance), a large
burn from something hot now, fainted or not breathing in Hindi written in Latin letters, a child
hit with a belt and marked by it.
Every message is written for these tests (none copied from a held-out set); each near miss has the
shape of a rule and stays ordinary."""

import pytest

from app.safety import match
from app.safety.patterns import concepts, dangers, resolve, romanized
from tests.crisis_rules import pairs, rule_alone

# Caught by a rule of its own in `concepts` (the other rules left out).
RULED = [
    ("suicide", "plan_not_fine", "everyone thinks im ok but im not. ive got a plan for saturday"),
    ("suicide", "plan_not_fine", "i keep pretending to be fine, the plan is for tonight"),
    ("suicide", "plan_not_fine", "im really not okay and i have a plan for sunday"),
    ("suicide", "plan_not_fine", "im not ok with being alive anymore, i have a plan for tomorrow"),
    ("suicide", "death_wish_meant", "ugh might as well just die at this point, im serious"),
    ("suicide", "death_wish_meant", "i may as well be dead, and i mean it, no one cares"),
    ("suicide", "death_wish_meant", "i should just die honestly. not kidding"),
    ("suicide", "over_planning_how", "i need it all to be over and ive been planning how to do it"),
    ("suicide", "over_planning_how", "i just wish my life was over, i figured out how i'd do it"),
    ("medical", "large_burn", "knocked the kettle over, my toddler has big blisters on his chest"),
    ("medical", "large_burn", "grease fire, the skin is peeling off my hand"),
    ("medical", "large_burn", "scalded by steam, blisters all over her face"),
    ("medical", "hindi_collapsed", "papa behosh ho gaye hain, uth nahi rahe"),
    ("medical", "hindi_collapsed", "mera beta saans nahi le raha"),
    ("medical", "hindi_collapsed", "dadi gir gayi aur hil nahi rahi"),
    ("violence", "child_belted", "my stepson has red lines on his legs, says his mum belted him"),
    ("violence", "child_belted", "my niece told me she gets the belt at home and she had bruises"),
]
# Near misses of the new rules: ordinary.
NEAR = {
    "plan_not_fine": [
        "i have a plan for friday night dinner with my in-laws",
        "the plan is for saturday, can i take ibuprofen before a long hike",
        "im not fine with dairy, i have a plan for sunday brunch though",
        "im not ok with the new rota, ive got a plan for monday",
    ],
    "death_wish_meant": [
        "stuck in this traffic again, i might as well die lol",
        "i could die of embarrassment, not joking",
        "i might as well die of embarrassment haha, i mean it",
    ],
    "over_planning_how": [
        "i want this recipe over, planning how to do it without an oven",
        "i want it over with, im planning how to do the move in one day",
        "i just want the exam over, still working out how to do it",
    ],
    "large_burn": [
        "small burn from a frying pan last week, the blister is healing",
        "huge blisters on my heels from new hiking boots",
        "scalded my finger with hot water, tiny blister",
    ],
    "hindi_collapsed": [
        "film mein heroine behosh ho gayi aur sab ro pade",
        "pichle saal garmi mein main behosh ho gayi thi",
    ],
    "child_belted": [
        "my son got the belt he wanted for his birthday",
        "my sons belt is too tight and leaves red marks",
        "my daughter got her yellow belt in karate, she was scared of the grading",
    ],
}


@pytest.mark.parametrize(("category", "rule", "message"), RULED)
def test_a_new_rule_catches_its_kind(category, rule, message):
    assert category in match(message)
    assert category in rule_alone(rule, message)


@pytest.mark.parametrize(("rule", "message"), pairs(NEAR))
def test_a_near_miss_stays_ordinary(rule, message):
    assert match(message) == []
    assert rule_alone(rule, message) == []


def test_a_plan_needs_the_not_fine_and_a_wish_needs_to_be_meant():
    # One group alone never fires: the rule reads them together.
    assert match("i have a plan for friday") == []
    assert match("im not fine") == []
    assert match("this queue, i might as well die") == []
    assert match("i keep planning how to do it") == []


def test_the_new_rules_have_their_exceptions():
    for name, _, _ in resolve.RULES:
        assert name in resolve.UNLESS and name in concepts.UNLESS
    for name in ("large_burn", "child_belted"):
        assert name in dangers.UNLESS and name in concepts.UNLESS
    assert "hindi_collapsed" in romanized.UNLESS and "hindi_collapsed" in concepts.UNLESS


# Wanting to hurt oneself, asked about in general: a mention of self-harm (README "What counts").
MENTIONS = [
    "can antidepressants make you want to hurt yourself",
    "is feeling like harming yourself a side effect of coming off prozac",
    "why do people get urges to cut yourself when stressed",
]
# Hurting oneself by accident, or advice not to: ordinary.
NOT_MENTIONS = [
    "you dont want to hurt yourself lifting, how should i warm up",
    "how not to hurt yourself when you start running",
    "what should you do if you burn yourself on the oven",
]


@pytest.mark.parametrize("message", MENTIONS)
def test_wanting_to_hurt_oneself_in_general_is_a_mention(message):
    assert "self_harm" in match(message)


@pytest.mark.parametrize("message", NOT_MENTIONS)
def test_hurting_oneself_by_accident_stays_ordinary(message):
    assert match(message) == []
