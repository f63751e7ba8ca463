"""SECURITY.md: nothing of a question stays in a server process's memory once it is answered, and
the conversation lives in the page - through the whole web layer too (FastAPI, the micro-batcher,
Gradio's chat on both mounts), not only the core (tests/test_promises_memory.py). Questions asked
over `POST /api/ask` and the chat's events; every reply dropped; then every object the garbage
collector tracks is searched for a string holding a question's words (needles held as bytes).

Shown to fail before: Gradio kept each chat session's latest values (the question, the answer
as text, the conversation with its questions) for up to 10,000 sessions per process, and the
micro-batcher held its last batch's replies until the next question came, and its worker task,
started in the context of the first question's request, kept that chat request (its question in
its body) for the life of the process, through its timers."""

from __future__ import annotations

import gc
import random
import string

from fastapi.testclient import TestClient

from app.service import Assistant
from app.web.server import create_app
from app.web.settings import WebSettings
from tests.test_promises_server import chat_and_vote
from tests.web.chat_client import ask_chat


def _holders(needles: list[bytes]) -> list[str]:
    gc.collect()
    found = []
    for obj in gc.get_objects():
        for ref in gc.get_referents(obj):
            if isinstance(ref, str) and any(
                n in ref.encode("utf-8", "surrogatepass") for n in needles
            ):
                found.append(f"{type(obj).__name__}: {ref[:60]!r}")
    return found


def _ask_everywhere(client: TestClient) -> list[bytes]:
    rng = random.Random()
    words = ["".join(rng.choice(string.ascii_lowercase) for _ in range(11)) for _ in range(4)]
    api = f"how much sleep do adults need {words[0]}"
    chats = [f"Is {words[1]} good for sleep?", f"does {words[2]} help adults sleep"]
    for mount, question in zip(("", "/embed"), chats, strict=True):  # a chat event comes first
        html, response = ask_chat(client, question, mount)
        assert response.status_code == 200 and "hq-advice" in html, mount
    assert client.post("/api/ask", json={"question": api}).status_code == 200
    voted = f"how much sleep do {words[3]} adults need"  # asked, then voted on (stored redacted)
    _, status = chat_and_vote(client, "/embed", voted)
    assert "Thank you" in status
    chats.append(voted)
    return [q.encode() for q in (api, *chats)] + [w.encode() for w in words]


def test_nothing_of_a_question_stays_in_the_servers_memory(tiny_settings, fake, tmp_path):
    app = create_app(Assistant.open(tiny_settings, fake), WebSettings(feedback_db=tmp_path / "f"))
    with TestClient(app) as client:
        needles = _ask_everywhere(client)
        assert _holders(needles) == []
