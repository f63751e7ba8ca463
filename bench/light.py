"""Issue 11's figures, backends side by side in one run (turn by turn, who goes first rotating):
`serve` start -> /healthz -> first /api/ask answer and the serving process's resident memory;
`ask --jsonl` p50 against its floor (the index's own query embedder + FAISS); build throughput
on a fixed MedQuAD sample; and whether torch was imported by the serving process.

    PYTHONPATH=. python bench/light.py [--backends torch,onnx] [--rounds 2] [--sample 40]

Indexes are built fresh in a temp folder, one per backend (seed corpus for serve/ask, a sample of
`--sample` MedQuAD articles drawn with seed 7 for the build's passages/s). The ONNX export cache
(~/.cache/healthqa/onnx) is warmed first so that no build pays for the export.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from bench.ask_latency import measure
from bench.common import (
    REPO,
    SEED_CORPUS,
    SEED_QUESTIONS,
    machine,
    medquad_corpus,
    questions,
    save_json,
)
from bench.web_bench import start_server, stop

BUILT = re.compile(r"\((\d+) embedded.* ([\d.]+) s$")


def build(corpus: Path, index: Path, backend: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(REPO), "HEALTHQA_BACKEND": backend}
    cmd = [sys.executable, "-m", "app", "build", "--corpus", str(corpus), "--index", str(index)]
    started = time.perf_counter()
    done = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, check=True)
    command_s = time.perf_counter() - started
    out = done.stdout.strip().splitlines()[-1]
    embedded, seconds = BUILT.search(out).groups()
    return {
        "command_s": round(command_s, 2),
        "build_s": float(seconds),
        "embedded": int(embedded),
        "passages_per_s": round(int(embedded) / float(seconds), 2),
        "output": out,
    }


def memory_mb(pid: int) -> dict:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = round(int(value.split()[0]) / 1024, 1)
    return fields


def serve_once(corpus: Path, index: Path, backend: str, log: Path) -> dict:
    env = {"HEALTHQA_BACKEND": backend, "HEALTHQA_RATE_LIMIT": "0"}
    process, url, timings = start_server(corpus, index, log, env)
    try:
        httpx.post(f"{url}/api/ask", json={"question": "What is dopamine?"}, timeout=60)
        maps = Path(f"/proc/{process.pid}/maps").read_text()
        return {**timings, **memory_mb(process.pid), "torch_loaded": "libtorch" in maps}
    finally:
        stop(process)


def sample_corpus(folder: Path, n: int) -> Path:
    files = sorted(medquad_corpus().rglob("*.md"))
    for f in random.Random(7).sample(files, n):
        target = folder / f.relative_to(medquad_corpus())
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(f, target)
    return folder


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--backends", default="torch,onnx")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--sample", type=int, default=40, help="MedQuAD articles for passages/s")
    ap.add_argument("--questions", type=int, default=30)
    ap.add_argument("--out", default="light")
    args = ap.parse_args()
    backends = args.backends.split(",")
    result: dict = {"machine": machine(), "backends": backends, "rounds": args.rounds}
    pool = questions(SEED_QUESTIONS)
    items = [pool[i % len(pool)] for i in range(5 + args.questions)]
    with tempfile.TemporaryDirectory(prefix="healthqa-light-") as tmp:
        base = Path(tmp)
        from app.embed.onnx import OnnxEmbedder

        OnnxEmbedder().files()  # warm the export cache: builds below never export
        sample = sample_corpus(base / "sample", args.sample)
        runs: dict = {b: {"build": [], "serve": []} for b in backends}
        for r in range(args.rounds):
            turn = backends[r % len(backends) :] + backends[: r % len(backends)]
            for b in turn:
                runs[b]["build"].append(build(sample, base / f"sample-{b}-{r}", b))
                print(b, "build", runs[b]["build"][-1], flush=True)
        for b in backends:
            build(SEED_CORPUS, base / f"seed-{b}", b)
        for r in range(args.rounds):
            turn = backends[r % len(backends) :] + backends[: r % len(backends)]
            for b in turn:
                log = base / f"serve-{b}-{r}.log"
                runs[b]["serve"].append(serve_once(SEED_CORPUS, base / f"seed-{b}", b, log))
                print(b, "serve", runs[b]["serve"][-1], flush=True)
        for b in backends:
            os.environ["HEALTHQA_BACKEND"] = b
            runs[b]["ask"] = measure(SEED_CORPUS, base / f"seed-{b}", items, 5)
            ask = runs[b]["ask"]
            ask["ratio_p50"] = round(ask["cli"]["p50_ms"] / ask["floor"]["p50_ms"], 2)
            print(b, "ask", ask["cli"]["p50_ms"], ask["floor"]["p50_ms"], flush=True)
        result["runs"] = runs
    report(result)
    save_json(args.out, result)


def report(result: dict) -> None:
    print(f"\nload average at start {result['machine']['load_avg']}")
    head = "backend | build p/s (each round) | serve first answer s | RSS MB | HWM MB | torch"
    print(head + " | ask p50 ms | floor p50 ms | ratio")
    for b, run in result["runs"].items():
        rates = ", ".join(str(x["passages_per_s"]) for x in run["build"])
        first = ", ".join(str(x["first_answer_s"]) for x in run["serve"])
        rss = ", ".join(str(x.get("VmRSS")) for x in run["serve"])
        hwm = ", ".join(str(x.get("VmHWM")) for x in run["serve"])
        torch = any(x["torch_loaded"] for x in run["serve"])
        ask = run["ask"]
        print(
            f"{b} | {rates} | {first} | {rss} | {hwm} | {torch} | {ask['cli']['p50_ms']:.1f} | "
            f"{ask['floor']['p50_ms']:.1f} | {ask['ratio_p50']}"
        )


if __name__ == "__main__":
    main()
