"""The ordinary questions asked beside a crisis in the same message.

After a crisis told in the message itself, the articles are quoted only to answer an ordinary
question the reader asked beside it ("does exercise help depression? asking bc ive been having
thoughts of suicide"), never for the crisis's own words: "dad suddenly cant talk right and his arm
just hangs there" used to get the guidance and then the dopamine article's list of tremors and
muscle cramps, "today is the day. just wanted to say the dopamine article was nice. bye" a
sentence about dopamine levels (BENCHMARKS section 9, "Quotes after a crisis"). A part asks a
question when it opens with a question word (after chat fillers) or ends with "?"; a part with a
pronoun ("is it normal to not remember parts of it?", "does running help with that kind of
thinking") speaks of the crisis itself and is not read alone. The caller reads each remaining
part alone and quotes for the first that is not itself a crisis.
"""

from __future__ import annotations

import re

from app.concepts import key_concepts
from app.need import FILLERS, REFERS_BACK, STARTERS, need
from app.safety import parts

OPENS_A_QUESTION = re.compile(rf"{FILLERS}(?:{STARTERS})\b", re.IGNORECASE)


def questions(message: str) -> list[str]:
    """The message's parts that ask a question of their own, in order: its sentences
    (`app.safety.parts.split`: three words or more, when there are two or more) and the question
    after a preamble and a comma or a dash (`app.need`: "my husband hits me and i cant sleep,
    what helps with insomnia?"; not after "and": "collapsed and is not breathing"); none with a
    pronoun or without a key concept of its own ("what do i do")."""
    found = [p for p in parts.split(message) if asks(p)]
    asked = need(message)
    if asked.preamble.rstrip().endswith(tuple(",.!?;:-–—…")) and asks(asked.question):
        found.append(asked.question)
    return [q for q in dict.fromkeys(found) if not REFERS_BACK.search(q) and key_concepts(q)]


def asks(part: str) -> bool:
    return part.rstrip().endswith("?") or bool(OPENS_A_QUESTION.match(part))


def asks_its_own(message: str) -> bool:
    """The message asks a question of its own: as a whole or in one of its parts, a question
    (`asks`) with a key concept and no pronoun leaning on what came before ("what foods help
    dopamine", not "and what helps with it", "ok thats enough then")."""
    whole = asks(message) and not REFERS_BACK.search(message) and key_concepts(message)
    return bool(whole or questions(message))
