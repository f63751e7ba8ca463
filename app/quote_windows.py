"""The quote windows cut around the best sentences of the candidates, best first.

The best sentence anywhere is quoted first (with its context, `app.evidence`), then the next best
outside that quote, and so on, up to `MAX_QUOTES`; a first quote that restates its article in brief
(an introduction, a key-points list, a teaser) yields to a body quote that says the same
(`app.brief`). The passages left are appended in their best sentence's order, so the list still
ranks every candidate. Out of scope: the sentences' scores (`app.sentence_search`).
"""

from __future__ import annotations

from functools import partial

import numpy as np

from app.brief import body_first, brief_rows
from app.config import Settings
from app.evidence import answering, grow, quote_window
from app.records import Hit
from app.sentence_rows import vectors_of
from app.store import Index

MAX_QUOTES = 10  # windows cut per question (the reply shows top_k of them)


def windows(
    index, rows, pids, first, evidence, cos, own, bm, settings: Settings, asked=None
) -> list[Hit]:
    """Quote windows around the best sentences, best first; then the other candidates. `first`:
    passage row -> the position in `rows` of its first sentence (the others follow on).
    `asked`: positions of the sentences a question's kind asks for (`app.sentence_search`): a
    first quote cut around one keeps its place even when brief (`app.brief`)."""
    ranked = np.argsort(-evidence, kind="stable")
    order = ranked[evidence[ranked] > -1].tolist()
    scores = evidence.tolist()
    taken: list[tuple[str, int, int]] = []
    hits: list[Hit] = []
    anchors: list[tuple[int, int]] = []  # each window's passage and the sentence it is cut around
    positions: list[int] = []  # ...and that sentence's position in `rows`
    for i in order:
        if len(hits) == MAX_QUOTES:
            break
        pid, s = pids[i], index.sentences.rows[rows[i]]
        doc = index.passages[pid].doc_id
        if any(d == doc and a <= s.start < b for d, a, b in taken):
            continue
        hit = _window(index, pid, first[pid], i, scores, cos, own, bm, settings)
        a, b = hit.span
        if any(d == doc and a < y and x < b for d, x, y in taken):
            continue
        taken.append((doc, a, b))
        hits.append(hit)
        anchors.append((pid, rows[i]))
        positions.append(i)
    if settings.body_first and not (positions and asked is not None and asked[positions[0]]):
        hits = _body_first(index, hits, anchors)
    seen = {h.passage.passage_id for h in hits}
    for i in order:
        p = index.passages[pids[i]]
        if p.passage_id not in seen:
            seen.add(p.passage_id)
            hits.append(Hit(p, scores[i], scores[i], float(bm[pids[i]])))
    return hits


def _body_first(index: Index, hits: list[Hit], anchors: list[tuple[int, int]]) -> list[Hit]:
    """The quote windows with a first quote that restates its article yielding to a body quote
    that says the same (`app.brief.body_first`)."""
    vectors = vectors_of(index)
    found = [
        (h, pid, row, _answering(index, pid, h) or [row])
        for h, (pid, row) in zip(hits, anchors, strict=True)
    ]
    return [f[0] for f in body_first(found, partial(_is_brief, index, vectors), vectors)]


def _answering(index: Index, pid: int, hit: Hit) -> list[int]:
    """The sentence rows of passage `pid` that the quote `hit` emphasizes (its answering ones)."""
    marks = set(hit.marks)
    start = index.sentences.start
    rows = range(int(start[pid]), int(start[pid + 1]))
    return [
        r for r in rows if (index.sentences.rows[r].start, index.sentences.rows[r].end) in marks
    ]


def _is_brief(index: Index, vectors, pid: int, row: int) -> bool:
    return row in brief_rows(index, pid, vectors)


def _window(index, pid, first, i, scores, cos, own, bm, settings: Settings) -> Hit:
    """The quote around sentence i (a position in the candidates' rows) within its passage, whose
    sentences are at positions `first`, `first + 1`, ..."""
    sents, a, b = _geometry(index, pid, i - first, settings)
    p = index.passages[pid]
    text = index.articles[p.doc_id].text
    inside = range(a, b + 1)
    texts = [text[sents[j].start : sents[j].end] for j in inside]
    best = answering([scores[first + j] for j in inside], texts, settings.answer_margin)
    marked = [inside[k] for k in best if scores[first + inside[k]] > -1]
    return Hit(
        passage=p,
        score=scores[i],
        fused=scores[i],
        bm25=float(bm[pid]),
        span=(sents[a].start, sents[b].end),
        marks=tuple((sents[j].start, sents[j].end) for j in marked),
        support=float(cos[i]),
        own=float(own[i]),
    )


def quoted_around(index: Index, pid: int, settings: Settings):
    """`at` -> the positions (a, b) quoted around a passage's sentence `at` (`_geometry`)."""
    return lambda at: _geometry(index, pid, at, settings)[1:]


def _geometry(index: Index, pid: int, at: int, settings: Settings):
    """A passage's sentences and the positions [a, b] of those quoted around its sentence `at`:
    the same for every question (it depends on the text only), so memoized per index."""
    memo = index.sentences.memo
    if ("sents", pid) not in memo:
        start = index.sentences.start
        memo[("sents", pid)] = index.sentences.rows[int(start[pid]) : int(start[pid + 1])]
    sents = memo[("sents", pid)]
    key = ("window", pid, at, settings.quote_min_words, settings.quote_max_words)
    if key not in memo:
        text = index.articles[index.passages[pid].doc_id].text
        lo, hi = quote_window(text, sents, [at])
        memo[key] = grow(text, sents, (lo, hi), settings.quote_min_words, settings.quote_max_words)
    a, b = memo[key]
    return sents, a, b
