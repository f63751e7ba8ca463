"""The signs of too little of a named thing: a question on them ("signs of low serotonin", "what
are the symptoms of a lack of norepinephrine") is answered only by a quote that speaks of that
thing being low (sixth session of 2026-12-03: "signs of low serotonin" got a passage on the
symptoms serotonin support misses, and a compensatory decrease in dopamine).

Only a rare thing (a substance, a hormone: not "energy" or "mood") is read; a quote speaks of it
being low when a word of lack ("low", "deficiency", "decrease", ...) stands within a few words
before it ("low levels of dopamine", "a decrease in dopamine") or "deficiency"/"deficit" right
after it ("dopamine deficiency"). Out of scope: other wordings of the question ("what happens
when dopamine drops": `app.aspects`), and whether the quote lists the signs.
"""

from __future__ import annotations

import re

from app.concepts import is_rare, mentions
from app.lexical import terms

LOW = r"(?:low|lower|lowers|lowered|lack\s+of|not\s+enough|too\s+little|deficien\w*|deficit\w*)"
THING = r"(?P<x>[a-z][a-z0-9-]*[a-z0-9])"
ASKS = re.compile(
    rf"\b(?:signs?|symptoms?|effects?)\s+(?:of\s+|for\s+)(?:an?\s+|having\s+)?{LOW}\s+{THING}"
    rf"|\b(?:low|deficient)\s+{THING.replace('x', 'y')}\s+(?:signs?|symptoms?)\b",
    re.I,
)
SAYS_LOW = r"(?:low|lower\w*|deficien\w*|deficits?|decreas\w*|diminish\w*|reduc\w*|lack)"
WHY = re.compile(r"\W*why\b", re.I)  # "why bother learning the symptoms of low dopamine": a purpose
LEVEL_WORDS = frozenset({"level", "levels", "production"})


def lacking(need: str, rank: int) -> str:
    """The rare thing whose lack the question asks the signs of ("serotonin" in "signs of low
    serotonin"); "" for other questions, a common word ("signs of low energy") or a why-question
    (a purpose or a reason, not the signs)."""
    found = ASKS.search(need)
    if not found or WHY.match(need):
        return ""
    word = (found["x"] or found["y"]).lower()
    return word if word not in LEVEL_WORDS and is_rare(word, rank) else ""


# "my hands keep shaking, is that a low dopamine sign", "is fatigue a symptom of low serotonin":
# whether one thing told is a sign, not the signs; the sign must be named (`app.must_say`), and
# the lack may be said anywhere in the quoted passage ("Knowing the symptoms of dopamine
# deficiency ..." before its list of physical symptoms; seventh session of 2026-12-03).
ONE_SIGN = re.compile(
    r"\b(?:is|are|was|could|can|might|would)\s+(?:that|this|it|these|those|they"
    r"|(?:[\w-]+\s+){0,2}[\w-]+)\s+(?:be\s+)?"
    r"(?:an?\s+|one\s+of\s+the\s+)(?:low\s+[\w-]+\s+)?(?:signs?|symptoms?)\b",
    re.I,
)


def says_low(quote: str, quoted: frozenset[str], need: str, rank: int, passage: str = "") -> bool:
    """False when the question asks the signs of too little of a rare thing (`lacking`) and the
    quote never speaks of that thing being low; True otherwise. A question whether one thing is
    such a sign (`ONE_SIGN`), or a quote that is a list of signs, may be answered by a quote
    whose `passage` speaks of the lack."""
    word = lacking(need, rank)
    if not word:
        return True
    if passage and (ONE_SIGN.search(need) or _a_list(quote)):
        return says_low(quote, quoted, need, rank) or says_low(
            passage, frozenset(terms(passage)), need, rank
        )
    if not mentions(set(quoted), word):
        return False
    for found in re.finditer(r"[a-z][a-z0-9]*", quote.lower()):
        if mentions({_stem_of(found[0])}, word) and _low_beside(quote.lower(), found):
            return True
    return False


def _a_list(quote: str) -> bool:
    """The quote is a list (two items or more): its lead-in says what the items are ("Physical
    symptoms a healthcare provider may look for include:"), its passage of what (`app.lists`)."""
    return len(ITEM_LINE.findall(quote)) >= 2


ITEM_LINE = re.compile(r"^\s*(?:[-*+•▪●◦‣·]|\d{1,3}[.)])\s+", re.M)


def _low_beside(text: str, found: re.Match[str]) -> bool:
    before = text[max(0, found.start() - 60) : found.start()]
    after = text[found.end() : found.end() + 20]
    near_before = re.search(rf"\b{SAYS_LOW}\b\W+(?:[\w’'-]+\W+){{0,4}}$", before)
    return bool(near_before or re.match(r"\W+(?:deficien\w*|deficits?)\b", after))


def _stem_of(word: str) -> str:
    stems = terms(word)
    return stems[0] if stems else word
