"""Votes are stored with the question, the quoted passages, the vote and the time - nothing else."""

from __future__ import annotations

import sqlite3
from types import SimpleNamespace

import gradio as gr
import pytest

from app.web.chat import _vote_fn
from app.web.feedback import FeedbackStore


def test_store_round_trip(tmp_path):
    store = FeedbackStore(tmp_path / "sub" / "feedback.sqlite3")
    store.add("What is dopamine?", ["doc#p-1", "doc#p-2"], 1, "chat", abstained=False)
    store.add("Unanswerable?", [], -1, "embed", abstained=True)
    rows = store.rows()
    assert [(r["question"], r["passage_ids"], r["vote"], r["source"]) for r in rows] == [
        ("What is dopamine?", ["doc#p-1", "doc#p-2"], 1, "chat"),
        ("Unanswerable?", [], -1, "embed"),
    ]
    assert rows[0]["created_at"].endswith("+00:00")


def test_no_column_identifies_the_reader(tmp_path):
    store = FeedbackStore(tmp_path / "feedback.sqlite3")
    store.add("q", [], 1, "chat", abstained=False)
    with sqlite3.connect(store.path) as db:
        columns = {row[1] for row in db.execute("PRAGMA table_info(feedback)")}
    assert columns == {"id", "created_at", "question", "passage_ids", "abstained", "vote", "source"}
    assert not any(
        word in " ".join(columns) for word in ("ip", "addr", "cookie", "session", "agent")
    )


def test_only_up_or_down(tmp_path):
    with pytest.raises(ValueError):
        FeedbackStore(tmp_path / "f.sqlite3").add("q", [], 0, "chat", abstained=False)


def test_chat_votes_are_stored(tmp_path):
    store = FeedbackStore(tmp_path / "feedback.sqlite3")
    vote = _vote_fn(store, "embed")
    turn = {"question": "Symptoms?", "passages": ["d#p-1"], "abstained": False}
    conversation = {"asked": ["Symptoms?"], "turns": {"1": turn}}
    thanks = vote(conversation, SimpleNamespace(index=1, liked=True))
    assert "Thank you for your feedback." in thanks and 'role="status"' in thanks
    vote(conversation, SimpleNamespace(index=[1, 0], liked="Dislike"))
    assert vote(conversation, SimpleNamespace(index=5, liked=True)) == gr.skip()  # not a reply
    vote(conversation, SimpleNamespace(index=1, liked=None))  # a vote taken back: nothing stored
    assert [(r["vote"], r["source"], r["passage_ids"]) for r in store.rows()] == [
        (1, "embed", ["d#p-1"]),
        (-1, "embed", ["d#p-1"]),
    ]


@pytest.mark.parametrize(
    "turn",
    [
        {"question": 3, "passages": [], "abstained": False},
        {"question": "q", "passages": "d#p-1", "abstained": False},
        {"question": "q", "passages": ["x" * 301], "abstained": False},
        {"question": "q", "passages": ["d#p-1"] * 11, "abstained": False},
        {"question": "q", "passages": [], "abstained": "no"},
        "not a turn",
    ],
)
def test_forged_turns_from_the_page_are_not_stored(tmp_path, turn):
    store = FeedbackStore(tmp_path / "feedback.sqlite3")
    vote = _vote_fn(store, "chat")
    assert vote({"turns": {"1": turn}}, SimpleNamespace(index=1, liked=True)) == gr.skip()
    assert store.rows() == []


@pytest.mark.parametrize(
    "data",
    [
        SimpleNamespace(index=[], liked=True),
        SimpleNamespace(index=True, liked=True),
        SimpleNamespace(index=1, liked=[]),
        SimpleNamespace(index=None, liked={"x": 1}),
    ],
)
def test_odd_like_data_from_the_page_is_ignored(tmp_path, data):
    store = FeedbackStore(tmp_path / "feedback.sqlite3")
    turn = {"question": "q", "passages": [], "abstained": False}
    assert _vote_fn(store, "chat")({"turns": {"1": turn}}, data) == gr.skip()
    assert store.rows() == []


def test_a_vote_that_cannot_be_stored_says_so(tmp_path):
    (tmp_path / "feedback.sqlite3").mkdir()  # not a database file
    vote = _vote_fn(FeedbackStore(tmp_path / "feedback.sqlite3"), "chat")
    turn = {"question": "q", "passages": [], "abstained": False}
    status = vote({"turns": {"1": turn}}, SimpleNamespace(index=1, liked=True))
    assert "could not be saved" in status
