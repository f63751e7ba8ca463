"""Stage 13 of `turns.read_turn`: suicidal thoughts the reader told in their own words in one of the
last two turns, read so only by that turn's meaning, keep the suicide guidance for a follow-up that
goes on from them ("i dont plan on seeing 30", then "so thats the deadline"; "ive been saving mine
up for a while", then "got about 60 now"). Each such follow-up is ordinary alone, and the
conversation's meaning, weighted by the topic's words, read it as ordinary (conversation probe 40
of the seventh session of 2026-12-05: 12 of its 60 crises missed, 5 of them so).

A broader rule (any earlier turn read as suicide) was measured over every labelled conversation set
first: 9 crises gained for 91 ordinary follow-ups flagged. The earlier turn's meaning is noisy for
short turns ("forgot my meds this morning", "the hotline number in ur article is wrong"), and the
patterns' suicide readings of earlier turns are mostly the mention policy's (a film's scene, a
course, a friend's past). So the turn must be read as suicide by its meaning alone, clear the
threshold by `STRONG`, tell rather than ask, and no earlier turn may frame, report, ask about an
article or say the danger is past or a joke; the follow-up must not be a longer question or a
joke. Over every labelled conversation set: 7 crises gained, no ordinary follow-up flagged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.safety import patterns
from app.safety.detector import Detector
from app.safety.earlier import FRAMES, INFORMING, readings_of
from app.safety.patterns.gates import JOKE, LONG_AGO, PAST_OR_GENERAL, RECOVERED
from app.safety.wording import QUESTION

# How far over the threshold the earlier turn's own meaning must score (the threshold is 0.0567
# for the shipped backend): the seven crises it gained scored 0.104 to 0.283, the ordinary turns it
# would have flagged at a margin of 0.02 to 0.03 scored 0.065 to 0.099.
STRONG = 0.043

# A question in any of the languages the patterns know, or a question word anywhere.
ASKS = re.compile(
    r"[?¿]|^\W*(?:cu[aá]l\w*|qu[eé]|c[oó]mo|por qu[eé]|quels?|quelles?|comment|pourquoi|was|wie"
    r"|warum|welche\w*|o que|como|quais|qual)\b|\b(?:what|how|why|which|where|when|who)\b",
    re.I,
)
# A turn about the articles or the site ("the hotline number in ur article is wrong btw").
SITE = re.compile(
    r"\b(?:articles?|site|website|page|links?|editors?|typo|newsletter)\b",
    re.I,
)
# A follow-up longer than this that asks something is a question of its own.
LONG_QUESTION = 5


def disclosed_before(detector: Detector, earlier: Sequence[str], message: str) -> bool:
    """Whether one of the `earlier` turns (the last two) told of the reader's suicidal thoughts,
    read so by its own meaning alone, and `message` goes on from it (module docstring)."""
    if not detector.uses_meaning or not earlier or _asks_or_jokes(message):
        return False
    texts = [patterns.normalize(turn) for turn in earlier]
    readings = [readings_of(turn) for turn in earlier]
    if any(_frames_or_past(found, text) for found, text in zip(readings, texts, strict=True)):
        return False
    # Only a turn that tells is read by its meaning: one more embedding call for it (usually a hit
    # of the vector cache, the turn was embedded when it was asked), none after questions only.
    telling = [
        turn
        for turn, text, found in zip(earlier, texts, readings, strict=True)
        if not (found or QUESTION.search(text) or ASKS.search(text))
    ]
    if not telling:
        return False
    vectors = detector.embedder.embed(telling)
    for turn, vector in zip(telling, vectors, strict=True):
        found = detector.detect(turn, vector)
        if (
            "suicide" in found.categories
            and found.by == ("meaning",)
            and found.score >= detector.threshold + STRONG
        ):
            return True
    return False


def _asks_or_jokes(message: str) -> bool:
    """A longer question of its own, or a joke."""
    text = patterns.normalize(message)
    asks = bool(QUESTION.search(text) or ASKS.search(text))
    return (asks and len(text.split()) > LONG_QUESTION) or bool(JOKE.search(text))


def _frames_or_past(readings: set[str], text: str) -> bool:
    """An earlier turn that frames, reports, mentions or says something ended (its `readings_of`),
    is about the site, a joke, or tells of the past or a recovery."""
    if readings & (FRAMES | INFORMING | {"ended"}):
        return True
    return any(rx.search(text) for rx in (PAST_OR_GENERAL, LONG_AGO, RECOVERED, JOKE, SITE))
