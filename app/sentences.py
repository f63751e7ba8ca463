"""Passages -> sentences: the evidence units the index embeds besides its passages.

Each sentence is a span of the cleaned article inside one passage, with its kind: "text" (health
content, quotable) or why it is never quoted (`app.furniture`). Abbreviations ("Dr.", "e.g.",
"et al.") and list numbers ("1.") do not end a sentence here. A block (paragraph or list item) that
holds a disclaimer, a sourcing policy or a citation is furniture as a whole; a selling sentence
inside a medical paragraph is marked alone. Out of scope: embedding (the build does it) and
choosing quotes (`app.evidence`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from app.evidence import in_item, is_lead_in
from app.furniture import section_kind, sentence_kind
from app.records import Article, Passage, Sentence
from app.split import Span, sentence_spans

CONTINUES = re.compile(
    r"(?:\b(?:Dr|Drs|Mr|Mrs|Ms|Prof|Sr|Jr|St|vs|al|vol|Vol|Fig|approx|No|e\.g|i\.e|U\.S)\.|"
    r"^\s*\(?\d{1,3}[.)]|\b[A-Z]\.)$"
)
WHOLE_BLOCK = ("disclaimer", "sourcing", "reference")
SHORT_BLOCK = 60  # words: a citation marks its whole block only in blocks this short


def spans(text: str, start: int, end: int) -> list[Span]:
    """Sentence spans of text[start:end] (text coordinates), not cut after abbreviations."""
    out: list[Span] = []
    for a, b in sentence_spans(text, start, end):
        prev = out[-1] if out else None
        if prev and CONTINUES.search(text[prev[0] : prev[1]]) and "\n\n" not in text[prev[1] : a]:
            out[-1] = (prev[0], b)
        else:
            out.append((a, b))
    return out


def split_sentences(article: Article, passages: Sequence[Passage], first_row: int = 0):
    """Sentences of an article's passages, in order; `first_row` is the row of passages[0]."""
    kinds = _block_kinds(article)
    starts = [b.start for b in article.blocks]
    out: list[Sentence] = []
    for row, p in enumerate(passages, first_row):
        furniture = section_kind(p.section)
        for a, b in spans(article.text, p.start, p.end):
            kind = furniture if furniture != "text" else kinds.get(bisect_right(starts, a) - 1)
            if kind is None:
                kind = sentence_kind(article.text[a:b])
                kind = "text" if kind == "reference" else kind  # citations: whole short blocks
            out.append(Sentence(row, a, b, kind))
    return _orphans(article.text, out)


def _orphans(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """A lead-in whose list the page lost ("Common symptoms include:" and then nothing) says
    nothing on its own: it is marked "fragment" and never quoted."""
    out = list(sentences)
    for i, s in enumerate(sentences):
        if s.kind == "text" and is_lead_in(text, s) and not _items_after(text, sentences, i):
            out[i] = Sentence(s.passage, s.start, s.end, "fragment")
    return out


def _block_kinds(article: Article) -> dict[int, str]:
    """Block index -> furniture kind for blocks that are furniture as a whole."""
    kinds = {}
    for i, block in enumerate(article.blocks):
        if block.kind == "heading":
            continue
        text = article.block_text(block)
        found = [sentence_kind(article.text[a:b]) for a, b in spans(article.text, *_span(block))]
        for kind in WHOLE_BLOCK:
            if kind in found and (kind != "reference" or len(text.split()) <= SHORT_BLOCK):
                kinds[i] = kind
                break
    return kinds


def _span(block) -> Span:
    return block.start, block.end


def _items_after(text: str, sentences: Sequence[Sentence], i: int) -> list[Sentence]:
    items = []
    for s in sentences[i + 1 :]:
        if s.passage != sentences[i].passage or not in_item(text, s):
            break
        items.append(s)
    return items
