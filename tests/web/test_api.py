"""POST /api/ask: the happy path, every refusal (always a 4xx with {"error": ...}), CORS."""

from __future__ import annotations

import json

import pytest

QUESTION = "What are the physical symptoms of dopamine deficiency?"


def test_ask_returns_the_reply_object(client, fake_assistant):
    response = client.post("/api/ask", json={"question": QUESTION, "history": [], "top_k": 2})
    assert response.status_code == 200
    body = response.json()
    expected = fake_assistant.ask(QUESTION, top_k=2).to_dict()
    assert body == expected
    keys = {"question", "abstained", "crisis", "quotes", "advice", "markdown", "missing"}
    extra = {"crisis_categories", "guidance", "related", "about_authors", "shop", "remark"}
    assert set(body) == keys | extra
    assert body["quotes"][0]["link"].startswith("/articles/dopamine-deficiency#p-")
    assert body["quotes"][0]["highlights"] == [[0, 20]]


def test_history_and_top_k_reach_the_core(client, fake_assistant):
    history = ["What is dopamine?", "And its causes?"]
    client.post("/api/ask", json={"question": "And symptoms?", "history": history, "top_k": 3})
    assert fake_assistant.seen[-1] == ("And symptoms?", tuple(history), 3)


def test_optional_fields_default(client, fake_assistant):
    assert client.post("/api/ask", json={"question": QUESTION}).status_code == 200
    assert fake_assistant.seen[-1] == (QUESTION, (), None)


def test_abstention_and_crisis_pass_through(client):
    assert client.post("/api/ask", json={"question": "nothing here"}).json()["abstained"] is True
    crisis = client.post("/api/ask", json={"question": "crisis now"}).json()
    assert crisis["crisis"] is True and crisis["crisis_categories"] == ["medical"]
    assert crisis["guidance"] and crisis["guidance"][-1] == crisis["guidance"][-1].strip()


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        (b"{bad json", 400, "not valid JSON"),
        (b"", 400, "JSON object"),
        (b"[]", 422, "object"),
        (b'"just a string"', 422, "object"),
        (b"{}", 422, "question"),
        (b'{"question": 3}', 422, "question"),
        (b'{"question": null}', 422, "question"),
        (b'{"question": ["a"]}', 422, "question"),
        (b'{"question": ""}', 422, "type a question"),
        (b'{"question": "   "}', 422, "type a question"),
        (b'{"question": "ok", "top_k": 0}', 422, "top_k"),
        (b'{"question": "ok", "top_k": 11}', 422, "top_k"),
        (b'{"question": "ok", "top_k": -1}', 422, "top_k"),
        (b'{"question": "ok", "top_k": 2.5}', 422, "top_k"),
        (b'{"question": "ok", "top_k": "3"}', 422, "top_k"),
        (b'{"question": "ok", "top_k": true}', 422, "top_k"),
        (b'{"question": "ok", "history": "earlier"}', 422, "history"),
        (b'{"question": "ok", "history": [1, 2]}', 422, "history"),
        (b'{"question": "ok", "colour": "red"}', 422, "colour"),
    ],
)
def test_wrong_input_is_a_clear_4xx(client, body, status, words):
    response = client.post("/api/ask", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == status
    error = response.json()["error"]
    assert isinstance(error, str) and words.lower() in error.lower()


def test_too_long_question(client):
    response = client.post("/api/ask", json={"question": "x" * 1001})
    assert response.status_code == 422
    assert "too long" in response.json()["error"]


def test_too_much_history(client):
    response = client.post("/api/ask", json={"question": "ok", "history": ["q"] * 21})
    assert response.status_code == 422
    assert "history" in response.json()["error"]


def test_oversized_body_is_413(client):
    body = json.dumps({"question": "x" * 40_000}).encode()
    response = client.post("/api/ask", content=body)
    assert response.status_code == 413
    assert "larger than" in response.json()["error"]


def test_wrong_method_and_unknown_endpoint(client):
    assert client.get("/api/ask").status_code == 405
    assert "POST" in client.get("/api/ask").json()["error"]
    response = client.post("/api/nope", json={})
    assert response.status_code == 404
    assert "error" in response.json()


def test_core_failure_is_503_not_500(client, fake_assistant, monkeypatch):
    from app.errors import ModelUnavailable

    monkeypatch.setattr(
        fake_assistant, "_one", lambda *a: ModelUnavailable("The model cannot be loaded.")
    )
    response = client.post("/api/ask", json={"question": QUESTION})
    assert response.status_code == 503
    assert response.json() == {"error": "The model cannot be loaded."}


def test_cors_any_origin_without_allow_list(client):
    headers = {"Origin": "https://anyone.example"}
    response = client.post("/api/ask", json={"question": QUESTION}, headers=headers)
    assert response.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-credentials" not in response.headers


def test_cors_follows_the_allow_list(make_client):
    client = make_client(embed_origins=("https://partner.example",))
    ok = client.post(
        "/api/ask", json={"question": QUESTION}, headers={"Origin": "https://partner.example"}
    )
    assert ok.headers["access-control-allow-origin"] == "https://partner.example"
    other = client.post(
        "/api/ask", json={"question": QUESTION}, headers={"Origin": "https://evil.example"}
    )
    assert "access-control-allow-origin" not in other.headers
    preflight = client.options(
        "/api/ask",
        headers={
            "Origin": "https://evil.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status_code == 400
    assert "access-control-allow-origin" not in preflight.headers


def test_the_response_models_match_the_reply_object(fake_assistant):
    from app.web.api import QuoteOut, ReplyOut

    data = fake_assistant.ask("symptoms").to_dict()
    assert list(ReplyOut.model_fields) == list(data)
    assert list(QuoteOut.model_fields) == list(data["quotes"][0])
    assert ReplyOut.model_validate(data).model_dump() == data
