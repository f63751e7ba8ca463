"""The chat page's handlers (without a browser): history, escaping, errors, greeting."""

from __future__ import annotations

import asyncio
import json
from types import SimpleNamespace

import gradio as gr
import pytest
from web_fakes import XSS, FakeAssistant

from app.web.batching import MicroBatcher
from app.web.chat import _add_fns, _add_question, _answer_fn, _greeting_fn
from app.web.settings import WebSettings


def ask(answer, pending, messages, conversation):
    return asyncio.run(answer(pending, messages, conversation))


def test_question_is_echoed_escaped_and_box_cleared():
    box, messages, pending = _add_question(f"  Hi {XSS}  ", [], 1000)
    assert box == "" and pending == f"Hi {XSS}"
    assert messages[0]["role"] == "user"
    assert messages[0]["content"].endswith(f"</span>Hi {XSS_ESC}</p>")
    assert "<img" not in messages[0]["content"]


XSS_ESC = "&lt;img src=x onerror=alert(1)&gt;"


def test_empty_question_changes_nothing():
    box, messages, pending = _add_question("   ", [], 1000)
    assert pending == ""


def test_follow_ups_carry_earlier_questions():
    fake = FakeAssistant()
    answer = _answer_fn(MicroBatcher(fake.ask_many, wait_ms=1))
    messages, conversation = [], {}
    for question in ("What is dopamine?", "And its symptoms?"):
        _, messages, pending = _add_question(question, messages, 1000)
        messages, conversation, text = ask(answer, pending, messages, conversation)
        conversation = json.loads(json.dumps(conversation))  # as the page sends it back
    assert fake.seen == [
        ("What is dopamine?", (), None),
        ("And its symptoms?", ("What is dopamine?",), None),
    ]
    assert conversation["asked"] == ["What is dopamine?", "And its symptoms?"]
    assert sorted(conversation["turns"]) == ["1", "3"]  # the assistant messages' positions
    assert conversation["turns"]["3"]["passages"][0].startswith("dopamine-deficiency#p-")
    assert "And its symptoms?" in text and "Talk to a doctor" in text
    assert 'class="hq-advice"' in messages[-1]["content"]


def test_bad_question_is_shown_escaped_and_not_remembered():
    fake = FakeAssistant()
    fake.settings = fake.settings.with_(max_question_chars=5)
    answer = _answer_fn(MicroBatcher(fake.ask_many, wait_ms=1))
    messages, conversation, text = ask(answer, "far too long", [], {"asked": ["a"]})
    assert "hq-error" in messages[-1]["content"] and "too long" in messages[-1]["content"]
    assert conversation == gr.skip() and text == ""  # the conversation is unchanged


def test_example_pick_adds_the_question():
    choice = SimpleNamespace(value={"text": "How is it treated?"})
    _, pick_example = _add_fns(1000)
    box, messages, pending = pick_example([], choice)
    assert pending == "How is it treated?" and messages[0]["role"] == "user"


def test_embed_greeting_comes_from_the_query_and_is_escaped():
    greet = _greeting_fn(WebSettings(greeting="Default hello"))
    update = greet(SimpleNamespace(query_params={"greeting": f"Hi {XSS}"}))
    assert XSS_ESC in update["placeholder"] and "<img" not in update["placeholder"]
    assert "Default hello" in greet(SimpleNamespace(query_params={}))["placeholder"]


def test_question_over_the_limit_is_refused_with_a_message_and_kept():
    add, pick_example = _add_fns(limit=20)
    text = "x" * 25
    box, messages, pending = add(text, [{"role": "user", "content": "earlier"}])
    assert pending == ""  # nothing is sent to the answer step
    assert box == gr.skip()  # the text stays in the box, to be shortened
    assert len(messages) == 2 and messages[-1]["role"] == "assistant"
    assert "hq-error" in messages[-1]["content"]
    assert "25 characters long; the limit is 20" in messages[-1]["content"]
    assert "x" * 25 not in messages[-1]["content"]
    box, messages, pending = add("y" * 20, [])
    assert (box, pending) == ("", "y" * 20)  # exactly the limit is fine
    _, messages, pending = pick_example([], SimpleNamespace(value={"text": "z" * 21}))
    assert pending == "" and "limit is 20" in messages[-1]["content"]


def test_the_pages_use_the_core_limit(make_client, fake_assistant):
    """The limit shown by the chat is the core's Settings.max_question_chars."""
    from app.web.chat import build_chat

    blocks = build_chat(
        MicroBatcher(fake_assistant.ask_many), None, WebSettings(), compact=True, max_chars=7
    )
    add = next(f.fn for f in blocks.fns.values() if f.fn and f.fn.__name__ == "add")
    assert "the limit is 7" in add("12345678", [])[1][-1]["content"]


def test_control_characters_and_markup_in_the_chat_are_shown_as_text():
    box, messages, pending = _add_question("Hi\x00\x1b[31m <script>x</script>", [], 1000)
    assert "<script>" not in messages[0]["content"]
    assert messages[0]["content"].endswith("Hi [31m &lt;script&gt;x&lt;/script&gt;</p>")
    assert pending == "Hi\x00\x1b[31m <script>x</script>"  # the core cleans what it answers


@pytest.mark.parametrize(
    "conversation",
    [None, [], "x", {"asked": "What?"}, {"asked": [1, None, {"q": 2}]}, {"turns": ["x"]}],
)
def test_a_malformed_conversation_from_the_page_counts_as_empty(conversation):
    fake = FakeAssistant()
    answer = _answer_fn(MicroBatcher(fake.ask_many, wait_ms=1))
    messages, remembered, _ = ask(answer, "What is dopamine?", [], conversation)
    assert fake.seen == [("What is dopamine?", (), None)]
    assert remembered["asked"] == ["What is dopamine?"] and list(remembered["turns"]) == ["0"]


def test_reply_links_are_relative_to_the_chat_page():
    """/ links "articles/...", /embed/ links "../articles/...": both reach /articles/..., and
    <root>/articles/... when served under a sub-path."""
    fake = FakeAssistant()
    for links, start in (("", 'href="articles/dopamine'), ("../", 'href="../articles/dopamine')):
        answer = _answer_fn(MicroBatcher(fake.ask_many, wait_ms=1), links)
        messages, _, _ = ask(answer, "What is dopamine?", [], {})
        assert start in messages[-1]["content"]


def test_the_chat_answers_over_http_without_the_queue(client):
    """Both chats, over Gradio's HTTP API the way the page calls it (tests/web/chat_client.py):
    one plain POST per event, no queue join, no event stream."""
    from chat_client import ask_chat, chat_events

    for mount, link in (("", 'href="articles/'), ("/embed", 'href="../articles/')):
        config = client.get(f"{mount}/config").json()
        assert all(not d["queue"] for d in config["dependencies"] if d["backend_fn"])
        html, response = ask_chat(
            client, "What are the symptoms?", mount, chat_events(client, mount)
        )
        assert response.status_code == 200
        assert "hq-quote" in html and link in html and "hq-advice" in html
