"""Crisis and emergency detection, and the guidance shown for each kind of crisis.

Two lines of defence over one message: regular expressions per category (`patterns`, fast, always
on) and a meaning-based detector (`meaning`) that compares the question's own embedding (the one
retrieval already computed) with a bank of labelled example messages (`bank.jsonl`), and for a
message of several sentences each sentence too (`parts`, one batched embedding call). A message is
a crisis when either fires. Errs on the side of showing guidance: a false alarm costs a reader one
extra paragraph; a miss can cost far more.

Modules: `patterns` (regexes), `bank` (the example messages and their cached vectors), `meaning`
(nearest-neighbour score and category), `parts` (a message's sentences), `guidance` (the text per
category), `language` (is a message English), `detector` (all of it wired together). Importing this
package is cheap: numpy and the standard library; the language identifier loads on first use.
"""

from __future__ import annotations

from app.safety.detector import CATEGORIES, Detection, Detector
from app.safety.patterns import match


def is_crisis(message: str) -> bool:
    """Whether the patterns alone flag the message (no embedding needed)."""
    return bool(match(message))


__all__ = ["CATEGORIES", "Detection", "Detector", "is_crisis", "match"]
