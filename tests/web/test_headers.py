"""Security headers on every route and status (pages, API, assets, Gradio, 404, 405, 429, 500), and
no server error that leaks a traceback: an unexpected exception is a generic 500 JSON, logged."""

from __future__ import annotations

import io
import logging
import re

import pytest
from fastapi.testclient import TestClient

from app.web.guard import MESSAGE
from app.web.ratelimit import Rate
from app.web.server import create_app
from app.web.settings import WebSettings

QUESTION = {"question": "What are the symptoms?"}
ROUTES = [
    ("GET", "/", 200),
    ("GET", "/embed/", 200),
    ("GET", "/articles/dopamine-deficiency", 200),
    ("GET", "/articles/x", 404),
    ("GET", "/docs", 200),
    ("GET", "/openapi.json", 200),
    ("GET", "/healthz", 200),
    ("GET", "/widget.js", 200),
    ("POST", "/api/ask", 200),
    ("GET", "/api/ask", 405),
    ("POST", "/api/nope", 404),
    ("GET", "/nope", 404),
    ("GET", "/embed/nope", 404),
    ("GET", "/hq-static/article.css", 200),
    ("GET", "/hq-static/nope.css", 404),
    ("GET", "/config", 200),
    ("GET", "/embed/config", 200),
    ("GET", "/gradio_api/info", 404),  # Gradio routes the chat does not use are closed
    ("GET", "/gradio_api/file=/etc/passwd", 404),
    ("POST", "/gradio_api/queue/join", 404),
    ("POST", "/gradio_api/upload", 404),
    ("POST", "/embed/gradio_api/run/predict", 422),
    ("GET", "/gradio_api/run/predict", 405),
]


def request(client, method: str, path: str):
    if method == "POST":
        return client.post(path, json=QUESTION if path == "/api/ask" else {})
    return client.get(path)


def assert_safe_headers(response, allowed_frames: tuple[str, ...] = ()) -> None:
    headers = response.headers
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    csp = headers["content-security-policy"]
    sources = [s for part in csp.split(";") for s in part.split()[1:]]
    external = [s for s in sources if re.match(r"^(https?:|\*|//|ws)", s) or "://" in s]
    assert sorted(external) == sorted(allowed_frames), csp  # only the embed allow-list
    assert re.search(r"(^|;)\s*default-src '(self|none)'", csp)
    assert "set-cookie" not in headers


@pytest.mark.parametrize(("method", "path", "status"), ROUTES)
def test_every_route_carries_the_headers(client, method, path, status):
    response = request(client, method, path)
    assert response.status_code == status
    assert_safe_headers(response)


@pytest.fixture(scope="module")
def partner_client(fake_assistant, tmp_path_factory):
    web = WebSettings(
        feedback_db=tmp_path_factory.mktemp("h") / "f.db",
        embed_origins=("https://partner.example",),
    )
    with TestClient(create_app(fake_assistant, web)) as client:
        yield client


@pytest.mark.parametrize(("method", "path", "status"), ROUTES)
def test_with_an_allow_list_only_those_origins_appear(partner_client, method, path, status):
    response = request(partner_client, method, path)
    assert response.status_code == status
    assert_safe_headers(response, allowed_frames=("https://partner.example",))


def test_429_carries_the_headers(tmp_path, fake_assistant):
    web = WebSettings(feedback_db=tmp_path / "f.db", rate_limit=Rate(1, 60))
    with TestClient(create_app(fake_assistant, web)) as client:
        client.post("/api/ask", json=QUESTION)
        response = client.post("/api/ask", json=QUESTION)
    assert response.status_code == 429
    assert_safe_headers(response)


def boom(*args):
    raise RuntimeError("secret internal detail /srv/app/x.py line 42")


def test_an_unexpected_exception_is_a_generic_500_without_traceback(
    client, fake_assistant, monkeypatch, caplog
):
    monkeypatch.setattr(fake_assistant, "_one", boom)
    with caplog.at_level(logging.ERROR, logger="app.web.guard"):
        response = client.post("/api/ask", json=QUESTION)
    assert response.status_code == 500
    assert response.json() == {"error": MESSAGE}
    for leak in ("Traceback", "RuntimeError", "secret internal detail", ".py", "line 42"):
        assert leak not in response.text
    assert_safe_headers(response)
    # ... and the server logs it, with the traceback (and without the question)
    record = next(r for r in caplog.records if r.name == "app.web.guard")
    assert record.exc_info and "secret internal detail" in str(record.exc_info[1])
    assert "POST /api/ask" in record.getMessage()
    assert "symptoms" not in caplog.text


def test_an_unexpected_exception_in_a_page_is_also_generic(client, fake_assistant, monkeypatch):
    monkeypatch.setattr(fake_assistant, "article", boom)
    response = client.get("/articles/dopamine-deficiency")
    assert response.status_code == 500
    assert response.json() == {"error": MESSAGE}
    assert "Traceback" not in response.text
    assert_safe_headers(response)


def test_the_server_keeps_answering_after_an_error(client, fake_assistant, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(fake_assistant, "_one", boom)
        assert client.post("/api/ask", json=QUESTION).status_code == 500
    assert client.post("/api/ask", json=QUESTION).status_code == 200


def test_an_unexpected_exception_is_logged_without_query_string_body_or_message(
    client, fake_assistant, monkeypatch, caplog
):
    """SECURITY.md: logged with its traceback's frames, the exception's type, the method and the
    path - never its message, the body or the query string. The line as the server's formatter
    writes it, for an error whose message quotes the reader's words - even when another handler
    (here pytest's) formatted the record first: its traceback text, message included, was cached
    on the record and written as it was."""
    from app.web.logs import FORMAT, SafeFormatter

    typed = "zqxj-7731"

    def quoting(*args):
        raise ValueError(f"cannot answer {args}")

    monkeypatch.setattr(fake_assistant, "_one", quoting)
    other_log, server_log = io.StringIO(), io.StringIO()
    other, handler = logging.StreamHandler(other_log), logging.StreamHandler(server_log)
    handler.setFormatter(SafeFormatter(FORMAT))
    guard_log = logging.getLogger("app.web.guard")
    guard_log.addHandler(other)  # a plain handler formats the record first
    guard_log.addHandler(handler)
    try:
        with caplog.at_level(logging.ERROR, logger="app.web.guard"):
            url = f"/api/ask?q={typed}&from=ad"
            response = client.post(url, json={"question": f"am I {typed}"})
    finally:
        guard_log.removeHandler(other)
        guard_log.removeHandler(handler)
    assert response.status_code == 500 and typed not in response.text
    [record] = [r for r in caplog.records if r.name == "app.web.guard"]
    assert typed in str(record.exc_info[1]) and typed in other_log.getvalue()  # it does quote it
    for written in (server_log.getvalue(), SafeFormatter(FORMAT).format(record)):
        assert typed not in written and "from=ad" not in written  # ... the log line does not
        assert "POST /api/ask" in written and "ValueError" in written and "in quoting" in written
