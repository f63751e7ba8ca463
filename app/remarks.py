"""A message that asks nothing: thanks, with or without a word of praise ("thanks that was really
helpful", "ok thank you, that helps"). Its words ("helpful", "helps") are no question: a quote
chosen for them answers nothing, so the reply is the one "thanks" alone gets. A message that
thanks and then asks ("thanks, but does it work for anxiety?", "thank you! is it safe with
sertraline") is a question as any other. Out of scope: other small talk (greetings, "ok", "lol"),
which has no key word that reaches a quote.
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
