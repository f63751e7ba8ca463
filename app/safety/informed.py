"""Earlier turns that only inform (task 8bb, BENCHMARKS section 9): what an article or someone says
in general ("read your page on aspirin poisoning", "my uncle says you cant overdose on zinc"), and
a first-aid how-to asked in general ("how do you give back blows to a toddler", "whats the
recovery position"). `turns` reads such a turn as ordinary and as a frame for a short follow-up
that tells nothing of its own (`plain.confirmed`), as it reads a course or a story.

Neither reading holds when the turn also tells something of the reader's own or of a time now
("read your page on choking, my son is choking", "how do i do cpr, hes not breathing"): every
word after what is reported must be free of `PERSONAL`. Out of scope: the patterns' own readings
of a single message (`patterns.quiet_readings`).
"""

from __future__ import annotations

import re

# What is reported: an article, a page or a study read or named, or someone's claim about people
# in general ("my flatmate reckons kids cant ...", "the nurse said its ...").
WRITING = r"article|page|post|leaflet|factsheet|guide|blog|study|section|bit"
REPORTED = re.compile(
    r"^\W*(?:(?:my|a|our|his|her|the) (?:\w+ )?(?:says|said|told me|tells me|claims|reckons|swears)"
    r"(?: that)? (?=(?:you|u|people|kids|children|babies|nobody|no one|anyone|everyone|everybody"
    r"|it'?s|its|there'?s|theres)\b)"
    rf"|(?:i )?(?:just )?(?:read|saw|found|was reading) (?:your|the|an|this|that|ur|a) (?:\w+ )?"
    rf"(?:{WRITING})\b"
    rf"|(?:your|the|this|that|ur|an|one) (?:\w+ )?(?:{WRITING}) (?:says|said|mentions|mentioned"
    r"|talks about|is about|about|on)\b"
    # ... or read or heard somewhere ("read somewhere it even helps w suicidal thoughts", probe 11)
    r"|(?:i )?(?:just |once )?(?:read|heard|saw) (?:somewhere|online|on (?:tiktok|reddit|instagram"
    r"|insta|twitter|facebook|youtube|the news))(?: that)?\b"
    # ... or a topic read about on the site ("reading about iron overdose in toddlers on your
    # site").
    r"|(?:i'?m |im |i was |was |been |just )?reading (?:about|up on) [^.?!]{1,60}? (?:on|in)"
    rf" (?:your|the|ur|this) (?:site|website|{WRITING})s?\b)",
    re.I,
)
# ... with nothing of the reader's own or of a time now after it.
PERSONAL = re.compile(
    r"\b(?:i|my|me|mine|im|i'?m|i'?ve|ive|i'?d|id|we|our|us|he|she|him|her|his|hes|shes|tonight"
    r"|now|rn|today|ago|yesterday|last night|this morning)\b",
    re.I,
)
# A first-aid how-to asked in general: "how do you ...", "how to ...", "whats the ...".
FIRST_AID = (
    r"cpr|compressions?|rescue breaths?|heimlich|back blows|abdominal thrusts|recovery position"
    r"|first aid|aed|defibrillators?|tourniquets?|epi-?pens?|choking|chokes|choke"
)
HOW_TO = re.compile(
    r"^\W*(?:how (?:do|does|should|would|can) (?:you|u|one|someone|people|a person)|how to"
    r"|what(?:'?s| is| are) the|whats the|what do you do|when do you"
    # ... or asked as its rescuer (task 8mm: "how do i do cpr", "what should i do if someone is
    # choking"); only these opening words may name the reader.
    r"|how (?:do|should|can|would) (?:i|we) (?=(?:do|perform|give|use|apply|practi[sc]e)\b)"
    r"|what (?:should|do|would|can) (?:i|we) do (?=(?:if|when) (?:someone|somebody|a person|a child"
    r"|a baby|a toddler|a kid|an adult|people)\b))"
    rf"(?=.*\b(?:{FIRST_AID})\b)",
    re.I,
)


def reported(turn: str) -> bool:
    """Whether the turn only reports what an article or someone says in general."""
    found = REPORTED.search(turn)
    return bool(found) and not PERSONAL.search(turn[found.end() :])


def how_to(turn: str) -> bool:
    """Whether the turn asks how to give first aid, in general (no one of the reader's own, no
    time now)."""
    found = HOW_TO.search(turn)
    return bool(found) and not PERSONAL.search(turn[found.end() :])
