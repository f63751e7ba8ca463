"""The product's full reading of each labelled set with that set's own lines left out of the bank:
what a blind set would see (false alarms and misses), and for each flagged ordinary line which
reading fired: "patterns", "whole" (the message's own vector), "part" (a part's vector), with its
score against the threshold, the quiet margin asked, and the nearest crisis and ordinary lines of
the bank. The dev sets' figures from `bench/crisis.py` hide the meaning detector's false alarms:
every line of theirs is in the bank, so each ordinary line sits on its own ordinary twin.

    PYTHONPATH=. python bench/crisis_blind_alarms.py --cache /tmp/crisis-int8.sqlite \
        --out /tmp/blind-alarms.json [--sets heldout-22 heldout-23]

Only sets with lines in the bank (`source`) are read; the unseen sets are never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from app.embed import make_embedder
from app.safety import parts, patterns
from app.safety.bank import load_bank, shipped_vectors
from app.safety.detector import Detector, read_calibration
from app.safety.meaning import NearestExamples
from bench.crisis import sets


def left_out(bank, vectors, name: str, embedder, calibration) -> Detector:
    keep = np.array([e.source != f"eval/crisis/{name}.jsonl" for e in bank])
    kept = [e for e, k in zip(bank, keep, strict=True) if k]
    found = Detector(kept, embedder, calibration["threshold"], calibration["k"])
    found._nearest = NearestExamples(kept, vectors[keep], calibration["k"])
    return found


def reading(detector: Detector, text: str, vector: np.ndarray, hit) -> dict:
    """Which reading fired, with the whole message's score, margin and neighbours."""
    nearest = detector.nearest()
    score = nearest.judge(vector).score
    fired = "patterns" if patterns.match(text) else "whole"
    if fired == "whole" and score < detector.threshold + detector._margin(text):
        fired = "part"
    pos = nearest.crisis_vectors @ vector
    neg = nearest.ordinary_vectors @ vector
    crisis_texts = [e.text for e in detector.examples if e.crisis]
    ordinary_texts = [e.text for e in detector.examples if not e.crisis]
    return {
        "text": text,
        "fired": fired,
        "over": round(score - detector.threshold, 3),
        "part_over": None if hit.score is None else round(hit.score - detector.threshold, 3),
        "quiet": list(patterns.quiet_readings(text)),
        "parts": len(parts.split(text)),
        "crisis_near": [(crisis_texts[i], round(float(pos[i]), 3)) for i in np.argsort(-pos)[:3]],
        "ordinary_near": [
            (ordinary_texts[i], round(float(neg[i]), 3)) for i in np.argsort(-neg)[:3]
        ],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="*")
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--out", type=Path, default=Path("/tmp/blind-alarms.json"))
    args = parser.parse_args(argv)
    embedder = make_embedder("onnx-int8")
    if args.cache:
        from bench.cached import CachedEmbedder

        embedder = CachedEmbedder(embedder, args.cache)
    bank = load_bank()
    vectors = shipped_vectors(bank, embedder.name)
    calibration = read_calibration()
    names = {e.source.removeprefix("eval/crisis/").removesuffix(".jsonl") for e in bank}
    out, total = {}, np.zeros(4, dtype=int)
    for name, examples in sets().items():
        if name not in names or (args.sets and name not in args.sets):
            continue
        detector = left_out(bank, vectors, name, embedder, calibration)
        vecs = np.asarray(embedder.embed([e.text for e in examples]), dtype=np.float32)
        hits = [detector.detect(e.text, v) for e, v in zip(examples, vecs, strict=True)]
        crisis = [h.crisis for e, h in zip(examples, hits, strict=True) if e.crisis]
        ordinary = [h.crisis for e, h in zip(examples, hits, strict=True) if not e.crisis]
        out[name] = {
            "caught": sum(crisis),
            "crisis": len(crisis),
            "false_alarms": sum(ordinary),
            "ordinary": len(ordinary),
            "missed": [
                e.text for e, h in zip(examples, hits, strict=True) if e.crisis and not h.crisis
            ],
            "flagged": [
                reading(detector, e.text, v, h)
                for e, v, h in zip(examples, vecs, hits, strict=True)
                if not e.crisis and h.crisis
            ],
        }
        total += [sum(crisis), len(crisis), sum(ordinary), len(ordinary)]
        kinds = [f["fired"] for f in out[name]["flagged"]]
        print(
            f"{name:12s} caught {sum(crisis)}/{len(crisis)}  false alarms {sum(ordinary)}/"
            f"{len(ordinary)}  ({', '.join(f'{k} {kinds.count(k)}' for k in sorted(set(kinds)))})",
            flush=True,
        )
    print(f"all          caught {total[0]}/{total[1]}  false alarms {total[2]}/{total[3]}")
    args.out.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
