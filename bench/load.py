"""A bounded load test of the answering endpoints: the JSON API and the chat page.

    python bench/load.py [--url http://127.0.0.1:PORT] [--clients 32] [--seconds 60]
                         [--targets api,chat] [--workers 1]

Without --url it starts `python -m app serve` itself on a free 127.0.0.1 port (the seed corpus,
the real model, an index in a temporary folder, rate limit off) and stops it at the end.
Each target gets an equal share of --seconds (at most 60 in all); --clients (at most 64) clients
in one asyncio loop ask seed questions in turn, each waiting for its answer before the next.

- api: `POST /api/ask`, one request per question.
- chat: the chat page's two events as its front end sends them - show the question, then answer
  it - each a `POST /gradio_api/run/predict` (the chat's events skip Gradio's queue; see
  app/web/chat.py). Latency is the whole question (both requests).

Reports questions, HTTP requests, errors (any non-200 or a reply without the advice), p50/p99
latency and questions/s per target, and one JSON line. Exit status 1 if there was any error.
127.0.0.1 / localhost only: it refuses other hosts.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import httpx

REPO = Path(__file__).resolve().parent.parent
SEED_QUESTIONS = REPO / "eval" / "seed-questions.jsonl"
MAX_SECONDS, MAX_CLIENTS = 60.0, 64


def questions() -> list[str]:
    rows = [json.loads(line) for line in SEED_QUESTIONS.read_text("utf-8").splitlines() if line]
    return [r["question"] for r in rows if not r.get("history")]


async def ask_api(client: httpx.AsyncClient, question: str) -> tuple[int, bool]:
    response = await client.post("/api/ask", json={"question": question})
    ok = response.status_code == 200 and bool(response.json().get("advice"))
    return 1, ok


class Chat:
    """The chat's "add" and "answer" events, found by name in /config."""

    def __init__(self, config: dict) -> None:
        events = {d.get("api_name"): d["id"] for d in config["dependencies"]}
        self.add, self.answer = events["add"], events["answer"]

    async def ask(self, client: httpx.AsyncClient, question: str) -> tuple[int, bool]:
        session = uuid.uuid4().hex[:11]
        added = await self._run(client, self.add, [question, []], session)
        if added.status_code != 200:
            return 1, False
        _, messages, pending = added.json()["data"]
        answered = await self._run(client, self.answer, [pending, messages, {}], session)
        if answered.status_code != 200:
            return 2, False
        chat = answered.json()["data"][0]
        text = json.dumps(chat[-1]["content"]) if isinstance(chat, list) and chat else ""
        return 2, "hq-advice" in text and "hq-error" not in text

    @staticmethod
    async def _run(client, fn_index: int, data: list, session: str) -> httpx.Response:
        body = {"data": data, "event_data": None, "fn_index": fn_index, "session_hash": session}
        return await client.post("/gradio_api/run/predict", json=body)


async def load(url: str, target: str, clients: int, seconds: float) -> dict:
    pool = questions()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:
        call = ask_api if target == "api" else Chat((await client.get("/config")).json()).ask
        await call(client, pool[0])  # warm-up, not counted
        latencies: list[float] = []
        counts = {"requests": 0, "errors": 0}
        deadline = time.monotonic() + seconds
        started = time.perf_counter()

        async def user(n: int) -> None:
            i = n
            while time.monotonic() < deadline:
                t0 = time.perf_counter()
                try:
                    requests, ok = await call(client, pool[i % len(pool)])
                except (httpx.HTTPError, ValueError, KeyError):
                    requests, ok = 1, False
                latencies.append(time.perf_counter() - t0)
                counts["requests"] += requests
                counts["errors"] += not ok
                i += clients

        await asyncio.gather(*(user(n) for n in range(clients)))
        elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "target": target,
        "clients": clients,
        "seconds": round(elapsed, 1),
        "questions": len(latencies),
        "requests": counts["requests"],
        "errors": counts["errors"],
        "p50_ms": round(1000 * _quantile(latencies, 0.50), 1),
        "p99_ms": round(1000 * _quantile(latencies, 0.99), 1),
        "questions_per_s": round(len(latencies) / elapsed, 1),
        "requests_per_s": round(counts["requests"] / elapsed, 1),
    }


def _quantile(values: list[float], q: float) -> float:
    return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")


def start_server(folder: Path, workers: int) -> tuple[subprocess.Popen, str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k != "HEALTHQA_RATE_LIMIT"}
    env["HEALTHQA_FEEDBACK_DB"] = str(folder / "feedback.sqlite3")
    cmd = [sys.executable, "-m", "app", "serve", "--host", "127.0.0.1", "--port", str(port)]
    cmd += ["--corpus", str(REPO / "corpus"), "--index", str(folder / "index")]
    cmd += ["--workers", str(workers)]
    log = (folder / "serve.log").open("w")
    process = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return process, url
        except httpx.HTTPError:
            time.sleep(0.5)
    process.kill()
    raise SystemExit(f"serve did not start:\n{(folder / 'serve.log').read_text()[-2000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a running server (127.0.0.1 only); default: start one")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=60.0, help="in all (at most 60)")
    parser.add_argument("--targets", default="api,chat")
    parser.add_argument("--workers", type=int, default=1, help="for the server it starts")
    args = parser.parse_args()
    targets = [t for t in args.targets.split(",") if t]
    if not set(targets) <= {"api", "chat"}:
        parser.error("--targets: api and/or chat")
    if args.url and urlsplit(args.url).hostname not in ("127.0.0.1", "localhost", "::1"):
        parser.error("--url: load tests run against 127.0.0.1 only")
    clients = max(1, min(args.clients, MAX_CLIENTS))
    share = min(args.seconds, MAX_SECONDS) / len(targets)
    with tempfile.TemporaryDirectory(prefix="healthqa-load-") as tmp:
        process, url = (None, args.url) if args.url else start_server(Path(tmp), args.workers)
        try:
            results = [asyncio.run(load(url, t, clients, share)) for t in targets]
        finally:
            if process is not None:
                process.terminate()
                process.wait(30)
    for r in results:
        print(
            f"{r['target']:>4}: {r['clients']} clients, {r['seconds']} s: {r['questions']} "
            f"questions ({r['requests']} HTTP requests), {r['errors']} errors, "
            f"p50 {r['p50_ms']} ms, p99 {r['p99_ms']} ms, {r['questions_per_s']} questions/s "
            f"({r['requests_per_s']} requests/s)"
        )
    print(json.dumps({"workers": args.workers if not args.url else None, "results": results}))
    return 1 if any(r["errors"] for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
