"""Votes from the chat and the widget reach the store; forged or odd ones from the page do not; the
reader is told the truth: thanked once the vote is stored, told when it could not be, and told it
is being saved when the database is slow (the vote never holds up anything else)."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import gradio as gr
import pytest

from app.db import StoreConfig, open_store
from app.db.sqlite import SqliteBackend
from app.db.store import Store
from app.web.chat import VOTE_FAILED, VOTE_PENDING, VOTE_THANKS, _vote_fn
from tests.db.conftest import SlowBackend

TURN = {"question": "Symptoms?", "passages": ["d#p-1"], "abstained": False}


@pytest.fixture
def store(tmp_path):
    opened = open_store(StoreConfig(sqlite_path=tmp_path / "feedback.sqlite3"))
    yield opened
    opened.close()


def cast(vote, conversation, data):
    return asyncio.run(vote(conversation, data))


def test_chat_votes_are_stored(store):
    vote = _vote_fn(store, "embed")
    conversation = {"asked": ["Symptoms?"], "turns": {"1": TURN}}
    thanks = cast(vote, conversation, SimpleNamespace(index=1, liked=True))
    assert VOTE_THANKS in thanks and 'role="status"' in thanks
    cast(vote, conversation, SimpleNamespace(index=[1, 0], liked="Dislike"))
    assert cast(vote, conversation, SimpleNamespace(index=5, liked=True)) == gr.skip()
    cast(vote, conversation, SimpleNamespace(index=1, liked=None))  # taken back: nothing stored
    assert [(v.vote, v.source, v.passage_ids) for v in store.votes()] == [
        (1, "embed", ("d#p-1",)),
        (-1, "embed", ("d#p-1",)),
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
def test_forged_turns_from_the_page_are_not_stored(store, turn):
    vote = _vote_fn(store, "chat")
    assert cast(vote, {"turns": {"1": turn}}, SimpleNamespace(index=1, liked=True)) == gr.skip()
    assert store.flush() and store.votes() == []


@pytest.mark.parametrize(
    "data",
    [
        SimpleNamespace(index=[], liked=True),
        SimpleNamespace(index=True, liked=True),
        SimpleNamespace(index=1, liked=[]),
        SimpleNamespace(index=None, liked={"x": 1}),
    ],
)
def test_odd_like_data_from_the_page_is_ignored(store, data):
    turn = {"question": "q", "passages": [], "abstained": False}
    assert cast(_vote_fn(store, "chat"), {"turns": {"1": turn}}, data) == gr.skip()
    assert store.flush() and store.votes() == []


def test_a_vote_that_cannot_be_stored_says_so(tmp_path):
    (tmp_path / "file").write_text("not a folder")
    backend = SqliteBackend(tmp_path / "file" / "feedback.sqlite3")  # cannot be created
    store = Store(backend, StoreConfig(), retry_delays=())
    try:
        liked = SimpleNamespace(index=1, liked=True)
        status = cast(_vote_fn(store, "chat"), {"turns": {"1": TURN}}, liked)
        assert VOTE_FAILED in status
        assert store.health()["missed"] == 1
    finally:
        store.close()


def test_a_slow_database_gets_an_honest_pending_status(tmp_path):
    backend = SlowBackend(tmp_path / "feedback.sqlite3")
    backend.migrate()
    store = Store(backend, StoreConfig())
    try:
        vote = _vote_fn(store, "chat", wait=0.2)
        status = cast(vote, {"turns": {"1": TURN}}, SimpleNamespace(index=1, liked=True))
        assert VOTE_PENDING in status and VOTE_THANKS not in status
        backend.go.set()
        assert store.flush() and len(store.votes()) == 1  # it was saved after all
    finally:
        backend.go.set()
        store.close()
