"""Exact (IndexFlatIP) against the product's HNSW index (app.store.vector_index above
`approx_above`) on a synthetic index: build time, memory, recall@10, latency per query.

    PYTHONPATH=. python bench/ann.py [--n 1000000] [--budget 600] [--queries 300]

Data: n unit vectors of 384 floats with cluster structure, made from a fixed seed: 2,000 random
centres; each vector is its centre plus noise in a 48-dimensional random subspace (the part that
makes neighbours within a cluster hard to tell apart) plus a little isotropic noise, normalised.
Queries are database vectors, perturbed and normalised again; the truth is the exact top 10.
The HNSW index is filled in chunks of 50,000; if the build outlasts --budget seconds it stops
there, and both indexes are measured on the vectors it holds (the run says so).
"""

from __future__ import annotations

import argparse
import time

import faiss
import numpy as np

from app.store import vector_index
from bench.common import machine, rss_mb, save_json

DIM = 384
CHUNK = 50_000
EF_SEARCH = (16, 32, 64, 128, 256)


def unit(x: np.ndarray) -> np.ndarray:
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def synthetic(n: int, seed: int = 7) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = unit(rng.standard_normal((2000, DIM), dtype=np.float32))
    basis = unit(rng.standard_normal((48, DIM), dtype=np.float32))
    out = np.empty((n, DIM), dtype=np.float32)
    for start in range(0, n, 100_000):
        m = min(100_000, n - start)
        x = centres[rng.integers(0, len(centres), m)]
        x += 0.12 * rng.standard_normal((m, 48), dtype=np.float32) @ basis
        x += 0.02 * rng.standard_normal((m, DIM), dtype=np.float32)
        out[start : start + m] = unit(x)
    return out


def perturbed(base: np.ndarray, count: int, seed: int = 8) -> np.ndarray:
    rng = np.random.default_rng(seed)
    picks = base[rng.choice(len(base), count, replace=False)]
    return unit(picks + 0.03 * rng.standard_normal(picks.shape, dtype=np.float32))


def one_at_a_time(index, queries: np.ndarray, k: int = 10) -> tuple[np.ndarray, dict]:
    ids, times = np.empty((len(queries), k), dtype=np.int64), []
    for i, q in enumerate(queries):
        t = time.perf_counter()
        _, ids[i] = index.search(q[None, :], k)
        times.append(time.perf_counter() - t)
    ms = np.array(times) * 1000
    return ids, {"p50_ms": float(np.percentile(ms, 50)), "p95_ms": float(np.percentile(ms, 95))}


def recall(found: np.ndarray, truth: np.ndarray) -> float:
    return float(
        np.mean([len(set(f) & set(t)) / len(t) for f, t in zip(found, truth, strict=True)])
    )


def build_hnsw(vectors: np.ndarray, budget: float) -> tuple[faiss.Index, float, int]:
    index = vector_index(vectors[:0], approx_above=-1)  # the product's HNSW, empty
    started = time.perf_counter()
    for start in range(0, len(vectors), CHUNK):
        index.add(vectors[start : start + CHUNK])
        spent = time.perf_counter() - started
        print(f"  hnsw {index.ntotal:>9,} vectors, {spent:6.1f} s", flush=True)
        if spent > budget and index.ntotal < len(vectors):
            break
    return index, time.perf_counter() - started, index.ntotal


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--budget", type=float, default=600, help="seconds for the HNSW build")
    args = ap.parse_args()
    faiss.omp_set_num_threads(2)
    t = time.perf_counter()
    base = synthetic(args.n)
    print(f"data {args.n:,} x {DIM}: {time.perf_counter() - t:.1f} s")
    rss0 = rss_mb()
    hnsw, hnsw_s, held = build_hnsw(base, args.budget)
    hnsw_mb = rss_mb() - rss0
    base = base[:held]
    rss1 = rss_mb()
    t = time.perf_counter()
    flat = faiss.IndexFlatIP(DIM)
    flat.add(base)
    flat_s = time.perf_counter() - t
    flat_mb = rss_mb() - rss1
    queries = perturbed(base, args.queries)
    _, truth = flat.search(queries, 10)
    _, flat_lat = one_at_a_time(flat, queries)
    rows = [{"index": "flat (exact)", "recall@10": 1.0, **flat_lat}]
    for ef in EF_SEARCH:
        hnsw.hnsw.efSearch = ef
        found, lat = one_at_a_time(hnsw, queries)
        rows.append({"index": f"hnsw efSearch={ef}", "recall@10": recall(found, truth), **lat})
    note = "" if held == args.n else f" (build budget hit: {held:,} of {args.n:,} vectors)"
    print(f"{held:,} vectors x {DIM}{note}; {args.queries} queries one at a time, 2 threads")
    print(
        f"build: flat {flat_s:.1f} s, +{flat_mb:.0f} MB RSS; "
        f"hnsw (M=32, efConstruction=80) {hnsw_s:.1f} s, +{hnsw_mb:.0f} MB RSS"
    )
    print(f"{'index':<20} {'recall@10':>9} {'p50 ms':>8} {'p95 ms':>8} {'x flat p50':>10}")
    for r in rows:
        speed = flat_lat["p50_ms"] / r["p50_ms"]
        print(
            f"{r['index']:<20} {r['recall@10']:9.3f} {r['p50_ms']:8.3f} {r['p95_ms']:8.3f} "
            f"{speed:10.1f}"
        )
    save_json(
        "ann",
        {
            "machine": machine(),
            "n": held,
            "requested": args.n,
            "flat_build_s": flat_s,
            "flat_rss_mb": flat_mb,
            "hnsw_build_s": hnsw_s,
            "hnsw_rss_mb": hnsw_mb,
            "rows": rows,
        },
    )


if __name__ == "__main__":
    main()
