"""A question that asks what something is, and the sentences that say what it is.

"what is depression exactly", "whats a neurotransmitter", "dopamine deficiency meaning", "what does
apathy mean", "depression definition simple" ask for a definition of their head word, also when the
reader goes on to say what they mean ("what is depression exactly, like what does it do to you",
"..., i mean how does it work"); a
sentence defines that word when the word is followed by what it is: "Dopamine is a
neurotransmitter", "Finally, there's depression, a mental health condition that ...", "X refers
to ...", "X means ...". Out of scope: parsing; a definition spread over two sentences; which of
two definitions is better. Pure functions of text.
"""

from __future__ import annotations

import re

from app.concepts import WORD, mentions
from app.lexical import terms
from app.subject import ADVERB, _head

# "what is depression exactly", "wat even is dopamine lol", "whats a neurotransmitter": not "what
# is the best diet", "whats going on", "what is it".
ASK = re.compile(
    r"^\W*(?:(?:so|ok|okay|and|but)\W+)*(?:what|wat)(?:\s+(?:even|exactly|actually|really))?"
    r"(?:'s|’s|s|\s+(?:is|are))\s+(?:(?:even|exactly|actually|really)\s+)?(?:an?\s+)?"
    r"(?P<x>(?!(?:the|it|this|that|these|those|they|my|your|his|her|their|its|there|up|wrong|"
    r"going|happening|causing|good|best|better|worse|normal|next|more|most)\b)[^?.!,;]*?[^\s?.!,;])"
    # ends the question, or the reader says what they mean: "..., like what does it do"
    r"\s*+(?:[?.!]|$|,?\s*(?:like|i\s+mean|as\s+in)\s+(?:what|how|wat)\b)"
    # "dopamine deficiency meaning", "what does apathy mean", "define anhedonia"
    r"|^\W*+(?P<y>[^?.!,;]*?[^\s?.!,;])\s++meaning\W*$"
    r"|^\W*+what\s+does\s+(?P<z>[^?.!,;]*?[^\s?.!,;])\s++mean\b"
    r"|^\W*+define\s+(?P<v>[^?.!,;]*?[^\W_])\W*$"
    # "depression definition simple", "definition of apathy" (fifth session of 2026-12-03)
    r"|^\W*+(?P<w>[^?.!,;]*?[^\s?.!,;])\s++definition(?:\s+(?:simple|simply|pls|please|plz))?\W*$"
    r"|^\W*+(?:whats\s+|what'?s\s+|what\s+is\s+)?(?:the\s+)?definition\s+of\s+(?:an?\s+)?"
    r"(?P<u>[^?.!,;]*?[^\W_])\W*$",
    re.I,
)
CHAT = frozenset(["lol", "lmao", "pls", "plz", "tho", "like", "even", "just", "basically"])
MAX_WORDS = 4  # "what is dopamine transporter deficiency"; longer is a clause
ASK_CHARS = 200  # such a question is short: read no further
# The word before what it is: "X is a", "X, a", "X are the", "X refers to", "X means".
IS_WHAT = re.compile(
    r"([A-Za-z][\w’'-]*)(?:,\s+(?:an?|the)\s|\s+(?:is|are)\s+(?:an?|the|one|what|precisely|"
    r"simply|basically|essentially)\b|\s+(?:refers?\s+to|means)\b)",
    re.I,
)


def defined(question: str) -> str:
    """The head word of what a question asks to define ("depresion" in "what is depresion
    exactly"); "" when it asks something else."""
    found = ASK.search(question[:ASK_CHARS])
    if not found:
        return ""
    phrase = next(g for g in found.groups() if g)
    words = [w for w in WORD.findall(phrase) if not ADVERB.match(w) and w.lower() not in CHAT]
    return _head(words) if len(words) <= MAX_WORDS else ""


def defines(head: str, sentence: str) -> bool:
    """The sentence says what `head` is ("Dopamine is a neurotransmitter" for "dopamine"; one
    slip forgiven, "depresion")."""
    return any(mentions(set(terms(m[1])), head) for m in IS_WHAT.finditer(sentence))
