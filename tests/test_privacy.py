"""Privacy: questions are not logged; the opt-in unanswered log redacts and expires."""

import logging

from app.service import Assistant
from app.unanswered import UnansweredLog, redact


def test_redaction():
    text = "mail me at jo.doe+x@example.co.uk or call +1 (555) 123-4567, card 4111111111111111"
    out = redact(text)
    assert "example" not in out and "555" not in out and "4111" not in out
    assert out == "mail me at [email] or call [phone], card [phone]"
    assert redact("I am 45 and take 20 mg") == "I am 45 and take 20 mg"


def test_unanswered_log_keeps_only_redacted_recent_questions(tmp_path):
    log = UnansweredLog(tmp_path / "u.sqlite3", retention_days=1)
    log.add("old question", now=1000.0)
    log.add("email me at a@b.org", now=1000.0 + 2 * 86400)
    assert [q for _, q in log.entries()] == ["email me at [email]"]


def test_questions_never_reach_the_logs(tiny_settings, fake, caplog, tmp_path):
    settings = tiny_settings.with_(unanswered_log=str(tmp_path / "u.sqlite3"))
    assistant = Assistant.open(settings, fake)
    with caplog.at_level(logging.DEBUG):
        assistant.ask("secret question about quantum chromodynamics 0123456789")
        assistant.ask("How much sleep do adults need?")
    assert "secret" not in caplog.text and "sleep" not in caplog.text
    assert "answered=1" in caplog.text and "abstained=1" in caplog.text
    stored = [q for _, q in assistant.unanswered.entries()]
    assert stored == ["secret question about quantum chromodynamics [phone]"]


def test_unanswered_log_is_off_by_default(tiny_settings, fake):
    assert Assistant.open(tiny_settings, fake).unanswered is None
