"""/healthz says ok only when the loaded index answers a test question (cached, one at a time);
otherwise 503. And `serve` refuses to start on a damaged index, naming the file."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient
from web_fakes import FakeAssistant

from app import store
from app.web.health import HealthCheck
from app.web.server import create_app
from app.web.settings import WebSettings
from tests.conftest import ROOT, tiny_settings_in
from tests.test_hardening_workers import ENV, free_port


class Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


def test_the_check_is_cached_for_its_ttl():
    fake, clock = FakeAssistant(), Clock()
    calls = []
    search = fake.search_many
    fake.search_many = lambda items: calls.append(items) or search(items)
    check = HealthCheck(fake, "What are the symptoms?", ttl=10, clock=clock)
    assert check.problem() is None and check.problem() is None
    clock.now = 9.9
    assert check.problem() is None and len(calls) == 1
    clock.now = 10.0
    assert check.problem() is None and len(calls) == 2
    assert calls[0] == [("What are the symptoms?", [], 1)]


def test_a_failing_search_is_503_and_logged_without_the_question(tmp_path, caplog):
    fake = FakeAssistant()

    def broken(items):
        raise RuntimeError("bm25 arrays do not match")

    fake.search_many = broken
    web = WebSettings(feedback_db=tmp_path / "f.db")
    with TestClient(create_app(fake, web)) as client, caplog.at_level(logging.ERROR):
        response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error" and body["answers"] is False
    assert "could not answer a test question" in body["error"] and "bm25" not in body["error"]
    assert "health check failed" in caplog.text and web.examples[0] not in caplog.text


def test_nothing_ranked_is_not_healthy():
    fake = FakeAssistant()
    fake.search_many = lambda items: [([], [])]
    assert "nothing was ranked" in HealthCheck(fake, "q").problem()


def test_a_real_index_broken_after_loading_is_503(tmp_path):
    """The issue's case: BM25 data that loads but fails on use; /api/ask fails, so must /healthz."""
    from app.service import Assistant

    assistant = Assistant.open(tiny_settings_in(tmp_path))
    with TestClient(create_app(assistant, WebSettings(feedback_db=tmp_path / "f.db"))) as client:
        assert client.get("/healthz").status_code == 200

    def broken(query):
        raise IndexError("index 7 is out of bounds")

    assistant.index.lexical.scores = broken
    with TestClient(create_app(assistant, WebSettings(feedback_db=tmp_path / "f.db"))) as client:
        assert client.get("/healthz").status_code == 503
        assert client.post("/api/ask", json={"question": "sleep?"}).status_code == 500


def test_serve_refuses_a_damaged_index_naming_the_file(tmp_path):
    from app.build import build_index
    from app.embed.fake import FakeEmbedder

    settings = tiny_settings_in(tmp_path)
    build_index(settings, FakeEmbedder())
    folder = store.current_folder(settings.index_dir)
    damaged = sorted((folder / "bm25").iterdir())[0]
    data = damaged.read_bytes()
    damaged.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEALTHQA_")} | ENV
    env["HEALTHQA_FEEDBACK_DB"] = str(tmp_path / "f.db")
    command = [sys.executable, "-m", "app", "serve", "--port", str(free_port())]
    command += ["--corpus", str(settings.corpus_dir), "--index", str(settings.index_dir)]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 3
    assert f"bm25/{damaged.name} (checksum mismatch)" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture(autouse=True)
def _quiet_guard_logs(caplog):
    caplog.set_level(logging.CRITICAL, logger="app.web.guard")
