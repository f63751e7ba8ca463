"""A follow-up flagged by its own meaning alone shows the line of the conversation's crisis first
(`app.safety.turns`, stage 2; reader probes of the sixth session of 2026-12-03). On 2030e9e "my
grandma has them right now" after "what are signs of a stroke" was shown the overdose line, "he
just left, what do i do" after "im being hit by my bf" the suicide line, and a self-harm relapse
told after "been clean 4 months" the suicide line. Over the 1,027 crisis follow-ups caught in the
labelled conversation sets the right line is among those shown on 970 -> 1,002, first 938 -> 966."""

from __future__ import annotations

import pytest


def _categories(assistant, history, message):
    crisis = assistant.find_many([(message, history, 3)])[0].crisis
    assert crisis.crisis
    return crisis.categories


@pytest.mark.parametrize(
    ("history", "message", "first"),
    [
        (["what are signs of a stroke"], "my grandma has them right now", "medical"),
        (
            ["whats a seizure look like"],
            "my sister is doing that now and its been 6 mins",
            "medical",
        ),
        (["im being hit by my bf"], "he just left, what do i do", "violence"),
        (["my husband hits me when hes drunk"], "hes asleep now what should i do", "violence"),
    ],
)
def test_the_conversations_crisis_comes_first(seed_assistant, history, message, first):
    assert _categories(seed_assistant, history, message)[0] == first


def test_a_relapse_told_after_clean_months_shows_the_self_harm_line(seed_assistant):
    categories = _categories(
        seed_assistant, ["been clean 4 months"], "not anymore. did it again tonight"
    )
    assert "self_harm" in categories


@pytest.mark.parametrize(
    ("history", "message", "category"),
    [
        (["what are the signs of a heart attack"], "my dad has all of them rn", "medical"),
        (["my partner threatened me with a knife"], "hes in the other room now", "violence"),
        (["i want to die"], "thanks", "suicide"),
    ],
)
def test_lines_already_right_stay_right(seed_assistant, history, message, category):
    assert _categories(seed_assistant, history, message)[0] == category


def test_a_message_flagged_alone_without_history_keeps_its_own_line(seed_assistant):
    assert _categories(seed_assistant, [], "i want to die")[0] == "suicide"


# The signs of an emergency asked, then someone said to have them now (`app.safety.across`): on
# 30c80c5 "we all have them" after "what are signs of carbon monoxide poisoning" got no guidance.
@pytest.mark.parametrize(
    ("history", "message", "category"),
    [
        (["what are signs of carbon monoxide poisoning"], "we all have them", "overdose"),
        (["what are the symptoms of a stroke"], "my dad has like 3 of those", "medical"),
        (["how do you recognise a heart attack"], "my husband has most of them rn", "medical"),
        (["symptoms of meningitis in babies?"], "my baby has got those", "medical"),
    ],
)
def test_signs_asked_then_had_now_are_that_emergency(seed_assistant, history, message, category):
    assert category in _categories(seed_assistant, history, message)


@pytest.mark.parametrize(
    "message",
    [
        "my grandma had them last year",
        "thanks, i have them written down now",
        "how would i know if my baby has them",
        "i dont have any of those luckily",
    ],
)
def test_signs_had_once_noted_or_asked_about_are_not_told_now(message):
    from app.safety.across import told_across

    assert told_across(message, ["what are the signs of a stroke"]) is None


def test_a_crisis_told_across_turns_names_the_line_first(seed_assistant):
    categories = _categories(
        seed_assistant,
        ["what are signs of heat stroke"],
        "my grandpa has them, hes been in the garden all day",
    )
    assert categories[0] == "medical"  # the conversation's meaning said suicide


@pytest.mark.parametrize(
    "message", ["i dont have any of them thankfully", "my dad doesnt have any of those, phew"]
)
def test_signs_denied_after_asking_are_ordinary(seed_assistant, message):
    found = seed_assistant.find_many([(message, ["what are signs of a stroke"], 3)])[0]
    assert not found.crisis.crisis


@pytest.mark.parametrize(
    "message",
    [
        "i dont have any of them but my dad does right now",
        "she doesnt have any of those but she wont wake up",
    ],
)
def test_signs_denied_with_a_danger_beside_stay_a_crisis(seed_assistant, message):
    assert _categories(seed_assistant, ["what are signs of a stroke"], message)
