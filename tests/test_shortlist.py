"""The crisis bank's shortlist (app/safety/shortlist.py): the int8 product's bound holds, and the
meaning detector's judgement through it is the judgement over every row, bit for bit, with fewer
rows computed; equal cosines at the top fall back to every row."""

import numpy as np
import onnx
import pytest

from app.safety.bank import CATEGORIES, Example
from app.safety.meaning import NearestExamples
from app.safety.shortlist import MIN_ROWS, Shortlist, _model

DIM = 384


def _unit(v: np.ndarray) -> np.ndarray:
    return (v / np.linalg.norm(v, axis=-1, keepdims=True)).astype(np.float32)


def _bank(rows: int, seed: int = 0) -> tuple[list[Example], np.ndarray]:
    """Examples in topics (rows near one of 60 centres), as a real bank's are."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(60, DIM))
    vectors = _unit(centres[rng.integers(0, 60, rows)] + rng.normal(size=(rows, DIM)) * 0.06)
    labels = [*CATEGORIES, "none", "none", "none"]
    examples = [Example(f"line {i}", labels[i % len(labels)]) for i in range(rows)]
    return examples, vectors


def _queries(vectors: np.ndarray, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    near = vectors[rng.integers(0, len(vectors), 150)] + rng.normal(size=(150, DIM)) * 0.03
    return np.vstack([_unit(near), _unit(rng.normal(size=(50, DIM)))])


def test_the_model_is_valid_onnx():
    model = onnx.load_from_string(_model(np.ones((DIM, 5), dtype=np.int8)))
    onnx.checker.check_model(model)
    (node,) = model.graph.node
    assert node.op_type == "MatMulInteger" and list(node.input) == ["a", "B", "zero"]
    assert [list(t.dims) for t in model.graph.initializer] == [[DIM, 5], []]


def test_the_bound_holds_for_every_row():
    _, vectors = _bank(3000)
    shortlist = Shortlist(vectors)
    for vector in _queries(vectors)[::10]:
        products, slack = shortlist.products(vector)
        step = float(np.abs(vector.astype(np.float64)).max()) / 63
        exact = np.einsum("ij,j->i", vectors, vector).astype(np.float64)
        assert np.all(np.abs(exact / (shortlist.scale * step) - products) <= slack)


@pytest.mark.parametrize("k", [1, 3, 5])
def test_judgements_through_the_shortlist_are_those_over_every_row(k):
    examples, vectors = _bank(3000)
    nearest = NearestExamples(examples, vectors, k)
    assert nearest.shortlist is not None
    shortlisted = 0
    for vector in _queries(vectors):
        fast = nearest.judge(vector)
        lists = nearest.shortlist.rows(vector, k, nearest._groups)
        shortlisted += sum(len(rows) for rows in lists)
        kept, nearest.shortlist = nearest.shortlist, None
        assert nearest.judge(vector) == fast  # score to the bit, categories in order
        nearest.shortlist = kept
    assert shortlisted < 200 * len(vectors) / 10  # most rows were never computed exactly


def test_equal_cosines_at_the_top_fall_back_to_every_row():
    examples, vectors = _bank(MIN_ROWS)
    examples[7] = Example("twin", "violence")
    vectors[7] = vectors[0]  # a twin of a crisis line with another category
    nearest = NearestExamples(examples, vectors, 3)
    assert examples[0].category != "violence"
    assert nearest._shortlisted(vectors[0]) is None
    assert nearest._shortlisted(vectors[1]) is not None


def test_a_vector_that_cannot_be_quantized_is_read_against_every_row():
    examples, vectors = _bank(MIN_ROWS)
    nearest = NearestExamples(examples, vectors, 3)
    assert nearest.shortlist.products(np.zeros(DIM, dtype=np.float32)) is None
    assert nearest.judge(np.zeros(DIM, dtype=np.float32)).score == 0.0


def test_a_small_bank_has_no_shortlist():
    examples, vectors = _bank(MIN_ROWS - 1)
    assert NearestExamples(examples, vectors, 3).shortlist is None
