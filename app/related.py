"""Where to go next: two or three topics the articles cover, offered after a reply. They are the
articles' own section headings (never written by us), taken from the retrieval ranking of the
question in order: the sections of the passages ranked just below the quoted ones. After "not
covered" they are the closest topics that are covered. Left out: crisis replies (the emergency
guidance comes first, nothing should compete with it) and headings that merely repeat an article's
title or a section already quoted."""

from __future__ import annotations

from collections.abc import Sequence

from app.records import Hit

LIMIT = 3


def related_topics(
    hits: Sequence[Hit], quoted: Sequence[Hit], limit: int = LIMIT
) -> tuple[str, ...]:
    """Up to `limit` distinct section headings from `hits` (best first), skipping the sections of
    the `quoted` hits, untitled passages and headings equal to their article's title."""
    seen = {_key(hit.passage.section) for hit in quoted}
    topics: list[str] = []
    for hit in hits:
        heading = " ".join(hit.passage.section.split())
        key = _key(heading)
        if not key or key in seen or key == _key(hit.passage.title):
            continue
        seen.add(key)
        topics.append(heading)
        if len(topics) == limit:
            break
    return tuple(topics)


def _key(text: str) -> str:
    return " ".join(text.casefold().split())
