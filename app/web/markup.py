"""The HTML helpers every page of ours uses: `esc` (text and attributes, line breaks as <br>),
`page` (a plain page: article pages, not-found, /docs) and `nice_date`. Pure functions."""

from __future__ import annotations

import re
from datetime import date
from html import escape

_PARAGRAPH_BREAK = re.compile(r"[ \t]*\n[ \t]*\n\s*")
_LINE_BREAK = re.compile(r"[ \t]*\n\s*")


def esc(text: str) -> str:
    """Escape for HTML text and attributes; line breaks become <br>, so no raw newline remains."""
    text = escape(text, quote=True).replace("\r\n", "\n").replace("\r", "\n")
    text = _PARAGRAPH_BREAK.sub("<br><br>", text)
    return _LINE_BREAK.sub("<br>", text)


def page(title: str, main_html: str, root: str = "", styles: tuple[str, ...] = ()) -> str:
    """A plain page; `root` is the sub-path the app is served under ("" at a host's root);
    `styles`: more stylesheets of ours (file names under /hq-static/) after article.css."""
    root = escape(root.rstrip("/"))
    links = "".join(
        f'<link rel="stylesheet" href="{root}/hq-static/{escape(name)}">'
        for name in ("article.css", *styles)
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title>{links}"
        '</head><body><a class="skip" href="#main">Skip to the content</a>'
        f'<header class="site"><a href="{root}/">Ask our health articles</a></header>'
        f'<main id="main">{main_html}</main></body></html>'
    )


def nice_date(value: str) -> str:
    """ "2023-03-06" -> "6 March 2023"; anything else is returned unchanged."""
    try:
        day = date.fromisoformat(value.strip()[:10])
    except ValueError:
        return value.strip()
    return f"{day.day} {day:%B %Y}"
