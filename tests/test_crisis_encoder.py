"""bench/crisis_encoder.py and bench/crisis_encoder_eval.py without training: the split that
chooses the threshold holds out whole kinds and never mixes a line into both sides, the SetFit
pairs are what they claim, the curve's thresholds keep to their false-alarm rates, and the
comparison drops eval lines that the bank holds too."""

from __future__ import annotations

import sys

import numpy as np

from app.safety.bank import Example, load_bank
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT))
from bench.crisis_encoder import setfit_pairs, split  # noqa: E402
from bench.crisis_encoder_eval import _key, at_rate, crisis_sets, curve  # noqa: E402


def test_the_calibration_lines_are_whole_kinds_left_out_of_training():
    bank = load_bank()
    train, held = split(bank)
    assert len(train) + len(held) == len(bank)
    assert 0.1 < len(held) / len(bank) < 0.3
    assert {e.text for e in train}.isdisjoint({e.text for e in held} - _twins(bank))
    kinds_in_training = {e.kind for e in train if e.kind}
    assert {e.kind for e in held if e.kind}.isdisjoint(kinds_in_training)
    assert any(e.crisis for e in held) and any(not e.crisis for e in held)


def _twins(bank: list[Example]) -> set[str]:
    """Texts written twice in the bank (they may fall on both sides)."""
    seen, twice = set(), set()
    for e in bank:
        (twice if e.text in seen else seen).add(e.text)
    return twice


def test_setfit_pairs_alternate_same_and_other_labels_and_repeat_with_the_seed():
    lines = [Example(f"s{i}", "suicide") for i in range(4)]
    lines += [Example(f"n{i}", "none") for i in range(4)]
    lines += [Example(f"m{i}", "medical") for i in range(4)]
    label = {e.text: e.category for e in lines}
    pairs = setfit_pairs(lines, 2, seed=3)
    assert len(pairs["score"]) == 2 * len(lines)
    assert sum(pairs["score"]) == len(lines)  # half the pairs are positive
    for a, b, target in zip(pairs["sentence1"], pairs["sentence2"], pairs["score"], strict=True):
        assert (label[a] == label[b]) == (target == 1.0)
    assert setfit_pairs(lines, 2, seed=3) == pairs
    assert setfit_pairs(lines, 2, seed=4) != pairs


def test_a_threshold_at_a_rate_flags_no_more_than_that_share_of_ordinary_lines():
    ordinary_scores = np.linspace(0, 1, 100)
    scores = np.concatenate([ordinary_scores, [0.5, 0.97, 0.99]])
    ordinary = np.array([True] * 100 + [False] * 3)
    for rate in (0.01, 0.02, 0.05, 0.10):
        t = at_rate(scores, ordinary, rate)
        assert (ordinary_scores >= t).sum() <= rate * 100
    lines = [Example(str(i), "none") for i in range(100)]
    lines += [Example("a", "suicide"), Example("b", "medical"), Example("c", "medical")]
    figures = curve(lines, scores)
    assert figures["recall_at"]["1%"] == round(1 / 3, 4)  # only 0.99 is over the top 1 %
    assert figures["recall_at"]["5%"] == round(2 / 3, 4)
    assert figures["per_category"]["5%"] == {"suicide": 0.0, "medical": 1.0}


def test_eval_lines_the_bank_holds_too_are_dropped_from_the_comparison():
    bank = load_bank()
    sets, dropped = crisis_sets(bank)
    known = {_key(e.text) for e in bank}
    assert dropped > 0
    assert all(_key(e.text) not in known for lines in sets.values() for e in lines)
    pooled = sets["pooled 6-8"]
    assert len(pooled) == sum(len(sets[f"heldout-{n}"]) for n in (6, 7, 8))
