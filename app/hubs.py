"""Hub scores of the sentences of a loaded index, for a CSLS-style correction of their cosines.

A generic sentence ("Low levels of dopamine can be the result of a few different things.") sits
close to many others, and so close to many questions: it wins questions a more specific sentence
answers. Its hub score is its mean cosine to its `k` nearest neighbours among the other embedded
sentences of the corpus (a reference set that holds no question); `centered` gives each score less
the mean over all embedded sentences, so a sentence of average hubness keeps its cosine.

Computed once per index and `k` (memoized with the sentences) from the whole float32 table
(`app.sentence_rows.rows32`); an index too large for that table (MedQuAD) gets zeros: no
correction.
"""

from __future__ import annotations

import numpy as np

from app.sentence_rows import rows32
from app.store import Index

BLOCK = 1024  # rows compared at a time (MedQuAD's 33,590 passages: 1,024 x 33,590 cosines, 138 MB)
K = 10  # neighbours of a sentence (5 and 20 not measured)


def hubness(vectors: np.ndarray, k: int) -> np.ndarray:
    """Each row's mean cosine to its `k` nearest other rows (unit vectors; 0 for a lone row):
    its hub score. Also read by `bench/hubness.py`."""
    n = len(vectors)
    k = min(k, n - 1)
    out = np.zeros(n, dtype=np.float32)
    if k <= 0:
        return out
    v = np.ascontiguousarray(vectors, dtype=np.float32)
    for a in range(0, n, BLOCK):
        sims = v[a : a + BLOCK] @ v.T
        sims[np.arange(len(sims)), np.arange(a, a + len(sims))] = -np.inf  # not itself
        out[a : a + BLOCK] = -np.partition(-sims, k - 1, axis=1)[:, :k].mean(axis=1)
    return out


def centered(index: Index, k: int = K) -> np.ndarray:
    """Each sentence row's hub score less the mean over the embedded rows (0 for a row with no
    vector, and everywhere for an index without the whole float32 table)."""
    memo = index.sentences.memo
    key = ("hubs", k)
    if key not in memo:
        memo[key] = _centered(index, k)
    return memo[key]


def _centered(index: Index, k: int) -> np.ndarray:
    n = len(index.sentences.rows)
    out = np.zeros(n)
    if n == 0:
        return out
    rows32(index, [0])  # fills the memo's whole table when the index is small enough
    whole = index.sentences.memo.get("float32")
    if whole is None:
        return out
    embedded = np.flatnonzero(np.linalg.norm(whole, axis=1) > 0)
    if len(embedded) < 2:
        return out
    out[embedded] = hubness(whole[embedded], k)
    out[embedded] -= out[embedded].mean()
    return out
