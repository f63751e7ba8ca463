"""`serve --workers N` when its workers cannot start for a reason the parent could not check
first: the parent stops and exits with one line and exit 7, rather than restarting workers that
fail the same way, forever, while answering nothing. A real `serve` on 127.0.0.1 whose corpus
changes after the parent's check (each child process adds an article as it starts); the fake
embedder and the tiny corpus."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from tests.conftest import ROOT, TINY, write_corpus
from tests.test_hardening_workers import ENV, free_port

# Run as a script, this file is what `spawn` imports again (as __mp_main__) in every child: the
# parent's index check, then each worker. Each adds an article named by its pid, so the index the
# check built no longer matches the corpus when a worker loads it.
CHANGING_CORPUS = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path

    if __name__ == "__mp_main__":
        corpus = Path(os.environ["CHANGING_CORPUS"])
        (corpus / f"added-{os.getpid()}.md").write_text(
            "# Naps\\n\\nA short nap after lunch can help adults who slept badly at night.\\n"
        )

    if __name__ == "__main__":
        from app.cli import main

        sys.exit(main(sys.argv[1:]))
    """
)


def test_workers_that_cannot_start_stop_serve_with_one_line_and_exit_7(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", TINY)
    script = tmp_path / "serve_changing.py"
    script.write_text(CHANGING_CORPUS)
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEALTHQA_")} | ENV
    env |= {"HEALTHQA_FEEDBACK_DB": str(tmp_path / "feedback.sqlite3"), "PYTHONPATH": str(ROOT)}
    env["CHANGING_CORPUS"] = str(corpus)
    command = [sys.executable, str(script), "serve", "--corpus", str(corpus), "--workers", "2"]
    command += ["--index", str(tmp_path / "index"), "--host", "127.0.0.1"]
    command += ["--port", str(free_port())]
    process = subprocess.Popen(command, cwd=tmp_path, env=env, stderr=subprocess.PIPE, text=True)
    try:
        _, stderr = process.communicate(timeout=300)
    finally:
        if process.poll() is None:  # before the fix: workers restarted forever; stop them
            process.terminate()
            process.communicate(timeout=60)
    assert process.returncode == 7, stderr[-3000:]
    last = stderr.strip().splitlines()[-1]
    assert last.startswith("error: ") and "worker processes could not start" in last
    assert "does not match the corpus or settings any more" in stderr  # the worker's reason
    assert "Traceback" not in stderr
    assert len(list(corpus.glob("added-*.md"))) >= 2  # the parent's check, and a worker


def test_a_worker_that_meets_a_bug_at_start_exits_the_same_way_without_the_message(
    monkeypatch, caplog
):
    """Not only the project's own errors: a bug while a worker starts is also uvicorn's start-up
    failure (so the parent stops), logged through the server's formatter with the traceback's
    frames and type, never the exception's message."""
    import pytest
    from uvicorn.config import STARTUP_FAILURE

    from app.web import logs, serve

    said = " ".join(["my", "chest", "hurts"])  # not in the source lines the traceback shows

    def broken():
        raise RuntimeError(said)

    monkeypatch.setattr(serve, "_worker_app", broken)
    with pytest.raises(SystemExit) as stopped:
        serve.worker_app()
    assert stopped.value.code == STARTUP_FAILURE
    (record,) = [r for r in caplog.records if r.name == "app.web.serve"]
    written = logs.SafeFormatter(logs.FORMAT).format(record)
    assert "a worker cannot start" in written and "RuntimeError" in written
    assert "chest" not in written
