"""Article -> passages: heading-aware, sentence-aligned, stable ids.

A passage never crosses a heading. Blocks are packed greedily up to `max_words`; a paragraph longer
than that is cut at sentence ends; a list stays with the sentence that introduces it. Each passage
is a span of the article's cleaned text, so its text is an exact substring by construction.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator

from app.records import Article, Passage

SENTENCE = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")

Span = tuple[int, int]


BLOCK_BREAK = re.compile(r"\n\s*\n")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans of text[start:end], in text coordinates, whitespace trimmed. A blank line
    (a block boundary: list items, paragraphs) always ends a sentence."""
    end = len(text) if end is None else end
    spans, pos = [], start
    for match in BLOCK_BREAK.finditer(text, start, end):
        spans += _sentences(text, pos, match.start())
        pos = match.end()
    return spans + _sentences(text, pos, end)


def _sentences(text: str, start: int, end: int) -> list[Span]:
    spans, pos = [], start
    for match in SENTENCE.finditer(text, start, end):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, end))
    return [_trim(text, a, b) for a, b in spans if text[a:b].strip()]


def _trim(text: str, a: int, b: int) -> Span:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _words(text: str, span: Span) -> int:
    return len(text[span[0] : span[1]].split())


def sections(article: Article) -> Iterator[tuple[str, list[list[Span]]]]:
    """(heading text, units) for each section; a unit is a list intro with its items, or a
    paragraph, as a list of block spans."""
    heading, units = "", []
    for block in article.blocks:
        span = (block.start, block.end)
        if block.kind == "heading":
            if units:
                yield heading, units
            heading, units = article.text[block.start : block.end], []
        elif block.kind == "item" and units and _takes_items(article.text, units[-1]):
            units[-1].append(span)
        else:
            units.append([span])
    if units:
        yield heading, units


def _takes_items(text: str, unit: list[Span]) -> bool:
    """A unit takes the next list item if it is a list or ends with an introducing colon."""
    last = unit[-1]
    return len(unit) > 1 or text[last[0] : last[1]].rstrip().endswith(":") or _is_item(text, last)


def _is_item(text: str, span: Span) -> bool:
    from app.clean import is_item

    return is_item(text[span[0] : span[1]])


def pieces(text: str, unit: list[Span], max_words: int) -> list[Span]:
    """Cut one unit into spans of at most `max_words` (a single long sentence stays whole)."""
    parts = unit if len(unit) > 1 else sentence_spans(text, *unit[0])
    out, cur, count = [], None, 0
    for span in parts:
        n = _words(text, span)
        if cur and count + n > max_words:
            out.append(cur)
            cur, count = None, 0
        cur = (cur[0], span[1]) if cur else span
        count += n
    if cur:
        out.append(cur)
    return out


def pack(text: str, units: list[list[Span]], min_words: int, max_words: int) -> list[Span]:
    """Greedily join units (cut to size) into spans of about min..max words."""
    spans: list[Span] = []
    for unit in units:
        whole = (unit[0][0], unit[-1][1])
        spans.extend([whole] if _words(text, whole) <= max_words else pieces(text, unit, max_words))
    out: list[Span] = []
    for span in spans:
        if out:
            joined = (out[-1][0], span[1])
            small = _words(text, out[-1]) < min_words or _words(text, span) < min_words
            if small and _words(text, joined) <= max_words:
                out[-1] = joined
                continue
        out.append(span)
    return out


def anchor_for(doc_id: str, text: str) -> str:
    return "p-" + hashlib.sha1(f"{doc_id}\0{text}".encode()).hexdigest()[:10]


def split_article(article: Article, min_words: int = 40, max_words: int = 160) -> list[Passage]:
    passages: list[Passage] = []
    used: set[str] = set()
    for heading, units in sections(article):
        for start, end in pack(article.text, units, min_words, max_words):
            text = article.text[start:end]
            anchor = base = anchor_for(article.doc_id, text)
            n = 2
            while anchor in used:
                anchor, n = f"{base}-{n}", n + 1
            used.add(anchor)
            passages.append(
                Passage(
                    passage_id=f"{article.doc_id}#{anchor}",
                    doc_id=article.doc_id,
                    anchor=anchor,
                    title=article.title,
                    section=heading,
                    start=start,
                    end=end,
                    text=text,
                    publisher=article.publisher,
                    author=article.author,
                    published=article.published,
                    url=article.url,
                )
            )
    return passages
