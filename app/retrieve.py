"""Dense + BM25 search over the index, reciprocal rank fusion, then the abstention decision.

`search_many` embeds all its queries in one call (the web layer's micro-batches use it); it is
`embed_queries` + `search_embedded`, split so the service can also hand each question's own vector
to the crisis detector. Scores:
`Hit.score` is the cosine similarity of the question to the passage (the calibrated signal the
abstention threshold applies to); `Hit.fused` orders the hits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from app.concepts import key_concepts, mentions
from app.config import Settings
from app.coverage import is_rare
from app.embed import Embedder
from app.lexical import terms
from app.records import Hit
from app.sentence_search import evidence_hits
from app.store import Index

ANAPHORA = re.compile(
    r"\b(it|its|it's|this|that|these|those|they|them|their|theirs|he|him|his|she|her|"
    r"same|such|above|mentioned|the (?:condition|disease|study|drug|medication|researchers|authors|"
    r"investigators|findings|results|article))\b"
    r"|^(?:and|also|but|so)\b",
    re.I,
)
# Words that carry a question on from the one before ("does meditation help as well", "what about
# yoga?", "then why is it so hard", "which one do people overlook"): such a question never starts a
# new topic by naming something.
CARRIES_ON = re.compile(
    r"\b(?:too|as well|also|either|though|tho|then|else|instead|what about|how about|which ones?|"
    r"ones|the other|the opposite)\b"
    r"|^\W*(?:(?:ok|okay)\W+)?(?:and|so|but)\b",
    re.I,
)
QUESTION_WORDS = re.compile(r"\b(what|how|why|when|where|which|who|does|did|can|could|is|are)\b")


RARE_RANK = Settings().rare_rank


@dataclass(frozen=True)
class Query:
    """A question and, when it has a conversation before it, the same question read with the
    conversation's topic. Whether it continues that topic is decided on the evidence (evidence
    mode, `app.sentence_search`); the other modes and the crisis patterns read the context only
    for a question that `leans` on it."""

    text: str
    context: str = ""  # the conversation's topic + this question; "" when there is no history
    anaphoric: bool = False  # refers back ("it", "they"): judge relevance with the context
    leans: bool = False  # refers back or names almost nothing (`needs_context`)
    alone: bool = False  # names a new topic, or asks nothing ("thanks"): never read with it
    topic: str = ""  # the conversation's topic (`topic`)


def needs_context(question: str) -> bool:
    """A follow-up leans on the conversation: it refers back, or names almost nothing."""
    content = terms(QUESTION_WORDS.sub(" ", question.lower()))
    return bool(ANAPHORA.search(question)) or len(content) <= 1


def contextualize(question: str, history: Sequence[str]) -> Query:
    """A question after others is also read with the topic of the conversation: the key words of
    the latest earlier question that stands on its own ("dopamine deficiency" from "What is
    dopamine deficiency?"), not that question's own need ("what is"): "What causes it?" then asks
    for causes of dopamine deficiency, not for its definition."""
    if not history:
        return Query(question)
    refers, about = bool(ANAPHORA.search(question)), topic(history)
    context = f"{about} {question}"
    shift = new_topic(question, about) or not asks(question)
    return Query(question, context, refers, needs_context(question), shift, about)


def asks(message: str) -> bool:
    """A message asks something: it names something, has a question mark or a question word
    ("why?", "how so"); "thanks" or "ok" after a question asks nothing of its topic."""
    low = message.lower()
    return bool(key_concepts(message) or "?" in message or QUESTION_WORDS.search(low))


def new_topic(question: str, about: str) -> bool:
    """A question after others starts a new topic when it names a rare concept the topic does not
    ("what is levodopa" after an exercise question) and neither refers back nor carries on
    ("does meditation help as well", "what about cocaine")."""
    if ANAPHORA.search(question) or CARRIES_ON.search(question):
        return False
    known = set(terms(about))
    return any(is_rare(c, RARE_RANK) and not mentions(known, c) for c in key_concepts(question))


def topic(history: Sequence[str]) -> str:
    """The key words of the latest earlier question that names something and does not refer back
    itself, after those of the conversation's first question when that is another one (the topic
    a conversation opens with stays: "is low dopamine linked to depression", "what are the
    physical symptoms", "what should i do if i think i have it"); else the last two questions as
    typed."""
    for at in range(len(history) - 1, -1, -1):
        words = key_concepts(history[at])
        if words and not ANAPHORA.search(history[at]):
            first = key_concepts(history[0]) if at and not ANAPHORA.search(history[0]) else []
            return " ".join(dict.fromkeys([*first, *words]))
    return " ".join(list(history)[-2:])


def search_many(
    index: Index, embedder: Embedder, queries: Sequence[Query | str], settings: Settings
) -> list[list[Hit]]:
    """Ranked hits for each query; all query texts are embedded in one call."""
    queries = as_queries(queries)
    if not queries or not index.vectors.ntotal:
        return [[] for _ in queries]
    return search_embedded(index, queries, embed_queries(embedder, queries), settings)


def as_queries(queries: Sequence[Query | str]) -> list[Query]:
    return [q if isinstance(q, Query) else Query(q) for q in queries]


def embed_queries(embedder: Embedder, queries: Sequence[Query]) -> np.ndarray:
    """One embedding call: each query's own text, then its context when it has one. Row
    `own_rows(queries)[i]` is query i's own text (the crisis detector reads it)."""
    texts = [t for q in queries for t in (q.text, q.context) if t]
    if not texts:
        return np.zeros((0, getattr(embedder, "dim", 0)), dtype=np.float32)
    return embedder.embed(texts)


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
    scores, ids = index.vectors.search(vectors, min(settings.candidates, index.vectors.ntotal))
    results = []
    for q, row in zip(queries, own_rows(queries), strict=True):
        rows = [row, row + 1] if q.context else [row]
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
