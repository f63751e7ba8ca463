"""A file the user names for a command to write is never one of its inputs (README "Command line",
exit 2 "bad input"): `eval --json-out` naming its own question file, a file of the corpus or the
index, or the site owner's store is refused with exit 2 before anything is read or written, and
`serve` refuses a `HEALTHQA_FEEDBACK_DB` inside the corpus or the index folder. Real CLI in a child
process, tiny corpus, fake embedder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import FAKE_ENV, TINY, write_corpus
from tests.test_promises_cli import run_app

QUESTION = "how much sleep do adults need"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """A corpus, its built index and a question file, in one folder (the site owner's)."""
    base = tmp_path_factory.mktemp("outputs")
    write_corpus(base / "corpus", TINY)
    line = json.dumps({"question": QUESTION, "doc_id": "sleep-basics"}) + "\n"
    (base / "questions.jsonl").write_text(line, "utf-8")
    built = run_app(["build", *args(base)], cwd=base, **FAKE_ENV)
    assert built.returncode == 0, built.stderr
    return base


def args(base: Path) -> list[str]:
    return ["--corpus", str(base / "corpus"), "--index", str(base / "index")]


def snapshot(base: Path) -> dict[str, bytes]:
    """Every file of the site, by path: what a refused command must leave as it was."""
    return {p.relative_to(base).as_posix(): p.read_bytes() for p in base.rglob("*") if p.is_file()}


def live_generation(base: Path) -> Path:
    return base / "index" / (base / "index" / "CURRENT").read_text("utf-8").strip()


def json_out(base: Path, out: str, **env: str) -> object:
    command = ["eval", "questions.jsonl", *args(base), "--json-out", out]
    return run_app(command, cwd=base, **FAKE_ENV, **env)


def refused(result, out: str, what: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(f"error: --json-out {Path(out)}: it is") and what in last, last
    assert "hit@1" not in result.stdout  # refused before any question is asked


@pytest.mark.parametrize(
    "out",
    ["questions.jsonl", "./questions.jsonl", "corpus/../questions.jsonl", "link.jsonl"],
)
def test_eval_json_out_naming_its_own_question_file_is_exit_2_and_writes_nothing(site, out):
    """The question file was overwritten by its own summary (exit 0): the next `eval` of it
    found no questions. By any name: a symlink, `..`, `./`."""
    link = site / "link.jsonl"
    if not link.is_symlink():
        link.symlink_to(site / "questions.jsonl")
    before = snapshot(site)
    refused(json_out(site, out), out, "the question file")
    assert snapshot(site) == before


def test_eval_json_out_naming_a_hard_link_of_the_question_file_is_refused(site):
    hard = site / "hard.jsonl"
    if not hard.exists():
        os.link(site / "questions.jsonl", hard)
    before = snapshot(site)
    refused(json_out(site, "hard.jsonl"), "hard.jsonl", "the question file")
    assert snapshot(site) == before


@pytest.mark.parametrize("name", ["CURRENT", "manifest.json", "summary.json"])
def test_eval_json_out_inside_the_index_is_exit_2_and_the_index_stays_sound(site, name):
    """It wrote there: the summary replaced the manifest or `CURRENT`, or was a file the
    manifest does not list (each a damaged index for the next load, exit 3)."""
    where = site / "index" if name == "CURRENT" else live_generation(site)
    out = str((where / name).relative_to(site))
    before = snapshot(site)
    refused(json_out(site, out), out, "the index folder")
    assert snapshot(site) == before
    asked = run_app(["ask", "--json", *args(site), QUESTION], cwd=site, **FAKE_ENV)
    assert asked.returncode == 0, asked.stderr


@pytest.mark.parametrize("out", ["corpus/sleep.md", "corpus/new/summary.json"])
def test_eval_json_out_inside_the_corpus_is_exit_2(site, out):
    (site / "corpus" / "new").mkdir(exist_ok=True)
    before = snapshot(site)
    refused(json_out(site, out), out, "the corpus folder")
    assert snapshot(site) == before


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_eval_json_out_naming_the_stores_files_is_exit_2(site, suffix):
    store = site / "feedback.sqlite3"
    out = f"feedback.sqlite3{suffix}"
    refused(json_out(site, out, HEALTHQA_FEEDBACK_DB=str(store)), out, "the store's")
    assert not (site / out).exists()


@pytest.mark.parametrize("out", ["questions.summary.json", "index-reports/summary.json"])
def test_eval_json_out_beside_the_inputs_is_written(site, out):
    """Near misses: a file beside the question file, a folder whose name starts like the
    index folder's."""
    (site / "index-reports").mkdir(exist_ok=True)
    result = json_out(site, out)
    assert result.returncode == 0, result.stderr
    assert json.loads((site / out).read_text("utf-8"))["questions"] == "questions.jsonl"


@pytest.mark.parametrize("where", ["corpus/feedback.sqlite3", "index/feedback.sqlite3"])
def test_serve_with_its_store_inside_the_corpus_or_the_index_is_exit_2(site, where):
    """It was accepted: `serve` ran with its SQLite file (and its journal files) among the
    articles or the index's own files."""
    command = ["serve", *args(site), "--port", "0"]
    result = run_app(command, cwd=site, **FAKE_ENV, HEALTHQA_FEEDBACK_DB=where, timeout=120)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(f"error: HEALTHQA_FEEDBACK_DB {where}: it is inside the"), last
    assert not (site / where).exists()
