"""Cross-validation of the meaning detector on the bank, for `bench/crisis.py --calibrate`.

Random folds over a bank of paraphrases overstate recall: a message's near-twin is almost always in
the other folds. So the folds here hold out whole *groups*: a line's `kind` when it has one, and
otherwise its cluster among the bank's vectors (k-means, seeded), so a group is a family of
messages that say nearly the same thing. Each message is scored against the bank without its
group's fold; the threshold is the score above which at most BUDGET of the bank's ordinary
messages fall. Random folds are reported too, for comparison.
"""

from __future__ import annotations

import numpy as np

from app.safety import patterns
from app.safety.bank import Example
from app.safety.meaning import NearestExamples

FOLDS = 5
CLUSTERS = 150  # for lines without a kind: about 15 lines per group
KS = (3, 5, 7, 10)


def clusters(vectors: np.ndarray, n: int = CLUSTERS, rounds: int = 20) -> np.ndarray:
    """k-means on unit vectors (cosine), seeded: the cluster of each row."""
    rng = np.random.default_rng(0)
    centres = vectors[rng.choice(len(vectors), size=min(n, len(vectors)), replace=False)]
    for _ in range(rounds):
        label = np.argmax(vectors @ centres.T, axis=1)
        for c in range(len(centres)):
            members = vectors[label == c]
            if len(members):
                centre = members.mean(axis=0)
                centres[c] = centre / (np.linalg.norm(centre) or 1.0)
    return np.argmax(vectors @ centres.T, axis=1)


def folds(bank: list[Example], vectors: np.ndarray, grouped: bool = True) -> np.ndarray:
    """The fold of each line: whole groups (kind, else vector cluster) per fold, or at random."""
    rng = np.random.default_rng(0)
    if not grouped:
        return rng.permutation(len(bank)) % FOLDS
    cluster = clusters(vectors)
    pairs = zip(bank, cluster, strict=True)
    groups = [f"kind:{e.kind}" if e.kind else f"cluster:{c}" for e, c in pairs]
    names = sorted(set(groups))
    fold_of = dict(zip(names, rng.permutation(len(names)) % FOLDS, strict=True))
    return np.array([fold_of[g] for g in groups])


def out_of_fold(bank: list[Example], vectors: np.ndarray, fold: np.ndarray, k: int) -> np.ndarray:
    """Each example's score against the bank without its own fold."""
    scores = np.zeros(len(bank))
    for f in range(FOLDS):
        train = [e for e, g in zip(bank, fold, strict=True) if g != f]
        scores[fold == f] = NearestExamples(train, vectors[fold != f], k).scores(vectors[fold == f])
    return scores


def threshold_at(scores: np.ndarray, ordinary: np.ndarray, budget: float) -> float:
    ranked = np.sort(scores[ordinary])[::-1]
    return float(ranked[int(budget * len(ranked))]) + 1e-4


def measure(bank: list[Example], vectors: np.ndarray, budget: float) -> dict:
    """Recall of the meaning detector alone at the budget, per k, grouped and random folds; for
    the grouped folds also with the patterns, overall and per category."""
    ordinary = np.array([not e.crisis for e in bank])
    caught = np.array([bool(patterns.match(e.text)) for e in bank])
    out = {}
    for grouped in (True, False):
        fold = folds(bank, vectors, grouped)
        for k in KS:
            scores = out_of_fold(bank, vectors, fold, k)
            t = threshold_at(scores, ordinary, budget)
            row = {
                "threshold": round(t, 4),
                "recall_alone": _rate(scores[~ordinary] >= t),
                "false_alarms_alone": _rate(scores[ordinary] >= t),
            }
            if grouped:
                both = caught | (scores >= t)
                row["recall_with_patterns"] = _rate(both[~ordinary])
                row["false_alarms_with_patterns"] = _rate(both[ordinary])
                cats = sorted({e.category for e in bank if e.crisis})
                row["per_category"] = {
                    c: _rate(both[[e.category == c for e in bank]]) for c in cats
                }
            out[f"{'grouped' if grouped else 'random'} k={k}"] = row
    return out


def _rate(flags) -> float | None:
    flags = list(flags)
    return round(sum(map(bool, flags)) / len(flags), 4) if flags else None
