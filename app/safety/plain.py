"""When a follow-up loses the reading its earlier turns give it (`turns`, stages 4 and 6): only a
short follow-up far from a crisis by its own meaning (`plainly_ordinary`), or one after a frame or
a turn that only informs that asks and tells nothing of its own (`untold_after_frame`), and never
one that tells of the reader's own end or a farewell (`tells_of_own`). After ordinary earlier
turns (`earlier.ordinary_before`) such a follow-up is a crisis only when it asks something and the
meaning of the message read with the conversation's topic agrees (`confirmed`). Tasks 8y and 8bb,
BENCHMARKS section 9: 7 ordinary follow-ups of the conversation sets cleared by the first rule, no
crisis line of any labelled set lost.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from app.conversation import asks
from app.safety import patterns
from app.safety.across import farewell
from app.safety.detector import Detection, Detector
from app.safety.earlier import COURSE_ONLY, FRAMES, INFORMING, framed_or_ended, readings_of
from app.safety.informed import PERSONAL
from app.safety.wording import (
    AMOUNT,
    DANGER,
    FIRST_PERSON,
    OWN_END,
    QUESTION,
    SHORT,
    TELLS,
    URGENT,
    length,
)

# A follow-up whose own meaning comes this close to the threshold keeps the reading its earlier
# turns give it, ordinary or not. Chosen on the development data: the crisis messages caught only
# through ordinary earlier turns (in the follow-up sets, and asked after ten ordinary questions
# with crisis words, each set left out of the bank: `bench/crisis_ordinary_turns.py`) scored
# -0.087 to +0.029 against the threshold alone, the ordinary follow-ups the rule clears -0.153 to
# -0.556 ("would the detective really smell almonds or is that a myth", -0.066, stays flagged).
NEAR = 0.12
# A reaction that tells nothing and asks nothing: "wow really", "huh didnt know that", "oh ok
# interesting" (a conversation probe of the third session of 2026-12-04, after a general question
# naming self-harm). After a turn that only informs, it is answered like a question telling
# nothing (`_untold`).
REACTION = re.compile(
    r"^\W*(?:(?:wow|huh|oh|ah|ahh|hm+|interesting|really|ok|okay|k|right|makes sense|i see"
    r"|no way|didn'?t know that|did not know that|good to know"
    r"|thats (?:interesting|wild|crazy|sad|surprising|a lot|so many|high|low)"
    r"|damn|dang|yikes|woah|whoa|wild|crazy|sad|ugh|lol|haha)\W*)+$",
    re.I,
)


def plainly_ordinary(
    detector: Detector, message: str, alone: Detection, context: np.ndarray | None
) -> bool:
    """Whether the message is a short follow-up (at most `SHORT` words) whose own meaning is far
    from a crisis (more than `NEAR` under the threshold), and the conversation's meaning can be
    read: only such a follow-up can lose a reading its earlier turns gave it. A longer message
    tells something of its own ("i took 3 scoops plus 2 coffees and my heart wont slow down and
    im shaking"), and without the meaning (no vectors) nothing changes."""
    if alone.score is None or context is None or len(message.split()) > SHORT:
        return False
    return alone.score < detector.threshold - NEAR


def untold_after_frame(
    message: str, alone: Detection, context: np.ndarray | None, earlier: Sequence[str]
) -> bool:
    """Whether a short follow-up (at most `SHORT` words) after a frame or a turn that only
    informs (a course, a role, a story; an article or someone's claim reported; a first-aid
    how-to) is a question that tells nothing of its own (`_untold`): it may lose the earlier
    turns' reading however near a crisis its own meaning ("is she right?" after "my friend says
    you cant od on b12", "should it be set in the 1920s" after a crime novel's poisoning). Task
    8bb, BENCHMARKS section 9. Its words are counted after a leading remark ("ok good to know,
    ...": `wording.length`, task 8jj)."""
    if alone.score is None or context is None or length(message) > SHORT:
        return False
    readings = set().union(*(readings_of(turn) for turn in earlier))
    return bool(readings & (FRAMES | INFORMING)) and _untold(message, readings)


def _untold(message: str, readings: set[str]) -> bool:
    """A question (`QUESTION`) telling nothing of its own (`TELLS`) and naming no danger
    (`DANGER`). After a turn that only informs, the reader says nothing of themself either
    (`FIRST_PERSON`: "what if i already took 30"); after a how-to, it names no one ("and if shes
    sick", "should we keep going") and is in no hurry (`URGENT`: "what if it doesnt work"), and an
    amount asked is the technique's ("how many pushes a minute")."""
    if not (QUESTION.search(message) or REACTION.match(message)) or TELLS.search(message):
        return False
    if readings & INFORMING and FIRST_PERSON.search(message):
        return False
    named = message
    if "howto" in readings:
        if PERSONAL.search(message) or URGENT.search(message):
            return False
        named = AMOUNT.sub(" ", message)
    return not DANGER.search(named)


def only_frames(message: str) -> bool:
    """Whether the follow-up only says what the question before was for (`earlier.COURSE_ONLY`:
    a course, a wish to be ready or to learn, the role one asks in: "im a new nanny and want to be
    prepared" after "how do you do the heimlich"): it tells nothing of its own, and after
    ordinary turns it asks nothing either (`confirmed`). Task 8oo."""
    return bool(COURSE_ONLY.search(patterns.normalize(message)))


def tells_of_own(message: str) -> bool:
    """Whether a message tells something of its own whatever the earlier turns were: the reader's
    own death or end (`OWN_END` with `FIRST_PERSON`: "any point getting a flu jab if ill be dead
    by spring") or a farewell (`across.farewell`: "thats it then, bye for good"). The earlier
    turns' reading then stands, ordinary or not (task 8bb: such lines were lost after an ordinary
    question with crisis words)."""
    return bool(OWN_END.search(message) and FIRST_PERSON.search(message)) or farewell(message)


def confirmed(
    detector: Detector, said: str, message: str, context: np.ndarray, earlier: Sequence[str]
) -> Detection:
    """After ordinary turns, the conversation's crisis reading stands only when the message asks
    something and the meaning of the message read with the conversation's topic agrees ("like
    for a 60kg person" after "how many sleeping pills would be fatal"); "ok thanks", "so 4
    coffees is fine?" or "now i want to get fit for swimming, what should i eat" after such turns
    are not crises by themselves. After a turn that frames the others (a course, a role, a story)
    or says the danger ended well, the topic's meaning is that frame's or that danger's: it
    confirms only a message that tells something of its own (`TELLS`: a time now, "again", the
    reader's own people or self: "asking for me actually", "is it normal hes coughing again");
    "any sources i can cite" after a question for a psychology class, "lol do you have any first
    aid articles" after "hes totally fine" are answered. After a turn that only informs (an
    article or a claim reported, a first-aid how-to), a question that tells nothing (`_untold`)
    is answered ("is milk thistle actually legit" after "read your article about paracetamol
    overdose"); anything else is left to the meaning ("asking because i took the whole tub")."""
    if not asks(message):
        return Detection()
    if framed_or_ended(earlier) and not TELLS.search(message):
        return Detection()
    readings = set().union(*(readings_of(turn) for turn in earlier))
    if readings & INFORMING and _untold(message, readings):
        return Detection()
    found = detector.detect(said, context, by_parts=False)
    return found if "meaning" in found.by else Detection()
