"""Build time, index size, peak memory and query latency against corpus size, with the product's
own commands: `python -m app build` (fresh folder, under /usr/bin/time -v) and `ask --jsonl`.

    PYTHONPATH=. python bench/scale.py [--sizes seed,500,subset,full] [--questions 60] [--keep]

Sizes: seed = corpus/ (2 articles); 500 = the 340 documents the dev questions refer to + 160
others drawn with seed 7; subset = the dev documents + 1,500 others (1,840); full = all 5,490
(index in $HEALTHQA_DATA/idx-medquad).
Query latency uses bench/ask_latency.measure: the CLI one line at a time, in-process ask and the
floor (embed + FAISS search), alternating. Writes bench/out/scale.json; bench/plot.py draws it.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from app.config import Settings
from bench.ask_latency import measure
from bench.common import (
    DATA,
    DEV_QUESTIONS,
    REPO,
    SEED_CORPUS,
    SEED_QUESTIONS,
    dev_doc_ids,
    du_bytes,
    machine,
    medquad_corpus,
    medquad_subset,
    questions,
    sample_corpus,
    save_json,
)

SIZES = {
    "seed": (lambda: SEED_CORPUS, DATA / "idx-scale-seed", SEED_QUESTIONS),
    "500": (
        lambda: sample_corpus("medquad-500", 500 - len(dev_doc_ids())),
        DATA / "idx-scale-500",
        DEV_QUESTIONS,
    ),
    # the folder bench/variants.py uses for the subset with the defaults: built once, shared
    "subset": (medquad_subset, DATA / f"idx-subset-{Settings().backend}-w160-ctx", DEV_QUESTIONS),
    "full": (medquad_corpus, DATA / "idx-medquad", DEV_QUESTIONS),
}
BUILT = re.compile(
    r"(\d+) documents, (\d+) passages \((\d+) embedded, (\d+) reused\).*?([\d.]+) s$"
)


def build(corpus: Path, index: Path, keep: bool) -> dict:
    """`python -m app build` under /usr/bin/time -v: wall seconds, peak RSS, the build's line."""
    if not keep:
        shutil.rmtree(index, ignore_errors=True)
    cmd = [
        "/usr/bin/time",
        "-v",
        sys.executable,
        "-m",
        "app",
        "build",
        "--corpus",
        str(corpus),
        "--index",
        str(index),
    ]
    started = time.perf_counter()
    done = subprocess.run(
        cmd,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        check=True,
    )
    wall = time.perf_counter() - started
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    row = {
        "command": " ".join(cmd[2:]),
        "command_s": wall,
        "output": done.stdout.strip(),
        "peak_rss_mb": int(rss.group(1)) / 1024 if rss else None,
        "index_bytes": du_bytes(index),
    }
    m = BUILT.search(done.stdout)
    if m:
        docs, passages, embedded, reused, seconds = m.groups()
        row.update(
            documents=int(docs),
            passages=int(passages),
            embedded=int(embedded),
            reused=int(reused),
            build_s=float(seconds),
            passages_per_s=int(embedded) / float(seconds),
        )
    return row


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="seed,500,subset,full")
    ap.add_argument("--questions", type=int, default=60)
    ap.add_argument("--keep", action="store_true", help="reuse current indexes (no fresh build)")
    args = ap.parse_args()
    rows = []
    for name in args.sizes.split(","):
        corpus_of, index, qpath = SIZES[name]
        corpus = corpus_of()
        row = {
            "size": name,
            "corpus": str(corpus),
            "index": str(index),
            **build(corpus, index, args.keep),
        }
        print(
            f"[{name}] {row['output']}; command {row['command_s']:.1f} s, peak RSS "
            f"{row['peak_rss_mb'] or 0:.0f} MB, index {row['index_bytes'] / 1e6:.1f} MB",
            flush=True,
        )
        pool = questions(qpath)
        items = [pool[i % len(pool)] for i in range(5 + args.questions)]
        row.update(measure(corpus, index, items, warmup=5))
        print(
            f"[{name}] ask --jsonl p50 {row['cli']['p50_ms']:.1f} p95 {row['cli']['p95_ms']:.1f}"
            f" ms; in-process p50 {row['in_process']['p50_ms']:.1f}; floor p50 "
            f"{row['floor']['p50_ms']:.1f} ms",
            flush=True,
        )
        rows.append(row)
    print(
        f"\n{'size':<7} {'docs':>5} {'passages':>8} {'build s':>8} {'pass/s':>7} "
        f"{'index MB':>8} {'peak RSS MB':>11} {'ask p50':>8} {'ask p95':>8} {'floor p50':>9}"
    )
    for r in rows:
        print(
            f"{r['size']:<7} {r.get('documents', 0):>5} {r.get('passages', 0):>8} "
            f"{r.get('build_s', 0):8.1f} {r.get('passages_per_s', 0):7.1f} "
            f"{r['index_bytes'] / 1e6:8.1f} {r['peak_rss_mb'] or 0:11.0f} "
            f"{r['cli']['p50_ms']:8.1f} {r['cli']['p95_ms']:8.1f} {r['floor']['p50_ms']:9.1f}"
        )
    save_json("scale", {"machine": machine(), "rows": rows})


if __name__ == "__main__":
    main()
