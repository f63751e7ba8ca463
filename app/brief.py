"""Sentences that restate their article in brief; a body quote first when it says the same.

An article often says its point twice: once in brief (an introduction before its first heading, a
key-points list whose items each restate a later or earlier passage, a teaser that promises what
follows: "there are a few ways you can ...") and once in full, in its body. The brief sentence is
close to every question on its topic, so the model's cosine often puts it first although the body
sentence answers. `body_first` reorders the first quotes: a brief first quote yields to a body
quote of the same article, among the next few, that makes the same point (their sentences close),
with comparable support and evidence. Pure functions over the index's passages, sentences and
vectors; which sentences are brief depends on the text only and is memoized per passage.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from app.evidence import ITEM, in_item, is_lead_in

# A sentence that promises what follows without saying it ("Luckily, there are a few ways you can
# raise your levels.", "Here's everything you need to know about ..."); a lead-in (":") is not one
# (its quote takes its list), nor one that names them ("... such as ...").
TEASES = re.compile(
    r"\bthere\s+are\s+(?:a\s+few|several|many|some|a\s+number\s+of|various|different|\w+)\s+"
    r"(?:\w+\s+)?(?:ways|things|steps|tips|options|methods)\b"
    r"(?:(?!\b(?:such\s+as|including|like|namely)\b)[^.:])*\.\s*$"
    r"|\bhere(?:'|’)?s\s+(?:everything|all|what)\s+you\s+(?:need\s+to|should|want\s+to)\s+know\b"
    r"|\b(?:read\s+on|(?:see|explained|covered|listed)\s+below)\b",
    re.I,
)
RESTATES = 0.6  # a list item restates a passage when a sentence there is this close to it
KEY_POINTS = 2 / 3  # share of a list's items that restate other passages: a key-points list
MIN_ITEMS = 3
SAME_POINT = 0.5  # two sentences make the same point (cosine)
SUPPORT_MARGIN = 0.05  # the body quote's support may be this much under the brief one's
# and its evidence this much under (0.1 until task 9y: 0.09 kept an introduction that answers
# first on five more seed questions; BENCHMARKS.md section 10)
EVIDENCE_MARGIN = 0.09
LOOK = 3  # quotes considered: the first and the next two


def brief_rows(index, pid: int, vectors: Callable[[list[int]], np.ndarray]) -> frozenset[int]:
    """Sentence rows of passage `pid` that restate its article in brief (memoized)."""
    memo = index.sentences.memo
    key = ("brief", pid)
    if key not in memo:
        memo[key] = frozenset(_brief(index, pid, vectors))
    return memo[key]


def _brief(index, pid: int, vectors) -> list[int]:
    p = index.passages[pid]
    start = index.sentences.start
    rows = list(range(int(start[pid]), int(start[pid + 1])))
    text = index.articles[p.doc_id].text
    sents = [index.sentences.rows[r] for r in rows]

    if _introduction(index, pid):
        return rows
    out = [r for r, s in zip(rows, sents, strict=True) if TEASES.search(text[s.start : s.end])]
    return out + _key_points(index, pid, rows, sents, text, vectors)


def _introduction(index, pid: int) -> bool:
    """The article's first passage, before any heading of its own (its section is the title)."""
    p = index.passages[pid]
    first = pid == 0 or index.passages[pid - 1].doc_id != p.doc_id
    return first and p.section in ("", p.title) and _passages_of(index, p.doc_id)[-1] > pid


def _key_points(index, pid, rows, sents, text, vectors) -> list[int]:
    """The items (and lead-in) of a list in the passage whose items mostly each restate a
    sentence of another passage of the article."""
    items = [r for r, s in zip(rows, sents, strict=True) if s.kind == "text" and in_item(text, s)]
    if len(items) < MIN_ITEMS:
        return []
    others = [
        r
        for q in _passages_of(index, index.passages[pid].doc_id)
        if q != pid
        for r in range(int(index.sentences.start[q]), int(index.sentences.start[q + 1]))
        if index.sentences.rows[r].kind == "text"
    ]
    if not others:
        return []
    close = (vectors(items) @ vectors(others).T).max(axis=1) >= RESTATES
    if close.mean() < KEY_POINTS:
        return []
    at = rows.index(items[0])
    lead = [rows[at - 1]] if at and is_lead_in(text, sents[at - 1]) else []
    return lead + items


def _passages_of(index, doc_id: str) -> list[int]:
    memo = index.sentences.memo
    if "doc_pids" not in memo:
        by: dict[str, list[int]] = {}
        for i, p in enumerate(index.passages):
            by.setdefault(p.doc_id, []).append(i)
        memo["doc_pids"] = by
    return memo["doc_pids"][doc_id]


def body_first(found: list, brief: Callable[[int, int], bool], vectors) -> list:
    """`found`: (hit, passage row, anchor sentence row, the rows it emphasizes) of the quote
    windows, best first. A brief first quote (its anchor brief) goes second, behind the first
    body quote of the same article among the next `LOOK - 1` whose anchor makes the same point as
    a sentence the brief quote emphasizes (one that answers, not any other it shows: "The benefits
    of activity ... over the long haul" is not the point of a body sentence on treating
    depression), with comparable support and evidence; that quote takes the brief one's evidence
    (a tie, body first), so the order and the scores shown agree."""
    if len(found) < 2 or not brief(found[0][1], found[0][2]):
        return found
    a, _, _, answers = found[0]
    for j in range(1, min(LOOK, len(found))):
        b, pb, rb, _ = found[j]
        if b.passage.doc_id != a.passage.doc_id or brief(pb, rb) or _goes_on(a, b):
            continue
        if b.support < a.support - SUPPORT_MARGIN or b.score < a.score - EVIDENCE_MARGIN:
            continue
        if float((vectors(answers) @ vectors([rb])[0]).max()) >= SAME_POINT:
            lifted = (replace(b, score=a.score, fused=a.fused), *found[j][1:])
            return [lifted] + [f for i, f in enumerate(found) if i != j]
    return found


def _goes_on(a, b) -> bool:
    """Quote b goes on after quote a in the same passage, and a shows a list: a teaser quoted
    with the list it promises ("There are even natural methods ... Here's what you can try: •
    Eat a diet rich in ...") is the answer, not a restatement, and the sentence after the list
    ("Certain supplements are also thought to help ...") adds to it, unless that sentence is
    the closer to the question ("what supplements boost dopamine")."""
    if a.passage.passage_id != b.passage.passage_id or b.span[0] < a.span[1]:
        return False
    if b.support > a.support:  # the sentence after is closer to the question: "what supplements"
        return False
    p = a.passage
    shown = p.text[a.span[0] - p.start : a.span[1] - p.start]
    return any(ITEM.match(block) for block in shown.split("\n\n"))
