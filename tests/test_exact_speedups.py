"""The faster evidence arithmetic gives the very same numbers as the plain formulas it replaced
(app/sentence_search.py, app/sentence_rows.py): answers must not move by a bit."""

from __future__ import annotations

import random

import numpy as np
import pytest

from app.sentence_rows import as_float32
from app.sentence_search import _shares


def _share(low: str, weights: dict[str, float]) -> float:
    """The formula `_shares` replaced, one text at a time."""
    if not weights:
        return 0.0
    return sum(w for t, w in weights.items() if t in low) / sum(weights.values())


def test_float16_table_is_numpys_own_conversion_for_every_value():
    every = np.arange(1 << 16, dtype=np.uint32).astype(np.uint16).view(np.float16)
    fast = as_float32(every.reshape(256, 256))
    assert fast.dtype == np.float32 and fast.shape == (256, 256)
    plain = every.astype(np.float32).reshape(256, 256)
    assert np.array_equal(fast.view(np.uint32), plain.view(np.uint32))  # NaNs too, bit for bit
    assert np.array_equal(as_float32(plain).view(np.uint32), plain.view(np.uint32))  # float32 kept


def test_shares_equal_the_per_text_sum_bit_for_bit():
    rng = random.Random(3)
    words = ["dopamin", "defici", "low", "lo", "exercis", "brain", "sleep", "a", "ion"]
    for _ in range(300):
        lows = [
            " ".join(
                rng.choice(words) + rng.choice(["", "s", "ing"]) for _ in range(rng.randint(0, 9))
            )
            for _ in range(rng.randint(1, 12))
        ]
        stems = rng.sample(words, rng.randint(0, 5))
        weights = {t: rng.uniform(0.1, 7.0) for t in stems}
        got = _shares(lows, weights)
        want = np.array([_share(low, weights) for low in lows])
        assert np.array_equal(got, want), (lows, weights)


def test_shares_of_nothing():
    assert _shares(["anything"], {}).tolist() == [0.0]
    assert _shares(["", "low"], {"low": 2.0}).tolist() == [0.0, 1.0]


@pytest.mark.model
def test_a_turn_embeds_once_and_the_crisis_check_reads_that_vector(seed_assistant, monkeypatch):
    made: list[np.ndarray] = []
    read: list[np.ndarray] = []
    embed, detect = seed_assistant.embedder.embed, seed_assistant.detector.detect

    def counted(texts):
        made.append(embed(texts))
        return made[-1]

    def seen(message, vector=None, **options):
        if vector is not None:
            read.append(vector)
        return detect(message, vector, **options)

    monkeypatch.setattr(seed_assistant.embedder, "embed", counted)
    monkeypatch.setattr(seed_assistant.detector, "detect", seen)
    turns = [
        ("What is dopamine deficiency?", [], 1),
        ("What causes it?", ["What is dopamine deficiency?"], 2),  # its context in the same call
        ("i keep thinking everyone would be better off without me", [], 1),
    ]
    for question, history, texts in turns:
        made.clear()
        read.clear()
        seed_assistant.find_many([(question, history, 3)])
        assert len(made) == 1 and len(made[0]) == texts  # one embedding call a turn
        assert read and any(np.array_equal(read[0], row) for row in made[0])  # that call's vector


def test_a_vocabularys_kept_answers_are_its_answers(monkeypatch):
    from app import concepts
    from app.lexical import terms

    vocab = concepts.Vocabulary(terms("important dopamine levels exercise blood work"), [])
    fresh = concepts.Vocabulary(terms("important dopamine levels exercise blood work"), [])
    words = ["importnat", "dopamine", "adhd", "bloodwork", "blood", "Exercising", "teh", "x-ray"]
    for word in words * 2:  # the second time from what was kept
        assert vocab.knows(word) == fresh._knows(word)
        assert vocab.knows_as_typed(word) == fresh._knows_as_typed(word)
    assert len(vocab._answers) == 2 * len(words)
    monkeypatch.setattr(concepts, "KEPT_ANSWERS", 3)
    for word in ["serotonin", "sleep", "levodopa", "tyrosine"]:
        vocab.knows(word)
    assert len(vocab._answers) <= 3  # bounded: starts over when full


@pytest.mark.parametrize(
    "typed",
    ["what is dopamine?", "  two   spaces ", "tab\there", "line\nbreak", "zero\u200bwidth", "é ok"],
)
def test_the_ascii_shortcut_cleans_a_question_as_the_full_rule_does(typed):
    from app.inputs import clean_question, visible

    assert clean_question(typed, 100) == " ".join("".join(map(visible, typed)).split())


def test_a_small_indexs_sentence_vectors_are_converted_once_to_the_same_bits(
    seed_assistant, monkeypatch
):
    """Task 11p: a small index's float16 sentence vectors are held as float32 after its first
    question; any rows taken from them are the bits the per-question conversion gave, and a
    large index (here: a budget of 0 bytes) still converts row by row."""
    from app import sentence_rows

    sentences = seed_assistant.index.sentences
    assert sentences.vectors.dtype == np.float16 and len(sentences.vectors) > 20
    rows = [0, 5, 3, len(sentences.vectors) - 1, 5]
    per_question = as_float32(sentences.vectors[rows])
    for budget, held in ((sentence_rows.WHOLE_FLOAT32_BYTES, True), (0, False)):
        monkeypatch.setattr(sentence_rows, "WHOLE_FLOAT32_BYTES", budget)
        sentences.memo.pop("float32", None)
        got = sentence_rows.rows32(seed_assistant.index, rows)
        assert got.dtype == np.float32 and got.shape == per_question.shape
        assert np.array_equal(got.view(np.uint32), per_question.view(np.uint32))
        assert (sentences.memo["float32"] is not None) is held
    empty = sentence_rows.rows32(seed_assistant.index, [])
    assert empty.shape == (0, sentences.vectors.shape[1])
    sentences.memo.pop("float32", None)
