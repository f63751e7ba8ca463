"""The command line: exit codes and messages, JSON and JSONL output."""

import io
import json
import os
import subprocess
import sys
import time

import pytest

from app.cli import ask_jsonl, main
from app.service import Assistant
from tests.conftest import ROOT


@pytest.fixture
def cli_env(tiny_settings, monkeypatch):
    monkeypatch.setenv("HEALTHQA_BACKEND", "fake")
    monkeypatch.setenv("HEALTHQA_MIN_WORDS", "10")
    monkeypatch.setenv("HEALTHQA_MAX_WORDS", "60")
    monkeypatch.setenv("HEALTHQA_ABSTAIN_BELOW", "0.2")
    return ["--corpus", str(tiny_settings.corpus_dir), "--index", str(tiny_settings.index_dir)]


def test_build_prints_a_summary_then_says_up_to_date(cli_env, capsys):
    assert main(["build", *cli_env]) == 0
    out = capsys.readouterr().out
    assert "2 documents" in out and "passages" in out and "0 skipped files" in out
    assert main(["build", *cli_env]) == 0
    assert "up to date" in capsys.readouterr().out


def test_build_reports_skipped_files(cli_env, tiny_settings, capsys, caplog):
    (tiny_settings.corpus_dir / "bad.txt").write_bytes(b"\xff\xfe")
    assert main(["build", *cli_env]) == 0
    named = [r.getMessage() for r in caplog.records if "bad.txt" in r.getMessage()]
    assert named == ["skipped bad.txt: not valid UTF-8 text"]  # once, as it was found
    assert "1 skipped files" in capsys.readouterr().out


def test_ask_json_builds_when_missing(cli_env, capsys):
    assert main(["ask", "How much sleep do adults need?", "--json", *cli_env]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["quotes"][0]["doc_id"] == "sleep-basics" and data["advice"]


def test_ask_terminal_output(cli_env, capsys):
    assert main(["ask", "signs of dehydration", "--top-k", "1", *cli_env]) == 0
    out = capsys.readouterr().out
    assert "[1]" in out and "[2]" not in out and "healthcare professional" in out


def test_errors_have_messages_and_exit_codes(cli_env, tmp_path, capsys):
    assert main(["ask", *cli_env]) == 2
    assert "give a QUESTION" in capsys.readouterr().err
    assert main(["ask", "   ", *cli_env]) == 2
    assert "empty" in capsys.readouterr().err
    for bad in ("99", "0", "three"):  # the parser's: naming the flag, not HEALTHQA_TOP_K
        with pytest.raises(SystemExit) as exc:
            main(["ask", "sleep", "--top-k", bad, *cli_env])
        assert exc.value.code == 2
        assert f"argument --top-k: {bad!r} is not a whole number from 1 to 10" in (
            capsys.readouterr().err
        )
    assert main(["build", "--corpus", str(tmp_path / "none"), "--index", str(tmp_path / "i")]) == 2
    assert "corpus folder not found" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["frobnicate"])
    assert exc.value.code == 2


def test_bad_environment_value_is_reported(cli_env, monkeypatch, capsys):
    monkeypatch.setenv("HEALTHQA_TOP_K", "three")
    assert main(["ask", "sleep", *cli_env]) == 2
    assert "bad setting" in capsys.readouterr().err


def test_jsonl_keeps_order_and_reports_bad_lines(tiny_settings, fake):
    assistant = Assistant.open(tiny_settings, fake)
    lines = [
        '{"question": "How much sleep do adults need?"}\n',
        "not json\n",
        "\n",
        '{"question": ""}\n',
        '{"nothing": 1}\n',
        '{"question": "What causes it?", "history": ["What is dehydration?"]}\n',
    ]
    out = io.StringIO()
    assert ask_jsonl(assistant, lines, out, None, batch=2) == 0
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(rows) == 5
    assert rows[0]["question"] == "How much sleep do adults need?"
    assert rows[1]["error"].startswith("line 2: not valid JSON")
    assert "empty" in rows[2]["error"]
    assert rows[3]["error"] == 'line 5: expected an object with a "question"'
    assert rows[4]["question"] == "What causes it?" and "advice" in rows[4]


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("build", "ask", "serve", "eval"):
        assert command in out


def test_jsonl_answers_each_line_before_the_next_arrives(tiny_settings, fake):
    """A caller that waits for each answer before sending the next line is not kept waiting."""
    assistant = Assistant.open(tiny_settings, fake)
    out = io.StringIO()

    def conversation():
        for n, question in enumerate(["sleep hours", "signs of dehydration", "insomnia"]):
            deadline = time.monotonic() + 20
            while out.getvalue().count("\n") < n:  # wait for the previous answer
                assert time.monotonic() < deadline, "previous line was not answered"
                time.sleep(0.01)
            yield json.dumps({"question": question}) + "\n"

    assert ask_jsonl(assistant, conversation(), out, None) == 0
    assert [json.loads(x)["question"] for x in out.getvalue().splitlines()] == [
        "sleep hours",
        "signs of dehydration",
        "insomnia",
    ]


def run_jsonl(cli_env, data: bytes, encoding: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "app", "ask", "--jsonl", *cli_env]
    return subprocess.run(command, input=data, capture_output=True, env=env, cwd=ROOT, timeout=120)


@pytest.mark.parametrize("encoding", ["utf-8:strict", "ascii:strict", "latin-1"])
def test_jsonl_bad_bytes_get_an_error_line_and_the_rest_go_on(cli_env, encoding):
    """A line that is not UTF-8 hung the command under a strict locale (the reader died)."""
    assert main(["build", *cli_env]) == 0
    data = (
        b"\xff\xfe not utf-8\n"
        + json.dumps({"question": "How much sleep do adults need?"}).encode()
        + b"\n\xc3\x28\n"
        + json.dumps({"question": "Schlaf für Erwachsene? 😴 \ud800"}, ensure_ascii=True).encode()
        + b"\n"
        + '{"question": "Wie viel Schlaf brauchen Erwachsene? 😴"}\n'.encode()
    )
    result = run_jsonl(cli_env, data, encoding)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert len(rows) == 5
    assert rows[0] == {"error": "line 1: not UTF-8 text"}
    assert rows[1]["quotes"] and rows[1]["question"] == "How much sleep do adults need?"
    assert rows[2] == {"error": "line 3: not UTF-8 text"}
    assert rows[3]["question"] == "Schlaf für Erwachsene? 😴"  # the lone surrogate dropped
    assert rows[4]["question"] == "Wie viel Schlaf brauchen Erwachsene? 😴"
