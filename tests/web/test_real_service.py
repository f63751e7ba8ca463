"""The web layer over the real core (app.service.Assistant): the tiny corpus, the deterministic
fake embedder. Quotes link to sections that exist; the API gives the same JSON as the service."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.web.server import create_app
from app.web.settings import WebSettings


@pytest.fixture
def real_client(tiny_settings, tmp_path):
    from app.service import Assistant

    assistant = Assistant.open(tiny_settings)
    web = WebSettings(feedback_db=tmp_path / "feedback.sqlite3")
    with TestClient(create_app(assistant, web)) as client:
        yield assistant, client


def test_api_answers_like_the_service(real_client):
    assistant, client = real_client
    question = "How much sleep do adults need?"
    response = client.post("/api/ask", json={"question": question})
    assert response.status_code == 200
    assert response.json() == assistant.ask(question).to_dict()
    assert response.json()["quotes"], "the tiny corpus answers this"


def test_every_quote_link_opens_its_passage(real_client):
    assistant, client = real_client
    for question in ("What helps with insomnia?", "What are signs of dehydration?"):
        for quote in client.post("/api/ask", json={"question": question}).json()["quotes"]:
            path, anchor = quote["link"].split("#")
            page = client.get(path)
            assert page.status_code == 200
            assert f'<section id="{anchor}"' in page.text


def test_every_passage_of_every_article_has_its_section(real_client):
    assistant, client = real_client
    doc_ids = {p.doc_id for p in assistant.index.passages}
    for doc_id in doc_ids:
        html = client.get(f"/articles/{doc_id}").text
        for passage in assistant.passages_of(doc_id):
            assert f'<section id="{passage.anchor}"' in html


def test_core_refusals_are_4xx(real_client):
    _, client = real_client
    for body in (
        {"question": ""},
        {"question": "x" * 5000},
        {"question": "ok", "history": ["x" * 1500]},
    ):
        response = client.post("/api/ask", json=body)
        assert 400 <= response.status_code < 500, body
        assert response.json()["error"]


def test_healthz_reports_the_index(real_client):
    assistant, client = real_client
    body = client.get("/healthz").json()
    assert body["passages"] == assistant.passage_count > 0
    assert body["model"] == assistant.model_name
