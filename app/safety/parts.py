"""The parts of a message, for the meaning detector to read one by one: a crisis told after an
ordinary question ("does exercise help depression? asking bc i keep thinking the world would be
lighter without me") is lost in the message's single vector, which the ordinary question
dominates, but not in the vector of its own sentence.

A part is a sentence: text up to ".", "!", "?" or ";" followed by a space, or a line. Parts of
fewer than `MIN_WORDS` words ("thanks.", "help me?") are not read alone; a message with fewer than
two parts left has no parts (its own vector is all there is). Left out, by measurement: splitting
at commas or at words that join clauses ("also", "asking bc", "and now"): on the development sets
commas caught 7 more crisis messages but added 36 false alarms, and the joining words caught none
that sentences missed while adding a false alarm ("the movie had a choking scene and now my kid is
scared of eating").

A part that only asks for advice or help ("I honestly don't know what to do", "Please what do you
suggest i do?", "We are wondering why?", "Please help me") is not read alone (`is_plea`): it says
nothing of what is happening, and alone its vector lands among the bank's despairing lines (three
MedQuAD + MEDIQA letters, about bad breath, a frozen shoulder and a fissure, were flagged by such
a part, +0.001 to +0.053 over the threshold). The message's whole vector and its other parts
still carry it, and it still counts among the parts for the step each part adds, so dropping it
only ever removes a reading. Words after it keep it a part ("i dont know what to do anymore").
No labelled crisis line was caught by such a part alone (BENCHMARKS section 9, "Task 8x")."""

from __future__ import annotations

import re

MIN_WORDS = 3
BOUNDARY = re.compile(r"(?<=[.!?;])\s+|\s*\n\s*")
EDGES = " \t,.;:"
# A part that only asks for advice or help, after greetings and fillers ("Please, what would you
# suggest?", "Honestly I don't know what to do.", "Can anyone help?").
_LEAD = (
    r"(?:(?:hi|hello|ok|so|and|but|also|please|pls|honestly|really|just|i|we|im|i'm|i\s+am"
    r"|we\s+are|we're)[\s,]+)*"
)
_ASKS = (
    r"(?:do\s?n[o']?t|dont|do\s+not)\s+(?:really\s+)?know\s+what\s+(?:else\s+)?"
    r"(?:to\s+do|i\s+(?:should|can|need\s+to)\s+do)",
    r"need\s+(?:some\s+)?(?:advice|help)(?:\s+(?:as\s+to|on|with|about))?\s+what\s+(?:i|we)\s+"
    r"(?:need\s+to|should|can)\s+do",
    r"what\s+(?:do|would|can)\s+you\s+(?:suggest|recommend|advise)(?:\s+(?:i|we)\s+do)?",
    r"what\s+(?:should|can|do)\s+(?:i|we)\s+do",
    r"wondering\s+why",
    r"(?:any|some)\s+advice",
    r"help(?:\s+me)?",
    r"can\s+(?:you|someone|anyone)\s+help(?:\s+me)?",
)
PLEA = re.compile(
    rf"{_LEAD}(?:{'|'.join(_ASKS)})[\s?.!]*(?:thanks?(?:\s+you)?[\s.!]*)?", re.IGNORECASE
)


def split(message: str) -> list[str]:
    """The message's parts worth reading alone, in order; [] when it has fewer than two."""
    parts = [p.strip(EDGES) for p in BOUNDARY.split(message)]
    parts = [p for p in parts if len(p.split()) >= MIN_WORDS]
    return parts if len(parts) >= 2 else []


def is_plea(part: str) -> bool:
    """Whether a part only asks for advice or help (the detector does not read it alone; it
    still counts among the message's parts for the step each part adds)."""
    return bool(PLEA.fullmatch(part))
