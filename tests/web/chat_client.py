"""Ask the chat page a question the way its front end does, over Gradio's raw HTTP API: the "add"
event (show the question), then the "answer" event with the page's fields (the pending question,
the messages, the conversation). The chat's events skip Gradio's queue, so each is one
`POST <mount>/gradio_api/run/predict` naming the event by its index, found by the handler's name in
`<mount>/config` (see app/web/chat.py)."""

from __future__ import annotations

import uuid

import httpx


def chat_events(client: httpx.Client, mount: str = "") -> dict[str, int]:
    """{"add": fn_index, "answer": fn_index, ...} of the chat at `mount` ("" or "/embed")."""
    config = client.get(f"{mount}/config").json()
    return {d["api_name"]: d["id"] for d in config["dependencies"] if d.get("api_name")}


def run_event(
    client: httpx.Client, mount: str, fn_index: int, data: list, session: str
) -> httpx.Response:
    body = {"data": data, "event_data": None, "fn_index": fn_index, "session_hash": session}
    return client.post(f"{mount}/gradio_api/run/predict", json=body)


def ask_chat(
    client: httpx.Client, question: str, mount: str = "", events: dict | None = None
) -> tuple[str, httpx.Response]:
    """-> (the reply message's HTML, or "" on failure; the last response)."""
    events = events or chat_events(client, mount)
    session = uuid.uuid4().hex[:11]
    added = run_event(client, mount, events["add"], [question, []], session)
    if added.status_code != 200:
        return "", added
    _, messages, pending = added.json()["data"]
    answered = run_event(client, mount, events["answer"], [pending, messages, {}], session)
    if answered.status_code != 200:
        return "", answered
    chat = answered.json()["data"][0]
    if not isinstance(chat, list) or len(chat) <= len(messages):
        return "", answered
    return text_of(chat[-1]["content"]), answered


def text_of(content) -> str:
    """A message's content: a string, or (Gradio 6 output) a list of {"type": "text", ...}."""
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    return str(content)
