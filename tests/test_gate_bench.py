"""bench/gate.py's choices that its figures rest on: the int8 variant is the product's onnx-int8
embedder (each text alone, not the batched path), and the pooled rows of the table gather the
seed questions with each set's questions in one ranking mode. No model is loaded here."""

from __future__ import annotations

import sys

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT))
from bench import gate  # noqa: E402
from bench.gate_scores import passes, table  # noqa: E402


def test_the_int8_variant_is_the_products_embedder_each_text_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(gate, "DATA", tmp_path)
    cached, timed, backend = gate.embedder("int8")
    assert backend == "onnx-int8"
    assert timed.inner.backend == "onnx-int8" and timed.inner._quantized  # not batched
    assert cached.db is not None and (tmp_path / "gate-int8-alone.sqlite3").is_file()
    _, onnx, _ = gate.embedder("onnx")
    assert not onnx.inner._quantized


def _scores(values: dict[str, float]) -> dict:
    """{(variant, row): (reciprocal ranks, hits at 3)}, each row 10 questions of one value."""
    out = {}
    for key, value in values.items():
        out[key] = ([value] * 10, [value] * 10)
    return out


def test_pooled_rows_take_seed_and_one_mode_of_each_set():
    rows = ["seed", "mediqa/evidence", "mediqa/dense", "medquad/evidence", "medquad/dense"]
    ref = {"seed": "torch", "mediqa": "onnx", "medquad": "onnx"}
    scores = _scores({("torch", "seed"): 1.0, ("int8", "seed"): 1.0})
    scores |= _scores({("onnx", r): 1.0 for r in rows[1:]})
    scores |= _scores({("int8", r): 1.0 if r.endswith("dense") else 0.5 for r in rows[1:]})
    got = {(r["set"], r["metric"]): r for r in table(["int8"], rows, scores, 200, ref)}
    evidence = got["all/evidence", "mrr@10"]
    assert evidence["n"] == 30 and evidence["reference"] == "onnx/torch"
    assert abs(evidence["delta"] + 1 / 3) < 1e-3  # two of three sets lost half (rounded)
    assert got["all/dense", "mrr@10"]["delta"] == 0 and "all/hybrid" not in {s for s, _ in got}
    assert not passes(list(got.values()))  # evidence mode fails the gate
    dense = [r for (s, _), r in got.items() if s in ("seed", "mediqa/dense", "all/dense")]
    assert passes(dense)
