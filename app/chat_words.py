"""Words as people type them in a chat, and the plain words they stand for.

A rare word the articles never use vetoes an answer (`app.coverage`), but some are only a chat
spelling of a word they use or of a function word: a stretched word ("sooo", "reallly"), a
possessive typed without its apostrophe ("someones brain"), a common abbreviation ("avg" for
"average", "prob" for "probably", "gp" for a doctor). `plain` gives the words to check instead.
Out of scope: slang with a meaning of its own ("wrecked"), and abbreviations of medical terms,
which are names in their own right ("rls", "ocd"): those are judged as typed.
"""

from __future__ import annotations

import re

from app.concepts import FUNCTION

# Everyday abbreviations of plain words; never of a condition, a drug or a test.
ABBREVIATIONS = {
    "avg": "average",
    "approx": "approximately",
    "prob": "probably",
    "probs": "probably",
    "def": "definitely",
    "defo": "definitely",
    "doc": "doctor",
    "docs": "doctors",
    "gp": "doctor",
    "dr": "doctor",
    "drs": "doctors",
    "appt": "appointment",
    "info": "information",
    "pics": "pictures",
    "mins": "minutes",
    "hrs": "hours",
    "yrs": "years",
    "wks": "weeks",
    "mo": "month",
    "mos": "months",
    "meds": "medications",
    "med": "medication",
    # (seed held-out 60, a development set of the fourth session of 2026-12-07: "what kind are most
    # antidepressant scripts")
    "script": "prescription",
    "scripts": "prescriptions",
    "ppl": "people",
    "bc": "because",
    "cuz": "because",
    "esp": "especially",
    "usu": "usually",
    "w/o": "without",
    # chat spellings of function and everyday words
    "b4": "before",
    "abt": "about",
    "smth": "something",
    "sth": "something",
    "sum1": "someone",
    "some1": "someone",
    "any1": "anyone",
    "every1": "everyone",
    "no1": "nobody",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "2moro": "tomorrow",
    "2day": "today",
    "ofc": "of",  # of course
    "nvm": "never",  # never mind
    "wanna": "want",
    "sorta": "sort",
    "dunno": "know",
    "shud": "should",
    "wud": "would",
    "cud": "could",
    "coz": "because",
    "cos": "because",
    "bcuz": "because",
    "becuz": "because",
    "bcoz": "because",
    "dis": "this",
    "sis": "sister",
    "bro": "brother",
}
STRETCHED = re.compile(r"([a-z])\1{2,}")


def plain(word: str) -> tuple[str, ...]:
    """The plain words a chat spelling may stand for (none when it is not one): "sooo" -> ("so",
    "soo"), "someones" -> ("someone",), "avg" -> ("average",)."""
    low = word.lower().replace("’", "'")
    forms = []
    if low in ABBREVIATIONS:
        forms.append(ABBREVIATIONS[low])
    if STRETCHED.search(low):
        forms += [STRETCHED.sub(r"\1", low), STRETCHED.sub(r"\1\1", low)]
    if low.endswith("s") and low[:-1] in FUNCTION:
        forms.append(low[:-1])  # "someones brain": a possessive typed without its apostrophe
    return tuple(dict.fromkeys(forms))
