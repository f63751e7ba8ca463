"""Crisis and emergency detection. Errs on the side of showing emergency guidance: a false alarm
costs a reader one extra paragraph; a miss can cost far more. No negation handling on purpose."""

from __future__ import annotations

import re

PATTERNS = [
    # suicide and self-harm
    r"suicid\w*",
    r"kill(?:ing)? (?:my ?self|me)\b",
    r"end(?:ing)? (?:my (?:own )?life|it all)",
    r"take my (?:own )?life",
    r"(?:want|wanna|going|plan(?:ning)?) to die\b",
    r"(?:don'?t|do not) want to (?:live|be alive|wake up)",
    r"(?:no|any) (?:reason|point) (?:to|in) (?:live|living|going on)",
    r"better off dead",
    r"(?:see|find) (?:the |a |any )?(?:point|reason) (?:in|to|of) (?:living|life|going on)",
    r"(?:hurt|harm|cut|cutting|burn|burning) my ?self",
    r"self[- ]?harm\w*",
    # overdose and poisoning
    r"overdos\w*",
    r"too many (?:pills|tablets|capsules|of my)",
    r"poison(?:ed|ing|s)?\b(?! (?:ivy|oak|sumac))",
    r"(?:swallowed|drank|drunk|ingested|ate) (?:some |a |the )?(?:\w+ )?"
    r"(?:bleach|detergent|antifreeze|pills|battery|batteries|cleaner|pesticide|weed ?killer)",
    # heart, stroke, breathing, other emergencies
    r"chest (?:pain|pains|tightness|pressure)",
    r"(?:crushing|squeezing|tight|heavy) (?:feeling (?:in|on) (?:my|the) )?chest",
    r"heart attack",
    r"(?:having|had|is having|having had) a stroke",
    r"signs of (?:a )?stroke (?:right )?now",
    r"face (?:is )?(?:droop|drooping|numb)\w*",
    r"slurred speech|slurring (?:my |his |her |their )?words",
    r"(?:can'?t|cannot|can not|unable to|struggling to|hard to|trouble) breath\w*",
    r"(?:not|stopped) breathing",
    r"chok(?:ing|ed)\b",
    r"unconscious|unresponsive|passed out and",
    r"seizure",
    r"anaphyla\w*",
    r"bleeding (?:heavily|a lot|won'?t stop)|severe bleeding",
]
CRISIS = re.compile(r"\b(?:" + "|".join(PATTERNS) + r")", re.I)


def is_crisis(message: str) -> bool:
    """Whether the message signals an emergency or a crisis."""
    return bool(CRISIS.search(message.replace("’", "'")))
