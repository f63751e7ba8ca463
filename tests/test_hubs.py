"""The hubness correction of sentence cosines (`app.hubs`, `Settings.hub_beta`)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from app import hubs, sentence_rows
from app.config import Settings
from app.errors import BadSetting
from app.sentence_rows import facts


def _index(vectors: np.ndarray) -> SimpleNamespace:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    unit = np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)
    sentences = SimpleNamespace(
        rows=list(range(len(vectors))), vectors=unit.astype(np.float16), memo={}
    )
    return SimpleNamespace(sentences=sentences)


def test_a_sentence_near_many_others_scores_above_one_near_few():
    # the first sits between three tight pairs; the last is alone on its own axis
    vectors = np.array(
        [[1, 1, 1, 0], [1, 0.1, 0, 0], [0.1, 1, 0, 0], [0, 0.1, 1, 0], [0, 0, 0.1, 1]],
        dtype=np.float32,
    )
    scores = hubs.centered(_index(vectors), k=2)
    assert scores.argmax() == 0
    assert scores.argmin() == 4
    assert abs(float(scores.mean())) < 1e-6  # centred on the mean


def test_a_row_without_a_vector_scores_zero_and_is_no_ones_neighbour():
    vectors = np.array([[1, 0, 0], [0.9, 0.1, 0], [0, 0, 0], [0, 1, 0]], dtype=np.float32)
    scores = hubs.centered(_index(vectors), k=1)
    assert scores[2] == 0
    with_it = scores[[0, 1, 3]]
    without = hubs.centered(_index(vectors[[0, 1, 3]]), k=1)
    assert np.allclose(with_it, without)


def test_an_index_too_big_for_the_float32_table_gets_no_correction(monkeypatch):
    monkeypatch.setattr(sentence_rows, "WHOLE_FLOAT32_BYTES", 8)
    vectors = np.eye(3, dtype=np.float32)
    assert not hubs.centered(_index(vectors), k=1).any()


def test_the_scores_are_computed_once_per_index():
    index = _index(np.eye(3, dtype=np.float32))
    first = hubs.centered(index)
    assert hubs.centered(index) is first


def test_the_default_lowers_hubs_and_zero_turns_it_off(monkeypatch):
    assert Settings().hub_beta == 0.25
    monkeypatch.setenv("HEALTHQA_HUB_BETA", "0")
    assert Settings.from_env().hub_beta == 0
    monkeypatch.setenv("HEALTHQA_HUB_BETA", "11")
    with pytest.raises(BadSetting, match="HUB_BETA"):
        Settings.from_env()


@pytest.mark.model
def test_the_seed_articles_generic_sentence_is_a_hub_and_the_specific_one_is_not(seed_assistant):
    index = seed_assistant.index
    scores = hubs.centered(index)
    rows = index.sentences.rows
    texts = [facts(index, row.passage, i)[0] for i, row in enumerate(rows)]
    generic = next(i for i, t in enumerate(texts) if t.startswith("Low levels of dopamine can be"))
    specific = next(i for i, t in enumerate(texts) if "nerve cell receptors" in t)
    assert scores[generic] > 0.1 > scores[specific]
