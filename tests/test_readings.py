"""How a sentence is read in its passage (`app.readings`): a list item with its lead-in, a lead-in
with its items, any sentence with the quote around it; the vectors are word-weighted sums of the
sentences' own, normalized. A passage written for these tests, with hand-made vectors."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from app.readings import in_lists, list_readings, quote_readings
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


def test_a_list_is_read_with_its_lead_in():
    positions, vecs = list_readings(_index(), 0, _vectors)
    assert positions == [1, 2, 3]  # the lead-in, then each item
    words = np.array([len(p.split()) for p in PARTS], dtype=np.float32)
    lead = words[1] * VECTORS[1] + words[2] * VECTORS[2] + words[3] * VECTORS[3]
    np.testing.assert_allclose(vecs[0], lead / np.linalg.norm(lead), rtol=1e-6)
    item = words[1] * VECTORS[1] + words[2] * VECTORS[2]
    np.testing.assert_allclose(vecs[1], item / np.linalg.norm(item), rtol=1e-6)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0)


def test_a_passage_without_a_list_has_no_readings():
    index = _index()
    index.articles["gout"].text = TEXT.replace("include:", "include.")
    assert list_readings(index, 0, _vectors) is None


def test_an_item_takes_the_better_of_alone_and_in_its_list():
    """A question close to the lead-in's words lifts the items under it, never lowers any."""
    index = _index()
    question = VECTORS[1]  # as close as can be to the lead-in alone
    alone = np.array([0.0, 1.0, 0.0, 0.0, 0.0])
    read = in_lists(index, [0], [5], alone.copy(), question, _vectors)
    assert read[0] == 0.0 and read[4] == 0.0  # not in a list
    assert read[1] == 1.0  # the lead-in: its own cosine was the better one
    assert 0.0 < read[3] < 1.0 and read[2] > 0.0  # the items gain from their lead-in
    high = np.full(5, 0.99)
    assert np.all(in_lists(_index(), [0], [5], high.copy(), question, _vectors) >= high)


def test_a_sentence_is_read_in_its_quote():
    quoted = {0: (0, 0), 1: (1, 3), 2: (1, 3), 3: (1, 3), 4: (3, 4)}
    vecs = quote_readings(_index(), 0, _vectors, quoted.get)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0)
    np.testing.assert_allclose(vecs[0], VECTORS[0], rtol=1e-6)  # quoted alone
    assert np.allclose(vecs[1], vecs[2]) and np.allclose(vecs[2], vecs[3])  # the same quote
    assert vecs[4][3] > 0 and vecs[4][4] > 0 and vecs[4][0] == 0  # what it is quoted with
