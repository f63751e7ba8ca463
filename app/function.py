"""What a named thing does: a question that asks it, and whether a passage says it.

"what does serotonin actually do in the body", "whats the role of norepinephrine", "what is
venlafaxine for" ask what the thing itself does. A passage that only names it ("support of
serotonin", "an SNRI, like venlafaxine") does not answer however close its sentence (seed held-out
25: "what does serotonin actually do in the body" was quoted a passage on serotonin-dominant
antidepressants). It is answered by a passage where the thing is the subject of a clause: at the
start of a sentence or clause, or after "like"/"such as", with at most one word after it before a
verb ("Dopamine is a neurotransmitter", "Dopamine transporters play a role", "Medications like
levodopa could help"). Not read: what a thing does TO something ("what does parkinsons do to your
body": its effects, `app.asks`), a pronoun ("what does it do": the topic's), a common word.
Out of scope: whether what the passage says is the whole answer.
"""

from __future__ import annotations

import re

from app.concepts import FUNCTION, is_rare

THING = r"(?P<x>[a-z][\w-]*[a-z])"
# "what does serotonin (actually) do (in the body)", "what is venlafaxine for", "the role of X":
# never "what does X do to Y" (an effect on something named), nor "what is the outlook for Y" (a
# "for" with a thing after it).
ASKS = re.compile(
    rf"\bwh?at\s*(?:does|do|did|is|are|s|'s)\s+(?:the\s+)?{THING}\s+(?:\w+ly\s+|even\s+|really\s+)?"
    r"(?:(?:do|doing)\b(?!\s+(?:to|with|about|on|for)\b)|for\b(?=\W*(?:$|in\b|inside\b|exactly\b)))"
    rf"|\b(?:role|job|function|purpose)\s+(?:of|for)\s+(?:the\s+)?{THING.replace('x', 'y')}\b",
    re.I,
)
VERB = (
    r"(?:is|are|was|were|can|could|may|might|will|would|also|helps?|plays?|acts?|affects?|does"
    r"|sends?|carries|controls?|regulates?|makes?|has|have|works?|allows?|enables?|boosts?"
    r"|increases?|raises?|lowers?|blocks?|simulates?|transmits?|influences?)"
)
OPENS = r"(?:^|[.!?;:•(]\s*|\b(?:that|which|because|like|as|while)\s+)(?:[\w-]+\s+and\s+)?"
PRONOUNS = frozenset({"it", "its", "they", "them", "that", "this", "those", "these", "he", "she"})


def thing_asked(need: str, rank: int) -> str:
    """The rare thing whose own doing the question asks ("serotonin"); "" for other questions."""
    found = ASKS.search(need)
    if not found:
        return ""
    word = (found["x"] or found["y"]).lower()
    if word in PRONOUNS or word in FUNCTION or not is_rare(word, rank):
        return ""
    return word


def says_what_it_does(thing: str, text: str) -> bool:
    """The text has the thing (a slip of its ending forgiven: "dopamin") as the subject of a
    clause, with at most one word after it ("transporters", "agonists") before a verb."""
    stem = re.escape(thing.lower().rstrip("se"))
    subject = re.compile(
        rf"{OPENS}(?:(?:the|such|medications?|drugs?)\s+)?{stem}[\w’'-]*\s+(?:[\w-]+\s+)?{VERB}\b",
        re.I | re.M,
    )
    return subject.search(text) is not None


def unsaid(need: str, text: str, rank: int) -> bool:
    """True when the question asks what a rare thing does and the text never has it doing
    anything."""
    thing = thing_asked(need, rank)
    return bool(thing) and not says_what_it_does(thing, text)
