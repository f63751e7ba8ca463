"""Article + its passages -> a readable HTML page, escaped here, where every passage is a
`<section id="p-...">` spanning the passage's text, so `/articles/<doc_id>#<anchor>` opens the page
at the quoted passage (highlighted with CSS :target).

How: each block (heading, paragraph, list item) is cut at passage boundaries; the pieces are
grouped by the passage holding them. Overlapping passages are clipped at the previous one's end."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from html import escape
from itertools import groupby

from app.records import Article, Block, Passage
from app.web.markup import esc, nice_date, page

_BULLETS = set("•·‣◦▪–-*")


@dataclass(frozen=True)
class _Piece:
    kind: str
    level: int
    text: str
    owner: int  # index of the passage holding this piece, -1 when outside every passage
    continued: bool  # True when the piece is not the start of its block
    pos: int  # where the piece starts in the article text


def article_page(article: Article, passages: list[Passage], site_title: str, root: str = "") -> str:
    body = render_body(article, passages)
    return page(
        f"{article.title} · {site_title}",
        f'<article aria-labelledby="title">{header_html(article)}{body}</article>',
        root,
    )


def header_html(article: Article) -> str:
    meta = [esc(x) for x in (article.author, article.publisher) if x]
    when = nice_date(article.published)
    if when:
        meta.append(f'<time datetime="{escape(article.published)}">{esc(when)}</time>')
    out = f'<header><h1 id="title">{esc(article.title)}</h1>'
    if meta:
        out += f'<p class="meta">{" · ".join(meta)}</p>'
    if re.match(r"^https?://", article.url):
        url = escape(article.url)
        out += f'<p class="meta">Original: <a href="{url}" rel="noopener noreferrer">{url}</a></p>'
    return out + "</header>"


def render_body(article: Article, passages: list[Passage]) -> str:
    ordered = sorted(passages, key=lambda p: (p.start, p.end))
    spans = _passage_spans(ordered)
    pieces = [p for block in _blocks(article) for p in _cut(article, block, spans)]
    pieces = _drop_title(pieces, article.title) + _orphans(article, spans, pieces)
    pieces.sort(key=lambda p: p.pos)
    out = []
    for owner, run in groupby(pieces, key=lambda p: p.owner):
        inner = _pieces_html(list(run))
        if owner < 0:
            out.append(inner)
        else:
            anchor = escape(ordered[owner].anchor)
            out.append(f'<section id="{anchor}" class="passage" tabindex="-1">{inner}</section>')
    return "".join(out)


def _passage_spans(ordered: list[Passage]) -> list[tuple[int, int]]:
    spans, last = [], 0
    for passage in ordered:
        start = max(passage.start, last)
        spans.append((start, max(start, passage.end)))
        last = max(last, passage.end)
    return spans


def _blocks(article: Article) -> tuple[Block, ...]:
    if article.blocks:
        return article.blocks
    found = re.finditer(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*$)", article.text, re.S)
    return tuple(Block("paragraph", m.start(), m.end()) for m in found)


def _cut(article: Article, block: Block, spans: list[tuple[int, int]]) -> list[_Piece]:
    inner = {x for span in spans for x in span if block.start < x < block.end}
    points = sorted({block.start, block.end, *inner})
    starts = [s for s, _ in spans]
    pieces = []
    for a, b in zip(points, points[1:], strict=False):
        text = article.text[a:b].strip()
        if not text:
            continue
        i = bisect.bisect_right(starts, a) - 1
        owner = i if i >= 0 and spans[i][0] <= a < spans[i][1] else -1
        pieces.append(_Piece(block.kind, block.level, text, owner, a > block.start, a))
    return pieces


def _orphans(article: Article, spans: list[tuple[int, int]], pieces: list[_Piece]) -> list[_Piece]:
    """Passages no block overlaps still get their section (their own text as one paragraph)."""
    owned = {p.owner for p in pieces}
    return [
        _Piece("paragraph", 0, article.text[s:e].strip(), i, False, s)
        for i, (s, e) in enumerate(spans)
        if i not in owned
    ]


def _drop_title(pieces: list[_Piece], title: str) -> list[_Piece]:
    """The title is the page's <h1>; drop its repetition as the text's first heading."""
    first = pieces[0] if pieces else None
    if first and first.kind == "heading" and first.owner == -1 and first.text == title.strip():
        return pieces[1:]
    return pieces


def _pieces_html(pieces: list[_Piece]) -> str:
    out: list[str] = []
    for is_item, run in groupby(pieces, key=lambda p: p.kind == "item"):
        run = list(run)
        if not is_item:
            out.extend(_piece_html(p) for p in run)
            continue
        marked = all(p.continued or p.text[:1] in _BULLETS for p in run)  # text has its own bullets
        items = "".join(_piece_html(p) for p in run)
        out.append(f'<ul class="marked">{items}</ul>' if marked else f"<ul>{items}</ul>")
    return "".join(out)


def _piece_html(piece: _Piece) -> str:
    cls = ' class="cont"' if piece.continued else ""
    if piece.kind == "heading":
        level = min(6, max(2, piece.level + 1))
        return f"<h{level}{cls}>{esc(piece.text)}</h{level}>"
    tag = "li" if piece.kind == "item" else "p"
    return f"<{tag}{cls}>{esc(piece.text)}</{tag}>"
