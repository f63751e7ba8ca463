"""1,000 concurrent votes through two replicas sharing one store, into SQLite and into PostgreSQL:
sent vs stored (none may be lost), and the time taken.

Two real `python -m app serve` processes on 127.0.0.1 (two ports, one index built once first), the
same store for both: one SQLite file, or one PostgreSQL database (a fresh one on the server named by
--database-url or HEALTHQA_TEST_DATABASE_URL; without either, a throwaway server started with
.ci/postgres). Each vote is the chat's own like event (as tests/test_votes_load.py casts it), with
a question of its own, so the stored votes are matched one by one; vote n goes to replica n % 2,
all at once over `--connections` connections. The servers are stopped (their stores flush) before
the store is read.

    PYTHONPATH=. python bench/votes.py                  # both backends, 1,000 votes each
    PYTHONPATH=. python bench/votes.py --backends sqlite --votes 200

Bounded: at most 5,000 votes, and 180 s for the votes of one backend. Output: bench/out/votes.json.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx

from app.db import StoreConfig, open_store
from bench.common import machine, save_json

REPO = Path(__file__).resolve().parent.parent
MAX_VOTES = 5000
VOTE_SECONDS = 180
PASSAGES = ["dopamine-deficiency#p-304c2d3daa"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build_index(folder: Path, env: dict) -> None:
    command = [sys.executable, "-m", "app", "build", "--index", str(folder / "index")]
    subprocess.run(command, cwd=REPO, env=env, check=True, stdout=subprocess.DEVNULL)


def start_replicas(folder: Path, env: dict, count: int = 2) -> list[tuple[subprocess.Popen, str]]:
    replicas = []
    for n in range(count):
        port = free_port()
        command = [sys.executable, "-m", "app", "serve", "--host", "127.0.0.1", "--port", str(port)]
        command += ["--index", str(folder / "index")]
        log = (folder / f"serve-{n}.log").open("w")
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
        replicas.append((process, f"http://127.0.0.1:{port}"))
    for n, (process, url) in enumerate(replicas):
        wait_up(process, url, folder / f"serve-{n}.log")
    return replicas


def wait_up(process: subprocess.Popen, url: str, log: Path) -> None:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise SystemExit(f"serve did not start:\n{log.read_text()[-2000:]}")


def stop(replicas: list[tuple[subprocess.Popen, str]]) -> None:
    for process, _ in replicas:
        process.terminate()
    for process, _ in replicas:
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()


async def cast_votes(urls: list[str], votes: int, connections: int, run: str) -> list[dict]:
    per = max(1, connections // len(urls))
    limits = httpx.Limits(max_connections=per, max_keepalive_connections=per)
    clients = [httpx.AsyncClient(base_url=u, timeout=120, limits=limits) for u in urls]
    try:
        events = []
        for client in clients:
            config = (await client.get("/config")).json()
            events.append({d["api_name"]: d["id"] for d in config["dependencies"]}["vote"])

        async def vote(n: int) -> dict:
            replica = n % len(clients)
            turn = {"question": f"bench {run} vote {n}", "passages": PASSAGES, "abstained": False}
            body = {
                "data": [{"asked": [turn["question"]], "turns": {"1": turn}}],
                "event_data": {"index": 1, "value": "reply", "liked": n % 2 == 0},
                "fn_index": events[replica],
                "session_hash": f"{run}{n}",
            }
            try:
                response = await clients[replica].post("/gradio_api/run/predict", json=body)
            except httpx.HTTPError as error:
                return {"n": n, "status": type(error).__name__, "said": ""}
            said = str(response.json().get("data", [""])[0]) if response.status_code == 200 else ""
            return {"n": n, "status": response.status_code, "said": said}

        jobs = asyncio.gather(*(vote(n) for n in range(votes)))
        return await asyncio.wait_for(jobs, VOTE_SECONDS)
    finally:
        for client in clients:
            await client.aclose()


def replica_stats(urls: list[str]) -> list[dict]:
    return [httpx.get(f"{u}/healthz", timeout=10).json().get("store", {}) for u in urls]


def run_backend(name: str, folder: Path, env: dict, store: StoreConfig, args) -> dict:
    run = uuid.uuid4().hex[:6]
    replicas = start_replicas(folder, env)
    urls = [url for _, url in replicas]
    try:
        started = time.perf_counter()
        answers = asyncio.run(cast_votes(urls, args.votes, args.connections, run))
        seconds = time.perf_counter() - started
        stats = replica_stats(urls)
    finally:
        stop(replicas)  # each replica's store writes what it still holds before it exits
    opened = open_store(store)
    try:
        stored = [v for v in opened.votes() if v.question.startswith(f"bench {run} vote ")]
    finally:
        opened.close()
    sent = {f"bench {run} vote {a['n']}" for a in answers}
    kept = [v.question for v in stored]
    said = [a["said"] for a in answers]
    return {
        "backend": name,
        "replicas": len(urls),
        "votes_sent": len(answers),
        "http_200": sum(a["status"] == 200 for a in answers),
        "stored": len(kept),
        "lost": len(sent - set(kept)),
        "duplicates": len(kept) - len(set(kept)),
        "up_down_stored": [sum(v.vote == 1 for v in stored), sum(v.vote == -1 for v in stored)],
        "thanked": sum("Thank you for your feedback." in s for s in said),
        "told_pending": sum("being saved" in s for s in said),
        "told_failed": sum("could not be saved" in s for s in said),
        "seconds": round(seconds, 2),
        "votes_per_s": round(len(answers) / seconds, 1),
        "replica_store_counts": stats,
    }


def postgres_url(args, stack: list) -> str:
    """A fresh database on the given server, or on a throwaway one started here."""
    import psycopg

    admin = args.database_url or os.environ.get("HEALTHQA_TEST_DATABASE_URL", "")
    if not admin:
        folder = tempfile.mkdtemp(prefix="healthqa-bench-pg-")
        os.chmod(folder, 0o755)
        cluster = f"{folder}/cluster"
        admin = subprocess.run(
            [str(REPO / ".ci" / "postgres"), "start", cluster, str(free_port())],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        stack.append(lambda: shutil.rmtree(folder, ignore_errors=True))  # run last (reversed)
        stack.append(lambda: subprocess.run([str(REPO / ".ci/postgres"), "stop", cluster]))
    name = f"bench_votes_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")

    def drop() -> None:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    stack.append(drop)
    return urlunsplit(urlsplit(admin)._replace(path=f"/{name}"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--votes", type=int, default=1000, help=f"per backend (max {MAX_VOTES})")
    parser.add_argument("--connections", type=int, default=64, help="in all, split by replica")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--database-url", default="", help="a PostgreSQL server to use")
    args = parser.parse_args()
    args.votes = max(1, min(args.votes, MAX_VOTES))
    backends = [b for b in args.backends.split(",") if b]
    if not set(backends) <= {"sqlite", "postgresql"}:
        parser.error("--backends: sqlite and/or postgresql")
    base = {k: v for k, v in os.environ.items() if not k.startswith("HEALTHQA_")}
    base |= {"GRADIO_ANALYTICS_ENABLED": "False", "HEALTHQA_BACKEND": "onnx"}
    results, cleanup = [], []
    with tempfile.TemporaryDirectory(prefix="healthqa-votes-") as tmp:
        folder = Path(tmp)
        build_index(folder, base)
        try:
            for name in backends:
                sqlite = folder / f"votes-{name}.sqlite3"
                env = base | {"HEALTHQA_FEEDBACK_DB": str(sqlite)}
                store = StoreConfig(sqlite_path=sqlite)
                if name == "postgresql":
                    url = postgres_url(args, cleanup)
                    env["HEALTHQA_DATABASE_URL"] = url
                    store = StoreConfig(database_url=url)
                results.append(run_backend(name, folder, env, store, args))
                print(summary(results[-1]), flush=True)
        finally:
            for step in reversed(cleanup):
                step()
    facts = machine() | {"psycopg": psycopg_versions(), "sqlite": sqlite3.sqlite_version}
    save_json("votes", {"machine": facts, "votes": args.votes, "results": results})
    return 0 if all(r["lost"] == 0 and r["duplicates"] == 0 for r in results) else 1


def psycopg_versions() -> dict:
    import psycopg
    import psycopg_pool

    return {"psycopg": psycopg.__version__, "psycopg_pool": psycopg_pool.__version__}


def summary(r: dict) -> str:
    return (
        f"{r['backend']}: {r['votes_sent']} votes sent through {r['replicas']} replicas "
        f"({r['http_200']} HTTP 200), {r['stored']} stored, {r['lost']} lost, "
        f"{r['duplicates']} duplicated, in {r['seconds']} s ({r['votes_per_s']} votes/s); "
        f"readers told: {r['thanked']} thanked, {r['told_pending']} being saved, "
        f"{r['told_failed']} failed"
    )


if __name__ == "__main__":
    raise SystemExit(main())
