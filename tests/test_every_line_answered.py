"""Every message of every labelled set (the crisis sets, the crisis bank, the seed question files
with their conversations) gets a reply from the real product path, with nothing failing on the
way: a failure there once turned "can barely get words out, my inhaler isnt helping" into a
traceback instead of emergency guidance. Also: when judging or building a reply does fail, the
reader still gets the guidance first and the advice last, and the log names the failure's kind
and place but never the question."""

from __future__ import annotations

import json
import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import coverage
from tests.conftest import ROOT
from tests.test_crisis_replies import check_guidance_first
from tests.test_question_rules_fuzz import MESSAGE

BATCH = 64


def labelled() -> list[tuple[str, list[str], bool]]:
    """(message, history, labelled a crisis) for every line of every labelled set."""
    rows = []
    files = sorted((ROOT / "eval" / "crisis").rglob("*.jsonl")) + [ROOT / "app/safety/bank.jsonl"]
    for path in files:
        for line in path.read_text("utf-8").splitlines():
            d = json.loads(line)
            rows.append((d["text"], d.get("history", []), d["category"] != "none"))
    for path in sorted((ROOT / "eval").glob("seed-*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            d = json.loads(line)
            rows.append((d["question"], d.get("history", []), d.get("kind") == "crisis"))
    return rows


ROWS = labelled()
# Checked in parts of CHUNK lines, each its own test: one test of all 16,000+ lines ran past the
# 600 s per-test timeout on a loaded 2-core CI machine.
CHUNK = 1_500


def test_the_labelled_sets_are_all_read():
    assert len(ROWS) > 10_000


@pytest.mark.model
@pytest.mark.parametrize("start", range(0, len(ROWS), CHUNK))
def test_every_labelled_message_gets_a_reply_without_a_failure(seed_assistant, caplog, start):
    rows = ROWS[start : start + CHUNK]
    replies = []
    with caplog.at_level(logging.ERROR, logger="app.service"):
        for at in range(0, len(rows), BATCH):
            items = [(text, history, None) for text, history, _ in rows[at : at + BATCH]]
            replies += seed_assistant.ask_many(items)
    failed = [r.getMessage() for r in caplog.records if r.name == "app.service"]
    assert failed == []
    errors = [(rows[i][0], r) for i, r in enumerate(replies) if not hasattr(r, "quotes")]
    assert errors == []
    for reply in replies:
        assert reply.advice and reply.markdown.rstrip().endswith(f"*{reply.advice}*")
        if reply.crisis:
            check_guidance_first(reply)


@pytest.mark.model
def test_a_failure_in_judging_still_gives_the_guidance_first(seed_assistant, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise IndexError("list index out of range: zqxj-secret")

    monkeypatch.setattr(coverage, "judge", broken)
    question = "my dad collapsed and isnt breathing what do i do zqxj"
    with caplog.at_level(logging.ERROR, logger="app.service"):
        reply = seed_assistant.ask(question)
    assert reply.crisis and reply.abstained
    check_guidance_first(reply, "medical")
    assert reply.markdown.rstrip().endswith(f"*{reply.advice}*")
    assert "judging the quotes failed (IndexError at" in caplog.text
    assert "zqxj" not in caplog.text


@pytest.mark.model
def test_a_failure_in_building_quotes_falls_back_to_a_reply_without_them(
    seed_assistant, monkeypatch, caplog
):
    from app import answer

    real = answer.quote

    def broken(hit, question, idf):
        raise KeyError("zqxj")

    question = "what causes low dopamine"
    assert seed_assistant.ask(question).quotes  # answered when nothing fails
    monkeypatch.setattr(answer, "quote", broken)
    with caplog.at_level(logging.ERROR, logger="app.service"):
        reply = seed_assistant.ask(question)
    monkeypatch.setattr(answer, "quote", real)
    assert reply.abstained and not reply.crisis and reply.advice
    assert "building the reply failed (KeyError at" in caplog.text and "zqxj" not in caplog.text


@pytest.mark.model
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(
        st.tuples(MESSAGE, st.lists(MESSAGE, max_size=2)),
        min_size=1,
        max_size=16,
    )
)
def test_any_message_of_common_words_gets_a_reply_without_a_failure(seed_assistant, batch):
    """Messages made of the words people type most, in the shapes questions take, with and
    without earlier turns: none fails on the way to its reply."""
    items = [(message, history, None) for message, history in batch]
    handler = Recorder()
    logging.getLogger("app.service").addHandler(handler)
    try:
        replies = seed_assistant.ask_many(items)
    finally:
        logging.getLogger("app.service").removeHandler(handler)
    assert [r.levelname for r in handler.records if r.levelno >= logging.ERROR] == []
    assert all(hasattr(r, "quotes") for r in replies), replies


class Recorder(logging.Handler):
    def __init__(self):
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)
