"""The chat's Gradio routes fuzzed like the JSON API (hypothesis; the fake assistant): any JSON
value, any bytes, any data for the chat's real events - the answer is a 200 or a 4xx with a clear
`{"error": ...}`, never a 5xx, and a refusal never echoes the input. Bounded: 80 examples each."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.web.server import create_app
from app.web.settings import WebSettings

BOUNDED = settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
MOUNTS = st.sampled_from(["", "/embed"])
MARK = "zq-marker-9"
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
TEXT_PART = st.fixed_dictionaries({"type": st.just("text"), "text": st.text(max_size=40)})
MESSAGES = st.lists(
    st.fixed_dictionaries(
        {
            "role": st.sampled_from(["user", "assistant", "system", MARK]),
            "content": st.text(max_size=40) | st.lists(TEXT_PART, max_size=2) | JSON_VALUES,
        },
        optional={"metadata": st.none() | JSON_VALUES, "options": st.none() | JSON_VALUES},
    ),
    max_size=4,
)


@pytest.fixture(scope="module")
def chat(fake_assistant, tmp_path_factory):
    app = create_app(fake_assistant, WebSettings(feedback_db=tmp_path_factory.mktemp("fz") / "f"))
    with TestClient(app, raise_server_exceptions=False) as client:
        config = client.get("/config").json()
        types = {c["id"]: c["type"] for c in config["components"]}
        events = {
            d["id"]: [types[i] for i in d["inputs"]]
            for d in config["dependencies"]
            if d.get("backend_fn")
        }
        yield client, events


def post(client, path: str, body: object):
    """As JSON with ASCII escapes: lone surrogates and Infinity go over the wire as they are."""
    headers = {"Content-Type": "application/json"}
    return client.post(path, content=json.dumps(body).encode(), headers=headers)


def check(response) -> None:
    assert response.status_code < 500, response.text[:300]
    if response.status_code >= 400:
        assert response.json()["error"], response.text[:300]
        assert MARK not in response.text


def value_for(kind: str):
    return {"textbox": st.text(max_size=60), "chatbot": MESSAGES}.get(kind, JSON_VALUES)


@given(mount=MOUNTS, body=JSON_VALUES)
@BOUNDED
def test_any_json_body(chat, mount, body):
    check(post(chat[0], f"{mount}/gradio_api/run/predict", body))


@given(mount=MOUNTS, body=st.binary(max_size=200))
@BOUNDED
def test_any_bytes(chat, mount, body):
    headers = {"Content-Type": "application/json"}
    check(chat[0].post(f"{mount}/gradio_api/run/predict", content=body, headers=headers))


@given(data=st.data(), mount=MOUNTS)
@BOUNDED
def test_any_data_for_the_real_events(chat, data, mount):
    client, events = chat
    index = data.draw(st.sampled_from(sorted(events)))
    kinds = events[index]
    if data.draw(st.booleans()):  # the right number of values, each of its kind (or any JSON)
        values = [data.draw(value_for(kind) | JSON_VALUES) for kind in kinds]
    else:
        values = data.draw(st.lists(JSON_VALUES, max_size=4))
    body = {
        "data": values,
        "fn_index": index,
        "session_hash": data.draw(st.text(max_size=12) | st.integers()),
        "event_data": data.draw(
            st.none()
            | st.fixed_dictionaries(
                {"index": JSON_VALUES, "value": JSON_VALUES}, optional={"liked": JSON_VALUES}
            )
            | JSON_VALUES
        ),
    }
    check(post(client, f"{mount}/gradio_api/run/predict", body))


@given(question=st.text(min_size=1, max_size=200))
@BOUNDED
def test_any_question_typed_in_the_chat_is_shown_or_refused_with_a_message(chat, question):
    client, events = chat
    add = next(i for i, kinds in sorted(events.items()) if kinds == ["textbox", "chatbot"])
    body = {"data": [question, []], "fn_index": add, "session_hash": "s"}
    response = post(client, "/gradio_api/run/predict", body)
    assert response.status_code == 200, response.text[:300]
    json.dumps(response.json())


@pytest.mark.parametrize("content", ["", "x", " hello "])
def test_a_message_whose_content_is_a_string_is_refused_not_a_500(chat, content):
    """Gradio 6 validates a chat message's content as a list of parts: a plain string failed
    inside it with a 500 (found by the fuzz test above)."""
    client, events = chat
    add = next(i for i, kinds in sorted(events.items()) if kinds == ["textbox", "chatbot"])
    messages = [{"role": "user", "content": content}]
    body = {"data": ["", messages], "fn_index": add, "session_hash": "s"}
    response = post(client, "/gradio_api/run/predict", body)
    assert response.status_code == 422 and "chat messages" in response.json()["error"]
