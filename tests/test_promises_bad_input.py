"""README's "What the server does with bad input": wrong JSON, types, sizes or encodings get a 4xx
with a clear `{"error": ...}` - in our words, never pydantic's or Starlette's ("Value error, ...",
"Field required", "Input should be ...", `{"detail": ...}`). Checked on a real `python -m app
serve` (tiny corpus, fake embedder, 127.0.0.1): `POST /api/ask`, the chat's vote event, and
another method on our own pages."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import TINY, wait_serving, write_corpus
from tests.test_hardening_workers import free_port, serve
from tests.web.chat_client import chat_events

# Words of pydantic's and Starlette's messages that a reader or site owner must never see
THEIRS = (
    "Value error",
    "Field required",
    "Input should",
    "Extra inputs",
    "after validation",
    "should have at most",
    "Not Found",
    "Method Not Allowed",
    '"detail"',
    "pydantic",
)


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    base = tmp_path_factory.mktemp("bad-input")
    write_corpus(base / "corpus", TINY)
    port = free_port()
    process = serve(base, "--host", "127.0.0.1", "--port", str(port))
    url = f"http://127.0.0.1:{port}"
    wait_serving(process, url, base / "serve.log")
    try:
        yield url
    finally:
        process.terminate()
        process.wait(30)


def ours(response: httpx.Response) -> str:
    """The `error` of a JSON error body, checked to hold none of the libraries' words."""
    assert response.headers["content-type"].startswith("application/json"), response.text
    body = response.json()
    assert set(body) == {"error"}, body
    assert not [w for w in THEIRS if w in response.text], response.text
    return body["error"]


TWENTY_ONE = ["how much sleep"] * 21


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ({"question": 5}, '"question" must be text'),
        ({"question": None}, '"question" must be text'),
        ({}, '"question" is required'),
        ({"question": "how much sleep", "top_k": 0}, '"top_k" must be a whole number from 1 to 10'),
        ({"question": "how much sleep", "top_k": "3"}, '"top_k" must be a whole number'),
        ({"question": "how much sleep", "top_k": True}, '"top_k" must be a whole number'),
        ({"question": "how much sleep", "foo": 1}, 'Unknown field "foo"'),
        ({"question": "how much sleep", "history": "a"}, '"history" must be a list'),
        ({"question": "how much sleep", "history": [1]}, '"history" item 1 must be text'),
        ({"question": "how much sleep", "history": TWENTY_ONE}, "at most 20 earlier questions"),
        ({"question": "x", "history": ["ok", "a" * 2001]}, '"history" item 2 is longer than 2000'),
        ([], "must be a JSON object"),
        ("how much sleep", "must be a JSON object"),
    ],
)
def test_the_apis_422_says_what_is_wrong_in_our_words(url, body, said):
    """It said "top_k: Value error, must be ...", "question: Field required", "foo: Extra inputs
    are not permitted", "history: List should have at most 20 items after validation, not 21"."""
    response = httpx.post(f"{url}/api/ask", json=body, timeout=30)
    assert response.status_code == 422
    assert said in ours(response)


def test_a_good_question_is_still_answered(url):
    response = httpx.post(f"{url}/api/ask", json={"question": "how much sleep do adults need"})
    assert response.status_code == 200 and response.json()["quotes"]


@pytest.mark.parametrize(
    ("extra", "said"),
    [({"trigger_id": "x"}, "trigger_id"), ({"event_id": 5}, "event_id")],
)
def test_a_malformed_vote_event_is_our_422_not_gradios(url, extra, said):
    """A vote whose `trigger_id` was not a number or `event_id` not text got Gradio's own 422,
    `{"detail": [{"type": "int_parsing", ..., "input": "x"}]}`: pydantic's words, the input
    quoted back."""
    with httpx.Client(base_url=url, timeout=30) as client:
        vote = chat_events(client)["vote"]
        body = {
            "data": [{}],
            "event_data": {"index": 0, "value": "reply", "liked": True},
            "fn_index": vote,
            "session_hash": "abc",
            **extra,
        }
        response = client.post("/gradio_api/run/predict", json=body)
    assert response.status_code == 422
    assert said in ours(response)


@pytest.mark.parametrize("path", ["/healthz", "/articles/sleep-basics", "/widget.js", "/docs"])
@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE"])
def test_another_method_on_our_pages_is_a_405_in_our_words(url, path, method):
    """They fell through to Gradio's mount: 404 `{"detail":"Not Found"}` (the page is there)."""
    response = httpx.request(method, f"{url}{path}", timeout=30)
    assert response.status_code == 405
    assert ours(response) == "This method is not allowed here."
    assert "GET" in response.headers["allow"]
    assert httpx.get(f"{url}{path}", timeout=30).status_code == 200


FOREIGN = [None, "text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded"]


@pytest.mark.parametrize("mount", ["", "/embed"])
@pytest.mark.parametrize("content_type", FOREIGN + ["multipart/form-data; boundary=x"])
def test_a_chat_event_not_sent_as_json_is_our_415(url, mount, content_type):
    """SECURITY.md: a page on another site cannot make a reader's browser ask with a "simple"
    request (a form, `text/plain`, no type: no CORS preflight). The chat's event route took such
    a body as far as Gradio, whose 422 `{"detail": [...]}` quoted the question back in pydantic's
    words; now it is refused before it is read, in ours. The page's own JSON is still answered."""
    with httpx.Client(base_url=url, timeout=30) as client:
        add = chat_events(client, mount)["add"]
        body = {"data": ["how much sleep do adults need", []], "event_data": None}
        body |= {"fn_index": add, "session_hash": "abcdefghijk"}
        headers = {"Origin": "https://evil.example"}
        if content_type:
            headers["Content-Type"] = content_type
        sent = httpx.Request("POST", f"{url}{mount}/gradio_api/run/predict", json=body)
        if content_type is None:
            del sent.headers["Content-Type"]
        sent.headers.update(headers)
        response = client.send(sent)
        assert response.status_code == 415, response.text
        assert "Content-Type: application/json" in ours(response)
        assert "how much sleep" not in response.text
        answered = client.post(f"{mount}/gradio_api/run/predict", json=body)
        assert answered.status_code == 200 and "how much sleep" in answered.text
