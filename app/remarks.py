"""A message that asks nothing: thanks, with or without a word of praise ("thanks that was really
helpful", "ok thank you, that helps"). Its words ("helpful", "helps") are no question: a quote
chosen for them answers nothing, so the reply is the one "thanks" alone gets. A message that
thanks and then asks ("thanks, but does it work for anxiety?", "thank you! is it safe with
sertraline") is a question as any other. Nor does a request to reach a person ("can i talk to a
real doctor", "is there a nurse i can chat with", "i want to speak to a human"): no passage
answers it, and "doctor" reached the dopamine article's sentence on what a healthcare provider
looks for; the reply says the articles do not cover it and, as always, to ask a healthcare
professional. Out of scope: other small talk (greetings, "ok", "lol"), which has no key word that
reaches a quote.
"""

from __future__ import annotations

import re

THANKS = re.compile(
    r"^\W*(?:(?:ok|okay|oh|great|cool|awesome|perfect|wow|right|alright)\W+)*"
    r"(?:thanks|thank\s+(?:you|u)|thx|thanx|ty|cheers|much\s+appreciated)\b",
    re.I,
)
# A question after the thanks: a question mark, a question word, or an auxiliary opening a clause.
ASKS = re.compile(
    r"\?|\b(?:what|whats|what's|how|why|when|where|which|who|whom)\b"
    r"|(?:^|[,;:.!]|\b(?:but|and|so|also|just)\b)\s*"
    r"(?:is|are|can|could|does|do|did|should|would|will|may|might|r)\b",
    re.I,
)


def asks_nothing(message: str) -> bool:
    """The message thanks and asks no question ("thanks that was really helpful")."""
    found = THANKS.match(message)
    return bool(found) and not ASKS.search(message[found.end() :])


_LEAD = r"^\W*(?:(?:hi|hey|hello|please|pls|ok|okay|so|um|also)\W+)*"
_WHO = (
    r"(?:(?:a|an|the|some|any|your|real|actual|live|human|qualified|proper|)\s*)*"
    r"(?:doctor|dr|doc|nurse|pharmacist|therapist|counsel+or|human|person|someone|somebody"
    r"|anyone|anybody|expert|professional|specialist|psychiatrist|psychologist|gp|physician"
    r"|agent|staff|member\s+of\s+staff|real\s+person)s?\b"
)
_REACH = (
    r"(?:talk|speak|chat|in\s+touch|get\s+in\s+touch|be\s+put\s+in\s+touch|connect"
    r"|get\s+connected)(?:\s+me)?"
)
PERSON_REQUEST = re.compile(
    _LEAD
    + r"(?:(?:can|could|may|do|how\s+(?:do|can))\s+(?:i|we|you)\s+(?:please\s+)?"
    + r"(?:(?:put\s+me|me)\s+)?"
    + _REACH
    + r"\s+(?:to|with)\s+"
    + _WHO
    + r"|(?:i|we)\s+(?:want|need|would\s+like|wanna|d\s+like|'d\s+like)\s+to\s+"
    + _REACH
    + r"\s+(?:to|with)\s+"
    + _WHO
    + r"|(?:is|are)\s+there\s+"
    + _WHO
    + r"\s+(?:i|we)\s+(?:can|could)\s+"
    + _REACH
    + r"(?:\s+(?:to|with))?)"
    + r"(?P<rest>.*)$",
    re.I,
)


def asks_for_a_person(message: str) -> bool:
    """The message only asks to reach a person ("can i talk to a real doctor?"): nothing more than a
    few words after the request ("... about this", "... please"), and no other question."""
    found = PERSON_REQUEST.match(message.strip())
    if not found:
        return False
    rest = found["rest"]
    return len(rest.split()) <= 4 and not ASKS.search(rest.replace("?", ""))
