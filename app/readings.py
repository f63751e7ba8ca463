"""How a sentence is read in its passage: a list item with its lead-in, a lead-in with its list,
and any sentence with the quote it would be quoted in.

A list item alone says little ("• Loss of balance"), and a lead-in alone says only what kind of
thing follows ("Physical symptoms a healthcare provider may look for include:"). Each is also
read in its list: the item with its lead-in, the lead-in with its items. The reading's vector is
the word-weighted sum of the sentences' own vectors, normalized (the model pools words by their
mean, so this is close to the vector of the texts joined, at no model call). A question's cosine
to such a sentence is the better of its reading alone and in its list. A sentence read in its
quote (the same sum over the sentences `app.evidence` quotes around it) tells a sentence whose
paragraph answers from one that only shares the question's words ("Knowing the symptoms can help
you catch the condition early." against the list of symptoms). Memoized per passage.
"""

from __future__ import annotations

import numpy as np

from app.evidence import in_item, is_lead_in


def in_lists(index, pids, counts, cos: np.ndarray, qvec: np.ndarray, vectors) -> np.ndarray:
    """`cos` (the cosines to `qvec` of passages `pids`' sentences, `counts[i]` rows each, in
    order) with each list item and lead-in given the better of its cosine alone and read in its
    list. Changes `cos` in place and returns it."""
    at = 0
    for pid, n in zip(pids, counts, strict=True):
        found = list_readings(index, pid, vectors)
        if found is not None:
            positions, vecs = found
            where = np.asarray(positions) + at
            cos[where] = np.maximum(cos[where], vecs @ qvec)
        at += n
    return cos


def list_readings(index, pid: int, vectors) -> tuple[list[int], np.ndarray] | None:
    """The positions (within passage `pid`'s sentences) of its list items and lead-ins, and their
    vectors read in their lists; None for a passage with no list. `vectors(rows)`: the sentence
    vectors of those index rows as float32."""
    memo = index.sentences.memo
    key = ("lists", pid)
    if key not in memo:
        memo[key] = _readings(index, pid, vectors)
    return memo[key]


def quote_readings(index, pid: int, vectors, quoted) -> np.ndarray:
    """Row i: passage `pid`'s sentence i read in its quote, a unit vector; `quoted(i)`: the
    positions (a, b) of the sentences quoted around sentence i."""
    memo = index.sentences.memo
    key = ("quoted", pid)
    if key not in memo:
        weighted = _weighted(index, pid, vectors)
        spans = [quoted(i) for i in range(len(weighted))]
        memo[key] = _unit(np.array([weighted[a : b + 1].sum(axis=0) for a, b in spans]))
    return memo[key]


def _weighted(index, pid: int, vectors) -> np.ndarray:
    """A passage's sentence vectors, each times its number of words."""
    a, b = int(index.sentences.start[pid]), int(index.sentences.start[pid + 1])
    text = index.articles[index.passages[pid].doc_id].text
    rows = index.sentences.rows[a:b]
    words = np.array([max(1, len(text[s.start : s.end].split())) for s in rows], dtype=np.float32)
    return vectors(list(range(a, b))) * words[:, None]


def _unit(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32).reshape(len(vectors), -1)
    return vectors / (np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-12)


def _readings(index, pid: int, vectors):
    a, b = int(index.sentences.start[pid]), int(index.sentences.start[pid + 1])
    text = index.articles[index.passages[pid].doc_id].text
    groups = _lists(text, index.sentences.rows[a:b])
    if not groups:
        return None
    weighted = _weighted(index, pid, vectors)
    at: list[int] = []
    read: list[np.ndarray] = []
    for lead, items in groups:
        at.append(lead)
        read.append(weighted[[lead, *items]].sum(axis=0))
        for i in items:
            at.append(i)
            read.append(weighted[lead] + weighted[i])
    return at, _unit(np.array(read))


def _lists(text: str, rows) -> list[tuple[int, list[int]]]:
    """(lead-in position, item positions) of each list of a passage: a quotable sentence ending
    with ':' followed by list items."""
    groups = []
    for i, s in enumerate(rows):
        if s.kind != "text" or not is_lead_in(text, s):
            continue
        items = []
        j = i + 1
        while j < len(rows) and in_item(text, rows[j]):
            if rows[j].kind == "text":
                items.append(j)
            j += 1
        if items:
            groups.append((i, items))
    return groups
