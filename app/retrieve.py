"""Dense + BM25 search over the index, reciprocal rank fusion, then the abstention decision.

A question after others comes as a `Query` (`app.conversation`: `contextualize` reads it with the
conversation's topic).

`search_many` embeds all its queries in one call (the web layer's micro-batches use it); it is
`embed_queries` + `search_embedded`, split so the service can also hand each question's own vector
to the crisis detector. Scores:
`Hit.score` is the cosine similarity of the question to the passage (the calibrated signal the
abstention threshold applies to); `Hit.fused` orders the hits.
"""

from __future__ import annotations

from collections.abc import Sequence

import faiss
import numpy as np

from app.config import Settings
from app.conversation import Query, contextualize, needs_context, topic
from app.embed import Embedder
from app.lexical import terms
from app.records import Hit
from app.sentence_search import evidence_hits
from app.spelling import respelled
from app.store import Index

__all__ = ["Query", "contextualize", "needs_context", "search_many", "select", "topic"]


def search_many(
    index: Index, embedder: Embedder, queries: Sequence[Query | str], settings: Settings
) -> list[list[Hit]]:
    """Ranked hits for each query; all query texts are embedded in one call."""
    queries = as_queries(queries)
    if not queries or not index.vectors.ntotal:
        return [[] for _ in queries]
    return search_embedded(index, queries, embed_queries(embedder, queries, index), settings)


def as_queries(queries: Sequence[Query | str]) -> list[Query]:
    return [q if isinstance(q, Query) else Query(q) for q in queries]


def embed_queries(
    embedder: Embedder, queries: Sequence[Query], index: Index | None = None
) -> np.ndarray:
    """One embedding call: each query's own text, then its context when it has one. Row
    `own_rows(queries)[i]` is query i's own text (the crisis detector reads it). With `index`,
    the texts of the queries with a slip the articles' words mend (`app.spelling`) follow all
    those, as they are searched. Every follow-up's context is embedded: the crisis detector reads
    it for each one (`app.safety.turns`: a follow-up in words of its own is read with the
    conversation's meaning), whether or not the search does."""
    texts = [t for q in queries for t in (q.text, q.context) if t]
    if index is not None:
        texts += [t for q in _respelled(index, queries) if q for t in (q.text, q.context) if t]
    if not texts:
        return np.zeros((0, getattr(embedder, "dim", 0)), dtype=np.float32)
    return embedder.embed(texts)


def _respelled(index: Index, queries: Sequence[Query]) -> list[Query | None]:
    """Each query respelled with the articles' words, or None when it has no slip to mend."""
    out = []
    for q in queries:
        spelled = respelled(index, q)
        out.append(None if spelled is q else spelled)
    return out


# FAISS searches a few query vectors (a follow-up's question and context, a respelling) one per
# OpenMP thread: a fork and a join that cost more than the search itself on busy cores, the
# worker woken from sleep after a reader's pause (a seed turn's two vectors: 5.3 ms wall against
# 0.007 ms on one thread), then left spinning (~1 ms CPU a question). For two to 19 vectors faiss
# computes each query's results alone either way: the same ids and bits (checked on the seed and
# on MedQuAD's 33,590 vectors). One vector is left to faiss: on a large index it then splits the
# rows between threads, with other last bits than on one thread. Larger batches (evaluation; BLAS
# from faiss's threshold of 20) keep faiss's threads. BENCHMARKS.md section 13, "Task 11l".
ONE_THREAD_BELOW = 20


def search_vectors(index: Index, vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """`index.vectors.search`; 2-19 vectors on the calling thread alone (its OpenMP setting,
    which is the thread's own, restored after)."""
    if not 1 < len(vectors) < ONE_THREAD_BELOW:
        return index.vectors.search(vectors, k)
    before = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        return index.vectors.search(vectors, k)
    finally:
        faiss.omp_set_num_threads(before)


def own_rows(queries: Sequence[Query]) -> list[int]:
    rows, row = [], 0
    for q in queries:
        rows.append(row)
        row += 2 if q.context else 1
    return rows


def search_embedded(
    index: Index, queries: Sequence[Query], vectors: np.ndarray, settings: Settings
) -> list[list[Hit]]:
    """Ranked hits for queries already embedded by `embed_queries`."""
    if not queries or not index.vectors.ntotal:
        return [[] for _ in queries]
    scores, ids = search_vectors(index, vectors, min(settings.candidates, index.vectors.ntotal))
    results = []
    extra = sum(2 if q.context else 1 for q in queries)  # the respelled queries' rows follow
    respelled = _respelled(index, queries) if len(vectors) > extra else [None] * len(queries)
    for q, row, spelled in zip(queries, own_rows(queries), respelled, strict=True):
        rows = [row, row + 1] if q.context else [row]
        if spelled is not None:
            q, row = spelled, extra
            rows = [row, row + 1] if q.context else [row]
            extra += len(rows)
        results.append(
            _search_one(index, q, [(vectors[r], ids[r], scores[r]) for r in rows], settings)
        )
    return results


def _search_one(index: Index, query: Query, dense_runs, settings: Settings) -> list[Hit]:
    """Fuse the dense and BM25 rankings of the question (and of its context, for follow-ups)."""
    if settings.mode == "evidence":
        return evidence_hits(index, query, dense_runs, settings)
    rankings: list[tuple[list[int], float]] = []
    cosines: list[dict[int, float]] = []
    bm25 = None
    # A follow-up that refers back is read mostly through its context.
    weights = [settings.followup_weight, 1.0] if query.anaphoric else [1.0, 1.0]
    if not query.leans:  # only a follow-up that leans on the conversation reads its context
        dense_runs = dense_runs[:1]
    runs = zip([query.text, query.context], dense_runs, weights, strict=False)
    for text, (_qvec, ids, scores), weight in runs:
        dense = [int(i) for i in ids if i >= 0]
        cosines.append({int(i): float(s) for i, s in zip(ids, scores, strict=True) if i >= 0})
        lexical_scores = index.lexical.scores(text)
        bm25 = lexical_scores if bm25 is None else bm25
        lexical = _top(lexical_scores, len(dense) or settings.candidates)
        lists = {"dense": [dense], "bm25": [lexical], "hybrid": [dense, lexical]}[settings.mode]
        rankings += [(ranking, weight) for ranking in lists]
    fused = _rrf(rankings, settings.rrf_k)
    judge = len(cosines) - 1 if query.anaphoric else 0  # whose cosine decides relevance
    qvec = dense_runs[judge][0]
    hits = []
    for pid, score in sorted(fused.items(), key=lambda kv: -kv[1]):
        cos = cosines[judge].get(pid)
        if cos is None:
            cos = float(np.dot(index.vectors.reconstruct(pid), qvec))
        hits.append(Hit(index.passages[pid], cos, score, float(bm25[pid])))
    return hits


def _top(scores: np.ndarray, k: int) -> list[int]:
    positive = np.flatnonzero(scores > 0)
    if len(positive) > k:
        positive = positive[np.argpartition(-scores[positive], k - 1)[:k]]
    return [int(i) for i in positive[np.argsort(-scores[positive], kind="stable")]]


def _rrf(rankings: list[tuple[list[int], float]], k: int) -> dict[int, float]:
    """Weighted reciprocal rank fusion."""
    fused: dict[int, float] = {}
    for ranking, weight in rankings:
        for rank, pid in enumerate(ranking):
            fused[pid] = fused.get(pid, 0.0) + weight / (k + rank + 1)
    return fused


def select(hits: Sequence[Hit], settings: Settings, top_k: int, question: str = "") -> list[Hit]:
    """The hits worth quoting, best first; empty means the articles do not cover the question."""
    if not hits:
        return []
    if settings.mode == "evidence":  # covered or not was judged before (app.coverage)
        floor = settings.relative_floor * hits[0].score
        return _distinct([h for h in hits if h.span and h.score >= floor], settings, top_k)
    best = max(h.score for h in hits[: max(top_k, 10)])
    if best >= settings.abstain_below:
        floor = max(settings.abstain_below, settings.relative_floor * best)
        candidates = [h for h in hits if h.score >= floor]
    elif best >= settings.keyword_floor:  # a keyword query: quote the passages that contain it
        candidates = [h for h in hits[:10] if keyword_match(h, question, settings)]
    else:
        return []
    return _distinct(candidates, settings, top_k)


def _distinct(hits: Sequence[Hit], settings: Settings, top_k: int) -> list[Hit]:
    """Up to top_k hits, in order, skipping near-duplicates of those already chosen."""
    chosen: list[Hit] = []
    seen: list[set[str]] = []
    for hit in hits:
        text = hit.passage.text if hit.span is None else _span_text(hit)
        words = set(terms(text))
        if any(_jaccard(words, other) >= settings.dedup_jaccard for other in seen):
            continue
        chosen.append(hit)
        seen.append(words)
        if len(chosen) == top_k:
            break
    return chosen


def _span_text(hit: Hit) -> str:
    p = hit.passage
    return p.text[hit.span[0] - p.start : hit.span[1] - p.start]


def keyword_match(hit: Hit, question: str, settings: Settings) -> bool:
    """A keyword query ("levodopa") whose every term is in the top passage is covered even though
    a one-word query's cosine similarity is low."""
    wanted = set(terms(question))
    if not wanted or len(wanted) > settings.keyword_terms:
        return False
    p = hit.passage
    return wanted <= set(terms(f"{p.title} {p.section} {p.text}"))


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0
