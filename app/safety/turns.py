"""A message in a conversation, read for a crisis: the one decision the product makes
(`Assistant.find_many`) and the benchmark measures (`bench/crisis.py`, lines with a `history`).

1. The message alone: the patterns, and the meaning of its own vector. A short follow-up (at most
   `SHORT` words that refer back, carry on or name almost nothing: "which one do people overlook",
   "how does it do that") has no words of its own for the meaning to read, and its neighbours in
   the bank are then only the least unlike lines: its own vector counts only when its nearest
   crisis examples are near it (`FLOOR`, mean cosine of the k nearest); what it means is read
   with the conversation instead.
2. With the conversation, for a follow-up that leans on it or a short follow-up whose own vector
   cleared the threshold without counting: the patterns read the last two turns and the message
   as typed, and the meaning reads the vector of the message with the conversation's topic
   (`Query.context`, embedded for retrieval in the same call). Not for every short follow-up:
   the patterns on the joined turns cost about a millisecond, and on every labelled set that
   reading caught nothing more.
3. The turn right after a crisis keeps its guidance ("what do i do" after "he collapsed"): the
   patterns read the turn before.

Measured in BENCHMARKS section 9 ("Follow-ups read with their conversation"). Left out: reading
the meaning of the earlier turns joined to the message (one more vector per follow-up; on the
development follow-ups it caught no crisis the three readings missed).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from app.conversation import CARRIES_ON, Query, needs_context
from app.safety.detector import Detection, Detector

# A short follow-up has at most this many words.
SHORT = 10
# The mean cosine its 3 nearest crisis examples need for its own vector's meaning to count.
FLOOR = 0.5


def short_follow_up(message: str) -> bool:
    """A message of few words that refers back, carries on or names almost nothing."""
    short = len(message.split()) <= SHORT
    return short and (needs_context(message) or bool(CARRIES_ON.search(message)))


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
    short = short_follow_up(message)
    crisis = detector.detect(message, own, near=FLOOR if short else 0.0)
    # a short follow-up the floor (or a quiet margin) kept from firing is read with it too
    held = short and crisis.score is not None and crisis.score >= detector.threshold
    if not crisis.crisis and history and (query.leans or held):
        said = " ".join([*history[-2:], message])
        # each earlier turn was read by parts when it was asked
        crisis = detector.detect(said, context, by_parts=False)
    if not crisis.crisis and history:
        crisis = detector.detect(history[-1])
    return crisis
