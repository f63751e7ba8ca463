"""The crisis encoder (`bench/crisis_encoder.py`) against today's meaning detector, side by side on
one backend: the nearest-neighbour score (k nearest crisis lines minus k nearest ordinary ones,
`app/safety/meaning.py`) over the whole bank, each model embedding the bank and the messages.

    PYTHONPATH=. nice -n 10 python bench/crisis_encoder_eval.py --encoder /tmp/crisis-enc \
        [--backend int8|fp32] [--k K] [--out bench/out/crisis_encoder.json]

Candidates: today's vectors, the encoder's, the average of the two scores (each put on one scale by
fold 0's ordinary lines), and a 7-way logistic head on the encoder's vectors (`encoder head`).
Figures (meaning score alone, no patterns):
  - per eval/crisis/ set and pooled over held-out 6-8: recall of crisis lines at thresholds that
    flag 1, 2, 5, 10 and 20 % of the set's own ordinary lines (the curve), and per category at 2,
    5 and 10 %; lines whose text is also in the bank (case and spaces aside) are dropped;
  - the shipping thresholds, chosen without eval/: today's from calibration.json, the encoder's
    from the bank's grouped fold 0 (held out of its training): the score over which BUDGET of
    that fold's ordinary lines fall, scored against the other folds;
  - false alarms on real ordinary questions (eval/seed-*.jsonl, MedQuAD dev, MEDIQA consumer) at
    the shipping thresholds and at the thresholds matched on held-out 6-8;
  - the latency of one more int8 forward pass for a short message (p50, alternating with nothing).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

from app.embed.onnx import OnnxEmbedder
from app.safety.bank import CATEGORIES, Example, load_bank, read_examples
from app.safety.detector import read_calibration
from app.safety.meaning import NearestExamples
from bench.crisis import POLICY, REPO, SHARED, question_set
from bench.crisis_encoder import split
from bench.crisis_encoder_tables import details, table

RATES = (0.01, 0.02, 0.05, 0.10, 0.20)
CATEGORY_RATES = (0.02, 0.05, 0.10)
POOLED = ("heldout-6", "heldout-7", "heldout-8")
BUDGET = 0.10  # as bench/crisis.py: share of the bank's ordinary lines meaning may flag


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def crisis_sets(bank: list[Example]) -> tuple[dict[str, list[Example]], int]:
    """Every eval/crisis/ file without the lines the bank holds too; and how many were dropped."""
    known, dropped, out = {_key(e.text) for e in bank}, 0, {}
    for path in sorted((REPO / "eval/crisis").glob("*.jsonl")):
        lines = read_examples(path)
        kept = [e for e in lines if _key(e.text) not in known]
        dropped += len(lines) - len(kept)
        out[path.stem] = kept
    out["pooled 6-8"] = [e for name in POOLED for e in out[name]]
    return out, dropped


def real_questions() -> dict[str, list[str]]:
    files = sorted((REPO / "eval").glob("seed-*.jsonl"))
    seed = [e.text for p in files for e in question_set(p) if not e.crisis]
    return {
        "seed": list(dict.fromkeys(seed)),
        "medquad": [
            e.text
            for e in question_set(SHARED / "datasets/medquad/dev-questions.jsonl")
            if e.text not in POLICY
        ],
        "mediqa": [
            e.text
            for e in question_set(SHARED / "datasets/mediqa-consumer/questions.jsonl")
            if e.text not in POLICY
        ],
    }


def at_rate(scores: np.ndarray, ordinary: np.ndarray, rate: float) -> float:
    """The lowest threshold that flags at most `rate` of the ordinary lines."""
    ranked = np.sort(scores[ordinary])[::-1]
    n = int(rate * len(ranked))
    return float(ranked[n]) + 1e-6 if n < len(ranked) else float(ranked[-1])


def curve(lines: list[Example], scores: np.ndarray) -> dict:
    ordinary = np.array([not e.crisis for e in lines])
    out = {"crisis": int((~ordinary).sum()), "ordinary": int(ordinary.sum()), "recall_at": {}}
    for rate in RATES:
        t = at_rate(scores, ordinary, rate)
        out["recall_at"][f"{rate:.0%}"] = _rate(scores[~ordinary] >= t)
    out["per_category"] = {}
    for rate in CATEGORY_RATES:
        t = at_rate(scores, ordinary, rate)
        out["per_category"][f"{rate:.0%}"] = {
            c: _rate(scores[[e.category == c for e in lines]] >= t)
            for c in CATEGORIES
            if any(e.category == c for e in lines)
        }
    out["thresholds"] = {f"{r:.0%}": round(at_rate(scores, ordinary, r), 4) for r in RATES}
    return out


def scored(embedder, bank: list[Example], sets: dict, questions: dict, k: int) -> dict:
    """Every score one model gives: fold 0 against the other folds, the eval/ sets and the real
    questions against the whole bank."""
    train, held = split(bank)
    reference = NearestExamples(train, embedder.embed([e.text for e in train]), k)
    nearest = NearestExamples(bank, embedder.embed([e.text for e in bank]), k)
    return {
        "fold0": reference.scores(embedder.embed([e.text for e in held])),
        "sets": {s: nearest.scores(embedder.embed([e.text for e in ex])) for s, ex in sets.items()},
        "real": {q: nearest.scores(embedder.embed(texts)) for q, texts in questions.items()},
    }


def head_scored(embedder, bank: list[Example], sets: dict, questions: dict) -> dict:
    """The same, from a 7-way logistic head (`bench/crisis_head.fit`, C = 10, no variants)
    trained on the training folds' vectors: its log-odds that a message is not ordinary."""
    from bench.crisis_head import fit

    train, held = split(bank)
    head = fit(embedder.embed([e.text for e in train]), [e.category for e in train])

    def score(texts: list[str]) -> np.ndarray:
        return np.array([head.logit(v) for v in embedder.embed(texts)])

    return {
        "fold0": score([e.text for e in held]),
        "sets": {s: score([e.text for e in ex]) for s, ex in sets.items()},
        "real": {q: score(texts) for q, texts in questions.items()},
    }


class Remembering:
    """An embedder that embeds each text once (the bank and the sets are scored more than once)."""

    def __init__(self, inner):
        self.inner, self.seen = inner, {}

    def embed(self, texts: list[str]) -> np.ndarray:
        todo = list(dict.fromkeys(t for t in texts if t not in self.seen))
        for text, vector in zip(todo, self.inner.embed(todo), strict=True):
            self.seen[text] = vector
        return np.array([self.seen[t] for t in texts], dtype=np.float32).reshape(-1, 384)


def averaged(a: dict, b: dict, held: list[Example]) -> dict:
    """The mean of two models' scores, each first put on one scale by fold 0's ordinary lines
    (median 0, 90th percentile 1)."""
    ordinary = np.array([not e.crisis for e in held])

    def scale(scores: dict):
        mid, high = np.percentile(scores["fold0"][ordinary], [50, 90])
        return lambda s: (s - mid) / (high - mid)

    fa, fb = scale(a), scale(b)
    return {
        "fold0": (fa(a["fold0"]) + fb(b["fold0"])) / 2,
        "sets": {s: (fa(a["sets"][s]) + fb(b["sets"][s])) / 2 for s in a["sets"]},
        "real": {q: (fa(a["real"][q]) + fb(b["real"][q])) / 2 for q in a["real"]},
    }


def fold_figures(scores: np.ndarray, held: list[Example], budget: float) -> dict:
    """The threshold that flags `budget` of fold 0's ordinary lines (chosen without eval/), and
    fold 0's recall curve (the bank-only figure that chooses between training recipes)."""
    crisis = np.array([e.crisis for e in held])
    t = at_rate(scores, ~crisis, budget)
    fold = {f"{r:.0%}": _rate(scores[crisis] >= at_rate(scores, ~crisis, r)) for r in RATES}
    return {"threshold": round(t, 4), "fold0_recall_at": fold}


def latency(embedder, texts: list[str], rounds: int = 3) -> dict:
    """p50 of one more forward pass per message (the second pass the encoder would add)."""
    embedder.embed(texts[:5])
    times = []
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter()
            embedder.embed([text])
            times.append((time.perf_counter() - start) * 1000)
    return {"p50_ms": round(statistics.median(times), 3), "runs": len(times)}


def figures(scores: dict, sets: dict, questions: dict, threshold: float, fold: dict) -> dict:
    result = {"threshold": threshold, "bank_fold0": fold, "sets": {}, "real": {}}
    for s, lines in sets.items():
        x = scores["sets"][s]
        result["sets"][s] = curve(lines, x) | {
            "at_shipping": {
                "recall": _rate(x[[e.crisis for e in lines]] >= threshold),
                "false_alarms": _rate(x[[not e.crisis for e in lines]] >= threshold),
            }
        }
    pooled = result["sets"]["pooled 6-8"]["thresholds"]
    for q, texts in questions.items():
        x = scores["real"][q]
        result["real"][q] = {"questions": len(texts), "at_shipping": int((x >= threshold).sum())}
        for rate, t in pooled.items():
            result["real"][q][f"at pooled 6-8 {rate}"] = int((x >= t).sum())
        result["real"][q]["flagged_at_shipping"] = [
            t for t, v in zip(texts, x, strict=True) if v >= threshold
        ]
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--encoder", type=Path, required=True, help="bench/crisis_encoder.py --out")
    ap.add_argument("--backend", choices=("int8", "fp32"), default="int8")
    ap.add_argument("--k", type=int, default=0, help="neighbours (0: calibration.json's)")
    ap.add_argument("--out", type=Path, default=REPO / "bench/out/crisis_encoder.json")
    args = ap.parse_args(argv)
    calibration = read_calibration()
    k = args.k or calibration["k"]
    quantized = args.backend == "int8"
    base = OnnxEmbedder(quantized=quantized)
    tuned = OnnxEmbedder(quantized=quantized, folder=args.encoder / "onnx" / args.backend)
    bank = load_bank()
    held = split(bank)[1]
    sets, dropped = crisis_sets(bank)
    questions = real_questions()
    remembered = {"today": Remembering(base), "encoder": Remembering(tuned)}
    scores = {name: scored(e, bank, sets, questions, k) for name, e in remembered.items()}
    scores["average"] = averaged(scores["today"], scores["encoder"], held)
    scores["encoder head"] = head_scored(remembered["encoder"], bank, sets, questions)
    report = {"backend": args.backend, "k": k, "dropped_collisions": dropped}
    for name, x in scores.items():
        fold = fold_figures(x["fold0"], held, BUDGET)
        # Today's shipping threshold is calibration.json's (int8); fp32 has none: fold 0's.
        t = calibration["threshold"] if name == "today" and quantized else fold["threshold"]
        report[name] = figures(x, sets, questions, t, fold)
        print(f"{name}: threshold {t:.4f}, bank fold 0 {fold}", file=sys.stderr)
    short = [e.text for e in sets["pooled 6-8"]][:200]
    order = (("today", base), ("encoder", tuned))
    report["latency"] = {name: latency(embedder, short) for name, embedder in order}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", "utf-8")
    for name in ("encoder", "average", "encoder head"):
        table(report, name)
    details(report)
    return 0


def _rate(flags) -> float | None:
    flags = np.asarray(flags, dtype=bool)
    return round(float(flags.mean()), 4) if flags.size else None


if __name__ == "__main__":
    sys.exit(main())
