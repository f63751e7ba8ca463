"""Progress of a build: a bar on a terminal, plain lines elsewhere, the callback's calls from the
build; and Ctrl-C in a real `build` process keeps the previous index."""

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from app import progress, store
from app.build import build_index
from tests.conftest import write_corpus

ROOT = Path(__file__).resolve().parents[1]


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_plain_lines_say_the_rate_and_the_time_left():
    out, clock = io.StringIO(), Clock()
    lines = progress.Lines(out, every=10, clock=clock)
    lines("embedding", 0, 1000)
    clock.now = 5
    lines("embedding", 100, 1000)  # not yet 10 s since the last line: nothing
    clock.now = 20
    lines("embedding", 400, 1000)
    clock.now = 50
    lines("embedding", 1000, 1000)
    assert out.getvalue().splitlines() == [
        "embedding: 1000 passages",
        "embedding: 400/1000 passages (40%), 20.0 passages/s, about 30 s left",
        "embedding: 1000/1000 passages in 50 s",
    ]


def test_a_terminal_gets_a_bar_and_a_pipe_gets_lines():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    assert isinstance(progress.for_stream(io.StringIO()), progress.Lines)
    screen = Terminal()
    bar = progress.for_stream(screen)
    assert isinstance(bar, progress.Bar)
    bar("embedding", 0, 64)
    bar("embedding", 64, 64)
    bar.close()
    assert "embedding" in screen.getvalue() and "64/64" in screen.getvalue()
    assert "passages/s" in screen.getvalue()


def test_the_build_reports_reading_and_embedding(tiny_settings, fake):
    calls = []
    report = build_index(tiny_settings, fake, progress=lambda *a: calls.append(a))
    reading = [c for c in calls if c[0] == "reading"]
    embedding = [c for c in calls if c[0] == "embedding"]
    assert reading[-1] == ("reading", 2, 2)
    assert embedding[0] == ("embedding", 0, report.embedded)
    assert embedding[-1] == ("embedding", report.embedded, report.embedded)


SLOW_BUILD = """
import signal, sys, time
signal.signal(signal.SIGINT, signal.default_int_handler)  # as at a terminal, even if ignored
from app.embed.fake import FakeEmbedder
embed = FakeEmbedder.embed
calls = []
def stalled(self, texts):  # the first chunk goes through; the next waits for Ctrl-C (no race)
    calls.append(len(texts))
    if len(calls) > 1:
        time.sleep(600)
    return embed(self, texts)
FakeEmbedder.embed = stalled
from app.cli import main
sys.exit(main(["build", "--corpus", sys.argv[1], "--index", sys.argv[2]]))
"""


def _articles(n: int) -> dict[str, str]:
    body = " ".join(f"Sentence {i} about walking, sleep and water for adults." for i in range(60))
    return {f"a{k}.md": f"# Article {k}\n\n## Part\n\n{body}\n" for k in range(n)}


def test_ctrl_c_stops_the_build_and_keeps_the_previous_index(tiny_settings, fake):
    build_index(tiny_settings, fake)
    before = store.load(tiny_settings.index_dir)
    write_corpus(tiny_settings.corpus_dir, _articles(80))  # > CHUNK passages: several chunks
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEALTHQA_")}
    env.update(PYTHONPATH=str(ROOT), HEALTHQA_BACKEND="fake", HEALTHQA_MIN_WORDS="10")
    env["HEALTHQA_MAX_WORDS"] = "60"
    args = [str(tiny_settings.corpus_dir), str(tiny_settings.index_dir)]
    child = subprocess.Popen(
        [sys.executable, "-c", SLOW_BUILD, *args],
        env=env,
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    seen = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = child.stderr.readline()
        seen.append(line)
        if line.startswith("embedding:") or not line:
            break
    assert any(s.startswith("embedding:") for s in seen), seen
    child.send_signal(signal.SIGINT)
    out, err = child.communicate(timeout=60)
    assert child.returncode == 130, (out, err)
    assert "interrupted: the previous index is kept" in err and "Traceback" not in err
    after = store.load(tiny_settings.index_dir)
    assert after.folder == before.folder and after.manifest == before.manifest
    report = build_index(tiny_settings, fake, lock_timeout=1)  # the lock was released
    assert report.documents == 82
