"""One way to present a quote: its text cut into (text, emphasized) segments, the emphasized ones
being the sentences that answer the question (`Quote.highlights`). The Markdown reply
(app.answer), the terminal (app.cli) and the chat HTML (app.web.render) each only wrap the
segments in their own marks, after escaping the text their own way. Pure; no I/O."""

from __future__ import annotations

Spans = tuple[tuple[int, int], ...]


def segments(text: str, spans: Spans) -> list[tuple[str, bool]]:
    """`text` in order as (piece, emphasized) pairs; spans are clipped to the text, and
    overlapping or touching spans merged. Empty plain pieces are left out."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for start, end in merged(spans, len(text)):
        if start > pos:
            out.append((text[pos:start], False))
        out.append((text[start:end], True))
        pos = end
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def merged(spans: Spans, length: int) -> list[tuple[int, int]]:
    """Spans clipped to 0..length, sorted, with overlapping or touching ones joined."""
    clipped = sorted((max(0, s), min(length, e)) for s, e in spans if min(length, e) > max(0, s))
    out: list[tuple[int, int]] = []
    for start, end in clipped:
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out
