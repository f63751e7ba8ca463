"""The real model on the seed corpus: known answers, off-topic abstention, crisis, follow-ups,
and properties that must hold for every reply. Questions: eval/seed-questions.jsonl."""

import json

import pytest

from app.corpus import read_corpus
from app.evaluate import evaluate, is_correct, summarize
from tests.conftest import ROOT, SEED_CORPUS
from tests.test_clean import SEED_JUNK

pytestmark = pytest.mark.model
QUESTIONS = [
    json.loads(line) for line in (ROOT / "eval/seed-questions.jsonl").read_text().splitlines()
]
ANSWERABLE = [q for q in QUESTIONS if q["kind"] in ("answerable", "followup")]
OFFTOPIC = [q for q in QUESTIONS if q.get("offtopic")]
# Measured misses of the current retrieval (rank > 3 or abstained); kept visible, not hidden.
KNOWN_MISSES = {"seed-006", "seed-028", "seed-030", "seed-050", "seed-056", "seed-061"}
KNOWN_ANSWERED_OFFTOPIC = {"seed-074"}


def _params(items, known: set[str], why: str):
    """Every question runs; a measured miss is an xfail, so a fix shows up as XPASS."""
    mark = pytest.mark.xfail(reason=why, strict=False)
    return [pytest.param(q, id=q["id"], marks=[mark] if q["id"] in known else []) for q in items]


@pytest.mark.parametrize("item", _params(ANSWERABLE, KNOWN_MISSES, "known retrieval miss"))
def test_known_answer_is_quoted(seed_assistant, item):
    reply = seed_assistant.ask(item["question"], item.get("history", []))
    assert not reply.abstained
    passages = {p.text: p for p in seed_assistant.index.passages}
    assert any(is_correct(passages[q.text], item) for q in reply.quotes), [
        q.text[:60] for q in reply.quotes
    ]


@pytest.mark.parametrize("item", _params(OFFTOPIC, KNOWN_ANSWERED_OFFTOPIC, "near-miss answered"))
def test_off_topic_abstains(seed_assistant, item):
    reply = seed_assistant.ask(item["question"], item.get("history", []))
    assert reply.abstained and not reply.quotes
    assert "do not cover" in reply.markdown


def test_quality_floor(seed_assistant):
    summary = summarize(evaluate(seed_assistant, QUESTIONS))
    assert summary["hit@3"] >= 0.88 and summary["mrr@10"] >= 0.75
    assert summary["abstain_recall"] >= 0.9 and summary["abstain_precision"] >= 0.8
    assert summary["crisis_recall"] == 1.0 and summary["crisis_false_alarms"] == 0


def test_followup_what_causes_it(seed_assistant):
    reply = seed_assistant.ask("What causes it?", ["What is dopamine deficiency?"])
    sections = [q.section for q in reply.quotes]
    assert "Causes of Dopamine Transporter Deficiency" in sections


def test_crisis_reply_leads_with_emergency_then_quotes(seed_assistant):
    reply = seed_assistant.ask("I want to end it all, my dopamine is low")
    assert reply.crisis and reply.markdown.startswith("**⚠️ Get help now.**")
    assert reply.quotes  # then anything useful from the articles


def test_every_reply_keeps_the_invariants(seed_assistant):
    articles = {a.doc_id: a for a in read_corpus(SEED_CORPUS)[0]}
    for item in QUESTIONS:
        reply = seed_assistant.ask(item["question"], item.get("history", []))
        assert reply.advice and reply.to_dict()["advice"] == reply.advice
        assert reply.markdown.rstrip().endswith("*")
        for q in reply.quotes:
            assert q.text in articles[q.doc_id].text  # verbatim from the cleaned article
            assert not any(junk in q.text for junk in SEED_JUNK)
            assert q.link == f"/articles/{q.doc_id}#" + q.link.split("#")[1]
            assert q.title and q.publisher and q.published
