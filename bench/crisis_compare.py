"""Detectors compared on the grouped folds of `bench/crisis_cv.py`: nearest neighbours with other
k, closeness weights and a threshold per category; logistic regressions and small MLPs on the
frozen vector (crisis vs ordinary, 7-way); the 7-way logistic head trained with typed variants of
the bank's lines (`bench/crisis_head.py`); averages of neighbours and head; either of the two.
Recall of crisis messages at 5 % and 10 % of the bank's ordinary messages (hard look-alikes),
alone and with the patterns. Table -> stdout (markdown), figures -> --out (JSON).

    PYTHONPATH=. python bench/crisis_compare.py --cache /tmp/crisis-int8.sqlite --out /tmp/cv.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

from app.safety import patterns
from app.safety.bank import CATEGORIES, Example
from bench import crisis_head
from bench.crisis_cv import Augment, _rate, folds, out_of_fold_fit, row, threshold_at


def _knn(k: int, tau: float | None = None):
    """Nearest neighbours as a `fit` (comparison); `tau`: softmax weights by closeness."""

    def fit(train: np.ndarray, labels: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
        crisis = labels != "none"

        def side(sims: np.ndarray) -> np.ndarray:
            top = -np.partition(-sims, min(k, sims.shape[1]) - 1, axis=1)[:, :k]
            if tau is None:
                return top.mean(axis=1)
            w = np.exp((top - top.max(axis=1, keepdims=True)) / tau)
            return (top * w).sum(axis=1) / w.sum(axis=1)

        return lambda test: side(test @ train[crisis].T) - side(test @ train[~crisis].T)

    return fit


def _per_category(k: int):
    """Per-category neighbours (comparison): one score per category, k nearest of it minus k
    nearest ordinary ones."""

    def fit(train: np.ndarray, labels: np.ndarray):
        neg = train[labels == "none"]

        def side(test: np.ndarray, rows: np.ndarray) -> np.ndarray:
            sims = test @ rows.T
            return -np.partition(-sims, min(k, len(rows)) - 1, axis=1)[:, :k].mean(axis=1)

        def scores(test: np.ndarray) -> np.ndarray:
            cols = [side(test, train[labels == c]) - side(test, neg) for c in CATEGORIES]
            return np.stack(cols, axis=1)

        return scores

    return fit


def per_category_thresholds(scores: np.ndarray, ordinary: np.ndarray) -> np.ndarray:
    """One threshold per category, as one score: each category's score becomes its share of the
    bank's ordinary lines scoring as high (out of fold); the smallest share counts."""
    shares = []
    for col in scores.T:
        ranked = np.sort(col[ordinary])
        shares.append(1 - np.searchsorted(ranked, col) / len(ranked))
    return -np.min(shares, axis=0)


def compare(bank: list[Example], vectors: np.ndarray, augment: Augment) -> dict:
    """The candidates on the same grouped folds: recall at 5 % and 10 % of the bank's ordinary
    messages (hard look-alikes), alone and with the patterns."""
    ordinary = np.array([not e.crisis for e in bank])
    caught = np.array([bool(patterns.match(e.text)) for e in bank])
    fold = folds(bank, vectors)

    def oof(fit, aug: bool = False) -> np.ndarray:
        return out_of_fold_fit(bank, vectors, fold, fit, augment if aug else None)

    scores = {f"knn k={k}": oof(_knn(k)) for k in (3, 5, 7, 10, 15, 20)}
    scores["knn k=7 with variants"] = oof(_knn(7), True)
    scores["knn k=20, closeness-weighted (tau 0.05)"] = oof(_knn(20, 0.05))
    scores["knn k=7, a threshold per category"] = per_category_thresholds(
        oof(_per_category(7)), ordinary
    )
    scores["logistic, crisis vs ordinary, C=10"] = oof(crisis_head.fit_logistic(binary=True))
    for c in (3.0, 10.0, 30.0):
        scores[f"logistic 7-way, C={c:g}"] = oof(crisis_head.fit_logistic(c))
    scores["logistic 7-way, C=10, with variants (head)"] = oof(crisis_head.fit_logistic(), True)
    scores["MLP 64, crisis vs ordinary"] = oof(crisis_head.fit_mlp(binary=True))
    scores["MLP 64, 7-way"] = oof(crisis_head.fit_mlp())
    knn, head = scores["knn k=7"], scores["logistic 7-way, C=10, with variants (head)"]
    scale, shift = crisis_head.scale_onto(head, knn, ordinary)
    for w in (0.3, 0.5, 0.7):
        scores[f"average: {w:g} knn k=7 + {1 - w:g} head"] = w * knn + (1 - w) * (
            scale * head + shift
        )
    out = {}
    for name, s in scores.items():
        out[name] = {
            "5%": row(bank, s, 0.05, caught),
            "10%": row(bank, s, 0.10, caught),
        }
    a, b = threshold_at(knn, ordinary, 0.05), threshold_at(head, ordinary, 0.05)
    either = (knn >= a) | (head >= b)
    out["either: knn k=7 or head, each at 5 %"] = {
        "recall_alone": _rate(either[~ordinary]),
        "false_alarms_alone": _rate(either[ordinary]),
        "recall_with_patterns": _rate((either | caught)[~ordinary]),
    }
    return out


def main(argv: list[str] | None = None) -> int:
    from app.embed import make_embedder
    from app.safety.bank import load_bank
    from bench.cached import CachedEmbedder

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", default="onnx-int8")
    parser.add_argument("--cache", type=Path, help="SQLite vector cache (one file per backend)")
    parser.add_argument("--out", type=Path, default=Path("/tmp/crisis-cv.json"))
    args = parser.parse_args(argv)
    embedder = make_embedder(args.backend)
    if args.cache:
        embedder = CachedEmbedder(embedder, args.cache)
    bank = load_bank()
    vectors = embedder.embed([e.text for e in bank])
    source, texts = crisis_head.augmented(bank)
    table = compare(bank, vectors, (source, embedder.embed(texts)))
    print("| method | alone at 5 % | alone at 10 % | with the patterns at 10 % |")
    print("|---|---|---|---|")
    for name, r in table.items():
        if "10%" in r:
            five, ten = r["5%"], r["10%"]
            print(
                f"| {name} | {five['recall_alone']:.1%} | {ten['recall_alone']:.1%} "
                f"| {ten['recall_with_patterns']:.1%} ({ten['false_alarms_with_patterns']:.1%}"
                " false alarms) |"
            )
        else:
            print(
                f"| {name} | | {r['recall_alone']:.1%} ({r['false_alarms_alone']:.1%} false"
                f" alarms) | {r['recall_with_patterns']:.1%} |"
            )
    args.out.write_text(json.dumps(table, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
