"""The report's quality figures and the real model's groups: the benchmark's ARI and purity on
known partitions (and against scikit-learn when it is installed); with the real model, lay
paraphrases sharing few words group by topic at the shipped threshold."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from report import ari, purity  # noqa: E402


def test_ari_and_purity_on_known_partitions():
    truth = ["a", "a", "a", "b", "b", "c"]
    assert ari(truth, [7, 7, 7, 1, 1, 0]) == pytest.approx(1.0)  # the same, other names
    assert ari(truth, [0, 1, 2, 3, 4, 5]) == pytest.approx(0.0)  # all apart: chance level
    # by hand: pairs together in both 1; by rows 3 + 1 = 4, by columns 1 + 1 + 1 = 3; of 15
    assert ari(truth, [0, 0, 1, 1, 2, 2]) == pytest.approx((1 - 4 * 3 / 15) / (3.5 - 4 * 3 / 15))
    assert purity(truth, [0, 0, 0, 0, 0, 0]) == pytest.approx(3 / 6)
    assert purity(truth, [0, 0, 1, 1, 2, 2]) == pytest.approx(4 / 6)


def test_ari_agrees_with_scikit_learn():
    metrics = pytest.importorskip("sklearn.metrics")
    import numpy as np

    rng = np.random.default_rng(3)
    for _ in range(5):
        truth, found = rng.integers(0, 6, 200).tolist(), rng.integers(0, 9, 200).tolist()
        found[:100] = truth[:100]
        assert ari(truth, found) == pytest.approx(metrics.adjusted_rand_score(truth, found))


@pytest.mark.model
def test_the_real_model_groups_paraphrases_by_topic(seed_assistant):
    from app.report.groups import group_questions

    adhd = [
        "does adhd affect grown ups",
        "i cant focus at work is it attention deficit",
        "ritalin for adults",
    ]
    migraine = [
        "pounding headache with flashing lights",
        "how to stop a migraine",
        "migraines and nausea",
    ]
    knee = ["my knee clicks when i climb stairs"]
    groups = group_questions(adhd + migraine + knee, seed_assistant.embedder)
    found = sorted((g.count, frozenset((g.representative, *g.examples))) for g in groups)
    assert found == sorted([(3, frozenset(adhd)), (3, frozenset(migraine)), (1, frozenset(knee))])
