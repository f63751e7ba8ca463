"""Sentence evidence: which sentences of a passage answer the question, and the quote around them.

Pure functions over scores and spans (no model, no index I/O). A passage's evidence combines its
own cosine, its best sentence's cosine and its BM25 score; the quote is the answering sentences
with the verbatim context a reader needs: the sentence before one that refers back ("It can
cause..."), a list with its lead-in, never a promotional or furniture sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from app.concepts import FUNCTION
from app.lexical import terms
from app.records import Sentence

REFERS_BACK = re.compile(
    r"^(?:it|its|it’s|it's|this|that|these|those|they|them|their|such|there|here|then|also|"
    r"however|but|and|or|so|as a result|for example|in fact|first|finally|the (?:drug|condition|"
    r"disease|study|degenerative|same|latter|former))\b",
    re.I,
)
ITEM = re.compile(r"\s*(?:[-*+•▪●◦‣·]|\d{1,3}[.)])\s+")
ANNOUNCES = re.compile(
    r"\b(?:a few|several|many|some|a number of|various|different|two|three|four|five)\b"
    r"[^.]{0,40}\b(?:ways|things|reasons|causes|factors|options|methods|steps|tips|signs|"
    r"symptoms|treatments|types|kinds)\b[^.]{0,60}\.$|:$",
    re.I,
)
CONTENT_WORD = re.compile(r"[a-z][a-z'’]*")
LIST_WORDS = 150  # a list longer than this is quoted with its lead-in up to the chosen items
# A paragraph of one sentence of at most this many words right after the quoted paragraph goes on
# with its thought (web writers break paragraphs anywhere): it is quoted too when the whole stays
# within the quote's `high` words. 30 on the fourteen seed files: useful@1 +21, useful@3 +7 of
# 1,222, MedQuAD dev hit@1 0.80 -> 0.81; 25: +8; 40 and no limit: one more over-abstention
# (BENCHMARKS.md section 10, "Task 9p").
LONE_WORDS = 30


# A sentence that only grants the reader's wish or wonder, ending on it ("If you're low in
# dopamine, it makes sense you'd want to raise it.", "You may be wondering why."): it restates the
# question and answers nothing.
GRANTS = re.compile(
    r"(?:\bit(?:'|’)?s|\bit\s+is|\bit\s+makes)\s+(?:sense|natural|normal|understandable)\s+"
    r"(?:that\s+)?(?:you(?:'|’)d|you\s+would|you\s+might|to)\s+want\s+to(?:\s+\w+){1,4}\W*$"
    r"|\byou(?:\s+may|\s+might|(?:'|’)re|\s+are)\s+(?:be\s+|probably\s+)?wondering\b[^.]{0,40}\.?$",
    re.I,
)


def is_answer(text: str) -> bool:
    """A sentence that can answer: not a question ("What can cause this?"), not a lone word, not
    one that only grants what the reader wants or wonders (`GRANTS`)."""
    t = text.rstrip('"”’) ')
    return not t.endswith("?") and len(t.split()) >= 2 and not GRANTS.search(t)


def answering(scores: Sequence[float], texts: Sequence[str], margin: float) -> list[int]:
    """Positions (within a passage) of the sentences that answer: the best answer-like one and any
    other within `margin` of it."""
    ok = [i for i, t in enumerate(texts) if is_answer(t)] or list(range(len(texts)))
    if not ok:
        return []
    best = max(scores[i] for i in ok)
    return [i for i in ok if scores[i] >= best - margin]


def clear_lead(
    scores: Sequence[float], owners: Sequence[int], ok: Sequence[bool], margin: float
) -> int | None:
    """The position of the answer-like sentence whose score leads every answer-like sentence of
    the other passages (`owners`) by at least `margin` ("First, dopamine is created in specific
    regions of the brain." for "where is dopamine made", in a passage about causes); None when
    none does, or `margin` is 0."""
    if not margin:
        return None
    c = np.where(np.asarray(ok, dtype=bool), np.asarray(scores, dtype=float), -np.inf)
    if not np.isfinite(c).any():
        return None
    best = int(np.argmax(c))
    others = c[np.asarray(owners) != owners[best]]
    return best if len(others) and c[best] - others.max() >= margin else None


def after_echo(
    scores: Sequence[float], texts: Sequence[str], owners: Sequence[int], floor: float, asked: str
) -> np.ndarray:
    """1.0 for the sentence right after an article's own question that echoes the reader's
    (`asked`) in the same passage: its cosine at least `floor` and every content word of it in
    the reader's question ("How do you fix low dopamine?" for "how do i fix low dopamin"; not
    for "how do i get my dopamine back to normal", nor "What can cause deficiency of dopamine?"
    for "what conditions are linked to dopamine deficiency"). The article answers its question
    next. 0 elsewhere, or when `floor` is 0."""
    out = np.zeros(len(texts))
    if not floor:
        return out
    wanted = set(content_terms(asked))
    for i in range(1, len(texts)):
        t = texts[i - 1]
        if owners[i] != owners[i - 1] or scores[i - 1] < floor:
            continue
        if t.rstrip(' "”’)').endswith("?") and set(content_terms(t)) <= wanted:
            out[i] = 1.0
    return out


def content_terms(text: str) -> list[str]:
    """The stems of a text's words that are not function words ("how do you fix low dopamine?":
    fix, low, dopamin)."""
    words = [w for w in CONTENT_WORD.findall(text.lower()) if w not in FUNCTION]
    return terms(" ".join(words))


def quote_window(text: str, sents: Sequence[Sentence], chosen: Sequence[int]) -> tuple[int, int]:
    """The span (article coordinates) to quote for the chosen sentence positions of one passage:
    the chosen sentences, the list they belong to with its lead-in, the sentence before one that
    refers back; cut at any sentence that is not quotable ("text")."""
    if not chosen:
        return (sents[0].start, sents[0].end) if sents else (0, 0)
    group = _best_group(chosen)
    lo, hi = group[0], group[-1]
    lo, hi = _with_list(text, sents, lo, hi)
    if lo > 0 and REFERS_BACK.match(text[sents[lo].start : sents[lo].end]):
        lo -= 1
    lo, hi = _quotable(sents, lo, hi, group[0])
    return sents[lo].start, sents[hi].end


def _best_group(chosen: Sequence[int], gap: int = 1) -> list[int]:
    """The first run of chosen positions no more than `gap` sentences apart (best first)."""
    ordered = sorted(chosen)
    anchor = chosen[0]
    groups, cur = [], [ordered[0]]
    for i in ordered[1:]:
        if i - cur[-1] <= gap + 1:
            cur.append(i)
        else:
            groups.append(cur)
            cur = [i]
    groups.append(cur)
    return next(g for g in groups if anchor in g)


def in_item(text: str, s: Sentence) -> bool:
    """Sentence s lies in a list item (its block starts with a bullet or a number)."""
    block = text.rfind("\n\n", 0, s.start)
    return bool(ITEM.match(text, 0 if block < 0 else block + 2))


def is_lead_in(text: str, s: Sentence) -> bool:
    return text[s.start : s.end].rstrip().endswith(":")


def _with_list(text: str, sents: Sequence[Sentence], lo: int, hi: int) -> tuple[int, int]:
    """Grow [lo, hi] to the list it touches with the lead-in before it; a long list only up to
    the chosen items."""
    touch = [i for i in range(lo, hi + 1) if in_item(text, sents[i]) or is_lead_in(text, sents[i])]
    if not touch:
        return lo, hi
    start = touch[0]
    while start > 0 and in_item(text, sents[start]):
        if not (in_item(text, sents[start - 1]) or is_lead_in(text, sents[start - 1])):
            break
        start -= 1
    end = touch[-1]
    while end + 1 < len(sents) and in_item(text, sents[end + 1]):
        end += 1
    if _words(text, sents, start, end) > LIST_WORDS:
        end = max(hi, touch[-1])
    return min(start, lo), max(end, hi)


def _words(text: str, sents: Sequence[Sentence], lo: int, hi: int) -> int:
    return len(text[sents[lo].start : sents[hi].end].split())


def _quotable(sents: Sequence[Sentence], lo: int, hi: int, anchor: int) -> tuple[int, int]:
    """Shrink [lo, hi] around `anchor` so that every sentence in it is quotable."""
    a = anchor
    while a > lo and sents[a - 1].kind == "text":
        a -= 1
    b = anchor
    while b < hi and sents[b + 1].kind == "text":
        b += 1
    return a, b


def grow(text: str, sents: Sequence[Sentence], span: tuple[int, int], low: int, high: int):
    """Positions [a, b] of the sentences to quote: those in `span`, grown within their paragraph to
    at least `low` words, then to the whole paragraph if it fits in `high` words, then to a short
    paragraph of one sentence right after it if the whole still fits (`LONE_WORDS`); a paragraph
    that ends with a lead-in (':') takes its list."""
    inside = [i for i, s in enumerate(sents) if span[0] <= s.start and s.end <= span[1]]
    a, b = inside[0], inside[-1]
    while _words(text, sents, a, b) < low:
        if _joins(text, sents, b, b + 1):
            b += 1
        elif _joins(text, sents, a - 1, a):
            a -= 1
        else:
            break
    grown = True
    while grown:
        grown = False
        if _joins(text, sents, b, b + 1) and _words(text, sents, a, b + 1) <= high:
            b, grown = b + 1, True
        if _joins(text, sents, a - 1, a) and _words(text, sents, a - 1, b) <= high:
            a, grown = a - 1, True
    if _lone_next(text, sents, b) and _words(text, sents, a, b + 1) <= high:
        b += 1
    # (a lead-in is left to `_with_list` below, which takes its whole list, not only the first item:
    # "Luckily, there are a few ways ... Here's what you can try:" then both items, fourth session
    # of 2026-12-06)
    while (
        _announces(text, sents[b])
        and not is_lead_in(text, sents[b])
        and b + 1 < len(sents)
        and sents[b + 1].kind == "text"
    ):
        nb = b + 1
        while _joins(text, sents, nb, nb + 1):
            nb += 1
        if _words(text, sents, a, nb) > LIST_WORDS:
            break
        b = nb
    if is_lead_in(text, sents[b]):
        lo, hi = _with_list(text, sents, b, b)
        a, b = min(a, lo), max(b, _quotable(sents, lo, hi, b)[1])
    return a, b


def _lone_next(text: str, sents: Sequence[Sentence], b: int) -> bool:
    """The sentence after b is quotable and a paragraph of its own, that one sentence of at most
    `LONE_WORDS` words, not a list item, and b ends its own quotable paragraph."""
    j = b + 1
    if j >= len(sents) or sents[j].kind != "text" or sents[b].kind != "text":
        return False
    if "\n\n" not in text[sents[b].end : sents[j].start] or in_item(text, sents[j]):
        return False
    alone = j + 1 >= len(sents) or "\n\n" in text[sents[j].end : sents[j + 1].start]
    return alone and _words(text, sents, j, j) <= LONE_WORDS


def _announces(text: str, s: Sentence) -> bool:
    """A sentence that promises what comes next ("there are a few ways...", "...include:")."""
    return bool(ANNOUNCES.search(text[s.start : s.end]))


def _joins(text: str, sents: Sequence[Sentence], i: int, j: int) -> bool:
    """Sentences i and j (j = i + 1) are both quotable and in the same paragraph."""
    if i < 0 or j >= len(sents):
        return False
    same_block = "\n\n" not in text[sents[i].end : sents[j].start]
    return same_block and sents[i].kind == "text" and sents[j].kind == "text"
