"""A question as the core takes it: control characters stripped, outer space trimmed, and empty,
too long or non-text input refused with a message fit for users (`BadQuestion`). Out of scope: what
the question means (app.need, app.conversation)."""

from __future__ import annotations

import unicodedata

from app.errors import BadQuestion

JOINERS = "\u200c\u200d"  # zero-width (non-)joiners: part of Persian, Indic and emoji text


def visible(c: str) -> str:
    category = unicodedata.category(c)
    if category == "Cc":
        return " "  # control characters, including line breaks, become spaces
    if category[0] == "C" and c not in JOINERS:
        return ""  # other format, private-use, surrogate and unassigned characters go
    return c


def clean_question(text, limit: int, what: str = "the question") -> str:
    """Strip control characters and outer space; refuse empty, too long or non-text input."""
    if not isinstance(text, str):
        raise BadQuestion(f"{what} must be text")
    shown = text if text.isascii() and text.isprintable() else "".join(map(visible, text))
    text = " ".join(shown.split())  # (printable ASCII: every character is visible)
    if not text:
        raise BadQuestion(f"{what} is empty: please type a question")
    if len(text) > limit:
        raise BadQuestion(f"{what} is {len(text)} characters long; the limit is {limit}")
    return text
