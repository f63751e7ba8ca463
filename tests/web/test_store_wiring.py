"""The web layer and the site owner's store: every reply's outcome is counted, whether it was
asked on the page, in the widget or through /api/ask; votes from the page and the widget are
stored with where they were cast; with the database down, readers still get their answers, and
/healthz shows the misses."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from chat_client import ask_chat, chat_events, run_event
from fastapi.testclient import TestClient
from web_fakes import FakeAssistant

from app.db import StoreConfig, open_store
from app.db.postgres import PostgresBackend
from app.db.store import Store
from app.web.server import create_app
from app.web.settings import WebSettings
from tests.test_hardening_workers import free_port

TURN = {"question": "Symptoms?", "passages": ["dopamine-deficiency#p-1"], "abstained": False}


def like(client: TestClient, mount: str, liked: bool):
    body = {
        "data": [{"asked": [TURN["question"]], "turns": {"1": TURN}}],
        "event_data": {"index": 1, "value": "reply", "liked": liked},
        "fn_index": chat_events(client, mount)["vote"],
        "session_hash": "s1",
    }
    return client.post(f"{mount}/gradio_api/run/predict", json=body)


def test_outcomes_and_votes_from_the_page_the_widget_and_the_api(tmp_path: Path):
    store = open_store(StoreConfig(sqlite_path=tmp_path / "s.sqlite3", unanswered=True))
    with TestClient(create_app(FakeAssistant(), WebSettings(), store)) as client:
        assert client.post("/api/ask", json={"question": "Symptoms?"}).status_code == 200
        assert ask_chat(client, "nothing about 0123456789?")[0]
        assert ask_chat(client, "crisis: he collapsed", "/embed")[0]
        assert client.post("/api/ask", json={"question": ""}).status_code == 422  # not counted
        assert "Thank you for your feedback." in str(like(client, "", True).json())
        assert "Thank you for your feedback." in str(like(client, "/embed", False).json())
        assert store.flush()
        [day] = store.daily_outcomes()
        assert (day.answered, day.not_covered, day.crisis) == (1, 1, 1)
        assert [u.question for u in store.unanswered()] == ["nothing about [phone]?"]
        assert [(v.source, v.vote) for v in store.votes()] == [("chat", 1), ("embed", -1)]
        assert client.get("/healthz").json()["store"] | {"last_error": None} == {
            "backend": "sqlite",
            "written": 6,
            "missed": 0,
            "queued": 0,
            "last_error": None,
        }


@pytest.fixture
def down_store():
    """A PostgreSQL store whose server is not there (no start-up check)."""
    url = f"postgresql://healthqa:pw@127.0.0.1:{free_port()}/healthqa"
    backend = PostgresBackend(url, pool_timeout=0.5)
    store = Store(backend, StoreConfig(database_url=url), retry_delays=())
    yield store
    store.close(timeout=5)


def test_readers_get_answers_while_the_database_is_down(down_store, caplog):
    with (
        caplog.at_level(logging.WARNING),
        TestClient(create_app(FakeAssistant(), WebSettings(), down_store)) as client,
    ):
        reply = client.post("/api/ask", json={"question": "secret symptoms?"})
        assert reply.status_code == 200 and reply.json()["quotes"]
        assert "quote" in ask_chat(client, "secret question on the page")[0]
        assert "could not be saved" in str(like(client, "/embed", True).json())
        down_store.flush(30)
        health = client.get("/healthz")
    assert health.status_code == 200 and health.json()["status"] == "ok"
    assert health.json()["store"]["missed"] == 3  # two outcomes and a vote
    assert "not stored" in caplog.text and "secret" not in caplog.text


def test_the_chat_events_still_hold_the_vote(tmp_path):
    """The vote event's inputs are what the page sends (a regression guard for `like` above)."""
    store = open_store(StoreConfig(sqlite_path=tmp_path / "s.sqlite3"))
    with TestClient(create_app(FakeAssistant(), WebSettings(), store)) as client:
        events = chat_events(client)
        bad = run_event(client, "", events["vote"], [{}], "s2")
        assert bad.status_code == 422
