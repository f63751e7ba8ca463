"""A message in a conversation, read for a crisis: the one decision the product makes
(`Assistant.find_many`) and the benchmark measures (`bench/crisis.py`, lines with a `history`).

1. The message alone: the patterns, and the meaning of its own vector.
2. With the conversation, for a follow-up that leans on it (`Query.leans`: refers back or names
   almost nothing): the patterns read the last two turns and the message as typed, and the
   meaning reads the vector of the message with the conversation's topic (`Query.context`,
   embedded for retrieval in the same call). Each earlier turn was read by parts when asked.
   A follow-up that names its own topic is read with the last two turns by the patterns alone
   ("my toddler was playing with my handbag" then "the pill bottle is open and some are
   missing": each turn ordinary, together a child by an open bottle). Held-out 17's
   conversations (read once, blind): 2 more crises caught; no false alarm added on any
   conversation set (dev, held-out 15-17) or on the seed sets' 249 follow-ups.
3. The turn right after a crisis keeps its guidance ("what do i do" after "he collapsed"): the
   patterns read the turn before.

Measured and not adopted (BENCHMARKS section 9, "Follow-ups read with their conversation"): a
short follow-up's own vector counted only when its nearest crisis examples are near (mean cosine
>= 0.5). It cleared 7 of the seed questions' 9 false alarms and lost no crisis with the shipped
bank, but lost crises when the bank had not seen them (leave one set out, and short crises asked
after an ordinary question: "im gonna do it tonight, i decided", "someone at my work said he'd
shoot everyone"). Also measured and not adopted (task 8v, BENCHMARKS section 9, "Held-out 15
joins"): dropping a short follow-up's own-vector flag when the message read with the
conversation's topic (`Query.context`) scores well under the threshold. The topic's words
dominate that vector for a crisis too ("im tired of existing" after "what are early signs of
parkinsons" scores 0.45 under the threshold there), so it lost 21-256 short crises asked after
an ordinary question, with their own set left out of the bank, for 3-16 false alarms removed.
Also left out: reading the meaning of the earlier turns joined to the message (one more vector
per follow-up; on the development follow-ups it caught nothing the three readings missed).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from app.conversation import Query
from app.safety.detector import Detection, Detector


def read_turn(
    detector: Detector,
    message: str,
    history: Sequence[str],
    query: Query,
    own: np.ndarray | None,
    context: np.ndarray | None = None,
) -> Detection:
    """Whether `message`, asked after `history`, is a crisis. `query` is
    `conversation.contextualize(message, history)`; `own` its own vector and `context` the
    vector of `query.context` (None when there is no history)."""
    crisis = detector.detect(message, own)
    if not crisis.crisis and history:
        said = " ".join([*history[-2:], message])
        # ... its meaning too when it leans; without a vector the detector reads the patterns only
        crisis = detector.detect(said, context if query.leans else None, by_parts=False)
    if not crisis.crisis and history:
        crisis = detector.detect(history[-1])
    return crisis
