"""Helpers for the crisis concept-rule tests: a rule read alone, and parameters from groups."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.safety.patterns import concepts, normalize


def rule_alone(rule: str, message: str) -> list[str]:
    """The categories the concept rule `rule` gives alone (every other rule skipped) on the
    normalized message."""
    others = tuple(name for name, _, _ in concepts.RULES if name != rule)
    return concepts.match(normalize(message), others)


def pairs(groups: Mapping[str, Sequence[str]]) -> list[tuple[str, str]]:
    """(key, message) for every message of every group: parameters for `parametrize`."""
    return [(key, m) for key, messages in groups.items() for m in messages]


def detect_alone(assistant, message: str):
    """The detector's reading of `message` asked alone, on its own vector (the bank's tests)."""
    return assistant.detector.detect(message, assistant.embedder.embed([message])[0])


def read_in_conversation(assistant, history: Sequence[str], message: str):
    """The product's crisis decision for `message` after `history` (`Assistant.find_many`)."""
    return assistant.find_many([(message, list(history), 3)])[0].crisis
