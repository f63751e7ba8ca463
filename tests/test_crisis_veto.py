"""bench/crisis_veto.py without the model: the un-gated patterns read what the gates quiet, the
policy keeps what README "What counts" names, a veto needs all three conditions, every labelled
text is read in exactly one fold, and a threshold chosen on the other sets never looks at the
set it is applied to."""

from __future__ import annotations

import sys

from app.safety import patterns
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT))
from bench.crisis_veto import by_policy, clause, lines, nested, raw_fires, vetoed  # noqa: E402


def test_the_un_gated_patterns_fire_where_a_gate_quiets_the_product():
    # an overdose over and done, told with a recovery: the product reads it as past
    text = "years ago i took too many pills but i recovered fully, what vitamins help focus"
    assert not patterns.match(text)
    assert raw_fires(text)
    assert not raw_fires("what vitamins help focus")


def test_the_policy_keeps_a_named_crisis_whatever_it_reads_like():
    assert by_policy("whats the suicide rate among nurses, for an essay")
    assert by_policy("how many paracetamol would it take to die")
    assert by_policy("dropped my phone in the bath and now i want to die lol")
    assert not by_policy("my mate says hes gonna kill me if i miss his party lol")


def test_the_clause_is_where_the_first_pattern_matched():
    text = "what snacks are good for a party. i want to kill myself tonight"
    assert clause(text) == "i want to kill myself tonight"
    assert clause("") == ""


def test_a_veto_needs_a_sure_classifier_no_meaning_and_no_policy():
    sure = {"p_ordinary": 0.97, "meaning": False, "policy": False}
    assert vetoed(sure, 0.95)
    assert not vetoed(sure, 0.98)
    assert not vetoed({**sure, "meaning": True}, 0.95)
    assert not vetoed({**sure, "policy": True}, 0.95)


def test_every_labelled_text_is_read_in_one_fold_it_belongs_to():
    data = lines()
    assert len(data) > 10_000
    assert all(row["fold"] in row["groups"] for row in data.values())
    folds = {row["fold"] for row in data.values()}
    assert {"heldout-27", "heldout-28", "medquad", "mediqa-consumer"} <= folds
    assert not any("unseen" in g for row in data.values() for g in row["groups"])


def _record(fold: str, crisis: bool, p: float) -> dict:
    return {"fold": fold, "crisis": crisis, "p_ordinary": p, "meaning": False, "policy": False}


def test_the_threshold_is_chosen_without_the_set_it_is_applied_to():
    # Set "a" alone has a crisis that looks very ordinary (0.99): read with a threshold chosen on
    # "b" and "c" (where 0.9 loses nothing and clears both), it is lost, and nested says so.
    records = [_record("a", True, 0.99), _record("a", False, 0.95)]
    records += [_record(f, False, 0.92) for f in ("b", "c")]
    records += [_record(f, True, 0.5) for f in ("b", "c") for _ in range(1000)]
    lost, cleared = nested(records)
    assert lost == 1
    assert cleared == 3
