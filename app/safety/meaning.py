"""The meaning-based detector: nearest neighbours of the question's vector in the bank.

Score = mean cosine of the `k` nearest crisis examples minus mean cosine of the `k` nearest
ordinary ones; a message is a crisis when the score reaches the calibrated threshold
(`calibration.json`, written by `bench/crisis.py --calibrate`). Its categories are those of the
nearest crisis examples. Chosen over a logistic regression on the same vectors by measurement
(bench/crisis.py): at the same false-alarm budget it caught more crisis messages.
Left out: any training step; adding a line to the bank changes the detector.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from app.safety.bank import Example


@dataclass(frozen=True)
class Judgement:
    score: float
    categories: tuple[str, ...]  # the nearest crisis examples' categories, best first (at most 2)


class NearestExamples:
    def __init__(self, examples: Sequence[Example], vectors: np.ndarray, k: int = 3):
        crisis = np.array([e.crisis for e in examples], dtype=bool)
        self.k = k
        self.crisis_vectors = np.ascontiguousarray(vectors[crisis])
        self.ordinary_vectors = np.ascontiguousarray(vectors[~crisis])
        self.crisis_categories = [e.category for e in examples if e.crisis]

    def judge(self, vector: np.ndarray) -> Judgement:
        # einsum, not `@`: a matrix-vector product through BLAS may start threads, and on a busy
        # machine waking them cost ~28 ms per question (measured) against ~0.2 ms on one thread.
        pos = np.einsum("ij,j->i", self.crisis_vectors, vector)
        neg = np.einsum("ij,j->i", self.ordinary_vectors, vector)
        near = _top(pos, self.k)
        score = float(pos[near].mean() - neg[_top(neg, self.k)].mean())
        return Judgement(score, _categories([self.crisis_categories[i] for i in near]))

    def scores(self, vectors: np.ndarray) -> np.ndarray:
        """Scores of many vectors at once (calibration and benchmarks)."""
        return np.array([self.judge(v).score for v in vectors])


def _top(sims: np.ndarray, k: int) -> np.ndarray:
    k = min(k, len(sims))
    if k == 0:
        return np.zeros(0, dtype=int)
    top = np.argpartition(-sims, k - 1)[:k]
    return top[np.argsort(-sims[top], kind="stable")]


def _categories(nearest: list[str]) -> tuple[str, ...]:
    """The nearest example's category, and a second one if it appears among the others too."""
    if not nearest:
        return ()
    first = nearest[0]
    others = [c for c in nearest[1:] if c != first]
    second = [others[0]] if others and others.count(others[0]) >= 2 else []
    return (first, *second)
