"""Dense + BM25 search over the index, reciprocal rank fusion, then the abstention decision.

`search_many` embeds all its queries in one call (the web layer's micro-batches use it). Scores:
`Hit.score` is the cosine similarity of the question to the passage (the calibrated signal the
abstention threshold applies to); `Hit.fused` orders the hits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from app.config import Settings
from app.embed import Embedder
from app.lexical import terms
from app.records import Hit
from app.store import Index

ANAPHORA = re.compile(
    r"\b(it|its|it's|this|that|these|those|they|them|their|theirs|he|him|his|she|her|there|"
    r"one|ones|same|such|above|mentioned)\b",
    re.I,
)


def needs_context(question: str) -> bool:
    """A follow-up leans on the conversation: it uses a pronoun or names almost nothing."""
    return bool(ANAPHORA.search(question)) or len(terms(question)) <= 2


def contextualize(question: str, history: Sequence[str], depth: int = 3) -> str:
    """The question, preceded by as many earlier questions as it takes to be self-contained."""
    parts = [question]
    for earlier in reversed(list(history)[-depth:]):
        if not needs_context(parts[0]):
            break
        parts.insert(0, earlier)
    return " ".join(parts)


def search_many(
    index: Index, embedder: Embedder, queries: Sequence[str], settings: Settings
) -> list[list[Hit]]:
    if not queries:
        return []
    vectors = embedder.embed(list(queries))
    n = min(settings.candidates, index.vectors.ntotal)
    dense_scores, dense_ids = index.vectors.search(vectors, n) if n else (None, None)
    return [
        _search_one(index, q, vectors[i], dense_ids[i], dense_scores[i], settings)
        for i, q in enumerate(queries)
    ]


def _search_one(index, query, qvec, dense_ids, dense_scores, settings) -> list[Hit]:
    dense = [int(i) for i in dense_ids if i >= 0]
    cosine = {int(i): float(s) for i, s in zip(dense_ids, dense_scores, strict=True) if i >= 0}
    bm25 = index.lexical.scores(query)
    lexical = _top(bm25, len(dense) or settings.candidates)
    rankings = {"dense": [dense], "bm25": [lexical], "hybrid": [dense, lexical]}[settings.mode]
    fused = _rrf(rankings, settings.rrf_k)
    hits = []
    for pid, score in sorted(fused.items(), key=lambda kv: -kv[1]):
        if pid not in cosine:
            cosine[pid] = float(np.dot(index.vectors.reconstruct(pid), qvec))
        hits.append(Hit(index.passages[pid], cosine[pid], score, float(bm25[pid])))
    return hits


def _top(scores: np.ndarray, k: int) -> list[int]:
    positive = np.flatnonzero(scores > 0)
    if len(positive) > k:
        positive = positive[np.argpartition(-scores[positive], k - 1)[:k]]
    return [int(i) for i in positive[np.argsort(-scores[positive], kind="stable")]]


def _rrf(rankings: list[list[int]], k: int) -> dict[int, float]:
    fused: dict[int, float] = {}
    for ranking in rankings:
        for rank, pid in enumerate(ranking):
            fused[pid] = fused.get(pid, 0.0) + 1.0 / (k + rank + 1)
    return fused


def select(hits: Sequence[Hit], settings: Settings, top_k: int) -> list[Hit]:
    """The hits worth quoting, best first; empty means the articles do not cover the question."""
    if not hits:
        return []
    best = max(h.score for h in hits[: max(top_k, 10)])
    if best < settings.abstain_below:
        return []
    floor = max(settings.abstain_below, settings.relative_floor * best)
    chosen: list[Hit] = []
    seen: list[set[str]] = []
    for hit in hits:
        if hit.score < floor:
            continue
        words = set(terms(hit.passage.text))
        if any(_jaccard(words, other) >= settings.dedup_jaccard for other in seen):
            continue
        chosen.append(hit)
        seen.append(words)
        if len(chosen) == top_k:
            break
    return chosen


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0
