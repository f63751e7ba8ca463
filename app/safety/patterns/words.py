"""Word groups shared by the category modules."""

from __future__ import annotations

_ME = r"(?:my ?self|me)"
_THEM = r"(?:him|her|them)sel(?:f|ves)"


def sentence_without(*words: str) -> str:
    """The start of a sentence (the message's or one after ". ", "? ", "! ") in which none of these
    words (regex alternatives) occurs as a whole word: a lookahead alone sees only the text after
    a match, this anchor the whole sentence around it."""
    return rf"(?:^|(?<=[.?!] ))(?![^.?!]*\b(?:{'|'.join(words)})\b)"


def message_without(*words: str) -> str:
    """The start of a message in which none of these words (regex alternatives) occurs as a whole
    word anywhere, before or after what follows: for context that changes a phrase's meaning from
    another sentence ("the rollercoaster was awful. i wanted off the ride")."""
    return rf"^(?!.*\b(?:{'|'.join(words)})\b).*?"
