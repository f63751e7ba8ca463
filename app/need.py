"""The part of a message that carries its question, as people type it in a chat.

"this workout killed me lol, does exercise help depression": the information need is "does exercise
help depression"; "this workout killed me lol" is chatter around it. A question starts at a
question word ("what", "does", "can", ...) that opens a clause: at the start of the message, after
punctuation or a dash, or after a joining word ("and wondering does ..."); chat fillers before it
("so", "ok", "yo") are skipped. Everything from there to the end is the question (a list after a
comma belongs to it: "what helps dopamine, ADHD and sleep"); what comes before is the preamble.
A message with no such question word ("dopamine deficiency causes", "adderall fixes low dopamine,
true?") is all question. A closing tag ("..., or is that a myth", "or not") is left out. Out of
scope: parsing; what a pronoun refers to is decided by the caller.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Negative forms ("cant", "don't") are left out: in a chat they mostly open a statement ("cant
# afford therapy atm, how else can i treat depression").
STARTERS = (
    "what|whats|what's|wat|how|hows|how's|why|when|where|which|who|whom|whose|is|are|am|was|were|"
    "do|does|did|can|could|should|would|will|may|might|has|have|had|any|anyone"
)
OPENS = r"(?:^|[.,!?;:()…]+\s*|\s[-–—]+\s|\b(?:and|but|so|or|anyway|wondering|wonder|curious|q)\s+)"
FILLERS = r"(?:(?:so|ok|okay|and|but|anyway|also|yo|hey|hi|lol|um|uh|well|like|then)\s+)*"
QUESTION = re.compile(rf"{OPENS}{FILLERS}(?P<q>(?:{STARTERS})\b)", re.I)
REFERS_BACK = re.compile(
    r"\b(?:it|its|it's|that|this|they|them|those|these|he|she|him|her)\b", re.I
)


# A closing "or is that a myth", "or is it just hype", "or not": a tag asking to confirm the
# question before it, which names what is asked ("is chocolate good for dopamine").
TAG = re.compile(
    r"\s*,?\s*\bor\s+(?:(?:is|was|are)\s+(?:that|it|this)\b[^.?!]*|not|nah|no)\W*$", re.I
)


# A relation asked with one side only ("can low dopamine be related", "are they linked"): the other
# side is what the message told before the question.
OPEN_RELATION = re.compile(
    r"\b(?:related|connected|linked|link|connection|relationship|to\s+blame|responsible|behind)"
    r"(?!\s+(?:to|with|between|of|in|for)\b)\W*$",
    re.I,
)


class Need(NamedTuple):
    question: str  # from the first question word to the end (the whole message when none)
    preamble: str  # what comes before it
    refers_back: bool  # the question uses a pronoun ("does it raise dopamine")

    @property
    def relates(self) -> bool:
        """It asks a relation with one side only ("can low dopamine be related")."""
        return bool(OPEN_RELATION.search(self.question))


def need(message: str) -> Need:
    """Split a message into its preamble and the question it asks (without a closing tag)."""
    found = QUESTION.search(message)
    if not found or found.start("q") == 0:
        return Need(_untagged(message), "", False)
    part = _untagged(message[found.start("q") :])
    return Need(part, message[: found.start("q")], bool(REFERS_BACK.search(part)))


def _untagged(question: str) -> str:
    """The question without a closing "or is that a myth" (unless that is all there is)."""
    return TAG.sub("", question) or question
