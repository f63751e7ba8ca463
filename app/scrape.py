"""HTML pages -> Markdown main content + page metadata, with trafilatura (made for this job)."""

from __future__ import annotations

import trafilatura


def html_to_markdown(html: str) -> tuple[str, dict]:
    """Main content as Markdown, and the page's title, author, date, site name and URL."""
    text = trafilatura.extract(
        html,
        output_format="markdown",
        include_comments=False,
        include_images=False,
        include_links=False,
        include_tables=True,
        favor_precision=True,
        with_metadata=False,
    )
    if not text:
        raise ValueError("no main content found in the HTML page")
    meta = trafilatura.extract_metadata(html)
    fields = {}
    if meta is not None:
        fields = {
            "title": meta.title,
            "author": meta.author,
            "published": meta.date,
            "publisher": meta.sitename,
            "url": meta.url,
        }
    return text, {k: v for k, v in fields.items() if v}
