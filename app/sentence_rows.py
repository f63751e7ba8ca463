"""The sentences of a loaded index as the evidence search reads them, memoized per index.

Their vectors as float32 (`rows32`: float16 as stored, converted by a table to the same bits as
numpy's own conversion; a small index's whole table once, a large one's row by row), the sentence
rows of passages (`rows_of`), and each sentence's facts (`facts`, `passage_facts`: its text, alone
and read under its section heading, and whether it can answer). Out of scope: how the sentences
are scored (`app.sentence_search`) and the quotes cut around them (`app.quote_windows`); reading
the files (`app.index_files`, `app.sentence_table`).
"""

from __future__ import annotations

import numpy as np

from app.evidence import is_answer
from app.store import Index


def vectors_of(index: Index):
    """rows -> those sentence vectors as float32 (what `app.readings` reads)."""
    return lambda rows: rows32(index, rows)


# float16 -> float32 by table: every one of the 65,536 values, converted by numpy itself (so the
# same bits as `astype`), looked up with `take`: 2-3x faster than numpy's own conversion here.
_HALF = np.arange(1 << 16, dtype=np.uint32).astype(np.uint16).view(np.float16).astype(np.float32)


def as_float32(vectors: np.ndarray) -> np.ndarray:
    """Sentence vectors (float16 as stored; float32 right after a build) as float32."""
    if vectors.dtype == np.float16:
        return _HALF.take(vectors.view(np.uint16))
    return np.asarray(vectors, dtype=np.float32)


# A small index's sentence vectors are converted to float32 once, at its first question, instead
# of at every question (the seed corpus: 143 sentences, 0.2 MB; ~0.1 ms a question); a large
# one's (MedQuAD: ~206,000, 316 MB as float32) stay float16 and are converted row by row.
WHOLE_FLOAT32_BYTES = 16 << 20


def rows32(index: Index, rows: list[int]) -> np.ndarray:
    """Sentence vectors `rows` as float32 (the same bits either way)."""
    memo = index.sentences.memo
    if "float32" not in memo:
        vectors = index.sentences.vectors
        small = vectors.size * 4 <= WHOLE_FLOAT32_BYTES
        memo["float32"] = np.array(as_float32(vectors[:]), dtype=np.float32) if small else None
    whole = memo["float32"]
    return whole[rows] if whole is not None else as_float32(index.sentences.vectors[rows])


def rows_of(index: Index, pids: list[int]) -> tuple[list[int], list[int], list[int]]:
    """The sentence rows of the passages, their passages, and how many rows each passage has."""
    start = index.sentences.start
    rows: list[int] = []
    owners: list[int] = []
    counts: list[int] = []
    for pid in pids:
        a, b = int(start[pid]), int(start[pid + 1])
        rows += range(a, b)
        owners += [pid] * (b - a)
        counts.append(b - a)
    return rows, owners, counts


def _text(index: Index, row: int) -> str:
    s = index.sentences.rows[row]
    return index.articles[index.passages[s.passage].doc_id].text[s.start : s.end]


def passage_facts(index: Index, pid: int) -> tuple[list[str], list[str], list[bool]]:
    """`facts` of a passage's sentences, in order, as three lists (lowercased alone, read under
    the heading, can answer). Memoized per index."""
    memo = index.sentences.memo
    key = ("facts", pid)
    if key not in memo:
        start = index.sentences.start
        found = [facts(index, pid, r) for r in range(int(start[pid]), int(start[pid + 1]))]
        memo[key] = ([f[1] for f in found], [f[2] for f in found], [f[3] for f in found])
    return memo[key]


def facts(index: Index, pid: int, row: int) -> tuple[str, str, str, bool]:
    """A sentence's text; its text lowercased, alone and read under its section heading (a
    sentence under "Causes of ..." is about causes even when it does not say so: "Low levels can
    be the result of a few things."); whether it can answer (quotable, not a question). Memoized
    per index."""
    memo = index.sentences.memo
    if row not in memo:
        text = _text(index, row)
        headed = f"{index.passages[pid].section} {text}".lower()
        ok = index.sentences.rows[row].kind == "text" and is_answer(text)
        memo[row] = (text, text.lower(), headed, ok)
    return memo[row]
