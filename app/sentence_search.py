"""Evidence mode: rank the sentences of the candidate passages, quote around the best ones.

Candidates are the passages the dense search and BM25 rank highest. Each quotable sentence gets an
evidence score, a weighted mean of its cosine to the question, its passage's cosine, its passage's
BM25 share and the share of the question's terms (rarity-weighted) that it holds, alone and read
under its section heading (a follow-up's own key words: its new need, not the earlier topic);
the best sentence anywhere is quoted first (with its context, `app.evidence`), then the next best
outside that quote, and so on. The passages left are appended in their best sentence's order, so
the list still ranks every candidate. A follow-up is judged with its context; its own words can
also lift a sentence.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from app.concepts import key_concepts
from app.config import Settings
from app.evidence import answering, grow, is_answer, quote_window
from app.lexical import terms
from app.records import Hit
from app.store import Index

MAX_QUOTES = 10  # windows cut per question (the reply shows top_k of them)


def evidence_hits(index: Index, query, dense_runs, settings: Settings) -> list[Hit]:
    """Ranked quote windows for a question (`dense_runs`: its own run, then its context's run).
    A question after others continues the conversation when it refers back, or when it neither
    names a new topic nor finds an answer in its own words (`_alone`): then the question read
    with the topic judges relevance, and its need is its own key words. One that names almost
    nothing but finds an answer alone ("what are the symptoms") is judged on its own words, with
    the topic's words still counted by BM25."""
    if index.sentences is None:
        return []
    own = dense_runs[0][0]
    if not query.context:
        return _scored(index, query.text, dense_runs, own, query.text, settings)
    need = " ".join(key_concepts(query.text))  # "What causes it?": causes
    if query.anaphoric or not _alone(index, query, dense_runs[0], settings):
        return _scored(index, query.context, dense_runs, own, need, settings, continues=True)
    if query.leans:
        return _scored(index, query.context, dense_runs, own, need, settings, judge=own)
    return _scored(index, query.text, dense_runs[:1], own, query.text, settings)


def _alone(index: Index, query, run, settings: Settings) -> bool:
    """A question after others that names a new topic or asks nothing of the topic
    (`Query.alone`), or that its own words answer."""
    return query.alone or _stands_alone(index, run, settings)


def _stands_alone(index: Index, run, settings: Settings) -> bool:
    """Whether the question's own words find a sentence that supports them (`standalone_support`)
    among the passages they retrieve: "what is sertraline" after a dopamine question starts a new
    topic; "short term or long term?" or "which one do people overlook" find nothing alone."""
    _qvec, ids, _scores = run
    rows, pids = _sentence_rows(index, [int(i) for i in ids if i >= 0])
    ok = [r for pid, r in zip(pids, rows, strict=True) if _facts(index, pid, r)[3]]
    if not ok:
        return False
    svec = np.asarray(index.sentences.vectors[ok], dtype=np.float32)
    return float((svec @ run[0]).max()) >= settings.standalone_support


def _scored(
    index: Index, text: str, runs, own_vec, need: str, settings: Settings, **how
) -> list[Hit]:
    """Evidence of every quotable sentence of the candidates of `runs` (the question's own run
    and, for a follow-up, its context's), BM25 on `text`; relevance judged by the last run's
    vector unless `judge` is given; `continues`: a follow-up that continues the topic."""
    continues = how.get("continues", False)
    bm = index.lexical.scores(text)
    cands = _candidates(bm, runs, settings)
    if not cands:
        return []
    qvec = how.get("judge", runs[-1][0])
    pcos = {pid: float(np.dot(index.vectors.reconstruct(pid), qvec)) for pid in cands}
    top_bm = float(bm.max()) or 1.0
    rows, pids = _sentence_rows(index, cands)
    svec = np.asarray(index.sentences.vectors[rows], dtype=np.float32)
    cos = svec @ qvec
    own = svec @ own_vec
    facts = [_facts(index, pid, r) for pid, r in zip(pids, rows, strict=True)]
    weights = _weights(index, need)
    ok = np.array([f[3] for f in facts])
    h = settings.heading_share
    terms_share = [(1 - h) * _share(f[1], weights) + h * _share(f[2], weights) for f in facts]
    w = settings
    total = w.w_sentence + w.w_passage + w.w_bm25 + w.w_terms
    evidence = (
        w.w_sentence * cos
        + w.w_passage * np.array([pcos[p] for p in pids])
        + w.w_bm25 * np.array([bm[p] / top_bm for p in pids])
        + w.w_terms * np.array(terms_share)
    ) / total
    evidence = np.where(ok, evidence, -1.0)
    hits = _windows(index, rows, pids, evidence, cos, own, bm, settings)
    return [replace(h, continues=continues) for h in hits] if continues else hits


def _candidates(scores: np.ndarray, dense_runs, settings: Settings) -> list[int]:
    """The passages of the dense runs, then the BM25 top (`scores`: BM25 of every passage)."""
    found: dict[int, None] = {}
    for _qvec, ids, _scores in dense_runs:
        found.update((int(i), None) for i in ids if i >= 0)
    k = min(settings.candidates, len(scores))
    if k:
        top = np.argpartition(-scores, k - 1)[:k]
        found.update((int(i), None) for i in top if scores[i] > 0)
    return list(found)


def _sentence_rows(index: Index, pids: list[int]) -> tuple[list[int], list[int]]:
    start = index.sentences.start
    rows, owners = [], []
    for pid in pids:
        span = range(int(start[pid]), int(start[pid + 1]))
        rows += span
        owners += [pid] * len(span)
    return rows, owners


def _text(index: Index, row: int) -> str:
    s = index.sentences.rows[row]
    return index.articles[index.passages[s.passage].doc_id].text[s.start : s.end]


def _weights(index: Index, question: str) -> dict[str, float]:
    """The question's known stems with their rarity (BM25 idf). Question words stay: dropping them
    (key words only) won 3 tune questions but lost 5 of 104 short MEDIQA questions at hit@1."""
    return {t: idf for t in set(terms(question)) if (idf := index.lexical.idf(t)) > 0}


def _facts(index: Index, pid: int, row: int) -> tuple[str, str, str, bool]:
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


def _share(low: str, weights: dict[str, float]) -> float:
    """Share of the question's rarity-weighted stems that a lowercased text holds (a stem is a
    prefix of the words it stands for, so a substring test is enough and cheap)."""
    if not weights:
        return 0.0
    return sum(w for t, w in weights.items() if t in low) / sum(weights.values())


def _windows(index, rows, pids, evidence, cos, own, bm, settings: Settings) -> list[Hit]:
    """Quote windows around the best sentences, best first; then the other candidates."""
    order = [i for i in np.argsort(-evidence, kind="stable") if evidence[i] > -1]
    spots: dict[int, list[int]] = {}  # passage row -> its positions in `rows`
    for j, pid in enumerate(pids):
        spots.setdefault(pid, []).append(j)
    taken: list[tuple[str, int, int]] = []
    hits: list[Hit] = []
    for i in order:
        if len(hits) == MAX_QUOTES:
            break
        pid, s = pids[i], index.sentences.rows[rows[i]]
        doc = index.passages[pid].doc_id
        if any(d == doc and a <= s.start < b for d, a, b in taken):
            continue
        hit = _window(index, pid, spots[pid], rows, i, evidence, cos, own, bm, settings)
        a, b = hit.span
        if any(d == doc and a < y and x < b for d, x, y in taken):
            continue
        taken.append((doc, a, b))
        hits.append(hit)
    seen = {h.passage.passage_id for h in hits}
    for i in order:
        p = index.passages[pids[i]]
        if p.passage_id not in seen:
            seen.add(p.passage_id)
            hits.append(Hit(p, float(evidence[i]), float(evidence[i]), float(bm[pids[i]])))
    return hits


def _window(index, pid, mine, rows, i, evidence, cos, own, bm, settings: Settings) -> Hit:
    """The quote around sentence i (a position in `rows`) within its passage (whose sentences
    are at positions `mine`)."""
    sents = [index.sentences.rows[rows[j]] for j in mine]
    p = index.passages[pid]
    text = index.articles[p.doc_id].text
    at = mine.index(i)
    lo, hi = quote_window(text, sents, [at])
    a, b = grow(text, sents, (lo, hi), settings.quote_min_words, settings.quote_max_words)
    inside = list(range(a, b + 1))
    scores = [evidence[mine[j]] for j in inside]
    marked = [
        inside[k]
        for k in answering(
            scores, [text[sents[j].start : sents[j].end] for j in inside], settings.answer_margin
        )
    ]
    marked = [j for j in marked if evidence[mine[j]] > -1]
    return Hit(
        passage=p,
        score=float(evidence[i]),
        fused=float(evidence[i]),
        bm25=float(bm[pid]),
        span=(sents[a].start, sents[b].end),
        marks=tuple((sents[j].start, sents[j].end) for j in marked),
        support=float(cos[i]),
        own=float(own[i]),
    )
