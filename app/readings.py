"""How a sentence is read in its passage: a list item with its lead-in, a lead-in with its list,
and any sentence with the quote it would be quoted in.

A list item alone says little ("• Loss of balance"), and a lead-in alone says only what kind of
thing follows ("Physical symptoms a healthcare provider may look for include:"). Each is also
read in its list: the item with its lead-in, the lead-in with its items. A reading's vector is
the word-weighted sum of the sentences' own vectors, normalized (the model pools words by their
mean, so this is close to the vector of the texts joined, at no model call). A question's cosine
to such a sentence is the better of its reading alone and in its list. A sentence read in its
quote (the same sum over the sentences `app.evidence` quotes around it) tells a sentence whose
paragraph answers from one that only shares the question's words ("Knowing the symptoms can help
you catch the condition early." against the list of symptoms).

The cosine of a sum is the same sum of the sentences' cosines divided by the sum's length, so only
the groups, the weights and the lengths are kept (memoized per passage: a few numbers per
sentence, never a vector), and each question's cosines come from its sentence cosines.
"""

from __future__ import annotations

import numpy as np

from app.evidence import REFERS_BACK, in_item, is_lead_in


def in_lists(index, pids, counts, cos: np.ndarray, vectors) -> np.ndarray:
    """`cos` (the cosines to a question of passages `pids`' sentences, `counts[i]` rows each, in
    order) with each list item and lead-in given the better of its cosine alone and read in its
    list. A new array; `vectors(rows)`: those sentence vectors as float32."""
    out = cos.copy()
    at = 0
    for pid, n in zip(pids, counts, strict=True):
        for position, members, weights, length in list_groups(index, pid, vectors):
            read = float(np.dot(weights, cos[at + members])) / length
            out[at + position] = max(out[at + position], read)
        at += n
    return out


def read_back(index, pids, counts, cos, read, vectors):
    """(`read` with each sentence that refers back to the quotable one before it, "It can cause
    ...", given the better of its value and its cosine read with that sentence, the word-weighted
    sum of the two, as a list item with its lead-in; `read` with it given the better of its and
    that sentence's value, both shown by its quote). `cos`: the plain cosines."""
    joined, best = read.copy(), read.copy()
    at = 0
    for pid, n in zip(pids, counts, strict=True):
        for i, weights, length in _antecedents(index, pid, vectors):
            joined[at + i] = max(
                read[at + i], float(weights @ cos[at + i - 1 : at + i + 1]) / length
            )
            best[at + i] = max(read[at + i], read[at + i - 1])
        at += n
    return joined, best


def _antecedents(index, pid: int, vectors):
    """(position, the two sentences' word weights, their weighted sum's length) of each quotable
    sentence of a passage, not a list item, that refers back to the quotable one before it."""
    key = ("antecedents", pid)
    memo = index.sentences.memo
    if key not in memo:
        a, b = int(index.sentences.start[pid]), int(index.sentences.start[pid + 1])
        text = index.articles[index.passages[pid].doc_id].text
        rows = index.sentences.rows[a:b]
        found = [
            i
            for i in range(1, len(rows))
            if rows[i].kind == rows[i - 1].kind == "text"
            and not in_item(text, rows[i])
            and REFERS_BACK.match(text[rows[i].start : rows[i].end].lstrip())
        ]
        weighted, words = _weighted(index, pid, vectors) if found else (None, None)
        memo[key] = [
            (i, words[i - 1 : i + 1], float(_lengths(weighted[i - 1 : i + 1].sum(0)[None])[0]))
            for i in found
        ]
    return memo[key]


def in_quotes(index, pids, counts, cos: np.ndarray, vectors, quoted, tag=()) -> np.ndarray:
    """The cosine of each sentence read in its quote, from `cos` as in `in_lists`; `quoted(pid)`
    gives `at -> (a, b)`, the positions quoted around sentence `at`; `tag` names what the quotes
    depend on besides the text (the quote lengths), for the memo."""
    if not len(cos):
        return np.empty(0)
    groups = [quote_groups(index, pid, vectors, quoted(pid), tag) for pid in pids]
    starts, ends, words, lengths = (np.concatenate(part) for part in zip(*groups, strict=True))
    # One row per passage, its sentences' word-weighted cosines then zeros: a running sum along
    # each row is the passage's own (the same additions in the same order, whatever follows).
    counts = np.asarray(counts)
    width = int(counts.max())
    weighted = np.zeros((len(counts), width))
    weighted[np.arange(width) < counts[:, None]] = words * cos
    summed = np.zeros((len(counts), width + 1))
    summed[:, 1:] = np.cumsum(weighted, axis=1)
    row = np.repeat(np.arange(len(counts)), counts)
    return (summed[row, ends + 1] - summed[row, starts]) / lengths


def list_groups(index, pid: int, vectors) -> list[tuple[int, np.ndarray, np.ndarray, float]]:
    """(position, member positions, their word weights, the weighted sum's length) of each list
    item and lead-in of a passage (positions within its sentences); [] for a passage without a
    list."""
    memo = index.sentences.memo
    key = ("lists", pid)
    if key not in memo:
        memo[key] = _list_groups(index, pid, vectors)
    return memo[key]


def quote_groups(index, pid: int, vectors, quoted, tag=()):
    """Per sentence of a passage: the first and last positions of its quote, the sentences' word
    counts, and the length of the word-weighted sum of its quote's vectors."""
    memo = index.sentences.memo
    key = ("quoted", pid, *tag)
    if key not in memo:
        weighted, words = _weighted(index, pid, vectors)
        spans = np.array([quoted(i) for i in range(len(words))], dtype=np.int64).reshape(-1, 2)
        summed = np.concatenate([np.zeros((1, weighted.shape[1])), np.cumsum(weighted, axis=0)])
        sums = summed[spans[:, 1] + 1] - summed[spans[:, 0]]
        memo[key] = (spans[:, 0], spans[:, 1], words, _lengths(sums))
    return memo[key]


def _weighted(index, pid: int, vectors) -> tuple[np.ndarray, np.ndarray]:
    """A passage's sentence vectors, each times its number of words, and those numbers."""
    a, b = int(index.sentences.start[pid]), int(index.sentences.start[pid + 1])
    text = index.articles[index.passages[pid].doc_id].text
    rows = index.sentences.rows[a:b]
    words = np.array([max(1, len(text[s.start : s.end].split())) for s in rows], dtype=np.float64)
    return np.asarray(vectors(list(range(a, b))), dtype=np.float64) * words[:, None], words


def _lengths(sums: np.ndarray) -> np.ndarray:
    return np.linalg.norm(sums, axis=1) + 1e-12


def _list_groups(index, pid: int, vectors):
    a, b = int(index.sentences.start[pid]), int(index.sentences.start[pid + 1])
    text = index.articles[index.passages[pid].doc_id].text
    lists = _lists(text, index.sentences.rows[a:b])
    if not lists:
        return []
    weighted, words = _weighted(index, pid, vectors)
    groups = []
    for lead, items in lists:
        for position, members in [(lead, [lead, *items])] + [(i, [lead, i]) for i in items]:
            length = float(_lengths(weighted[members].sum(axis=0)[None, :])[0])
            groups.append((position, np.array(members), words[members], length))
    return groups


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
