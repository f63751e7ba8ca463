"""Fixtures for the web fast tests: the fake assistant (web_fakes.py) behind a TestClient."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_fakes import FakeAssistant

from app.web.server import create_app
from app.web.settings import WebSettings


@pytest.fixture(scope="module")
def fake_assistant() -> FakeAssistant:
    return FakeAssistant()


@pytest.fixture(scope="module")
def web_settings(tmp_path_factory) -> WebSettings:
    return WebSettings(feedback_db=tmp_path_factory.mktemp("web") / "feedback.sqlite3")


@pytest.fixture(scope="module")
def client(fake_assistant: FakeAssistant, web_settings: WebSettings):
    """One app per test module (building the Gradio pages takes about a second)."""
    with TestClient(create_app(fake_assistant, web_settings)) as test_client:
        yield test_client


@pytest.fixture
def make_client(fake_assistant: FakeAssistant, tmp_path: Path):
    """Build a client with other web settings, e.g. an embed allow-list."""
    opened = []

    def build(**changes) -> TestClient:
        web = WebSettings(feedback_db=tmp_path / "feedback.sqlite3", **changes)
        test_client = TestClient(create_app(fake_assistant, web))
        opened.append(test_client.__enter__())
        return opened[-1]

    yield build
    for test_client in opened:
        test_client.__exit__(None, None, None)
