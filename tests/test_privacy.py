"""Privacy: questions are not logged; the opt-in unanswered log (in the site owner's store) keeps
only questions the articles did not answer, redacted, never a crisis message; it is off by
default."""

import logging

from fastapi.testclient import TestClient

from app.db import StoreConfig, open_store
from app.db.redact import redact
from app.service import Assistant
from app.web.server import create_app
from app.web.settings import WebSettings


def test_redaction():
    text = "mail me at jo.doe+x@example.co.uk or call +1 (555) 123-4567, card 4111111111111111"
    out = redact(text)
    assert "example" not in out and "555" not in out and "4111" not in out
    assert out == "mail me at [email] or call [phone], card [number]"
    assert redact("I am 45 and take 20 mg") == "I am 45 and take 20 mg"
    # README: phone numbers become [phone], runs of 5 or more digits [number] (a card, an account)
    assert redact("my number is 07700900123") == "my number is [phone]"
    assert redact("card 4111 1111 1111 1111 exp 12/27") == "card [number] exp 12/27"
    assert redact("order 123456 arrived") == "order [number] arrived"
    assert redact("call 555-1234") == "call [phone]"


def _ask_all(settings, fake, tmp_path, questions, unanswered: bool):
    store = open_store(StoreConfig(sqlite_path=tmp_path / "s.sqlite3", unanswered=unanswered))
    app = create_app(Assistant.open(settings, fake), WebSettings(), store)
    with TestClient(app) as client:
        for question in questions:
            assert client.post("/api/ask", json={"question": question}).status_code == 200
        assert store.flush()
        return store.unanswered(), store.daily_outcomes()


def test_questions_never_reach_the_logs(tiny_settings, fake, caplog, tmp_path):
    questions = [
        "secret question about quantum chromodynamics 0123456789",
        "How much sleep do adults need?",
        "i want to kill myself tonight",  # a crisis: counted, never stored
    ]
    with caplog.at_level(logging.DEBUG):
        stored, counts = _ask_all(tiny_settings, fake, tmp_path, questions, unanswered=True)
    assert "secret" not in caplog.text and "sleep" not in caplog.text
    assert "kill" not in caplog.text
    assert "abstained=1" in caplog.text
    assert [u.question for u in stored] == ["secret question about quantum chromodynamics [phone]"]
    assert [(c.answered, c.not_covered, c.crisis) for c in counts] == [(1, 1, 1)]


def test_unanswered_log_is_off_by_default(tiny_settings, fake, tmp_path):
    stored, counts = _ask_all(tiny_settings, fake, tmp_path, ["quantum chromodynamics?"], False)
    assert stored == [] and counts[0].not_covered == 1


def test_small_talk_is_neither_logged_nor_counted(tiny_settings, fake, tmp_path):
    """A greeting, thanks, a goodbye or a complaint asks the articles nothing: on 6b85ade each was
    stored as an unanswered question and counted "not covered", so the site owner's report
    grouped "thanks" and "hi" among the questions readers could not get answered."""
    talk = ["hi", "thanks thats really helpful", "ok bye", "you are useless", "ok got it"]
    questions = [*talk, "quantum chromodynamics?", "How much sleep do adults need?"]
    stored, counts = _ask_all(tiny_settings, fake, tmp_path, questions, unanswered=True)
    assert [u.question for u in stored] == ["quantum chromodynamics?"]
    assert [(c.answered, c.not_covered, c.crisis) for c in counts] == [(1, 1, 0)]
