"""The first looks replayed with a larger bank: each independently written set S scored with the
patterns and quiet margins of the commit just before S was first read (`crisis_replay`), and the
meaning score of (a) the bank's own lines with the calibration they had before the sets joined
(`crisis_loso.BEFORE`; those lines include some written after S was read, so (a) is optimistic)
and (b) the bank's own lines plus every other set, recalibrated at `--budget` of the bank's own
ordinary lines (`crisis_loso`; a crisis line of several parts added cut to the parts that carry
it, as the bank has it, unless `--whole`). The whole message is read, not its parts. What a
fresh set's first look would give, as near as the history allows.

    PYTHONPATH=. python bench/crisis_loso_replay.py --cache /tmp/crisis-int8.sqlite
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from app.embed import make_embedder
from app.safety.bank import load_bank, shipped_vectors
from app.safety.meaning import NearestExamples
from bench import crisis_cv, crisis_loso
from bench.crisis import REPO, sets
from bench.crisis_bank_parts import cut_sets
from bench.crisis_loso_table import PUBLIC
from bench.crisis_replay import old_patterns

FIRST_LOOK = {  # the commit each set was first read on (README, BENCHMARKS section 9)
    "heldout-3": "7068f32",
    "heldout-4": "1f8cb33",
    "heldout-5": "2cefab2",
    "heldout-6": "3701e38",
    "heldout-7": "f2e7415",
    "heldout-8": "426c974",
    "heldout-9": "d1b6199",
    "heldout-10": "345d0a1",
    "heldout-11": "7c07eee",
    "heldout-12": "9347d33",
}


def flags(nearest: NearestExamples, threshold: float, vectors, verdicts) -> tuple[list, list]:
    """(patterns or meaning, meaning alone) per line, meaning with the old quiet margin."""
    k = nearest.k
    scores = crisis_cv.knn_scores(nearest.crisis_vectors, nearest.ordinary_vectors, vectors, k)
    meaning = [s >= threshold + m for s, (_, m) in zip(scores, verdicts, strict=True)]
    return [p or m for (p, _), m in zip(verdicts, meaning, strict=True)], meaning


def figures(full: list, meaning: list, crisis: np.ndarray) -> dict:
    full, meaning = np.array(full), np.array(meaning)
    return {
        "recall": int(full[crisis].sum()),
        "false_alarms": int(full[~crisis].sum()),
        "meaning_alone_recall": int(meaning[crisis].sum()),
        "meaning_alone_false_alarms": int(meaning[~crisis].sum()),
        "crisis": int(crisis.sum()),
        "ordinary": int((~crisis).sum()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--budget", type=float, default=0.06)
    parser.add_argument("--whole", action="store_true", help="add crisis lines whole (not cut)")
    parser.add_argument("--cache", type=Path, help="SQLite vector cache (bench/cached.py)")
    parser.add_argument("--out", type=Path, default=Path("/tmp/crisis-loso-replay.json"))
    args = parser.parse_args(argv)
    embedder = make_embedder("onnx-int8")
    if args.cache:
        from bench.cached import CachedEmbedder

        embedder = CachedEmbedder(embedder, args.cache)
    shipped = load_bank()
    vectors = shipped_vectors(shipped, embedder.name)
    own = np.array([not e.source for e in shipped])
    bank, bank_vecs = [e for e in shipped if not e.source], vectors[own]
    data = sets()
    stored = {
        n: crisis_loso.as_shipped(crisis_loso.embed(embedder, [e.text for e in ex]))
        for n, ex in data.items()
    }
    k0, t0 = crisis_loso.BEFORE
    before = NearestExamples(bank, bank_vecs, k0)
    added_data = data if args.whole else cut_sets(data, PUBLIC, stored, embedder, before, t0)
    out = {}
    for name, commit in FIRST_LOOK.items():
        examples = data[name]
        verdicts = old_patterns(commit, REPO / f"eval/crisis/{name}.jsonl")
        added, extra = crisis_loso.enlarged(added_data, stored, name, crisis_only=False)
        big, big_vecs = bank + added, np.vstack([bank_vecs, extra])
        reading = {"b": (crisis_cv.budgeted(big), args.budget)}
        k, t, _ = crisis_loso.recalibrate(big, big_vecs, reading)["b"]
        crisis = np.array([e.crisis for e in examples])
        vecs = crisis_loso.embed(embedder, [e.text for e in examples])
        out[name] = {
            "patterns_of": commit,
            "before": figures(*flags(before, t0, vecs, verdicts), crisis),
            f"enlarged (k={k}, threshold {t})": figures(
                *flags(NearestExamples(big, big_vecs, k), t, vecs, verdicts), crisis
            ),
            "patterns_alone": int(sum(p for (p, _), c in zip(verdicts, crisis, strict=True) if c)),
        }
        print(name, json.dumps(out[name]), flush=True)
    args.out.write_text(json.dumps(out, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
