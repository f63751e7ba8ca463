"""The fast first line: regular expressions per crisis category, in the ways people type them
(lowercase, no apostrophes, common misspellings, past tense, third person, slang) and basics in
other languages. One module per category (`suicide`, `self_harm`, `overdose`, `medical`,
`sexual_assault`, `violence`); `gates` keeps ordinary messages ordinary.

Two kinds of pattern. A *statement* pattern fires wherever it matches ("i took too many pills").
A *topic* pattern names an emergency that people also ask about for information ("heart attack",
"seizure"); it fires unless the message is a general question that names no one ("what happens in
a heart attack" is answered from the articles; "my dad is having a heart attack" is an emergency).
Left out on purpose: negation ("i'm not suicidal" still shows the guidance: a false alarm costs a
paragraph, a miss can cost a life). The meaning-based detector (`app.safety.meaning`) catches what
these miss.
"""

from __future__ import annotations

import re

from app.safety.patterns import (
    medical,
    overdose,
    self_harm,
    sexual_assault,
    suicide,
    violence,
)
from app.safety.patterns.gates import (
    FIGURATIVE,
    GENERAL_QUESTION,
    NAMES_SOMEONE,
    PAST_OR_GENERAL,
    PET,
    STILL,
    STORY,
)

_MODULES = {
    "suicide": suicide,
    "self_harm": self_harm,
    "overdose": overdose,
    "medical": medical,
    "sexual_assault": sexual_assault,
    "violence": violence,
}
STATEMENTS = {cat: module.STATEMENTS for cat, module in _MODULES.items()}
TOPICS = {cat: module.TOPICS for cat, module in _MODULES.items() if hasattr(module, "TOPICS")}


# A pattern starts at a word boundary, or anywhere in a script written without spaces (Chinese).
_START = r"(?:\b|(?<=[\u2e80-\u9fff]))"


def _compile(table: dict[str, list[str]]) -> dict[str, re.Pattern]:
    return {cat: re.compile(_START + "(?:" + "|".join(p) + ")", re.I) for cat, p in table.items()}


_STATEMENTS = _compile(STATEMENTS)
_TOPICS = _compile(TOPICS)


def normalize(message: str) -> str:
    """Curly apostrophes straight, runs of space collapsed: what the patterns are written for."""
    return " ".join(message.replace("’", "'").replace("‘", "'").split())


def general_question(message: str) -> bool:
    """A general question that names no one ("what happens in a heart attack")."""
    return bool(GENERAL_QUESTION.match(message)) and not NAMES_SOMEONE.search(message)


def match(message: str) -> list[str]:
    """The categories whose patterns fire, in the order of `STATEMENTS`."""
    text = normalize(message)
    for gate in (FIGURATIVE, STORY, PET):
        text = gate.sub(" ", text)
    found = [cat for cat, rx in _STATEMENTS.items() if rx.search(text)]
    if general_question(text):
        return found
    past = PAST_OR_GENERAL.search(text) and not STILL.search(text)
    for cat, rx in _TOPICS.items():
        if cat not in found and not (past and cat == "medical") and rx.search(text):
            found.append(cat)
    return found
