"""The part of a labelled crisis line that carries the crisis, for the bank: a set's buried crisis
("whats a good dose of tyrosine for focus? also my chest feels really tight ...") copied whole
made its ordinary carrier question a crisis neighbour, and the carrier alone ("whats a good dose
of tyrosine for focus") was flagged. A crisis line of several parts (`app.safety.parts.split`)
keeps the parts the patterns flag or that score at the threshold against the bank's own lines (no
`source`, at the calibration they had before the sets joined); when none does, the part that
scores highest. A line whose every part is kept stays whole. The parts left over are dropped, not
added as ordinary: a part chosen wrongly would then teach the bank that a crisis is ordinary.

Left out: lines of one part and ordinary lines (unchanged).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from app.safety import parts, patterns
from app.safety.bank import Example
from app.safety.meaning import NearestExamples


def kept(pieces: Sequence[str], scores: Sequence[float], flagged: Sequence[bool], t: float) -> list:
    """The indices of the parts to keep, in order."""
    keep = [i for i, (s, f) in enumerate(zip(scores, flagged, strict=True)) if f or s >= t]
    return keep or [int(np.argmax(scores))]


def crisis_parts(
    examples: Sequence[Example], embedder, nearest: NearestExamples, threshold: float
) -> list[Example]:
    """`examples` with each crisis line of several parts cut down to the parts that carry it
    (one batched embedding call for every part)."""
    split = [parts.split(e.text) if e.crisis else [] for e in examples]
    texts = [p for pieces in split for p in pieces]
    vectors = np.asarray(embedder.embed(texts), dtype=np.float32) if texts else np.zeros((0, 0))
    out, at = [], 0
    for e, pieces in zip(examples, split, strict=True):
        if not pieces:
            out.append(e)
            continue
        scores = nearest.scores(vectors[at : at + len(pieces)])
        at += len(pieces)
        keep = kept(pieces, list(scores), [bool(patterns.match(p)) for p in pieces], threshold)
        text = e.text if len(keep) == len(pieces) else " ".join(pieces[i] for i in keep)
        out.append(replace(e, text=text))
    return out


def cut_sets(data: dict, skip, stored: dict, embedder, nearest: NearestExamples, t: float) -> dict:
    """The labelled sets (name -> lines; those in `skip` left as they are) as the bank adds
    them, for the benchmarks; `stored` (name -> their vectors, as the app reads them: float16)
    gets the cut lines' vectors."""
    out = dict(data)
    for name, examples in data.items():
        if name in skip:
            continue
        out[name] = crisis_parts(examples, embedder, nearest, t)
        changed = [i for i, (a, b) in enumerate(zip(examples, out[name], strict=True)) if a != b]
        if changed:
            fresh = np.asarray(embedder.embed([out[name][i].text for i in changed]), np.float16)
            fresh = fresh.astype(np.float32)
            stored[name] = stored[name].copy()
            stored[name][changed] = fresh / np.linalg.norm(fresh, axis=1, keepdims=True)
    return out
