"""The standard crisis tests, over the lists of every module of `tests/crisis_cases/` (what each
list means is said there). A case's id names its module and its place in the list (`h62-0003`).
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest

from app.safety.across import told_across
from app.safety.patterns import match
from tests import crisis_cases
from tests.crisis_rules import detect_alone, read_in_conversation

SETS = {
    name: importlib.import_module(f"{crisis_cases.__name__}.{name}")
    for _, name, _ in sorted(pkgutil.iter_modules(crisis_cases.__path__))
}


def cases(list_name: str) -> list:
    """Every set's `list_name` as `pytest.param`s with ids `<set>-<place>`."""
    return [
        pytest.param(*(case if isinstance(case, tuple) else (case,)), id=f"{name}-{i:04d}")
        for name, module in SETS.items()
        for i, case in enumerate(getattr(module, list_name, []))
    ]


@pytest.mark.parametrize(("category", "message"), cases("PATTERN_CRISES"))
def test_a_crisis_is_caught_by_the_patterns(category, message):
    assert category in match(message)


@pytest.mark.parametrize("message", cases("PATTERN_ORDINARY"))
def test_an_everyday_look_alike_is_left_to_the_articles(message):
    assert match(message) == []


@pytest.mark.parametrize(("category", "history", "message"), cases("ACROSS_CRISES"))
def test_a_crisis_told_across_turns_is_named(category, history, message):
    assert told_across(message, history) == category


@pytest.mark.parametrize(("history", "message"), cases("ACROSS_ORDINARY"))
def test_an_everyday_follow_up_is_not_told_across(history, message):
    assert told_across(message, history) is None


@pytest.mark.model
@pytest.mark.parametrize(("category", "history", "message"), cases("CONVERSATION_CRISES"))
def test_a_crisis_in_the_conversation_keeps_the_guidance(
    seed_assistant, category, history, message
):
    assert category in read_in_conversation(seed_assistant, history, message).categories


@pytest.mark.model
@pytest.mark.parametrize(("history", "message"), cases("CONVERSATION_ORDINARY"))
def test_an_ordinary_follow_up_is_answered(seed_assistant, history, message):
    assert not read_in_conversation(seed_assistant, history, message).crisis


@pytest.mark.model
@pytest.mark.parametrize(("category", "message"), cases("MEANING_CRISES"))
def test_a_crisis_read_alone_by_its_meaning_keeps_the_guidance(seed_assistant, category, message):
    assert category in detect_alone(seed_assistant, message).categories


@pytest.mark.model
@pytest.mark.parametrize("message", cases("MEANING_ORDINARY"))
def test_an_everyday_message_read_alone_by_its_meaning_is_answered(seed_assistant, message):
    assert not detect_alone(seed_assistant, message).crisis
