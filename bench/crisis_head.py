"""Training the meaning detector's head (`app/safety/head.py`) on the bank's vectors, for
`bench/crisis.py --calibrate` and the comparison in `bench/crisis_cv.py`. Needs scikit-learn
(requirements-dev.txt); serving reads the stored arrays with numpy only.

The head is a 7-way logistic regression (six crisis categories and "none"; balanced class
weights, C = 10) on the bank's unit vectors plus those of *variants* of each line as people type
them: lowercase without punctuation or apostrophes ("I can't" -> "i cant") and one typo (two
letters swapped or one dropped, chosen from a hash of the line, so the variants never change).
A variant always stays with its line: cross-validation trains on the variants of the training
folds only.

Left out: the nearest-neighbour part (app/safety/meaning.py) and choosing the threshold
(bench/crisis_cv.py).
"""

from __future__ import annotations

import hashlib
import re
import warnings
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from app.safety.bank import LABELS, Example
from app.safety.head import Head

C = 10.0  # chosen by grouped cross-validation (BENCHMARKS section 9): 3 and 30 caught fewer
Fit = Callable[[np.ndarray, np.ndarray], Callable[[np.ndarray], np.ndarray]]


def variants(text: str) -> list[str]:
    """The line as people also type it: plain (lowercase, no punctuation) and with one typo."""
    plain = re.sub(r"[^\w\s]", "", text.lower().replace("'", "").replace("\u2019", ""))
    plain = " ".join(plain.split())
    out = [plain]
    words = plain.split()
    long = [i for i, w in enumerate(words) if len(w) > 3]
    if len(words) > 2 and long:
        seed = int(hashlib.sha1(text.encode()).hexdigest()[:8], 16)
        i = long[seed % len(long)]
        w = words[i]
        j = 1 + (seed >> 8) % (len(w) - 2)
        typo = w[:j] + w[j + 1] + w[j] + w[j + 2 :] if (seed >> 16) % 2 else w[:j] + w[j + 1 :]
        out.append(" ".join([*words[:i], typo, *words[i + 1 :]]))
    return [v for v in dict.fromkeys(out) if v and v != text]


def augmented(bank: Sequence[Example]) -> tuple[np.ndarray, list[str]]:
    """The variants of every line: the index of each one's line, and its text."""
    source, texts = [], []
    for n, e in enumerate(bank):
        for text in variants(e.text):
            source.append(n)
            texts.append(text)
    return np.array(source, dtype=int), texts


def fit(vectors: np.ndarray, labels: Sequence[str], c: float = C) -> Head:
    """The 7-way logistic regression as a `Head` (unscaled: scale 1, shift 0)."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a late convergence warning changes nothing we use
        model.fit(vectors, np.asarray(labels))
    classes = [str(x) for x in model.classes_]
    if sorted(classes) != sorted(LABELS):
        raise ValueError(f"the bank needs lines of every category: has {classes}")
    order = [classes.index(label) for label in LABELS]  # rows in LABELS order
    weights = model.coef_[order].astype(np.float32)
    bias = model.intercept_[order].astype(np.float32)
    return Head(weights, bias, LABELS.index("none"))


def fit_mlp(hidden: int = 64, alpha: float = 0.01, binary: bool = False) -> Fit:
    """A one-hidden-layer MLP (comparison only: it did no better than the linear head)."""

    def train(vectors: np.ndarray, labels: np.ndarray):
        from sklearn.neural_network import MLPClassifier

        model = MLPClassifier((hidden,), alpha=alpha, max_iter=80, random_state=0)
        target = labels != "none" if binary else labels
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            model.fit(vectors, target)
        none = list(model.classes_).index(False if binary else "none")
        return lambda test: _logit(1 - model.predict_proba(test)[:, none])

    return train


def fit_logistic(c: float = C, binary: bool = False) -> Fit:
    """Logistic regression, crisis-vs-ordinary or 7-way (for the comparison)."""
    if not binary:
        return lambda vectors, labels: _fit_c(vectors, labels, c)

    def train(vectors: np.ndarray, labels: np.ndarray):
        from sklearn.linear_model import LogisticRegression

        model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
        model.fit(vectors, labels != "none")
        return lambda test: model.decision_function(test)

    return train


def _fit_c(vectors: np.ndarray, labels: np.ndarray, c: float):
    head = fit(vectors, labels, c)
    return lambda test: np.array([head.logit(v) for v in test])


def scale_onto(logits: np.ndarray, knn: np.ndarray, ordinary: np.ndarray) -> tuple[float, float]:
    """The map a*logit + b that puts the head's ordinary median and 90th percentile (out of
    fold) where the nearest-neighbour score has them."""
    lo, hi = np.quantile(logits[ordinary], [0.5, 0.9])
    klo, khi = np.quantile(knn[ordinary], [0.5, 0.9])
    scale = float((khi - klo) / (hi - lo))
    return scale, float(klo - scale * lo)


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-7, 1 - 1e-7)
    return np.log(p) - np.log1p(-p)


def train(
    bank: Sequence[Example],
    vectors: np.ndarray,
    variant_of: np.ndarray,
    variant_vectors: np.ndarray,
    scale: float,
    shift: float,
    stamp: str,
) -> Head:
    """The head trained on the whole bank and its variants, on the calibrated scale, stamped with
    the bank's fingerprint."""
    labels = [e.category for e in bank] + [bank[i].category for i in variant_of]
    head = fit(np.vstack([vectors, variant_vectors]), labels)
    return replace(head.with_scale(scale, shift), fingerprint=stamp)
