"""SECURITY.md: "The embedding model is loaded from the installed package; nothing is downloaded
at run time", and every log line goes through one formatter, Python warnings too. `build` and
`ask` with the real default backend run in a child process whose audit hook records every
socket connection and name lookup it attempts (none may happen)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT, TINY, write_corpus

WATCHED = r"""
import json, sys
attempts = []

def hook(event, args):
    if event in ("socket.connect", "socket.getaddrinfo", "urllib.Request", "http.client.connect"):
        attempts.append([event, repr(args[1] if event == "socket.connect" else args[0])[:200]])

sys.addaudithook(hook)
from app.cli import main
code = main(sys.argv[1:])
print("ATTEMPTS " + json.dumps(attempts), file=sys.stderr)
sys.exit(code)
"""


@pytest.mark.model
def test_build_and_ask_with_the_real_model_touch_no_network(tmp_path):
    write_corpus(tmp_path / "corpus", TINY)
    paths = ["--corpus", str(tmp_path / "corpus"), "--index", str(tmp_path / "index")]
    hub = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE")
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEALTHQA_") and k not in hub}
    env["PYTHONPATH"] = str(ROOT)
    for args in (["build", *paths], ["ask", "How much sleep do adults need?", "--json", *paths]):
        command = [sys.executable, "-c", WATCHED, *args]
        result = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
        )
        assert result.returncode == 0, result.stderr[-3000:]
        [line] = [x for x in result.stderr.splitlines() if x.startswith("ATTEMPTS ")]
        assert json.loads(line.removeprefix("ATTEMPTS ")) == [], (args[0], line)
    assert json.loads(result.stdout)["quotes"][0]["doc_id"] == "sleep-basics"


WARNS = r"""
import logging.config, warnings
from app.web import logs
logging.config.dictConfig(logs.LOG_CONFIG)  # what `serve` gives uvicorn
logs.quiet_library_tracebacks()  # what create_app does
warnings.warn("about 'is zqxj-9021 contagious'", DeprecationWarning, stacklevel=1)
"""


def test_python_warnings_keep_their_place_and_category_not_their_text():
    """The serve edge's logging (app.web.logs): a library's warning can quote a request, so only
    where it was raised and its category are written. In a child process: pytest records
    warnings itself, and logging's capture is process-wide state."""
    from app.web.logs import WITHHELD

    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONWARNINGS": "always"}
    result = subprocess.run(
        [sys.executable, "-c", WARNS], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "zqxj" not in result.stderr and "contagious" not in result.stderr
    assert "WARNING: py.warnings: DeprecationWarning at <string>:" in result.stderr
    assert WITHHELD in result.stderr
