"""Reply -> the chat message HTML and a plain-text copy. Built from the Quote records, never from
`Reply.markdown`: every piece of text is escaped here, so nothing a user types and nothing in an
article can become markup. The HTML is emitted on one line (no blank lines), so the chat's Markdown
renderer passes it through as one HTML block and never re-reads the text as Markdown."""

from __future__ import annotations

import re
import unicodedata
from html import escape

from app.answer import not_covered
from app.present import segments
from app.records import Quote, Reply
from app.texts import GUIDANCE_HEADING, NOT_COVERED_CHAT, NOT_ENGLISH_CHAT
from app.web.markup import esc, nice_date
from app.web.phones import linked_numbers

SR_ASKED = '<span class="hq-sr">You asked: </span>'  # read by screen readers, not shown
SR_SOURCE = '<span class="hq-sr">Source: </span>'
SR_NEW_TAB = '<span class="hq-sr"> (opens in a new tab)</span>'
_PARAGRAPH = re.compile(r"\S(?:.*?\S)?(?=[ \t]*\n\s*\n|\s*$)", re.S)
_SAFE_LINK = re.compile(r"^/articles/[^\s\"'<>\\]+$")


def question_html(question: str) -> str:
    """The reader's question as one line of text; control characters become spaces."""
    text = "".join(" " if unicodedata.category(c) == "Cc" else c for c in question)
    return f'<p class="hq-question">{SR_ASKED}{esc(" ".join(text.split()))}</p>'


def reply_html(reply: Reply, links: str = "/") -> str:
    """`links` replaces the leading "/" of each article link: "/" keeps it absolute; the chat
    uses links relative to its own page ("" at /, "../" at /embed/), so that they also work when
    the app is served under a sub-path."""
    parts = []
    if reply.emergency:
        parts.append(emergency_html(reply))
    elif reply.abstained or not reply.quotes:
        parts.append(f'<p class="hq-abstain">{esc(nothing_quoted(reply))}</p>')
    count = len(reply.quotes)
    parts.extend(quote_html(q, links, f"{n} of {count}") for n, q in enumerate(reply.quotes, 1))
    parts.append(
        f'<p class="hq-advice" role="note"><strong>Please note:</strong> {esc(reply.advice)}</p>'
    )
    return f'<div class="hq-reply">{"".join(parts)}</div>'


def emergency_html(reply: Reply) -> str:
    """The guidance box, first in the reply: an alert, so screen readers announce it at once; its
    phone numbers are links a phone calls (or texts) with one tap (app.web.phones)."""
    lines = reply.guidance or (reply.emergency,)
    body = "".join(f"<p>{linked_numbers(line)}</p>" for line in lines)
    return (
        '<div class="hq-emergency" role="alert" aria-live="assertive">'
        f"<strong>{esc(reply.heading or GUIDANCE_HEADING)}</strong>{body}</div>"
    )


def nothing_quoted(reply: Reply) -> str:
    if reply.language != "en":
        return NOT_ENGLISH_CHAT
    return not_covered(
        reply.missing, NOT_COVERED_CHAT, reply.about_authors, reply.shop, reply.remark
    )


def error_html(message: str) -> str:
    return f'<div class="hq-reply"><p class="hq-error" role="alert">{esc(message)}</p></div>'


def status_html(text: str) -> str:
    return f'<p class="hq-status" role="status">{esc(text)}</p>'


def greeting_html(text: str, note: str = "") -> str:
    """The empty chat's greeting; `note` under it (the widget, which has no page header)."""
    below = f'<p class="hq-greeting hq-note">{esc(note)}</p>' if note else ""
    return f'<div class="hq-reply"><p class="hq-greeting">{esc(text)}</p>{below}</div>'


def quote_html(quote: Quote, links: str = "/", number: str = "") -> str:
    """One quote card. The chat's sanitizer drops aria-label, so the card is named by its
    figcaption: screen readers hear "Quote 1 of 3. Source: <title>, <section> ..."."""
    body = "".join(
        f"<p>{highlighted(text, spans)}</p>"
        for text, spans in paragraphs(quote.text, quote.highlights)
    )
    which = f'<span class="hq-sr">Quote {esc(number)}. </span>' if number else ""
    return (
        f'<figure class="hq-quote"><blockquote>{body}</blockquote><figcaption class="hq-source">'
        f"{which}{SR_SOURCE}{source_html(quote, links)}</figcaption></figure>"
    )


def highlighted(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The quote text with the answering sentences in <strong><mark> (spans clipped, merged)."""
    return "".join(
        f"<mark><strong>{esc(piece)}</strong></mark>" if strong else esc(piece)
        for piece, strong in segments(text, spans)
    )


def paragraphs(text: str, spans: tuple[tuple[int, int], ...]) -> list[tuple[str, tuple]]:
    """Split at blank lines; each paragraph keeps the parts of the spans inside it (re-based)."""
    out = []
    for match in _PARAGRAPH.finditer(text):
        start, end = match.span()
        local = tuple(
            (max(s, start) - start, min(e, end) - start)
            for s, e in spans
            if min(e, end) > max(s, start)
        )
        out.append((match.group(), local))
    return out


def source_html(quote: Quote, links: str = "/") -> str:
    title = esc(quote.title) or "Untitled article"
    href = links + quote.link.removeprefix("/")
    link = (
        f'<a class="hq-title" href="{escape(href)}" target="_blank" rel="noopener">'
        f"{title}{SR_NEW_TAB}</a>"
    )
    lines = [link if _SAFE_LINK.match(quote.link) else f'<span class="hq-title">{title}</span>']
    if quote.section and quote.section != quote.title:
        lines.append(f'<span class="hq-section">Section: {esc(quote.section)}</span>')
    meta = [esc(who) for who in (quote.publisher, quote.author) if who]
    when = nice_date(quote.published)
    if when:
        meta.append(esc(when))
    if meta:
        lines.append(f'<span class="hq-meta">{" · ".join(meta)}</span>')
    return "<br>".join(lines)


def reply_text(reply: Reply) -> str:
    """Plain text of a reply for the copy button."""
    parts = [f"Q: {reply.question}"]
    if reply.emergency:
        parts.append(f"{reply.heading or GUIDANCE_HEADING} {reply.emergency}")
    elif reply.abstained or not reply.quotes:
        parts.append(nothing_quoted(reply))
    for quote in reply.quotes:
        source = " · ".join(x for x in (quote.title, quote.section, quote.publisher) if x)
        parts.append(f"“{quote.text.strip()}”\n— {source} ({quote.link})")
    parts.append(reply.advice)
    return "\n\n".join(parts)
