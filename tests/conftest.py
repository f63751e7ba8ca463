"""Shared fixtures: a tiny corpus with a deterministic fake embedder (fast), and the seed corpus
with the real model (marked `model`, built once per session)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import httpx
import pytest

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"  # before any test imports gradio (app.web.chat)

from app.config import Settings
from app.embed.fake import FakeEmbedder

ROOT = Path(__file__).resolve().parents[1]
SEED_CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"

TINY = {
    "sleep.md": """---
id: sleep-basics
title: Sleep basics
publisher: Example Health
author: Jane Roe
published: 2024-01-02
url: https://example.org/sleep
---

# Sleep basics

## How much sleep do adults need?

Most adults need seven to nine hours of sleep each night. Teenagers need more sleep than adults,
and older adults often sleep less deeply. Regular sleep times help the body keep its rhythm.

## What helps with insomnia?

Keeping a regular schedule helps with insomnia. Helpful habits include:

- Avoiding caffeine in the afternoon
- Keeping the bedroom dark and cool
- Getting up at the same time every day

Cognitive behavioural therapy is an effective treatment for long-lasting insomnia.
""",
    "hydration.txt": """---
title: Drinking enough water
publisher: Example Health
---
Drinking enough water

Add to cart

Why Water Matters

Water carries nutrients to cells and helps control body temperature. Most healthy people meet
their needs by drinking when thirsty and with meals. Needs rise in hot weather and during exercise.

water bottle 1200x800

Signs of Dehydration

Thirst, dark urine and headaches can be signs of dehydration. Older adults may feel less thirsty,
so they should drink regularly even when they do not feel thirsty.

Login to your account
""",
}


def write_corpus(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return folder


@pytest.fixture
def tiny_corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus", TINY)


def tiny_settings_in(base: Path) -> Settings:
    """Settings for the tiny corpus written under `base`, with the fake embedder."""
    corpus = base / "corpus"
    if not corpus.is_dir():
        write_corpus(corpus, TINY)
    return Settings(
        corpus_dir=corpus,
        index_dir=base / "index",
        backend="fake",
        min_words=10,
        max_words=60,
        abstain_below=0.2,
    )


@pytest.fixture
def tiny_settings(tiny_corpus: Path, tmp_path: Path) -> Settings:
    return tiny_settings_in(tmp_path)


# The command line on the tiny corpus with the fake embedder (`cli` below; test_repair.py's own
# `cli` also builds first).
FAKE_ENV = {
    "HEALTHQA_BACKEND": "fake",
    "HEALTHQA_MIN_WORDS": "10",
    "HEALTHQA_MAX_WORDS": "60",
    "HEALTHQA_ABSTAIN_BELOW": "0.2",
}


@pytest.fixture
def cli(tiny_settings, monkeypatch) -> list[str]:
    """The fake embedder's settings in the environment; the corpus and index arguments."""
    for key, value in FAKE_ENV.items():
        monkeypatch.setenv(key, value)
    return ["--corpus", str(tiny_settings.corpus_dir), "--index", str(tiny_settings.index_dir)]


@pytest.fixture
def fake() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture(autouse=True)
def _no_env_settings(monkeypatch):
    """Tests build their settings explicitly: no HEALTHQA_* variable of the machine leaks in."""
    for key in list(os.environ):
        if key.startswith("HEALTHQA_"):
            monkeypatch.delenv(key)


@pytest.fixture(scope="session")
def seed_assistant(tmp_path_factory):
    """The real model over a copy of the seed corpus, built once for the session."""
    from app.service import Assistant

    base = tmp_path_factory.mktemp("seed")
    corpus = base / "corpus"
    shutil.copytree(SEED_CORPUS, corpus)
    return Assistant.open(Settings(corpus_dir=corpus, index_dir=base / "index"))


@pytest.fixture(scope="module")
def pg_module_url():
    """A fresh PostgreSQL database for one test module (tests/db/conftest.py says when it skips)."""
    from tests.db.conftest import database_for

    yield from database_for()


def wait_serving(process: subprocess.Popen, url: str, log: Path, seconds: float = 120) -> None:
    """Until `url`/healthz answers 200; fail with the log's end if the process exits or
    `seconds` pass first."""
    deadline = time.monotonic() + seconds
    while True:
        if process.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"serve did not start:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
