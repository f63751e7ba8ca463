"""The detector: patterns first (always on), then the meaning of the message (when the caller
passes the message's vector, embedded once for retrieval, and the embedder is the model the
threshold was calibrated for), read whole and, for a message of more than one part, part by part
(`parts`: the parts are embedded in one batched call; a single-part message costs no forward
pass). `calibration.json` holds the method, `k` and threshold chosen by
`bench/crisis.py --calibrate`, and whether the trained head (`bank-head.npz`) joins the nearest
neighbours; the bank's vectors are computed on first use and cached."""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.errors import BadSetting
from app.safety import mention, parts, patterns
from app.safety.bank import CATEGORIES, Example, bank_vectors, load_bank
from app.safety.head import HEAD, Head, load_head
from app.safety.meaning import Judgement, NearestExamples

CALIBRATION = Path(__file__).parent / "calibration.json"
MODES = ("meaning", "patterns")
# When the patterns read an ordinary context and found nothing (figurative speech, a story or game,
# a pet, a general question that names no one, something over and done), the meaning score must
# clear the threshold by this much. Chosen by reading the development sets' scores: crisis messages
# in such a context that only meaning caught scored at least +0.048 over the threshold; the
# ordinary ones it removes scored +0.003 to +0.028. Two signs at once (a general question asking
# trivia; something over and done asked to prevent it) ask twice the margin: held-out 4's
# ordinary messages with two signs scored +0.033 and +0.045.
QUIET_MARGIN = 0.03
# A part is read with the larger of its own quiet margin and the whole message's ("my dog drank
# from a puddle with antifreeze maybe? he is at the vet now"), plus PART_STEP for each part beyond
# two: every part is one more chance of a look-alike sentence. Chosen on the development sets:
# the buried crisis messages that parts caught all had two parts; the 8 MedQuAD/MEDIQA questions
# a part alone would flag had 4 to 13 parts and cleared the threshold by up to +0.123. 0.02 per
# part beyond two leaves one ("... It hurts in my chest, and I can hardly talk": +0.041, 4 parts);
# 0.01 leaves 6.
PART_STEP = 0.02
# Measured and not adopted (2026-12-02): reading a message written mostly in another script
# (Chinese, Arabic, Cyrillic, ...) by the patterns alone. Over the labelled lines in such scripts
# the meaning detector had added 1 crisis and 3 false alarms, but on held-out 18, read blind, it
# lost 2 crises that meaning alone caught ("أريد أن أنهي حياتي الليلة", "我被男朋友强迫发生了关系").
__all__ = ["CATEGORIES", "Detection", "Detector"]


@dataclass(frozen=True)
class Detection:
    categories: tuple[str, ...] = ()  # what kind of crisis, best first (at most two); () = none
    by: tuple[str, ...] = ()  # which detectors fired: "patterns", "meaning"
    score: float | None = None  # the meaning score (of the part that fired, if one did)
    informational: bool = False  # a general question naming suicide, self-harm or assault
    # Read from the conversation, not from the message alone: an ordinary question asked right
    # after a crisis keeps the guidance (`turns.read_turn`).
    carried: bool = False

    @property
    def crisis(self) -> bool:
        return bool(self.categories)


def read_calibration(path: Path = CALIBRATION) -> dict:
    return json.loads(path.read_text("utf-8"))


class Detector:
    def __init__(
        self,
        examples: Sequence[Example] = (),
        embedder=None,
        threshold: float = float("inf"),
        k: int = 3,
        cache_dir: Path | None = None,
        head: Head | None = None,
    ):
        self.examples = list(examples)
        self.head = head
        self.embedder = embedder
        self.threshold = threshold
        self.k = k
        self.cache_dir = cache_dir
        self._nearest: NearestExamples | None = None
        self._lock = threading.Lock()

    @classmethod
    def open(
        cls,
        embedder,
        mode: str = "meaning",
        extra: Sequence[Path] = (),
        cache_dir: Path | None = None,
    ) -> Detector:
        """Patterns only unless `mode` is "meaning" and `embedder` is the calibrated model."""
        calibration = read_calibration()
        if mode != "meaning" or getattr(embedder, "name", None) != calibration["model"]:
            return cls()
        examples = load_bank(extra)
        head = load_head() if calibration.get("head") else None
        if calibration.get("head") and head is None:
            raise BadSetting(f"{HEAD} is missing: run `python bench/crisis.py --calibrate --head`")
        threshold, k = calibration["threshold"], calibration["k"]
        return cls(examples, embedder, threshold, k, cache_dir, head)

    @property
    def uses_meaning(self) -> bool:
        return bool(self.examples) and self.embedder is not None

    def nearest(self) -> NearestExamples:
        """The bank with its vectors, computed (or read from the cache) on first use."""
        with self._lock:
            if self._nearest is None:
                vectors = bank_vectors(self.examples, self.embedder, self.cache_dir)
                self._nearest = NearestExamples(self.examples, vectors, self.k, self.head)
        return self._nearest

    def warm(self) -> None:
        if self.uses_meaning:
            self.nearest()

    def detect(
        self, message: str, vector: np.ndarray | None = None, by_parts: bool = True
    ) -> Detection:
        """`vector` is the message's own embedding; with `by_parts` a message of more than one
        part whose whole vector did not clear the threshold is also read part by part (one more
        embedding call, batched)."""
        found = patterns.match(message)
        by = ("patterns",) if found else ()
        score = None
        if vector is not None and self.uses_meaning:
            judgement = self.nearest().judge(vector)
            score = judgement.score
            # Two signs of an ordinary reading ("years ago ... hes fine, how should i cut grapes")
            # ask twice the margin. The readings are read only when they could matter (a margin
            # is never negative): for a score at the threshold, or for a longer message's parts.
            margin = 0.0 if found or score < self.threshold else self._margin(message)
            fired = score >= self.threshold + margin
            if not fired and by_parts and (pieces := parts.split(message)):
                if not found and score < self.threshold:
                    margin = self._margin(message)
                part = self._strongest_part(pieces, margin, quiet=not found)
                if part is not None:
                    judgement, score, fired = part, part.score, True
            if fired:
                found += [c for c in judgement.categories if c not in found]
                by += ("meaning",)
        categories = tuple(found[:2])
        return Detection(categories, by, score, mention.informational(message, categories))

    def _strongest_part(self, pieces: list[str], margin: float, quiet: bool) -> Judgement | None:
        """The part that clears its margin by the most, if any does (no quiet margins when the
        patterns fired: `quiet` False)."""
        step = PART_STEP * (len(pieces) - 2)
        pieces = [p for p in pieces if not parts.is_plea(p)]  # a plea says nothing alone
        best, clearance = None, 0.0
        if not pieces:
            return None
        for piece, vector in zip(pieces, self.embedder.embed(pieces), strict=True):
            judgement = self.nearest().judge(vector)
            own = self._margin(piece) if quiet else 0.0
            over = judgement.score - self.threshold - max(margin, own) - step
            if over >= clearance:
                best, clearance = judgement, over
        return best

    @staticmethod
    def _margin(text: str) -> float:
        return QUIET_MARGIN * min(len(patterns.quiet_readings(text)), 2)
