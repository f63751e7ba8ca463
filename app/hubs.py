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

CHUNK = 1024  # rows a time: a 1024 x n block of cosines
K = 10  # neighbours of a sentence (5 and 20 not measured)


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
    if n == 0:
        return np.zeros(0)
    rows32(index, [0])  # fills the memo's whole table when the index is small enough
    whole = index.sentences.memo.get("float32")
    if whole is None:
        return np.zeros(n)
    embedded = np.flatnonzero(np.linalg.norm(whole, axis=1) > 0)
    out = np.zeros(n)
    if len(embedded) < 2:
        return out
    ref = whole[embedded]
    k = min(k, len(embedded) - 1)
    for a in range(0, len(embedded), CHUNK):
        block = embedded[a : a + CHUNK]
        sims = whole[block] @ ref.T
        sims[np.arange(len(block)), np.arange(a, a + len(block))] = -np.inf  # not itself
        top = -np.partition(-sims, k - 1, axis=1)[:, :k]
        out[block] = top.mean(axis=1)
    out[embedded] -= out[embedded].mean()
    return out
