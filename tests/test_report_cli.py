"""`python -m app report`: the server's store read through `open_reader`, text and JSON output,
errors with messages and exit codes."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.cli import main
from app.config import Settings
from app.db import StoreConfig, open_store
from app.db.batch import Batch
from app.db.records import Unanswered
from app.report.source import open_reader

NOW = datetime.now(UTC)
ASKED = ["adhd symptoms in adults", "does adhd affect adults", "adhd in adults", "keto diet risks"]


def fill(base: Path) -> Path:
    """A store as the server writes it (votes, the opt-in unanswered log with one entry 40 days
    old, beyond a 30-day retention); returns its SQLite file."""
    path = base / "feedback.sqlite3"
    store = open_store(StoreConfig(sqlite_path=path, unanswered=True, retention_days=365))
    for question in ASKED:
        store.add_unanswered(question)
    store.add_vote("call me on 555 123 4567 about sleep", ["sleep-basics#p-x"], -1, "chat", False)
    store.add_vote("how much sleep", ["sleep-basics#p-x"], 1, "embed", False)
    assert store.flush()
    old = Unanswered(NOW - timedelta(days=40), "adhd in adults long ago")
    store.backend.write(Batch(unanswered=[old]))
    store.close()
    return path


def test_the_reader_reads_the_servers_store_redacted_and_by_period(tmp_path):
    env = {"HEALTHQA_FEEDBACK_DB": str(fill(tmp_path))}
    reader = open_reader(Settings(unanswered_log="on", unanswered_retention_days=365), env)
    assert [u.question for u in reader.unanswered()][0] == "adhd in adults long ago"
    assert [u.question for u in reader.unanswered(NOW - timedelta(days=1))] == ASKED
    down, up = reader.votes()
    assert down.question == "call me on [phone] about sleep" and down.vote == -1
    assert down.passage_ids == ("sleep-basics#p-x",) and up.source == "embed"
    assert down.created_at.tzinfo is not None
    assert reader.votes(until=NOW - timedelta(days=1)) == []
    reader.close()
    short = open_reader(Settings(unanswered_log="on", unanswered_retention_days=30), env)
    assert "adhd in adults long ago" not in [u.question for u in short.unanswered()]
    short.close()


def test_the_reader_reads_a_missing_store_as_empty_and_creates_none(tmp_path):
    env = {"HEALTHQA_FEEDBACK_DB": str(tmp_path / "x.db")}
    reader = open_reader(Settings(unanswered_log="on"), env)
    assert reader.votes() == [] and reader.unanswered() == [] and reader.daily_outcomes() == []
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def report_env(tiny_settings, tmp_path, monkeypatch):
    monkeypatch.setenv("HEALTHQA_BACKEND", "fake")
    monkeypatch.setenv("HEALTHQA_MIN_WORDS", "10")
    monkeypatch.setenv("HEALTHQA_MAX_WORDS", "60")
    index = ["--index", str(tiny_settings.index_dir)]
    assert main(["build", "--corpus", str(tiny_settings.corpus_dir), *index]) == 0
    monkeypatch.setenv("HEALTHQA_UNANSWERED_LOG", "on")
    monkeypatch.setenv("HEALTHQA_UNANSWERED_RETENTION_DAYS", "365")
    monkeypatch.setenv("HEALTHQA_FEEDBACK_DB", str(fill(tmp_path)))
    return index


def test_report_json_has_the_documented_shape(report_env, capsys):
    before = datetime.now(UTC)  # the period starts at midnight of the day `report` runs
    assert main(["report", "--days", "7", "--json", *report_env]) == 0
    days = {(t - timedelta(days=6)).date().isoformat() for t in (before, datetime.now(UTC))}
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"period", "unanswered", "votes", "days"}
    assert data["period"]["until"] is None and data["period"]["since"] in days
    assert data["unanswered"]["total"] == 4 and data["unanswered"]["withheld"] == 0
    first = data["unanswered"]["groups"][0]
    assert first["count"] == 3 and set(first) == {"count", "representative", "examples"}
    assert data["votes"]["up"] == 1 and data["votes"]["down"] == 1
    [down] = data["votes"]["down_answers"]
    assert down["question"] == "call me on [phone] about sleep"
    assert down["passages"][0]["link"] == "/articles/sleep-basics#p-x"
    assert data["votes"]["most_quoted"][0] == {
        "passage_id": "sleep-basics#p-x",
        "title": "",
        "section": "",
        "link": "/articles/sleep-basics#p-x",
        "found": False,
        "votes": 2,
        "up": 1,
        "down": 1,
    }
    assert data["days"] == []


def test_report_text_names_the_passages_of_the_index(report_env, tiny_settings, capsys):
    from app.store import load

    passage = load(tiny_settings.index_dir).passages[0]
    path = Path(os.environ["HEALTHQA_FEEDBACK_DB"])
    store = open_store(StoreConfig(sqlite_path=path, unanswered=True, retention_days=365))
    store.add_vote("sleep need", [passage.passage_id], -1, "chat", False)
    store.close()
    assert main(["report", *report_env]) == 0
    out = capsys.readouterr().out
    assert "Questions the articles did not answer: 5" in out
    assert "      4  adhd" in out  # the four ADHD questions are one group
    named = f"quoted: {passage.section} ({passage.title})  /articles/{passage.passage_id}"
    assert named in out
    assert "Replies per day: nothing counted in this period" in out


def test_report_errors_have_messages_and_exit_codes(report_env, tmp_path, monkeypatch, capsys):
    assert main(["report", "--since", "2026-02-30", *report_env]) == 2
    assert "since '2026-02-30' is not a date" in capsys.readouterr().err
    assert main(["report", "--days", "3", "--since", "2026-01-01", *report_env]) == 2
    assert "not both" in capsys.readouterr().err
    assert main(["report", "--index", str(tmp_path / "none")]) == 3
    assert "error:" in capsys.readouterr().err
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    monkeypatch.setenv("HEALTHQA_FEEDBACK_DB", str(bad))
    assert main(["report", *report_env]) == 6
    assert f"the store {bad} cannot be opened" in capsys.readouterr().err
    # a folder is not "a file that does not exist yet": it read as an empty report, exit 0
    monkeypatch.setenv("HEALTHQA_FEEDBACK_DB", str(tmp_path))
    assert main(["report", *report_env]) == 6
    assert f"the store {tmp_path} cannot be opened" in capsys.readouterr().err
