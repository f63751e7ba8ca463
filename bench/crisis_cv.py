"""Cross-validation of the meaning detector on the bank, for `bench/crisis.py --calibrate`, and a
comparison of detectors on the same folds (`python bench/crisis_cv.py`).

Random folds over a bank of paraphrases overstate recall: a message's near-twin is almost always in
the other folds. So the folds here hold out whole *groups*: a line's `kind` when it has one, and
otherwise its cluster among the bank's vectors (k-means, seeded), so a group is a family of
messages that say nearly the same thing. Each message is scored against the bank without its
group's fold (a trained head is trained without it, and without its variants); the threshold is
the score above which at most BUDGET of the bank's own ordinary messages fall (its hard
look-alikes: lines copied from a labelled set, with a `source`, are scored and searched but not
counted, as they are easier and would lower the threshold). Random folds are
reported too, for comparison. `bench/crisis_compare.py` compares other detectors on these folds.
"""

from __future__ import annotations

import numpy as np

from app.safety import patterns
from app.safety.bank import CATEGORIES, LABELS, Example, fingerprint
from app.safety.head import HEAD, save_head
from bench import crisis_head

FOLDS = 5
CLUSTERS = 150  # for lines without a kind: about 15 lines per group
KS = (3, 5, 7, 10)
Augment = tuple[np.ndarray, np.ndarray]  # (index of each variant's line, its vectors)


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
    """Each example's nearest-neighbour score against the bank without its own fold."""
    crisis = np.array([e.crisis for e in bank], dtype=bool)
    scores = np.zeros(len(bank))
    for f in range(FOLDS):
        test, train = fold == f, fold != f
        scores[test] = knn_scores(
            vectors[train & crisis], vectors[train & ~crisis], vectors[test], k
        )
    return scores


def knn_scores(
    crisis: np.ndarray, ordinary: np.ndarray, vectors: np.ndarray, k: int, block: int = 512
) -> np.ndarray:
    """`NearestExamples.scores` (mean of the k nearest crisis minus mean of the k nearest
    ordinary cosines) for many vectors at once, a block of matrix products at a time: the same
    scores to float rounding, in a fraction of the time of one `judge` per vector."""
    out = np.zeros(len(vectors))
    for start in range(0, len(vectors), block):
        part = vectors[start : start + block]
        out[start : start + block] = _top_mean(part @ crisis.T, k) - _top_mean(part @ ordinary.T, k)
    return out


def _top_mean(sims: np.ndarray, k: int) -> np.ndarray:
    k = min(k, sims.shape[1])
    return np.partition(sims, sims.shape[1] - k, axis=1)[:, -k:].mean(axis=1)


def out_of_fold_fit(
    bank: list[Example], vectors: np.ndarray, fold: np.ndarray, fit, augment: Augment | None
) -> np.ndarray:
    """Each example's score from a model trained without its fold (and that fold's variants).
    `fit(vectors, labels)` returns a function of test vectors."""
    labels = np.array([e.category for e in bank])
    scores = None
    for f in range(FOLDS):
        train_v, train_l = vectors[fold != f], labels[fold != f]
        if augment is not None:
            keep = fold[augment[0]] != f
            train_v = np.vstack([train_v, augment[1][keep]])
            train_l = np.concatenate([train_l, labels[augment[0][keep]]])
        part = fit(train_v, train_l)(vectors[fold == f])
        if scores is None:
            scores = np.zeros((len(bank), *part.shape[1:]))
        scores[fold == f] = part
    return scores


def budgeted(bank: list[Example]) -> np.ndarray:
    """The ordinary lines the budget counts: the bank's own (no `source`)."""
    return np.array([not e.crisis and not e.source for e in bank])


def threshold_at(scores: np.ndarray, ordinary: np.ndarray, budget: float) -> float:
    ranked = np.sort(scores[ordinary])[::-1]
    return float(ranked[int(budget * len(ranked))]) + 1e-4


def row(bank: list[Example], scores: np.ndarray, budget: float, caught: np.ndarray) -> dict:
    """Recall and false alarms at the budget, alone and with the patterns, per category."""
    ordinary, own = np.array([not e.crisis for e in bank]), budgeted(bank)
    t = threshold_at(scores, own, budget)
    both = caught | (scores >= t)
    return {
        "threshold": round(t, 4),
        "recall_alone": _rate(scores[~ordinary] >= t),
        "false_alarms_alone": _rate(scores[own] >= t),
        "recall_with_patterns": _rate(both[~ordinary]),
        "false_alarms_with_patterns": _rate(both[own]),
        "per_category": {c: _rate(both[[e.category == c for e in bank]]) for c in CATEGORIES},
    }


def measure(bank: list[Example], vectors: np.ndarray, budget: float) -> dict:
    """Recall of the nearest neighbours alone at the budget, per k, grouped and random folds; for
    the grouped folds also with the patterns, overall and per category."""
    ordinary, own = np.array([not e.crisis for e in bank]), budgeted(bank)
    caught = np.array([bool(patterns.match(e.text)) for e in bank])
    out = {}
    for grouped in (True, False):
        fold = folds(bank, vectors, grouped)
        for k in KS:
            scores = out_of_fold(bank, vectors, fold, k)
            if grouped:
                out[f"grouped k={k}"] = row(bank, scores, budget, caught)
            else:
                t = threshold_at(scores, own, budget)
                out[f"random k={k}"] = {
                    "threshold": round(t, 4),
                    "recall_alone": _rate(scores[~ordinary] >= t),
                    "false_alarms_alone": _rate(scores[own] >= t),
                }
    return out


def with_head(
    bank: list[Example], vectors: np.ndarray, augment: Augment, k: int, budget: float
) -> dict:
    """Grouped folds: the nearest neighbours (k) averaged with the head trained on the training
    folds and their variants; the head's scale and the threshold come from these scores."""
    ordinary = np.array([not e.crisis for e in bank])
    caught = np.array([bool(patterns.match(e.text)) for e in bank])
    fold = folds(bank, vectors)
    knn = out_of_fold(bank, vectors, fold, k)
    logits = out_of_fold_fit(bank, vectors, fold, crisis_head.fit_logistic(), augment)
    scale, shift = crisis_head.scale_onto(logits, knn, ordinary)
    combined = (knn + scale * logits + shift) / 2
    return {
        "scale": scale,
        "shift": shift,
        "knn": row(bank, knn, budget, caught),
        "head": row(bank, logits, budget, caught),
        "knn+head": row(bank, combined, budget, caught),
    }


def calibration(
    embedder, bank: list[Example], bank_vecs: np.ndarray, budget: float, head: bool = False
) -> dict:
    """k, the head and the threshold by cross-validation that holds out whole groups of messages
    (written by `bench/crisis.py --calibrate` to calibration.json). With `head`, the head
    (bank-head.npz) is retrained on the whole bank and kept when the average of neighbours and
    head catches more than the neighbours alone in the grouped folds."""
    measured = measure(bank, bank_vecs, budget)
    for name, row in measured.items():
        print(f"   {name:15s} {row}")
    best = max(KS, key=lambda k: measured[f"grouped k={k}"]["recall_alone"])
    method, chosen, extra = "knn", measured[f"grouped k={best}"], {}
    if head:
        chosen, extra = _with_head(embedder, bank, bank_vecs, best, budget)
        method = "knn+head" if "why" in extra else "knn"
    print(f"calibration: {len(bank)} messages, {FOLDS} grouped folds, k={best}, {method}")
    copied = sum(bool(e.source) for e in bank)
    return {
        "model": embedder.name,
        "method": method,
        "k": best,
        "head": HEAD.name if method == "knn+head" else None,
        "threshold": chosen["threshold"],
        "false_alarm_budget": budget,
        "calibrated_on": f"app/safety/bank.jsonl ({len(bank)} lines, {copied} of them copied"
        f" from labelled sets: `source`), {FOLDS}-fold cross-validation holding out whole groups"
        " (a line's kind, else its cluster of the bank's vectors); the budget counts the"
        f" {int(budgeted(bank).sum())} ordinary lines written for the bank",
        "bank_fingerprint": fingerprint(bank, embedder.name),
        **extra,
        "measured": measured,
    }


def _with_head(embedder, bank: list[Example], bank_vecs: np.ndarray, k: int, budget: float):
    """The head's cross-validation, and the head trained and saved if the average wins."""
    variant_of, texts = crisis_head.augmented(bank)
    variants = embedder.embed(texts)
    cv = with_head(bank, bank_vecs, (variant_of, variants), k, budget)
    measured = {"neighbours alone": cv["knn"], "head alone": cv["head"], "average": cv["knn+head"]}
    print(f"   head, grouped k={k}: {measured}")
    if cv["knn+head"]["recall_alone"] <= cv["knn"]["recall_alone"]:
        return cv["knn"], {"head_not_kept": measured}
    stamp = fingerprint(bank, embedder.name)
    save_head(
        crisis_head.train(bank, bank_vecs, variant_of, variants, cv["scale"], cv["shift"], stamp),
        LABELS,
    )
    why = (
        "the mean of the nearest-neighbour score and the head's (7-way logistic regression on the"
        f" bank and {len(texts)} typed variants of its lines, mapped onto the same scale) caught"
        " more crisis messages alone than the neighbours alone at the same share of the bank's"
        " ordinary messages, in folds that hold out whole kinds"
    )
    return cv["knn+head"], {"why": why, "head_measured": measured}


def _rate(flags) -> float | None:
    flags = list(flags)
    return round(sum(map(bool, flags)) / len(flags), 4) if flags else None
