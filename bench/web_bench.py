"""Web figures: how long `python -m app serve` takes to answer, and /api/ask latency and throughput
with 1, 8 and 32 concurrent clients (micro-batching makes 32 clients share embedding calls).

    PYTHONPATH=. python bench/web_bench.py [--requests 200] [--cap 60] [--levels 1,8,32]
                                           [--unbatched]

1. Start-up, twice, each a fresh `serve` process on 127.0.0.1: with an empty index folder (the
   index is built first) and again with the index it left (loaded). Timed from process start to
   `/healthz` answering, to `/` (the chat page) answering, and to the first `/api/ask` reply.
2. Load, on the warm server: for each concurrency level, N requests (seed questions in turn) from
   that many clients in one asyncio loop, stopped early after the time cap. p50/p99 latency,
   requests/s, and the 32-vs-1 throughput ratio. With --unbatched, the top level again on a server
   with micro-batching off (HEALTHQA_BATCH_MAX=1), to show what the batching buys. 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import numpy as np

from bench.common import REPO, SEED_CORPUS, SEED_QUESTIONS, machine, questions, save_json


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(
    corpus: Path, index: Path, log: Path, extra_env: dict | None = None, repo: Path = REPO
) -> tuple[subprocess.Popen, str, dict]:
    """Start `serve` from the checkout `repo`; return the process, its URL and the start-up
    timings (seconds)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    cmd = [sys.executable, "-m", "app", "serve", "--host", "127.0.0.1", "--port", str(port)]
    cmd += ["--corpus", str(corpus), "--index", str(index)]
    env = {**os.environ, "HEALTHQA_FEEDBACK_DB": str(index.parent / "feedback.sqlite3")}
    env.update({"PYTHONPATH": str(repo), **(extra_env or {})})
    start = time.perf_counter()
    with log.open("w") as out:
        process = subprocess.Popen(cmd, cwd=repo, env=env, stdout=out, stderr=subprocess.STDOUT)
    timings = {}
    with httpx.Client(timeout=30) as client:
        for name, call in (
            ("healthz_s", lambda: client.get(f"{url}/healthz")),
            ("page_s", lambda: client.get(f"{url}/")),
            ("first_answer_s", lambda: client.post(f"{url}/api/ask", json={"question": "hi"})),
        ):
            timings[name] = round(wait_for(call, process, log) - start, 2)
    return process, url, timings


def wait_for(call, process: subprocess.Popen, log: Path, limit: float = 300) -> float:
    deadline = time.perf_counter() + limit
    while time.perf_counter() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"serve exited ({process.returncode}):\n{log.read_text()[-2000:]}")
        try:
            if call().status_code == 200:
                return time.perf_counter()
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"serve did not answer within {limit} s")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()


async def load(url: str, texts: list[str], clients: int, total: int, cap: float) -> dict:
    """`clients` workers share a counter of `total` requests; stop taking new ones after `cap` s."""
    latencies: list[float] = []
    errors = 0
    counter = iter(range(total))
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:
        start = time.perf_counter()

        async def worker() -> None:
            nonlocal errors
            for i in counter:
                if time.perf_counter() - start > cap:
                    return
                sent = time.perf_counter()
                response = await client.post("/api/ask", json={"question": texts[i % len(texts)]})
                latencies.append(time.perf_counter() - sent)
                errors += response.status_code != 200

        await asyncio.gather(*(worker() for _ in range(clients)))
        elapsed = time.perf_counter() - start
    ms = np.array(latencies) * 1000
    return {
        "clients": clients,
        "requests": len(latencies),
        "errors": errors,
        "seconds": round(elapsed, 2),
        "rps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(float(np.percentile(ms, 50)), 1),
        "p99_ms": round(float(np.percentile(ms, 99)), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="requests per level")
    parser.add_argument("--cap", type=float, default=60, help="seconds per level at most")
    parser.add_argument("--levels", default="1,8,32", help="concurrency levels")
    parser.add_argument(
        "--unbatched", action="store_true", help="also run the top level with batching off"
    )
    args = parser.parse_args()
    texts = [q["question"] for q in questions(SEED_QUESTIONS)]
    levels = [int(x) for x in args.levels.split(",")]
    result: dict = {"machine": machine(), "startup": {}, "load": []}
    with tempfile.TemporaryDirectory(prefix="web-bench-") as tmp:
        corpus, index = Path(tmp) / "corpus", Path(tmp) / "index"
        shutil.copytree(SEED_CORPUS, corpus)
        log = Path(tmp) / "serve.log"
        for kind in ("cold (builds the index)", "warm (loads the index)"):
            process, url, timings = start_server(corpus, index, log)
            result["startup"][kind] = timings
            print(f"serve start-up, {kind}: {timings}", flush=True)
            if kind.startswith("cold"):
                stop(process)
        try:
            asyncio.run(load(url, texts, 4, 20, args.cap))  # warm-up
            for clients in levels:
                row = asyncio.run(load(url, texts, clients, args.requests, args.cap))
                result["load"].append(row)
                print(f"/api/ask {row}", flush=True)
        finally:
            stop(process)
        if args.unbatched:  # the same load with micro-batching off (HEALTHQA_BATCH_MAX=1)
            off = {"HEALTHQA_BATCH_MAX": "1"}
            process, url, _ = start_server(corpus, index, log, off)
            try:
                asyncio.run(load(url, texts, 4, 20, args.cap))
                row = asyncio.run(load(url, texts, max(levels), args.requests, args.cap))
                result["unbatched"] = row
                print(f"/api/ask with batching off {row}", flush=True)
            finally:
                stop(process)
    rps = {row["clients"]: row["rps"] for row in result["load"]}
    if 1 in rps and max(levels) in rps:
        result["ratio"] = round(rps[max(levels)] / rps[1], 2)
        print(f"throughput {max(levels)} clients / 1 client: {result['ratio']}x")
    print(f"saved {save_json('web_bench', result)}")


if __name__ == "__main__":
    main()
