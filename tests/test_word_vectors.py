"""The articles' word vectors stored with the index (`app.word_vectors`): made by `build` with the
index's embedder, reused on rebuild, checked on load like every file, and read by `NearWords`
instead of embedding a word of the articles while answering."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest

from app import store
from app.build import build_index, ensure_index, is_stale, why_rebuild
from app.errors import IndexCorrupt
from app.manifest import checksums
from app.service import Assistant
from app.synonyms import NearWords
from app.word_vectors import WordVectors, quote_words, vocabulary
from tests.test_synonyms import Words


class Counting:
    """Wraps an embedder and records every text it is asked to embed."""

    def __init__(self, inner):
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self.texts: list[str] = []

    def embed(self, texts):
        self.texts += list(texts)
        return self.inner.embed(texts)


def test_quote_words_are_the_words_near_words_compares():
    assert quote_words("Fatigue is common; FATIGUE, 5-HTP and B6 too.") == (
        "5-htp",
        "common",
        "fatigue",
    )
    assert quote_words("") == ()
    assert vocabulary(["Fatigue is common.", "Sleep is common."]) == ["common", "fatigue", "sleep"]


def test_the_vocabulary_is_every_texts_quote_words(random_texts=300):
    rng = random.Random(5)
    pieces = ["5-htp", "don’t", "x-ray-", "--b6", "B12", "Fatigue", "the", "é", "K", "’s", "a1c"]
    pieces += [" ", ", ", ".\n", "-", "'", "9", "dopamine", "levels"]
    for _ in range(random_texts):
        texts = ["".join(rng.choices(pieces, k=rng.randint(0, 12))) for _ in range(3)]
        assert vocabulary(texts) == sorted(set().union(*(quote_words(t) for t in texts)))


def test_the_index_holds_the_vector_of_every_word_of_its_passages(tiny_settings, fake):
    build_index(tiny_settings, fake)
    index = store.load(tiny_settings.index_dir)
    expected = vocabulary(p.text for p in index.passages)
    assert index.words.words == expected and len(expected) > 20
    assert isinstance(index.words.vectors, np.memmap) and index.words.vectors.dtype == np.float32
    assert np.array_equal(index.words.vectors, fake.embed(expected))


def test_near_words_never_embeds_a_stored_word():
    words = Words()
    stored = WordVectors(["common", "fatigue"], Words().embed(["common", "fatigue"]))
    near = NearWords(words, 0.75, stored)
    assert near.says("tiredness", "Fatigue is common in depression.")
    assert words.embedded == ["tiredness", "depression"]  # the words not stored, in one call
    assert not near.says("ADHD", "Fatigue is common.")
    assert words.embedded == ["tiredness", "depression", "adhd"]
    assert near.says("tiredness", "Fatigue is common.")  # kept
    assert words.embedded == ["tiredness", "depression", "adhd"]


def test_answering_embeds_no_word_of_the_articles(tiny_settings, fake):
    assistant = Assistant.open(tiny_settings, fake)
    stored = assistant.index.words
    assert assistant.near.stored is stored and stored.words
    counting = Counting(fake)
    assistant.near.embedder = counting
    for question in [
        "How much sleep do adults need for tiredness?",
        "Is dehydration worse for kids?",
        "can drowsiness come from screens",
    ]:
        assistant.ask(question)
    asked = set(counting.texts)
    assert asked, "no word was compared: the test would prove nothing"
    assert not asked & set(stored.words)


def test_a_rebuild_embeds_only_new_words_and_equals_a_fresh_build(tiny_settings, fake):
    build_index(tiny_settings, fake)
    path = tiny_settings.corpus_dir / "hydration.txt"
    path.write_text(path.read_text("utf-8").replace("hot weather", "hot zanzibarian weather"))
    counting = Counting(fake)
    build_index(tiny_settings, counting)
    assert "zanzibarian" in counting.texts
    assert "weather" not in counting.texts  # kept from the previous generation
    fresh = tiny_settings.with_(index_dir=tiny_settings.index_dir.parent / "fresh")
    build_index(fresh, fake)
    again, new = store.load(tiny_settings.index_dir).words, store.load(fresh.index_dir).words
    assert again.words == new.words and np.array_equal(again.vectors, new.vectors)


@pytest.mark.parametrize("name", ["words.txt", "words.npy"])
def test_a_missing_word_file_is_named_and_build_repairs_it(tiny_settings, fake, name):
    build_index(tiny_settings, fake)
    (store.current_folder(tiny_settings.index_dir) / name).unlink()
    with pytest.raises(IndexCorrupt, match=rf"{name} \(missing\)"):
        store.load(tiny_settings.index_dir)
    assert why_rebuild(tiny_settings).startswith("the index is damaged")
    build_index(tiny_settings, fake, force=False)
    assert store.load(tiny_settings.index_dir).words.words


def _rewrite(folder, manifest: dict) -> None:
    manifest["files"] = checksums(folder)
    (folder / "manifest.json").write_text(json.dumps(manifest), "utf-8")


def test_word_files_that_disagree_are_refused(tiny_settings, fake):
    build_index(tiny_settings, fake)
    folder = store.current_folder(tiny_settings.index_dir)
    with open(folder / "words.txt", "a", encoding="utf-8") as fh:
        fh.write("extra\n")
    _rewrite(folder, json.loads((folder / "manifest.json").read_text("utf-8")))
    with pytest.raises(IndexCorrupt, match="words.npy and words.txt disagree"):
        store.load(tiny_settings.index_dir)


def test_an_index_of_the_previous_format_is_rebuilt_reusing_its_vectors(tiny_settings, fake):
    build_index(tiny_settings, fake)
    folder = store.current_folder(tiny_settings.index_dir)
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    for name in ("words.txt", "words.npy"):
        (folder / name).unlink()
    _rewrite(folder, {**manifest, "format_version": 2, "fingerprint": "format 2"})
    with pytest.raises(IndexCorrupt, match="index format 2 is not 3"):
        store.load(tiny_settings.index_dir)
    assert is_stale(tiny_settings)  # `ask`, `serve` and `eval` rebuild it
    assert why_rebuild(tiny_settings) == "the index was written in format 2 (now 3)"  # not damaged
    index, report = ensure_index(tiny_settings, fake)
    assert report.embedded == 0 and report.reused == report.passages > 0
    assert index.words.words == vocabulary(p.text for p in index.passages)


@pytest.mark.model
def test_a_stored_word_vector_is_the_one_answering_would_make(seed_assistant):
    """The real model (int8 embeds each text alone): bit for bit the same vector."""
    stored = seed_assistant.index.words
    assert len(stored.words) > 500
    sample = stored.words[:: max(1, len(stored.words) // 25)]
    made = np.stack([seed_assistant.embedder.embed([w])[0] for w in sample])
    assert np.array_equal(made, stored.vectors[[stored.row[w] for w in sample]])
