"""A turn's crisis patterns read on a side thread while the model embeds (`app.safety.ahead`,
task 11q): the same replies with and without it, one thread for the process (none per
question), and an error in the side work raised where it always was, by the detector."""

from __future__ import annotations

import contextlib
import json
import threading
import traceback

import pytest

from app.safety import ahead, patterns
from app.service import Assistant

# As readers type: lowercase, typos, no apostrophes; crises, near misses and follow-ups.
TURNS = [
    ("how do i get more sleep", []),
    ("i dont want to be here anymore", []),
    ("im so tired of everything lately, work is killing me lol", []),
    ("and for kids", ["how much sleep do adults need"]),
    ("he took the whole bottle of my pills and wont wake up", ["my brother is acting weird"]),
    ("what about the pills tho", ["whats a normal dose of melatonin"]),
    ("ok thanks", ["i took way to many tablets an hour ago"]),
    ("is it dangerous to mix alcohol and sleeping pils", []),
]


def _replies(assistant: Assistant) -> list[str]:
    patterns._kept_match.cache_clear()  # each run reads every message afresh
    return [json.dumps(assistant.ask(q, h).to_dict(), sort_keys=True) for q, h in TURNS]


def _side_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("healthqa-ahead")]


def test_the_same_replies_with_and_without_reading_ahead(tiny_settings, fake, monkeypatch):
    assistant = Assistant.open(tiny_settings, fake)
    with_ahead = _replies(assistant)
    monkeypatch.setattr(ahead, "reading", lambda turns: contextlib.nullcontext())
    assert _replies(assistant) == with_ahead


def test_the_side_thread_reads_what_the_detector_reads(tiny_settings, fake, monkeypatch):
    assistant = Assistant.open(tiny_settings, fake)
    patterns._kept_match.cache_clear()
    read, match = [], patterns.match
    monkeypatch.setattr(
        patterns, "match", lambda m: read.append((threading.current_thread().name, m)) or match(m)
    )
    assistant.ask("and for kids tho", ["how much sleep do adults need"])
    side = {m for name, m in read if name.startswith("healthqa-ahead")}
    assert side == {
        "and for kids tho",
        "how much sleep do adults need and for kids tho",
        "how much sleep do adults need",
    }
    assert {m for name, m in read if not name.startswith("healthqa-ahead")} <= side


def test_one_side_thread_for_the_process_none_per_question(tiny_settings, fake):
    assistant = Assistant.open(tiny_settings, fake)
    assistant.ask("how do i get more sleep")
    before = threading.active_count()
    for question, history in TURNS * 3:
        assistant.ask(question, history)
    assert len(_side_threads()) == 1
    assert threading.active_count() == before


def _raised(assistant: Assistant, question: str) -> tuple[type, str, list[str]]:
    with pytest.raises(RuntimeError) as err:
        assistant.ask(question)
    return err.type, str(err.value), [f.name for f in traceback.extract_tb(err.tb)]


def test_an_error_in_the_side_work_is_raised_by_the_detector_as_before(
    tiny_settings, fake, monkeypatch
):
    assistant = Assistant.open(tiny_settings, fake)
    match = patterns.match

    def failing(message: str) -> list[str]:
        if "kaboom" in message:
            raise RuntimeError("a bug in a pattern")
        return match(message)

    monkeypatch.setattr(patterns, "match", failing)
    patterns._kept_match.cache_clear()
    kind, text, frames = _raised(assistant, "wat is kaboom sleep")
    assert (kind, text) == (RuntimeError, "a bug in a pattern")
    assert "detect" in frames and "find_many" in frames  # where it was raised before
    monkeypatch.setattr(ahead, "reading", lambda turns: contextlib.nullcontext())
    assert _raised(assistant, "wat is kaboom sleep")[:2] == (kind, text)
    monkeypatch.undo()
    assert not assistant.ask("how do i get more sleep").crisis  # the side thread still serves


def test_an_error_in_the_model_is_raised_after_the_side_work(tiny_settings, fake, monkeypatch):
    assistant = Assistant.open(tiny_settings, fake)
    done = []
    monkeypatch.setattr(ahead, "_read", lambda messages: done.extend(messages))

    def broken(texts):
        raise RuntimeError("the model failed")

    monkeypatch.setattr(assistant.embedder, "embed", broken)
    with pytest.raises(RuntimeError, match="the model failed"):
        assistant.ask("how do i get more sleep")
    assert done == ["how do i get more sleep"]  # waited for, not left running
