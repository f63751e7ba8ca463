"""Faults: a build killed with SIGKILL leaves the previous index in use; the next build works."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from app import store
from app.build import build_index
from tests.conftest import ROOT

WORDS = [
    "sleep",
    "water",
    "heart",
    "lungs",
    "skin",
    "bones",
    "muscles",
    "brain",
    "diet",
    "exercise",
    "stress",
    "rest",
]


def _big_corpus(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = " ".join(
            f"{WORDS[(i + j) % len(WORDS)]} helps health number {j}." for j in range(80)
        )
        (folder / f"doc{i:04d}.md").write_text(f"# Article {i}\n\n## Part\n\n{body}\n", "utf-8")


def test_sigkill_during_build_keeps_the_previous_index(tiny_settings, fake):
    build_index(tiny_settings, fake)
    before = store.load(tiny_settings.index_dir)
    _big_corpus(tiny_settings.corpus_dir / "bulk", 1500)
    env = {**os.environ, "HEALTHQA_BACKEND": "fake", "PYTHONPATH": str(ROOT)}
    args = [sys.executable, "-m", "app", "build", "--corpus", str(tiny_settings.corpus_dir)]
    proc = subprocess.Popen([*args, "--index", str(tiny_settings.index_dir)], env=env, cwd=ROOT)
    time.sleep(1.5)  # reading and splitting 1,500 articles takes longer than this
    killed = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    current = store.load(tiny_settings.index_dir)  # never a half-written index
    if killed:
        assert current.folder == before.folder
    result = subprocess.run(
        [*args, "--index", str(tiny_settings.index_dir)], env=env, cwd=ROOT, capture_output=True
    )
    assert result.returncode == 0, result.stderr
    after = store.load(tiny_settings.index_dir)
    assert len(after.articles) == 1502
    assert len(list(tiny_settings.index_dir.glob("gen-*"))) == 1
