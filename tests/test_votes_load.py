"""1,000 concurrent votes over HTTP, none lost: a real `serve --workers 2` (two processes writing
one store), 64 connections at once from 127.0.0.1, each vote the chat's own like event; into
SQLite (one file, WAL) and into PostgreSQL (skipped without a test server, failed in CI).
Bounded: at most 120 s for the votes."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from app.db import StoreConfig, open_store
from tests.conftest import TINY, wait_serving, write_corpus
from tests.test_hardening_workers import free_port, serve

VOTES = 1000
CONNECTIONS = 64
TURN = {"question": "How much sleep do adults need?", "passages": ["sleep#p-1"], "abstained": False}


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def server(request, tmp_path_factory):
    base = tmp_path_factory.mktemp("votes")
    write_corpus(base / "corpus", TINY)
    config = StoreConfig(sqlite_path=base / "feedback.sqlite3")
    env = {}
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_module_url")
        config, env = StoreConfig(database_url=url), {"HEALTHQA_DATABASE_URL": url}
    port = free_port()
    process = serve(base, "--workers", "2", "--port", str(port), env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_serving(process, url, base / "serve.log")
        yield url, config
    finally:
        process.terminate()
        process.wait(30)


async def vote_all(url: str, fn_index: int) -> list[tuple[int, str]]:
    limits = httpx.Limits(max_connections=CONNECTIONS, max_keepalive_connections=CONNECTIONS)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:

        async def vote(n: int) -> tuple[int, str]:
            body = {
                "data": [{"asked": [TURN["question"]], "turns": {"1": TURN}}],
                "event_data": {"index": 1, "value": "reply", "liked": n % 2 == 0},
                "fn_index": fn_index,
                "session_hash": f"s{n}",
            }
            response = await client.post("/gradio_api/run/predict", json=body)
            return response.status_code, str(response.json()["data"][0])

        return await asyncio.wait_for(asyncio.gather(*(vote(n) for n in range(VOTES))), 120)


def test_a_thousand_concurrent_votes_are_all_stored(server):
    url, config = server
    config_page = httpx.get(f"{url}/config", timeout=10).json()
    events = {d["api_name"]: d["id"] for d in config_page["dependencies"] if d.get("api_name")}
    answers = asyncio.run(vote_all(url, events["vote"]))
    assert [status for status, _ in answers] == [200] * VOTES
    thanked = sum("Thank you for your feedback." in text for _, text in answers)
    store = open_store(config)
    try:
        deadline = time.monotonic() + 30  # a vote still being saved when its status was sent
        while len(store.votes()) < VOTES and time.monotonic() < deadline:
            time.sleep(0.2)
        votes = store.votes()
    finally:
        store.close()
    assert sorted(v.vote for v in votes) == [-1] * (VOTES // 2) + [1] * (VOTES // 2)
    assert thanked <= len(votes)  # nobody was thanked for a vote that was not stored
    assert {v.source for v in votes} == {"chat"}
