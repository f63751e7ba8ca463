"""SECURITY.md, "What is stored, where, for how long": what an answering process keeps in memory
of readers' questions after answering them is listed there, and none of it is text: the kept
vectors (a digest of each text, `app/embed/kept.py`) and the vectors of readers' words the
articles lack (a digest of each word, `app/synonyms.py`). Until this test, the BM25 terms of
every short text (`app.lexical.terms`) kept the last 8,192 questions as typed, and the words
of the synonym check were kept by their text.

Every object the garbage collector tracks is searched, after the replies are dropped, for a
string holding a question's words. The needles are bytes, so the test holds no such string."""

from __future__ import annotations

import gc
import random
import string

import numpy as np
import pytest

from app.embed import kept as kept_module
from app.lexical import corpus_terms, terms
from app.service import Assistant
from app.synonyms import NearWords


def _holders(needles: list[bytes]) -> list[str]:
    """Type names of tracked objects that refer to a string holding any needle."""
    gc.collect()
    found = []
    for obj in gc.get_objects():
        for ref in gc.get_referents(obj):
            if isinstance(ref, str) and any(n in _bytes(ref) for n in needles):
                found.append(type(obj).__name__)
    return found


def _bytes(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(11))


def _ask(assistant: Assistant, rng: random.Random) -> list[bytes]:
    """Asks a question, a follow-up and one with a word no article has; returns the needles
    (each question, and each made-up word lower-cased, as bytes) and drops every reply."""
    rare, other = _word(rng), _word(rng)
    questions = [
        (f"how much sleep do adults need {other}", []),
        (f"Is {rare.capitalize()} good for sleep?", []),
        (f"and what about {other} for kids", ["how much sleep do adults need"]),
    ]
    for question, history in questions:
        assistant.ask(question, history)
    return [q.encode() for q, _ in questions] + [rare.encode(), other.encode()]


def test_no_question_and_no_word_of_one_stays_in_memory(tiny_settings, fake):
    assistant = Assistant.open(tiny_settings, fake)
    needles = _ask(assistant, random.Random())
    assert _holders(needles) == []


@pytest.mark.model
def test_with_the_real_model_no_question_stays_in_memory(seed_assistant):
    """The default int8 backend (kept vectors), the crisis detector's meaning and a crisis
    message among them."""
    rng = random.Random()
    needles = _ask(seed_assistant, rng)
    crisis = f"i took all of my {_word(rng)} pills an hour ago and feel strange"
    assert seed_assistant.ask(crisis).crisis
    assert _holders([*needles, crisis.encode()]) == []


def test_the_articles_terms_are_the_same_either_way():
    text = "Running and swimming raised dopamine; the runners' levels stayed higher."
    assert (
        corpus_terms(text)
        == terms(text)
        == ["run", "swim", "rais", "dopamin", "runner", "level", "stay", "higher"]
    )


def test_the_words_of_the_synonym_check_are_kept_by_digest():
    class Counting:
        dim = 4

        def __init__(self):
            self.runs = 0

        def embed(self, texts):
            self.runs += len(texts)
            return np.ones((len(texts), self.dim), np.float32) / 2

    embedder = Counting()
    near = NearWords(embedder, cosine=0.75)
    assert near.says("wearyness", "Fatigue is common after poor sleep.")
    runs = embedder.runs
    assert near.says("wearyness", "Fatigue is common after poor sleep.")
    assert embedder.runs == runs  # kept: not embedded again
    assert all(isinstance(k, bytes) and len(k) == 16 for k in near._vectors)
    assert kept_module.digest("wearyness") in near._vectors


def test_a_digest_is_sixteen_bytes_of_blake2b():
    import hashlib

    assert kept_module.digest("text") == hashlib.blake2b(b"text", digest_size=16).digest()
    kept = kept_module.Kept(2)
    kept.put("my question", np.ones(3, np.float32))
    assert list(kept._vectors) == [kept_module.digest("my question")]


def test_the_admin_reports_cache_knows_questions_by_digest():
    """The /admin page's cache of the stored questions' vectors (`app/report/groups.py`) kept the
    questions' text for the life of the process."""
    from app.report.groups import CachedEmbedder

    class Counting:
        name, dim = "counting", 4

        def __init__(self):
            self.texts: list[str] = []

        def embed(self, texts):
            self.texts += list(texts)
            return np.ones((len(texts), self.dim), np.float32)

    inner = Counting()
    cached = CachedEmbedder(inner, size=2)
    questions = ["is [email] a doctor", "why am i tired", "is [email] a doctor"]
    assert cached.embed(questions).shape == (3, 4)
    assert inner.texts == ["is [email] a doctor", "why am i tired"]  # each once
    assert cached.embed(["why am i tired"]).shape == (1, 4) and len(inner.texts) == 2
    assert all(isinstance(k, bytes) and len(k) == 16 for k in cached._known)
    cached.embed(["a third question"])
    assert len(cached._known) == 2  # the oldest dropped


def test_the_stores_writer_keeps_nothing_it_wrote(tmp_path):
    """The writer thread's loop kept its last batch (the votes and unanswered questions, redacted)
    in its variables until the next item came, up to an hour with nothing to write."""
    from app.db import StoreConfig, open_store

    store = open_store(StoreConfig(sqlite_path=tmp_path / "s.sqlite3", unanswered=True))
    try:
        word = _word(random.Random())
        done = store.add_vote(f"is {word} safe", ["a#p-1"], 1, "chat", False)
        assert done.result(10) is True
        store.add_unanswered(f"what about {word} for kids")
        assert store.flush()
        assert _holders([word.encode()]) == []
    finally:
        store.close()
