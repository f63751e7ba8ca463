"""Evidence mode: rank the sentences of the candidate passages, quote around the best ones.

Candidates are the passages the dense search and BM25 rank highest. Each quotable sentence gets an
evidence score, a weighted mean of its cosine to the question, its passage's cosine, its passage's
BM25 share and the share of the question's terms (rarity-weighted) that it holds, alone and read
under its section heading (a follow-up's own key words: its new need, not the earlier topic);
the best sentence anywhere is quoted first (with its context, `app.evidence`), then the next best
outside that quote, and so on; a first quote that restates its article in brief (an introduction,
a key-points list, a teaser) yields to a body quote that says the same (`app.brief`). The passages
left are appended in their best sentence's order, so the list still ranks every candidate. A
follow-up is judged with its context; its own words can also lift a sentence.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from functools import partial
from itertools import accumulate

import numpy as np

from app.brief import body_first, brief_rows
from app.concepts import key_concepts
from app.config import Settings
from app.defines import defined, defines
from app.evidence import answering, clear_lead, grow, is_answer, quote_window
from app.lexical import terms
from app.readings import in_lists, in_quotes
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
        return _scored(index, query.text, dense_runs, own, query.text, settings, lead=True)
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
    rows, pids, _counts = _sentence_rows(index, [int(i) for i in ids if i >= 0])
    ok = [r for pid, r in zip(pids, rows, strict=True) if _facts(index, pid, r)[3]]
    if not ok:
        return False
    svec = _rows32(index, ok)
    return float((svec @ run[0]).max()) >= settings.standalone_support


def _scored(
    index: Index, text: str, runs, own_vec, need: str, settings: Settings, **how
) -> list[Hit]:
    """Evidence of every quotable sentence of the candidates of `runs` (the question's own run
    and, for a follow-up, its context's), BM25 on `text`; relevance judged by the last run's
    vector unless `judge` is given; `continues`: a follow-up that continues the topic; `lead`: a
    sentence far closer to the question than any other passage's goes first (`clear_lead`)."""
    continues = how.get("continues", False)
    bm = index.lexical.scores(text)
    cands = _candidates(bm, runs, settings)
    if not cands:
        return []
    qvec = how.get("judge", runs[-1][0])
    rows, pids, counts = _sentence_rows(index, cands)
    svec = _rows32(index, rows)
    vectors = _vectors_of(index)
    alone = svec @ qvec
    cos = in_lists(index, cands, counts, alone, vectors)
    own = cos if own_vec is qvec else in_lists(index, cands, counts, svec @ own_vec, vectors)
    lows: list[str] = []
    heads: list[str] = []
    oks: list[bool] = []
    for pid in cands:
        low, head, ok = _passage_facts(index, pid)
        lows += low
        heads += head
        oks += ok
    weights = _weights(index, need)
    h = settings.heading_share
    terms_share = (1 - h) * _shares(lows, weights) + h * _shares(heads, weights)
    w = settings
    total = w.w_sentence + w.w_passage + w.w_bm25 + w.w_terms + w.w_window
    evidence = (
        w.w_sentence * cos
        + w.w_passage * np.repeat(_passage_cosines(index, cands, qvec), counts)
        + w.w_bm25 * (bm[pids] / (float(bm.max()) or 1.0))
        + w.w_terms * terms_share
    ) / total
    if w.w_window:
        tag = (settings.quote_min_words, settings.quote_max_words)
        quoted = partial(_quoted, index, settings=settings)
        evidence += (
            w.w_window * in_quotes(index, cands, counts, alone, vectors, quoted, tag) / total
        )
    evidence += w.define_bonus * _definition(index, "" if continues else text, lows, pids)
    leader = clear_lead(cos, pids, oks, w.sentence_lead) if how.get("lead") else None
    if leader is not None:
        evidence[leader] = evidence.max() + 1e-3
    evidence = np.where(np.array(oks), evidence, -1.0)
    first = dict(zip(cands, accumulate([0, *counts]), strict=False))  # a passage's first row
    hits = _windows(index, rows, pids, first, evidence, cos, own, bm, settings)
    return [replace(h, continues=continues) for h in hits] if continues else hits


def _definition(index: Index, question: str, lows: list[str], pids: list[int]) -> np.ndarray:
    """1.0 for the sentences that say what a "what is X" question's X is (`app.defines`) when
    they are all in one article: the one place the articles define it. Where several articles
    define X (MEDIQA's "What is Stroke?"), the ranking chooses among them: 0 everywhere."""
    head = defined(question) if question else ""
    found = np.array([bool(head) and defines(head, low) for low in lows], dtype=float)
    docs = {index.passages[pid].doc_id for pid, f in zip(pids, found, strict=True) if f}
    return found if len(docs) == 1 else np.zeros(len(lows))


def _vectors_of(index: Index):
    """rows -> those sentence vectors as float32 (what `app.readings` reads)."""
    return lambda rows: _rows32(index, rows)


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


# float16 -> float32 by table: every one of the 65,536 values, converted by numpy itself (so the
# same bits as `astype`), looked up with `take`: 2-3x faster than numpy's own conversion here.
_HALF = np.arange(1 << 16, dtype=np.uint32).astype(np.uint16).view(np.float16).astype(np.float32)


def _float32(vectors: np.ndarray) -> np.ndarray:
    """Sentence vectors (float16 as stored; float32 right after a build) as float32."""
    if vectors.dtype == np.float16:
        return _HALF.take(vectors.view(np.uint16))
    return np.asarray(vectors, dtype=np.float32)


# A small index's sentence vectors are converted to float32 once, at its first question, instead
# of at every question (the seed corpus: 143 sentences, 0.2 MB; ~0.1 ms a question); a large
# one's (MedQuAD: ~206,000, 316 MB as float32) stay float16 and are converted row by row.
WHOLE_FLOAT32_BYTES = 16 << 20


def _rows32(index: Index, rows: list[int]) -> np.ndarray:
    """Sentence vectors `rows` as float32 (the same bits either way)."""
    memo = index.sentences.memo
    if "float32" not in memo:
        vectors = index.sentences.vectors
        small = vectors.size * 4 <= WHOLE_FLOAT32_BYTES
        memo["float32"] = np.array(_float32(vectors[:]), dtype=np.float32) if small else None
    whole = memo["float32"]
    return whole[rows] if whole is not None else _float32(index.sentences.vectors[rows])


def _passage_cosines(index: Index, pids: list[int], qvec: np.ndarray) -> np.ndarray:
    """Each passage's cosine to the question: one `reconstruct_batch`, then one dot product per
    passage (the same float32 `np.dot` as one `reconstruct` each, which this replaces)."""
    vectors = index.vectors.reconstruct_batch(np.asarray(pids, dtype=np.int64))
    return np.array([float(np.dot(v, qvec)) for v in vectors])


def _sentence_rows(index: Index, pids: list[int]) -> tuple[list[int], list[int], list[int]]:
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


def _weights(index: Index, question: str) -> dict[str, float]:
    """The question's known stems with their rarity (BM25 idf). Question words stay: dropping them
    (key words only) won 3 tune questions but lost 5 of 104 short MEDIQA questions at hit@1."""
    return {t: idf for t in set(terms(question)) if (idf := index.lexical.idf(t)) > 0}


def _passage_facts(index: Index, pid: int) -> tuple[list[str], list[str], list[bool]]:
    """`_facts` of a passage's sentences, in order, as three lists (lowercased alone, read under
    the heading, can answer). Memoized per index."""
    memo = index.sentences.memo
    key = ("facts", pid)
    if key not in memo:
        start = index.sentences.start
        facts = [_facts(index, pid, r) for r in range(int(start[pid]), int(start[pid + 1]))]
        memo[key] = ([f[1] for f in facts], [f[2] for f in facts], [f[3] for f in facts])
    return memo[key]


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


def _shares(lows: list[str], weights: dict[str, float]) -> np.ndarray:
    """Share of the question's rarity-weighted stems that each lowercased text holds (a stem is a
    prefix of the words it stands for, so a substring test is enough and cheap). Each stem is
    looked for in all the texts joined (a stem holds no NUL, so no match spans two texts), once
    per text that holds it; the shares are summed stem by stem in the order of `weights`, as a
    Python `sum` over the stems a text holds would."""
    if not weights:
        return np.zeros(len(lows))
    joined = "\0".join(lows)
    ends = list(accumulate(len(low) + 1 for low in lows))  # text i ends before ends[i] (its NUL)
    shares = [0.0] * len(lows)
    for t, w in weights.items():
        at = joined.find(t)
        while at >= 0:
            i = bisect_right(ends, at)
            shares[i] += w
            at = joined.find(t, ends[i])
    return np.array(shares) / sum(weights.values())


def _windows(index, rows, pids, first, evidence, cos, own, bm, settings: Settings) -> list[Hit]:
    """Quote windows around the best sentences, best first; then the other candidates. `first`:
    passage row -> the position in `rows` of its first sentence (the others follow on)."""
    ranked = np.argsort(-evidence, kind="stable")
    order = ranked[evidence[ranked] > -1].tolist()
    scores = evidence.tolist()
    taken: list[tuple[str, int, int]] = []
    hits: list[Hit] = []
    anchors: list[tuple[int, int]] = []  # each window's passage and the sentence it is cut around
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
    if settings.body_first:
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
    vectors = _vectors_of(index)
    found = [
        (h, pid, row, _shown(index, pid, h)) for h, (pid, row) in zip(hits, anchors, strict=True)
    ]
    return [f[0] for f in body_first(found, partial(_is_brief, index, vectors), vectors)]


def _shown(index: Index, pid: int, hit: Hit) -> list[int]:
    """The sentence rows of passage `pid` that the quote `hit` shows."""
    a, b = hit.span
    start = index.sentences.start
    rows = range(int(start[pid]), int(start[pid + 1]))
    return [r for r in rows if a <= index.sentences.rows[r].start < b]


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


def _quoted(index: Index, pid: int, settings: Settings):
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
