"""The meaning-based detector: nearest neighbours of the question's vector in the bank, averaged
with a trained linear head when one is given.

Nearest-neighbour score = mean cosine of the `k` nearest crisis examples minus mean cosine of the
`k` nearest ordinary ones. With a head (`head.Head`, mapped onto the same scale) the score is the
mean of the two: in cross-validation that holds out whole kinds, the average caught more crisis
messages than either alone at the same false-alarm budget, but cost recall on the tuned
development sets, so the shipped calibration leaves it out (BENCHMARKS section 9). A message is a
crisis when the score reaches the calibrated threshold (`calibration.json`, written by
`bench/crisis.py --calibrate`). Its categories are those of the nearest crisis examples.
Left out: training (the head is trained by `bench/crisis_head.py`); a line added to the bank
reaches the neighbours at once and the head at the next calibration.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from app.safety.bank import Example
from app.safety.head import Head
from app.safety.shortlist import MIN_ROWS, Shortlist


@dataclass(frozen=True)
class Judgement:
    score: float
    categories: tuple[str, ...]  # the nearest crisis examples' categories, best first (at most 2)


class NearestExamples:
    def __init__(
        self, examples: Sequence[Example], vectors: np.ndarray, k: int = 3, head: Head | None = None
    ):
        self.head = head
        crisis = np.array([e.crisis for e in examples], dtype=bool)
        self.k = k
        self.crisis_vectors = np.ascontiguousarray(vectors[crisis])
        self.ordinary_vectors = np.ascontiguousarray(vectors[~crisis])
        self.crisis_categories = [e.category for e in examples if e.crisis]
        self.shortlist = None
        if len(vectors) >= MIN_ROWS and np.abs(vectors).max() > 0:
            self.shortlist = Shortlist(np.concatenate([self.crisis_vectors, self.ordinary_vectors]))
        split = len(self.crisis_vectors)
        self._groups = [slice(0, split), slice(split, None)]

    def judge(self, vector: np.ndarray) -> Judgement:
        near, pos, neg = self._shortlisted(vector) or self._everything(vector)
        score = float(pos[near[1]].mean() - neg[_top(neg, self.k)].mean())
        if self.head is not None:
            score = (score + self.head.score(vector)) / 2
        return Judgement(score, _categories([self.crisis_categories[i] for i in near[0]]))

    def _everything(self, vector: np.ndarray):
        """(nearest crisis rows, their places in `pos`), cosines with every crisis and ordinary
        example. einsum, not `@`: a matrix-vector product through BLAS may start threads, and on
        a busy machine waking them cost ~28 ms per question (measured) against ~0.2 ms on one."""
        pos = np.einsum("ij,j->i", self.crisis_vectors, vector)
        neg = np.einsum("ij,j->i", self.ordinary_vectors, vector)
        near = _top(pos, self.k)
        return (near, near), pos, neg

    def _shortlisted(self, vector: np.ndarray):
        """The same from the shortlisted rows only: their exact cosines (einsum gives a row the
        same bits in any company) hold the top k of each side. None when the shortlist cannot
        tell, or when equal cosines among the crisis side's best make the order depend on which
        rows are searched (`np.argpartition`'s choice among ties)."""
        lists = self.shortlist.rows(vector, self.k, self._groups) if self.shortlist else None
        if lists is None:
            return None
        crisis_rows, ordinary_rows = lists
        pos = np.einsum("ij,j->i", self.crisis_vectors[crisis_rows], vector)
        neg = np.einsum("ij,j->i", self.ordinary_vectors[ordinary_rows], vector)
        best = np.sort(pos)[::-1][: self.k + 1]
        if np.any(best[1:] == best[:-1]):
            return None
        near = _top(pos, self.k)
        return (crisis_rows[near], near), pos, neg

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
