"""Evidence mode: rank the sentences of the candidate passages by their evidence for a question.

Candidates are the passages the dense search and BM25 rank highest. Each quotable sentence gets an
evidence score, a weighted mean of its cosine to the question, its passage's cosine, its passage's
BM25 share and the share of the question's terms (rarity-weighted) that it holds, alone and read
under its section heading (a follow-up's own key words: its new need, not the earlier topic).
A follow-up is judged with its context; its own words can also lift a sentence. The quotes are
cut around the best sentences by `app.quote_windows`; the sentences' vectors and facts are read
through `app.sentence_rows`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from functools import partial
from itertools import accumulate

import numpy as np

from app.causes import (
    answers_after,
    asks_cause,
    cause_asked,
    cause_named,
    finds_cause,
    gives_cause,
    is_the_cause,
    reverses,
)
from app.concepts import key_concepts
from app.config import Settings
from app.defines import defined, defines
from app.evidence import REFERS_BACK, after_echo, clear_lead, content_terms
from app.hubs import centered
from app.lexical import terms
from app.lists import asks_list
from app.lists import lifted as list_lead
from app.quote_windows import quoted_around, windows
from app.readings import in_lists, in_quotes, read_back
from app.records import Hit
from app.sentence_rows import facts, passage_facts, rows32, rows_of, vectors_of
from app.store import Index
from app.together import ASKS_LINK, asks_link, asks_linked_list, links_conditions, states_link
from app.who import asks_who, names_professional


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
    cause = cause_asked(query.text, query.topic)  # read as typed: a follow-up's need drops "who"
    if cause is not None:
        cause = (cause, cause_named(query.text))
    scored = partial(_scored, index, cause=cause, asked=query.text)
    if not query.context:
        return scored(query.text, dense_runs, own, query.text, settings, lead=True)
    need = " ".join(key_concepts(query.text))  # "What causes it?": causes
    if query.anaphoric or not _alone(index, query, dense_runs[0], settings):
        return scored(query.context, dense_runs, own, need, settings, continues=True)
    if query.leans:
        return scored(query.context, dense_runs, own, need, settings, judge=own)
    return scored(query.text, dense_runs[:1], own, query.text, settings)


def _alone(index: Index, query, run, settings: Settings) -> bool:
    """A question after others that names a new topic or asks nothing of the topic
    (`Query.alone`), or that its own words answer."""
    return query.alone or _stands_alone(index, run, settings)


def _stands_alone(index: Index, run, settings: Settings) -> bool:
    """Whether the question's own words find a sentence that supports them (`standalone_support`)
    among the passages they retrieve: "what is sertraline" after a dopamine question starts a new
    topic; "short term or long term?" or "which one do people overlook" find nothing alone."""
    _qvec, ids, _scores = run
    rows, pids, _counts = rows_of(index, [int(i) for i in ids if i >= 0])
    ok = [r for pid, r in zip(pids, rows, strict=True) if facts(index, pid, r)[3]]
    if not ok:
        return False
    svec = rows32(index, ok)
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
    rows, pids, counts = rows_of(index, cands)
    svec = rows32(index, rows)
    vectors = vectors_of(index)
    alone = svec @ qvec
    cos = in_lists(index, cands, counts, alone, vectors)
    own = cos if own_vec is qvec else in_lists(index, cands, counts, svec @ own_vec, vectors)
    lows: list[str] = []
    heads: list[str] = []
    oks: list[bool] = []
    for pid in cands:
        low, head, ok = passage_facts(index, pid)
        lows += low
        heads += head
        oks += ok
    weights = _weights(index, need)
    h = settings.heading_share
    terms_share = (1 - h) * _shares(lows, weights) + h * _shares(heads, weights)
    w = settings
    total = w.w_sentence + w.w_passage + w.w_bm25 + w.w_terms + w.w_window
    ranked = support = cos  # the cosines the evidence and a quote's support read
    # a sentence that refers back also read with the one before (`read_back`), when the question's
    # own words judge: read with a conversation's topic, it brought back the earlier question's
    # answer ("This is because ..." for "is the reverse true too" after "why do ssris flatten your
    # mood"; over the seed files' 887 answerable follow-ups useful@1 671 -> 666 when it applied)
    if w.read_back and own_vec is qvec:
        ranked, support = read_back(index, cands, counts, alone, cos, vectors)
    if w.hub_beta:
        ranked = ranked - w.hub_beta * np.maximum(centered(index)[rows], 0.0)
    evidence = (
        w.w_sentence * ranked
        + w.w_passage * np.repeat(_passage_cosines(index, cands, qvec), counts)
        + w.w_bm25 * (bm[pids] / (float(bm.max()) or 1.0))
        + w.w_terms * terms_share
    ) / total
    if w.w_window:
        tag = (settings.quote_min_words, settings.quote_max_words)
        quoted = partial(quoted_around, index, settings=settings)
        evidence += (
            w.w_window * in_quotes(index, cands, counts, alone, vectors, quoted, tag) / total
        )
    evidence += w.define_bonus * _definition(index, "" if continues else text, lows, pids)
    evidence += w.cause_penalty * _for_the_cause(index, how.get("cause"), lows, pids)
    asked = how.get("asked", "").lower()
    evidence -= w.cause_penalty * np.array([asked != "" and reverses(asked, low) for low in lows])
    if asks_link(asked):  # "is restless legs linked to dopamine": a sentence stating a link
        evidence += w.cause_penalty * _states_link(index, asked, lows, pids)
    kind = None  # the sentences a question's kind asks for: a first quote around one stays first
    if asks_linked_list(asked):  # "what illnesses are tied to low dopamine": a sentence naming them
        kind = _links_conditions(lows, pids)
        evidence += w.cause_penalty * kind
    if asks_who(asked):  # "who should i see": a sentence naming a professional answers
        evidence += w.cause_penalty * np.array([names_professional(low) for low in lows])
    leads = _list_leads(index, asked, lows, heads, pids, cos, oks, settings)
    evidence += w.list_bonus * leads
    if how.get("lead"):  # a question asked alone: the answer after the article's own question
        evidence += w.echo_bonus * after_echo(cos, lows, pids, w.echo_cosine, text)
    leader = clear_lead(cos, pids, oks, w.sentence_lead) if how.get("lead") else None
    if leader is not None:
        evidence[leader] = evidence.max() + 1e-3
    evidence = np.where(np.array(oks), evidence, -1.0)
    first = dict(zip(cands, accumulate([0, *counts]), strict=False))  # a passage's first row
    hits = windows(index, rows, pids, first, evidence, support, own, bm, settings, kind)
    if leads.any():
        hits = _lists_supported(index, hits, rows, pids, leads, support, own, oks)
    return [replace(h, continues=continues) for h in hits] if continues else hits


def _list_leads(index, asked, lows, heads, pids, cos, oks, settings: Settings) -> np.ndarray:
    """1.0 for the lead-ins of the lists a list question asks for (`app.lists`), in passages
    whose best answering sentence supports the question (`support_below`): a list in a passage
    that does not is not lifted, lest it cost a covered question its answer; 0.0 elsewhere."""
    if not asks_list(asked):
        return np.zeros(len(lows))
    titles = {pid: index.passages[pid].title for pid in set(pids)}
    known = lambda t: index.lexical.idf(t) > 0  # noqa: E731
    lead = np.array(list_lead(asked, lows, heads, pids, known, titles))
    best = _passage_best(pids, cos, oks)
    return lead * np.array([best[pid] >= settings.support_below for pid in pids])


def _passage_best(pids, values, oks) -> dict[int, float]:
    """Each passage's best value among its answering sentences (-1 when it has none)."""
    best: dict[int, float] = {}
    for pid, v, ok in zip(pids, values, oks, strict=True):
        best[pid] = max(best.get(pid, -1.0), float(v) if ok else -1.0)
    return best


def _lists_supported(index, hits, rows, pids, leads, cos, own, oks) -> list[Hit]:
    """A quote that holds a lifted list's lead-in answers with its passage's support: the lead-in
    says what the list is ("Physical symptoms ... include:") but not of what (its section
    heading says "... Dopamine: Signs and Symptoms"), so its own cosine understates it."""
    best, best_own = _passage_best(pids, cos, oks), _passage_best(pids, own, oks)
    at = {}
    for i in np.flatnonzero(leads):
        s = index.sentences.rows[rows[i]]
        at.setdefault(pids[i], []).append(s.start)
    out = []
    for h in hits:
        p = h.passage
        pid = next((q for q in at if index.passages[q] is p), None)
        if h.span and pid is not None and any(h.span[0] <= x < h.span[1] for x in at[pid]):
            h = replace(h, support=max(h.support, best[pid]), own=max(h.own, best_own[pid]))
        out.append(h)
    return out


def _links_conditions(lows: list[str], pids: list[int]) -> np.ndarray:
    """1.0 for the sentences that link a thing to conditions (`app.together.links_conditions`)
    and for the sentence before one of them that refers back to it in the same passage ("This
    medical condition is connected to low dopamine levels." before "It's linked to many other
    diagnoses, ..."): the quote holds both, and the one that names the thing anchors it."""
    found = np.array([float(links_conditions(low)) for low in lows])
    for i in range(1, len(lows)):
        if found[i] and pids[i] == pids[i - 1] and REFERS_BACK.match(lows[i]):
            found[i - 1] = 1.0
    return found


def _states_link(index: Index, question: str, lows: list[str], pids: list[int]) -> np.ndarray:
    """1.0 for the sentences that state a link (`app.together`) and name the question's rarest
    content word the articles use, the words that ask for the link aside (the other thing asked
    about: "restless" of "is low dopamine linked to restless legs"; not "low" when the question
    names "addiction"), 0 for the others."""
    known = [(index.lexical.idf(t), t) for t in content_terms(ASKS_LINK.sub(" ", question))]
    known = [k for k in known if k[0] > 0]
    if not known:
        return np.zeros(len(lows))
    rarest = max(known)[1]
    return np.array([float(states_link(low) and rarest in low) for low in lows])


def _definition(index: Index, question: str, lows: list[str], pids: list[int]) -> np.ndarray:
    """1.0 for the sentences that say what a "what is X" question's X is (`app.defines`) when
    they are all in one article: the one place the articles define it. Where several articles
    define X (MEDIQA's "What is Stroke?"), the ranking chooses among them: 0 everywhere."""
    head = defined(question) if question else ""
    found = np.array([bool(head) and defines(head, low) for low in lows], dtype=float)
    docs = {index.passages[pid].doc_id for pid, f in zip(pids, found, strict=True) if f}
    return found if len(docs) == 1 else np.zeros(len(lows))


def _for_the_cause(
    index: Index, cause: tuple[frozenset[str], bool] | None, lows: list[str], pids: list[int]
) -> np.ndarray:
    """For a cause question (`cause`: what it asks the cause of, and whether it asks by a word
    of causing, `app.causes.cause_named`; None for other questions): -1.0 for the sentences that
    speak of a cause without saying what causes the thing asked about (finding a cause out, the
    thing itself the cause), +1.0 for one that names a cause of it, in a passage whose article
    title or section names it, when the question asks by a word of causing ("Parkinson's disease
    may also lead to low levels of dopamine" under "Causes of Dopamine Transporter Deficiency";
    not "high blood pressure can cause a stroke" in an article on blood pressure) and for the
    one that answers its article's own question for that thing's causes ("What can cause
    deficiency of dopamine? Low levels of dopamine can be the result of ..."); 0 everywhere for
    other questions."""
    if cause is None:
        return np.zeros(len(lows))
    subject, named = cause
    out = [-float(finds_cause(low) or is_the_cause(subject, low)) for low in lows]
    for i in range(1, len(lows)):
        if pids[i] == pids[i - 1] and answers_after(subject, lows[i - 1]):
            out[i] += 1.0
    if not named:
        return np.array(out)
    about = _about_the_causes(index, subject, set(pids))
    return np.array(
        [
            o or float(pid in about and gives_cause(subject, low))
            for o, low, pid in zip(out, lows, pids, strict=True)
        ]
    )


def _about_the_causes(index: Index, subject: frozenset[str], pids: set[int]) -> set[int]:
    """The passages whose article title or section names every stem of the `subject` and a cause
    ("Causes of Dopamine Transporter Deficiency"; MEDIQA's "What causes Stroke?", not the overview
    "What is Stroke?"); when no candidate has such a heading, those whose heading names the
    subject (the exercise article, "... Improves Symptoms of Depression", for the causes of
    depression). Not "Impacted tooth (Causes)" for the causes of tooth loss."""
    heads = {pid: f"{index.passages[pid].title} {index.passages[pid].section}" for pid in pids}
    named = {pid for pid, head in heads.items() if subject <= set(terms(head))}
    causes = {pid for pid in named if asks_cause(heads[pid])}
    return causes or named


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


def _passage_cosines(index: Index, pids: list[int], qvec: np.ndarray) -> np.ndarray:
    """Each passage's cosine to the question: one `reconstruct_batch`, then one dot product per
    passage (the same float32 `np.dot` as one `reconstruct` each, which this replaces)."""
    vectors = index.vectors.reconstruct_batch(np.asarray(pids, dtype=np.int64))
    return np.array([float(np.dot(v, qvec)) for v in vectors])


def _weights(index: Index, question: str) -> dict[str, float]:
    """The question's known stems with their rarity (BM25 idf). Question words stay: dropping them
    (key words only) won 3 tune questions but lost 5 of 104 short MEDIQA questions at hit@1."""
    stems = {_noun_of(index, t) for t in terms(question)}
    return {t: idf for t in stems if (idf := index.lexical.idf(t)) > 0}


def _noun_of(index: Index, stem: str) -> str:
    """An adjective in -y the articles never use, as the noun they use ("riski" of "risky" as
    "risk", "moodi" as "mood"); any other stem as it is."""
    if len(stem) > 4 and stem.endswith("i") and index.lexical.idf(stem) <= 0:
        return stem[:-1]
    return stem


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
