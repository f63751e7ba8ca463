"""Who a reader should see: a question asking which person helps ("who should i go to to find out
if my dopamine is low", "who decides if i should be on antidepressants") is answered by a sentence
that names a professional ("A healthcare professional is the best person to diagnose ...", "A
mental health professional can assess your depression"), not by one on the same topic that names
none. `sentence_search` lifts such sentences by `cause_penalty`. Out of scope: who is affected by
a condition ("who gets parkinsons": no professional answers it) and who wrote an article
(`app.authors`).
"""

from __future__ import annotations

import re

# "who should i see", "who can help", "who decides", "who do i go to", "who to talk to": a person to
# consult, not who is affected ("who gets it", "who is at risk").
ASKS_WHO = re.compile(
    r"\bwho\s+(?:should|shud|can|could|do|would|will|to|decides?|diagnos\w*|treats?|prescribes?"
    r"|checks?|tests?|helps?|assess\w*|figures?|works?)\b",
    re.I,
)
PROFESSIONAL = re.compile(
    r"\b(?:(?:health\s?care|mental\s+health|medical)\s+(?:professionals?|providers?|specialists?"
    r"|teams?)|doctors?|physicians?|clinicians?|psychiatrists?|psychologists?|therapists?"
    r"|counsell?ors?|nurses?|pharmacists?|specialists?|neurologists?|gps?)\b",
    re.I,
)


def asks_who(question: str) -> bool:
    """The question asks which person to consult (`ASKS_WHO`)."""
    return ASKS_WHO.search(question) is not None


def names_professional(sentence: str) -> bool:
    """The sentence names a professional who can help (`PROFESSIONAL`)."""
    return PROFESSIONAL.search(sentence) is not None
