"""What the larger bank costs per question: the detector given the question's vector, with the
bank's own lines (those without a `source`, at the calibration they had before the sets joined:
`crisis_loso.BEFORE`) and with the whole bank (the shipped calibration), side by side in one
process, in alternating order, on the seed questions and apart on messages of several parts
(these pay one batched embedding call, the same for both); and the vectors' size in memory.

    PYTHONPATH=. python bench/crisis_bank_size.py --rounds 5
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

import numpy as np

from app.embed import make_embedder
from app.safety import parts
from app.safety.bank import load_bank, shipped_vectors
from app.safety.detector import Detector, read_calibration
from app.safety.meaning import NearestExamples
from bench.crisis import sets
from bench.crisis_loso import BEFORE


def detectors(embedder) -> dict[str, Detector]:
    bank = load_bank()
    vectors = shipped_vectors(bank, embedder.name)
    own = np.array([not e.source for e in bank])
    calibration = read_calibration()
    out = {}
    for name, lines, vecs, (k, t) in (
        ("own lines", [e for e in bank if not e.source], vectors[own], BEFORE),
        ("whole bank", bank, vectors, (calibration["k"], calibration["threshold"])),
    ):
        found = Detector(lines, embedder, t, k)
        found._nearest = NearestExamples(lines, vecs, k)
        out[name] = found
    return out


def timings(found: dict[str, Detector], texts: list[str], vectors, rounds: int) -> dict:
    spent: dict[str, list[float]] = {name: [] for name in found}
    for n in range(rounds):
        for text, vector in zip(texts, vectors, strict=True):
            order = list(found) if n % 2 == 0 else list(found)[::-1]
            for name in order:
                start = time.perf_counter()
                found[name].detect(text, vector)
                spent[name].append((time.perf_counter() - start) * 1000)
    paired = np.array(spent["whole bank"]) - np.array(spent["own lines"])
    out = {name: {"p50_ms": round(statistics.median(v), 3)} for name, v in spent.items()}
    for name, v in spent.items():
        out[name]["p99_ms"] = round(float(np.percentile(v, 99)), 3)
    out["added_p50_ms"] = round(float(np.median(paired)), 3)
    out["calls"] = len(paired)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    embedder = make_embedder("onnx-int8")
    found = detectors(embedder)
    for d in found.values():
        d.warm()
    everything = sets()
    seed = [e.text for e in everything["seed"]]
    multipart = [e.text for ex in everything.values() for e in ex if parts.split(e.text)][:300]
    for label, texts in (("seed questions", seed), ("messages of several parts", multipart)):
        print(label, timings(found, texts, embedder.embed(texts), args.rounds), flush=True)
    for name, d in found.items():
        n = d.nearest()
        size = n.crisis_vectors.nbytes + n.ordinary_vectors.nbytes
        print(f"{name}: {len(d.examples)} lines, vectors {size / 1e6:.1f} MB in memory (float32)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
