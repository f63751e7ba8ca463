"""Leave one set out: would the labelled sets in eval/crisis, added to the bank, make the meaning
detector better on a set it has never seen? For each set S, in one run:

- today: the bank's own lines (those without a `source`) with the calibration they had before
  the sets joined the bank (BEFORE);
- today recalibrated: the same lines, k and threshold chosen again the way `--calibrate` does
  (`crisis_cv`: grouped folds, 10 % of the ordinary lines) on the vectors as read now;
- enlarged: the bank's own lines plus every other set's lines (crisis lines with their
  category, ordinary lines as "none", each with its set as `source`; with `--crisis-only`, the
  crisis lines alone), recalibrated the same way, the budget read as each of `--budgets` of the
  bank's own ordinary lines (its hard look-alikes: the sets' ordinary lines are easier, and
  counting them too lowers the threshold), and apart as 10 % of every ordinary line. A crisis
  line of several parts is added cut down to the parts that carry it, as the bank has it
  (`bench/crisis_bank_parts.py`; `--whole` adds it whole, as branch 8q first did).

Reported on S, on the seed questions and on MedQuAD dev + MEDIQA: meaning alone and patterns +
meaning (the full detector: quiet margins, parts), per category; and the whole-message score's
recall on S at the false alarms today's calibration has on S ("matched": each detector's
threshold just above its (n+1)-th highest ordinary line of S, n the number today flags; the
honest figure, since the patterns were fixed on every set and the budget's meaning moves with the
bank's ordinary lines), at 2 / 5 / 10 % of S's ordinary lines, and the area under the curve.
`near_twins`: lines of S with an added line at cosine >= 0.9 / 0.95 / 0.99 (`--dedup COS` drops
such added lines).

    PYTHONPATH=. python bench/crisis_loso.py --cache /tmp/crisis-int8.sqlite --out /tmp/loso.json
    PYTHONPATH=. python bench/crisis_loso.py --sets heldout-7 heldout-12 --crisis-only
    PYTHONPATH=. python bench/crisis_loso.py --without heldout-13 heldout-14   # before they joined
    PYTHONPATH=. python bench/crisis_loso.py --table /tmp/loso.json   # the tables again

Left out: writing anything under app/ (adopting is `bench/crisis_add_sets.py`, then
`bench/crisis.py --calibrate`).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

from app.config import Settings
from app.embed import make_embedder
from app.safety.bank import Example, load_bank, shipped_vectors
from app.safety.detector import Detector
from app.safety.meaning import NearestExamples
from bench import crisis_cv
from bench.crisis import figures as full_figures
from bench.crisis import sets
from bench.crisis_bank_parts import cut_sets
from bench.crisis_loso_table import PUBLIC, RATES, table

# calibration.json before the sets joined the bank (main 157760b): k and threshold
BEFORE = (7, 0.0688)


def as_shipped(vectors: np.ndarray) -> np.ndarray:
    """Vectors as the app reads the bank's (stored float16, normalised again)."""
    v = np.asarray(vectors, dtype=np.float16).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def embed(embedder, texts: list[str]) -> np.ndarray:
    return np.asarray(embedder.embed(texts), dtype=np.float32)


def recalibrate(bank: list[Example], vectors: np.ndarray, readings: dict) -> dict[str, tuple]:
    """k and threshold as `crisis_cv.calibration` chooses them (grouped folds), without the
    random folds, for each reading of the budget: name -> (which ordinary lines count, budget).
    Each: (k, threshold, grouped recall alone)."""
    crisis = np.array([e.crisis for e in bank])
    fold = crisis_cv.folds(bank, vectors)
    best: dict[str, tuple] = {}
    for k in crisis_cv.KS:
        scores = crisis_cv.out_of_fold(bank, vectors, fold, k)
        for name, (counted, budget) in readings.items():
            t = crisis_cv.threshold_at(scores, counted, budget)
            recall = round(float(np.mean(scores[crisis] >= t)), 4)
            if name not in best or recall > best[name][2]:
                best[name] = (k, round(t, 4), recall)
    return best


def readings(bank: list[Example], budgets: list[float]) -> dict:
    """10 % of every ordinary line ("all"), and each budget of the bank's own ordinary lines
    (its hard look-alikes, without a `source`: `crisis_cv.budgeted`, what `--calibrate` counts)."""
    ordinary = np.array([not e.crisis for e in bank])
    out = {f"look-alikes {b:.0%}": (crisis_cv.budgeted(bank), b) for b in budgets}
    return {**out, "all ordinary 10%": (ordinary, 0.10)}


def detector(bank: list[Example], vectors: np.ndarray, embedder, k: int, t: float) -> Detector:
    found = Detector(bank, embedder, t, k)
    found._nearest = NearestExamples(bank, vectors, k)  # the vectors given, not the bank cache
    return found


def matched(scores_now: np.ndarray, t_now: float, scores: np.ndarray, crisis: np.ndarray) -> dict:
    """Recall of `scores` on S at as many of S's ordinary lines as `scores_now` flags at t_now,
    and at RATES of S's ordinary lines; the area under the ROC curve."""
    alarms = int(np.sum(scores_now[~crisis] >= t_now))
    ordinary = int(np.sum(~crisis))
    return {
        "false_alarms": alarms,
        "recall_today_as_calibrated": _rate(scores_now[crisis] >= t_now),
        "recall": recall_at(scores, crisis, alarms),
        **{f"recall_at_{r:.0%}": recall_at(scores, crisis, int(r * ordinary)) for r in RATES},
        "auc": round(float(np.mean(scores[crisis][:, None] > scores[~crisis][None, :])), 4),
    }


def recall_at(scores: np.ndarray, crisis: np.ndarray, alarms: int) -> float | None:
    """Recall with the threshold just above the (alarms+1)-th highest ordinary score."""
    ranked = np.sort(scores[~crisis])[::-1]
    t = ranked[alarms] if alarms < len(ranked) else -np.inf
    return _rate(scores[crisis] > t)


def summary(result: dict) -> dict:
    keep = ("recall", "false_alarms", "false_alarm_rate")
    out = {m: {k: result[m][k] for k in keep} for m in ("meaning", "both")}
    out["per_category_both"] = {c: v["recall"] for c, v in result["per_category"].items()}
    out["missed"] = result["missed"]
    out["false_alarm_messages"] = result["false_alarm_messages"]
    return out


def category_alone(examples: list[Example], scores: np.ndarray, t: float) -> dict:
    cats = sorted({e.category for e in examples if e.crisis})
    return {
        c: _rate([s >= t for e, s in zip(examples, scores, strict=True) if e.category == c])
        for c in cats
    }


def run_set(name: str, data: dict, vecs: dict, detectors: dict, public: dict) -> dict:
    """One left-out set: its figures under each detector, the public sets' under each (those of
    the detectors that do not depend on the set are kept in `public`)."""
    out = {}
    examples = data[name]
    crisis = np.array([e.crisis for e in examples])
    raw = {}
    for label, det in detectors.items():
        print(f"\n##### {name}: {label} (k={det.k}, threshold {det.threshold})")
        row = {"k": det.k, "threshold": det.threshold, "bank": len(det.examples)}
        row[name] = summary(full_figures(name, examples, det, vecs[name]))
        for part in PUBLIC:
            if label.startswith("enlarged") or (label, part) not in public:
                result = summary(full_figures(part, data[part], det, vecs[part]))
                public[label, part] = result
            row[part] = public[label, part]
        nearest = det.nearest()
        raw[label] = crisis_cv.knn_scores(
            nearest.crisis_vectors, nearest.ordinary_vectors, vecs[name], det.k
        )
        row["meaning_alone_per_category"] = category_alone(examples, raw[label], det.threshold)
        out[label] = row
    today = detectors["today"]
    out["matched"] = {
        label: matched(raw["today"], today.threshold, raw[label], crisis) for label in raw
    }
    print(f"\n== {name} matched: {out['matched']}")
    return out


def enlarged(data: dict, stored: dict, left_out: str, crisis_only: bool) -> tuple:
    """Every other set's lines (only the crisis ones with `crisis_only`), each with its set as
    `source`, and their vectors."""
    names = [n for n in data if n not in PUBLIC and n != left_out]
    pairs = [
        (replace(e, source=f"eval/crisis/{n}.jsonl"), v)
        for n in names
        for e, v in zip(data[n], stored[n], strict=True)
        if e.crisis or not crisis_only
    ]
    return [e for e, _ in pairs], np.vstack([v for _, v in pairs])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="*", help="left-out sets (default: every eval/crisis set)")
    parser.add_argument("--crisis-only", action="store_true", help="add only the crisis lines")
    parser.add_argument("--whole", action="store_true", help="add crisis lines whole (not cut)")
    parser.add_argument(
        "--budgets",
        nargs="+",
        type=float,
        default=[0.10, 0.06],
        help="for the enlarged bank: shares of the shipped bank's ordinary lines meaning may flag",
    )
    parser.add_argument(
        "--dedup",
        type=float,
        metavar="COS",
        help="drop added lines at this cosine or more from a line of the left-out set",
    )
    parser.add_argument(
        "--without",
        nargs="+",
        default=[],
        metavar="SET",
        help="leave these sets out altogether (neither left out in turn nor added): the bank's sets"
        " before they joined",
    )
    parser.add_argument("--cache", type=Path, help="SQLite vector cache (bench/cached.py)")
    parser.add_argument("--backend", default=Settings().backend)
    parser.add_argument("--out", type=Path, default=Path("/tmp/crisis-loso.json"))
    parser.add_argument("--table", type=Path, metavar="JSON", help="only print a run's tables")
    args = parser.parse_args(argv)
    if args.table:
        print(table(json.loads(args.table.read_text("utf-8"))))
        return 0
    embedder = make_embedder(args.backend)
    if args.cache:
        from bench.cached import CachedEmbedder

        embedder = CachedEmbedder(embedder, args.cache)
    shipped = load_bank()
    bank_vecs = shipped_vectors(shipped, embedder.name)
    if bank_vecs is None:
        sys.exit("app/safety/bank-vectors.npz is missing or stale: run bench/crisis.py --calibrate")
    own = ~np.array([bool(e.source) for e in shipped])  # the lines written for the bank
    bank, bank_vecs = [e for e in shipped if not e.source], bank_vecs[own]
    data = {n: ex for n, ex in sets().items() if n not in args.without}
    vecs = {n: embed(embedder, [e.text for e in ex]) for n, ex in data.items()}
    stored = {n: as_shipped(v) for n, v in vecs.items()}
    k0, t0 = BEFORE
    if args.whole:
        added_data = data
    else:
        nearest = NearestExamples(bank, bank_vecs, k0)
        added_data = cut_sets(data, PUBLIC, stored, embedder, nearest, t0)
    k1, t1, cv1 = recalibrate(bank, bank_vecs, readings(bank, [0.10]))["all ordinary 10%"]
    print(f"today k={k0} t={t0}; today recalibrated k={k1} t={t1} (grouped recall alone {cv1})")
    report = {"args": {k: str(v) for k, v in vars(args).items()}, "sets": {}}
    public: dict = {}
    names = args.sets or [n for n in data if n not in PUBLIC]
    for name in names:
        added, extra = enlarged(added_data, stored, name, args.crisis_only)
        own = as_shipped(vecs[name])  # S as written (its stored vectors may be cut)
        near = (extra @ own.T).max(axis=0)  # each line of S: its closest added line
        if args.dedup:
            keep = (extra @ own.T).max(axis=1) < args.dedup
            added, extra = [e for e, x in zip(added, keep, strict=True) if x], extra[keep]
        big, big_vecs = bank + added, np.vstack([bank_vecs, extra])
        chosen = recalibrate(big, big_vecs, readings(big, args.budgets))
        detectors = {
            "today": detector(bank, bank_vecs, embedder, k0, t0),
            "today recalibrated": detector(bank, bank_vecs, embedder, k1, t1),
            **{
                f"enlarged, {reading}": detector(big, big_vecs, embedder, k, t)
                for reading, (k, t, _) in chosen.items()
            },
        }
        figures = run_set(name, data, vecs, detectors, public)
        twins = {f"cos>={c}": int(np.sum(near >= c)) for c in (0.9, 0.95, 0.99)}
        report["sets"][name] = {"enlarged_cv": chosen, "near_twins": twins, **figures}
        args.out.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(table(report))
    return 0


def _rate(flags) -> float | None:
    flags = list(flags)
    return round(sum(map(bool, flags)) / len(flags), 4) if flags else None


if __name__ == "__main__":
    sys.exit(main())
