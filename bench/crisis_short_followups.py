"""Short follow-ups and a rule to quiet them, measured without the bank's memory: every line with
a history (eval/crisis/followups/*.jsonl, the seed files) and every crisis line of the labelled
sets of at most 12 words asked after each of five ordinary questions, each scored against the bank
without its own set's lines (leave one set out), read the product's way (`turns.read_turn`). Then
a candidate rule simulated over a grid: a follow-up of at most W words flagged only by the meaning
of its own vector, after turns that no pattern flags, is dropped when the message read with the
conversation's topic (`Query.context`) scores more than M under the threshold. Prints, per (W, M),
the crises lost and the false alarms removed (BENCHMARKS section 9, "Held-out 15 joins the bank").

    PYTHONPATH=. python bench/crisis_short_followups.py --out /tmp/short.pkl
    PYTHONPATH=. python bench/crisis_short_followups.py --grid /tmp/short.pkl   # the table again

Left out: changing anything under app/ (the rule was not adopted).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from app import retrieve
from app.embed import make_embedder
from app.safety import patterns
from app.safety.bank import load_bank, shipped_vectors
from app.safety.detector import Detector, read_calibration
from app.safety.meaning import NearestExamples
from app.safety.turns import read_turn
from bench.crisis import conversations, sets

ASKED = [
    "does exercise help depression",
    "what foods raise dopamine",
    "can you take benadryl to sleep",
    "how long does sertraline take to work",
    "what are early signs of parkinsons",
]
WORDS = (6, 8, 10, 12, 99)
MARGINS = (0.0, 0.06, 0.15, 0.3)


def lines() -> list[tuple[str, str, list[str], bool, str | None]]:
    """(group, text, history, crisis, the set to leave out of the bank or None)."""
    rows = [
        (name, e.text, history, e.crisis, None)
        for name, found in conversations().items()
        if not name.endswith(" alone")
        for e, history in found
        if history
    ]
    for name, examples in sets().items():
        if name in ("seed", "medquad+mediqa"):
            continue
        short = [e for e in examples if e.crisis and len(e.text.split()) <= 12]
        source = f"eval/crisis/{name}.jsonl"
        rows += [("synthetic", e.text, [q], True, source) for e in short for q in ASKED]
    return rows


def features(backend: str) -> dict:
    embedder = make_embedder(backend)
    calibration = read_calibration()
    bank = load_bank()
    vectors = shipped_vectors(bank, embedder.name)
    if vectors is None:
        sys.exit("app/safety/bank-vectors.npz is stale: run bench/crisis.py --calibrate")
    detectors: dict[str | None, Detector] = {}

    def detector(source: str | None) -> Detector:
        if source not in detectors:
            keep = np.array([e.source != source for e in bank])
            kept = [e for e, k in zip(bank, keep, strict=True) if k]
            found = Detector(kept, embedder, calibration["threshold"], calibration["k"])
            found._nearest = NearestExamples(kept, vectors[keep], calibration["k"])
            detectors[source] = found
        return detectors[source]

    rows = lines()
    queries = [retrieve.contextualize(text, history) for _, text, history, _, _ in rows]
    embedded = retrieve.embed_queries(embedder, queries)
    out = []
    for (group, text, history, crisis, source), query, row in zip(
        rows, queries, retrieve.own_rows(queries), strict=True
    ):
        found = detector(source)
        own = embedded[row]
        context = embedded[row + 1] if query.context else None
        alone = found.detect(text, own)
        out.append(
            {
                "group": group,
                "text": text,
                "history": history,
                "crisis": crisis,
                "words": len(text.split()),
                "leans": query.leans,
                "context": None if context is None else found.nearest().judge(context).score,
                "own_meaning_only": alone.by == ("meaning",),
                "final": read_turn(found, text, history, query, own, context).crisis,
                "joined": bool(patterns.match(" ".join([*history[-2:], text]))),
                "history_flagged": any(patterns.match(turn) for turn in history),
            }
        )
    return {"rows": out, "threshold": calibration["threshold"], "k": calibration["k"]}


def quieted(row: dict, words: int, margin: float, threshold: float) -> bool:
    return (
        row["own_meaning_only"]
        and row["context"] is not None
        and row["words"] <= words
        and not row["history_flagged"]
        and row["context"] < threshold - margin
    )


def grid(data: dict) -> None:
    rows, threshold = data["rows"], data["threshold"]
    print(f"k={data['k']} threshold={threshold} lines={len(rows)}")
    for words in WORDS:
        for margin in MARGINS:
            changed = [
                r
                for r in rows
                if r["final"]
                and quieted(r, words, margin, threshold)
                and not (r["leans"] and r["joined"])
            ]
            lost = Counter(r["group"] for r in changed if r["crisis"])
            gone = Counter(r["group"] for r in changed if not r["crisis"])
            print(
                f"W={words:2d} M={margin:.2f}: crises lost {sum(lost.values()):3d} {dict(lost)};"
                f" false alarms removed {sum(gone.values()):2d} {dict(gone)}"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", default="onnx-int8")
    parser.add_argument("--out", type=Path, help="keep the features here (pickle)")
    parser.add_argument("--grid", type=Path, help="only print the table from kept features")
    args = parser.parse_args(argv)
    if args.grid:
        data = pickle.loads(args.grid.read_bytes())
    else:
        data = features(args.backend)
        if args.out:
            args.out.write_bytes(pickle.dumps(data))
    grid(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
