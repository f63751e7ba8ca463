"""1,000 concurrent votes over HTTP, none lost: a real `serve --workers 2` (two processes writing
one SQLite file), 64 connections at once from 127.0.0.1, each vote the chat's own like event.
Bounded: at most 120 s for the votes."""

from __future__ import annotations

import asyncio
import sqlite3
import time

import httpx
import pytest

from tests.conftest import TINY, write_corpus
from tests.test_hardening_workers import free_port, serve

VOTES = 1000
CONNECTIONS = 64
TURN = {"question": "How much sleep do adults need?", "passages": ["sleep#p-1"], "abstained": False}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    base = tmp_path_factory.mktemp("votes")
    write_corpus(base / "corpus", TINY)
    port = free_port()
    process = serve(base, "--workers", "2", "--port", str(port))
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    try:
        while httpx_status(f"{url}/healthz") != 200:
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"serve did not start:\n{(base / 'serve.log').read_text()[-3000:]}")
            time.sleep(0.3)
        yield url, base / "feedback.sqlite3"
    finally:
        process.terminate()
        process.wait(30)


def httpx_status(url: str) -> int:
    try:
        return httpx.get(url, timeout=2).status_code
    except httpx.HTTPError:
        return 0


async def vote_all(url: str, fn_index: int) -> list[int]:
    limits = httpx.Limits(max_connections=CONNECTIONS, max_keepalive_connections=CONNECTIONS)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:

        async def vote(n: int) -> int:
            body = {
                "data": [{"asked": [TURN["question"]], "turns": {"1": TURN}}],
                "event_data": {"index": 1, "value": "reply", "liked": n % 2 == 0},
                "fn_index": fn_index,
                "session_hash": f"s{n}",
            }
            response = await client.post("/gradio_api/run/predict", json=body)
            return response.status_code

        return await asyncio.wait_for(asyncio.gather(*(vote(n) for n in range(VOTES))), 120)


def test_a_thousand_concurrent_votes_are_all_stored(server):
    url, db = server
    config = httpx.get(f"{url}/config", timeout=10).json()
    events = {d["api_name"]: d["id"] for d in config["dependencies"] if d.get("api_name")}
    statuses = asyncio.run(vote_all(url, events["vote"]))
    assert statuses == [200] * VOTES
    with sqlite3.connect(db) as conn:
        votes = dict(conn.execute("SELECT vote, COUNT(*) FROM feedback GROUP BY vote"))
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert votes == {1: VOTES // 2, -1: VOTES // 2}
    assert mode == "wal"
