"""Helpers for the crisis concept-rule tests: a rule read alone, and parameters from groups."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

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


class HandMadeEmbedder:
    """The embedder of a hand-made detector whose bank lives in a few dimensions: every text it is
    asked to embed (an earlier turn, read by its own meaning: `turns` stages 3, 12 and 13) gets
    `vector`, so the detector reads it as that vector says and compares like with like."""

    name = "hand-made"
    backend = "fake"

    def __init__(self, vector):
        self.vector = np.asarray(vector, dtype=np.float32)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return np.tile(self.vector, (len(texts), 1))
