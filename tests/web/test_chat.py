"""The chat page's handlers (without a browser): history, escaping, errors, greeting."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from web_fakes import XSS, FakeAssistant

from app.web.batching import MicroBatcher
from app.web.chat import _add_question, _answer_fn, _greeting_fn, _pick_example
from app.web.settings import WebSettings


def ask(answer, pending, messages, asked, turns):
    return asyncio.run(answer(pending, messages, asked, turns))


def test_question_is_echoed_escaped_and_box_cleared():
    box, messages, pending = _add_question(f"  Hi {XSS}  ", [])
    assert box == "" and pending == f"Hi {XSS}"
    assert messages[0]["role"] == "user"
    assert messages[0]["content"].endswith(f"</span>Hi {XSS_ESC}</p>")
    assert "<img" not in messages[0]["content"]


XSS_ESC = "&lt;img src=x onerror=alert(1)&gt;"


def test_empty_question_changes_nothing():
    box, messages, pending = _add_question("   ", [])
    assert pending == ""


def test_follow_ups_carry_earlier_questions():
    fake = FakeAssistant()
    answer = _answer_fn(MicroBatcher(fake.ask_many, wait_ms=1))
    messages, asked, turns = [], [], {}
    for question in ("What is dopamine?", "And its symptoms?"):
        _, messages, pending = _add_question(question, messages)
        messages, asked, turns, text = ask(answer, pending, messages, asked, turns)
    assert fake.seen == [
        ("What is dopamine?", (), None),
        ("And its symptoms?", ("What is dopamine?",), None),
    ]
    assert asked == ["What is dopamine?", "And its symptoms?"]
    assert sorted(turns) == [1, 3]  # the assistant messages' positions
    assert turns[3]["passages"][0].startswith("dopamine-deficiency#p-")
    assert "And its symptoms?" in text and "Talk to a doctor" in text
    assert 'class="hq-advice"' in messages[-1]["content"]


def test_bad_question_is_shown_escaped_and_not_remembered():
    fake = FakeAssistant()
    fake.settings = fake.settings.with_(max_question_chars=5)
    answer = _answer_fn(MicroBatcher(fake.ask_many, wait_ms=1))
    messages, asked, turns, text = ask(answer, "far too long", [], [], {})
    assert "hq-error" in messages[-1]["content"] and "too long" in messages[-1]["content"]
    assert asked == [] and turns == {} and text == ""


def test_example_pick_adds_the_question():
    choice = SimpleNamespace(value={"text": "How is it treated?"})
    box, messages, pending = _pick_example([], choice)
    assert pending == "How is it treated?" and messages[0]["role"] == "user"


def test_embed_greeting_comes_from_the_query_and_is_escaped():
    greet = _greeting_fn(WebSettings(greeting="Default hello"))
    update = greet(SimpleNamespace(query_params={"greeting": f"Hi {XSS}"}))
    assert XSS_ESC in update["placeholder"] and "<img" not in update["placeholder"]
    assert "Default hello" in greet(SimpleNamespace(query_params={}))["placeholder"]
