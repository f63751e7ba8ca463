"""How a sentence is read in its passage (`app.readings`): a list item with its lead-in, a lead-in
with its items, any sentence with the quote around it; the vectors are word-weighted sums of the
sentences' own, normalized. A passage written for these tests, with hand-made vectors."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from app.readings import in_lists, in_quotes, list_groups
from app.records import Sentence

TEXT = (
    "Gout often starts at night.\n\n"
    "Signs a doctor looks for include:\n\n"
    "• Swollen toe\n\n"
    "• Red skin\n\n"
    "Rest helps."
)
PARTS = [
    "Gout often starts at night.",
    "Signs a doctor looks for include:",
    "• Swollen toe",
    "• Red skin",
    "Rest helps.",
]
# one axis per sentence, so a reading's vector shows which sentences it sums
VECTORS = np.eye(5, 8, dtype=np.float32)


def _index():
    rows, at = [], 0
    for part in PARTS:
        start = TEXT.index(part, at)
        rows.append(Sentence(0, start, start + len(part)))
        at = start + len(part)
    sentences = SimpleNamespace(start=np.array([0, 5]), rows=rows, memo={})
    return SimpleNamespace(
        sentences=sentences,
        passages=[SimpleNamespace(doc_id="gout")],
        articles={"gout": SimpleNamespace(text=TEXT)},
    )


def _vectors(rows):
    return VECTORS[rows]


def _unit(v):
    return v / np.linalg.norm(v)


WORDS = np.array([len(p.split()) for p in PARTS], dtype=np.float64)


def test_a_list_is_read_with_its_lead_in():
    groups = list_groups(_index(), 0, _vectors)
    assert [(g[0], g[1].tolist()) for g in groups] == [(1, [1, 2, 3]), (2, [1, 2]), (3, [1, 3])]
    question = _unit(np.array([0, 1, 1, 0, 0, 0, 0, 0], dtype=np.float32))
    alone = VECTORS[:5] @ question
    read = in_lists(_index(), [0], [5], alone, _vectors)
    lead = _unit(WORDS[1] * VECTORS[1] + WORDS[2] * VECTORS[2] + WORDS[3] * VECTORS[3])
    item = _unit(WORDS[1] * VECTORS[1] + WORDS[2] * VECTORS[2])
    other = _unit(WORDS[1] * VECTORS[1] + WORDS[3] * VECTORS[3])
    assert read[1] == pytest.approx(max(alone[1], lead @ question))
    assert read[2] == pytest.approx(max(alone[2], item @ question))
    assert read[3] == pytest.approx(max(alone[3], other @ question))
    assert read[3] > alone[3] == 0.0  # "Red skin" gains from its lead-in
    assert read[0] == alone[0] and read[4] == alone[4]  # not in a list
    assert alone[3] == 0.0  # the input is left as it was


def test_a_passage_without_a_list_has_no_readings():
    index = _index()
    index.articles["gout"].text = TEXT.replace("include:", "include.")
    assert list_groups(index, 0, _vectors) == []
    cos = np.array([0.1, 0.2, 0.3, 0.4, 0.5])
    assert np.array_equal(in_lists(index, [0], [5], cos, _vectors), cos)


def test_an_item_never_loses_by_its_list():
    high = np.full(5, 0.99)
    assert np.all(in_lists(_index(), [0], [5], high, _vectors) >= high)


def test_a_sentence_is_read_in_its_quote():
    spans = {0: (0, 0), 1: (1, 3), 2: (1, 3), 3: (1, 3), 4: (3, 4)}
    question = _unit(np.array([1, 0, 0, 1, 1, 0, 0, 0], dtype=np.float32))
    alone = VECTORS[:5] @ question
    read = in_quotes(_index(), [0], [5], alone, _vectors, lambda pid: spans.get)
    for at, (a, b) in spans.items():
        summed = (WORDS[a : b + 1, None] * VECTORS[a : b + 1]).sum(axis=0)
        assert read[at] == pytest.approx(_unit(summed) @ question)
    assert read[1] == read[2] == read[3]  # the same quote


def test_the_quotes_memo_is_kept_apart_by_what_they_depend_on():
    index = _index()
    cos = VECTORS[:5] @ _unit(np.ones(8, dtype=np.float32))
    alone = in_quotes(index, [0], [5], cos, _vectors, lambda pid: {i: (i, i) for i in range(5)}.get)
    whole = in_quotes(index, [0], [5], cos, _vectors, lambda pid: lambda at: (0, 4), tag=(1,))
    assert not np.allclose(alone, whole) and np.allclose(whole, whole[0])


def test_each_passage_is_read_in_its_quotes_as_if_alone():
    """Passages read together (one running sum per passage, padded) give each passage the bits it
    gets read alone, whatever their order and lengths."""
    base = _index()
    rows = base.sentences.rows + base.sentences.rows[:2] + base.sentences.rows[2:]
    index = SimpleNamespace(
        sentences=SimpleNamespace(start=np.array([0, 5, 7, 10]), rows=rows, memo={}),
        passages=[SimpleNamespace(doc_id="gout")] * 3,
        articles=base.articles,
    )
    vectors = np.random.default_rng(3).normal(size=(10, 8)).astype(np.float32)
    spans = {
        0: [(0, 1), (0, 2), (1, 2), (3, 4), (2, 4)],
        1: [(0, 1), (0, 1)],
        2: [(0, 0), (1, 2), (0, 2)],
    }
    quoted = lambda pid: spans[pid].__getitem__  # noqa: E731
    cos = np.random.default_rng(4).random(10)
    cos[7:] *= 1e4  # read first: a running sum across passages would round the others' bits
    rows_of = {0: slice(0, 5), 1: slice(5, 7), 2: slice(7, 10)}
    order = [2, 0, 1]
    counts = [rows_of[p].stop - rows_of[p].start for p in order]
    together = in_quotes(
        index,
        order,
        counts,
        np.concatenate([cos[rows_of[p]] for p in order]),
        lambda r: vectors[r],
        quoted,
    )
    at = 0
    for pid, n in zip(order, counts, strict=True):
        alone = in_quotes(index, [pid], [n], cos[rows_of[pid]], lambda r: vectors[r], quoted)
        assert together[at : at + n].tobytes() == alone.tobytes()
        at += n
