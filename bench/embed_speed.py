"""Embedding backends side by side in one process: passages/s (batch 32), one-query latency
(warm, one at a time) and cosine to torch fp32, on MedQuAD passages and dev questions.

    PYTHONPATH=. python bench/embed_speed.py [--passages 256] [--queries 60] [--rounds 2]

Rounds alternate the backends (A B C D A B C D ...) so a change in the machine's load hits all of
them alike; the best round is reported. Retrieval quality per backend is in bench/variants.py.
"""

from __future__ import annotations

import argparse
import random
import time

import numpy as np

from app.build import embed_text
from app.config import Settings
from app.corpus import read_corpus
from app.embed import make_embedder
from app.split import split_article
from bench.common import DEV_QUESTIONS, machine, medquad_subset, questions, save_json

BACKENDS = ("torch", "bf16", "onnx", "onnx-int8")


def sample_texts(n: int, seed: int = 7) -> list[str]:
    settings = Settings()
    articles, _ = read_corpus(medquad_subset())
    passages = [p for a in articles for p in split_article(a, settings.min_words, 160)]
    chosen = random.Random(seed).sample(passages, n)
    return [embed_text(p, settings) for p in chosen]


def throughput(embedder, texts: list[str]) -> float:
    started = time.perf_counter()
    embedder.embed(texts)
    return len(texts) / (time.perf_counter() - started)


def one_query(embedder, queries: list[str]) -> float:
    times = []
    for q in queries:
        started = time.perf_counter()
        embedder.embed([q])
        times.append(time.perf_counter() - started)
    return float(np.median(times)) * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--passages", type=int, default=256)
    ap.add_argument("--queries", type=int, default=60)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--backends", default=",".join(BACKENDS))
    args = ap.parse_args()
    backends = args.backends.split(",")
    texts = sample_texts(args.passages)
    queries = [q["question"] for q in questions(DEV_QUESTIONS)[: args.queries]]
    embedders = {b: make_embedder(b, 32) for b in backends}
    for e in embedders.values():
        e.embed(["warm up"] + texts[:32])  # load, export if needed, first-call allocations
    rate = {b: 0.0 for b in backends}
    latency = {b: float("inf") for b in backends}
    for _ in range(args.rounds):
        for b, e in embedders.items():
            rate[b] = max(rate[b], throughput(e, texts))
            latency[b] = min(latency[b], one_query(e, queries))
    ref_p = embedders[backends[0]].embed(texts)
    ref_q = embedders[backends[0]].embed(queries)
    rows = []
    for b, e in embedders.items():
        cos_p = np.sum(ref_p * e.embed(texts), axis=1)
        cos_q = np.sum(ref_q * e.embed(queries), axis=1)
        rows.append(
            {
                "backend": b,
                "passages_per_s": rate[b],
                "speedup": rate[b] / rate[backends[0]],
                "one_query_ms": latency[b],
                "query_speedup": latency[backends[0]] / latency[b],
                "cos_mean": float(np.concatenate([cos_p, cos_q]).mean()),
                "cos_min": float(np.concatenate([cos_p, cos_q]).min()),
            }
        )
    print(f"{len(texts)} MedQuAD passages, {len(queries)} dev questions, best of {args.rounds}")
    print("backend     passages/s  x fp32  one query ms  x fp32  cosine to fp32 mean / min")
    for r in rows:
        print(
            f"{r['backend']:<10} {r['passages_per_s']:11.1f} {r['speedup']:7.2f}"
            f" {r['one_query_ms']:13.2f} {r['query_speedup']:7.2f}"
            f"   {r['cos_mean']:.4f} / {r['cos_min']:.4f}"
        )
    save_json("embed_speed", {"machine": machine(), "args": vars(args), "rows": rows})


if __name__ == "__main__":
    main()
