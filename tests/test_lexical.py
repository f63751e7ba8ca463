"""BM25 built by `Lexical.from_terms` (numpy) against bm25s's own `index`: the same vocabulary,
each term's column the same documents and the same scores to the bit, the same scores for
queries; and the same files for the same terms, whatever the process's string hashing."""

import json
import os
import subprocess
import sys

import bm25s
import numpy as np
import pytest

from app import lexical
from app.lexical import Lexical, terms
from tests.conftest import ROOT

TEXTS = [
    "Most adults need seven to nine hours of sleep each night; sleep sleep sleep.",
    "",  # a passage with no terms at all (bm25s gets the empty token for it)
    "Thirst, dark urine and headaches can be signs of dehydration in older adults.",
    "Café au lait spots (six or more) are a sign of neurofibromatosis type 1.",
    "Water water water water water carries nutrients.",
    "the and of",  # stop words only: no terms either
]


def columns(bm25: bm25s.BM25) -> dict[str, tuple[bytes, bytes]]:
    s, vocab = bm25.scores, bm25.vocab_dict
    ptr = s["indptr"]
    return {
        t: (s["indices"][ptr[i] : ptr[i + 1]].tobytes(), s["data"][ptr[i] : ptr[i + 1]].tobytes())
        for t, i in vocab.items()
        if i + 1 < len(ptr)
    }


@pytest.mark.parametrize("texts", [TEXTS, TEXTS[:1], TEXTS[2:] * 7])
def test_the_index_equals_bm25s_own(texts):
    docs = [terms(t) or [""] for t in texts]
    ours = Lexical.from_terms([terms(t) for t in texts]).bm25
    theirs = bm25s.BM25()
    theirs.index(docs, show_progress=False)
    assert set(ours.vocab_dict) == set(theirs.vocab_dict)
    assert columns(ours) == columns(theirs)
    assert ours.scores["num_docs"] == theirs.scores["num_docs"] == len(texts)
    for key in ("data", "indices", "indptr"):
        assert ours.scores[key].dtype == theirs.scores[key].dtype
    for query in (["sleep", "adult"], ["water"], ["sign", "café"]):
        known = [t for t in (terms(" ".join(query))) if t in ours.vocab_dict]
        if known:
            assert np.array_equal(ours.get_scores(known), theirs.get_scores(known))


def test_only_the_default_method_is_built_here():
    with pytest.raises(AssertionError):
        lexical._index(bm25s.BM25(method="bm25+"), [["a"]])


def test_the_same_terms_give_the_same_files_in_any_process(tmp_path):
    """bm25s numbers terms in set order, which string hashing changes from process to process;
    ours in order of first use."""
    script = (
        "import sys; from pathlib import Path; from app.lexical import Lexical, terms;"
        f"Lexical.from_terms([terms(t) for t in {TEXTS!r}]).save(Path(sys.argv[1]))"
    )
    saved = []
    for seed in ("1", "2"):
        folder = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        subprocess.run([sys.executable, "-c", script, str(folder)], env=env, check=True, cwd=ROOT)
        saved.append({p.name: p.read_bytes() for p in sorted(folder.iterdir())})
    assert saved[0] == saved[1]
    first_use = dict.fromkeys(t for text in TEXTS for t in terms(text) or [""])
    assert list(json.loads(saved[0]["vocab.index.json"])) == list(first_use)
