"""Questions -> groups of the same meaning, largest first: each with its count, a representative
question (near the group's centre) and a few other examples.

How: identical questions (case and spacing aside) are embedded once, with the app's own embedder;
the distinct ones are clustered by average-linkage agglomerative clustering on cosine distance,
cut at `threshold` (scipy), weighted by how often each was asked for the centres. A group's
representative is the most asked of its five questions nearest the centre (a wording many readers
typed the same way rather than one with a typing slip), the nearest on a tie. Above
`max_clustered` distinct questions, an evenly spaced sample that large is clustered and every
other question joins the group whose centre is nearest (memory and time stay bounded: the
linkage needs n² distances). The threshold was chosen with `bench/report.py` (BENCHMARKS.md).

Left out: naming a group (its representative does that, in the readers' own words)."""

from __future__ import annotations

import threading
import warnings
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from app.embed import Embedder
from app.embed.kept import digest

THRESHOLD = 0.7  # cosine distance at which groups stop merging (bench/report.py, BENCHMARKS 11)
MAX_CLUSTERED = 4000
EXAMPLES = 3
NEAREST = 5  # the representative: the most asked of the questions this close to the centre


@dataclass(frozen=True)
class Group:
    count: int  # questions asked, repeats included
    representative: str
    examples: tuple[str, ...]  # other distinct questions of the group, most asked first

    def to_dict(self) -> dict:
        return {
            "count": self.count,
            "representative": self.representative,
            "examples": list(self.examples),
        }


def key(text: str) -> str:
    return " ".join(text.lower().split())


def group_questions(
    questions: Sequence[str],
    embedder: Embedder,
    threshold: float = THRESHOLD,
    max_clustered: int = MAX_CLUSTERED,
) -> list[Group]:
    counts = Counter(key(q) for q in questions)
    shown: dict[str, str] = {}
    for q in questions:
        shown.setdefault(key(q), q.strip())  # the first wording of each distinct question
    texts = list(counts)
    if not texts:
        return []
    vectors = np.asarray(embedder.embed([shown[t] for t in texts]), dtype=np.float32)
    weights = np.array([counts[t] for t in texts], dtype=np.float64)
    labels = cluster(vectors, weights, threshold, max_clustered)
    groups = [
        _group(np.flatnonzero(labels == label), vectors, weights, [shown[t] for t in texts])
        for label in np.unique(labels)
    ]
    return sorted(groups, key=lambda g: (-g.count, g.representative.lower()))


def cluster(
    vectors: np.ndarray, weights: np.ndarray, threshold: float, max_clustered: int = MAX_CLUSTERED
) -> np.ndarray:
    """A group label per row of `vectors` (unit vectors)."""
    n = len(vectors)
    if n == 1:
        return np.zeros(1, dtype=np.int64)
    if n <= max_clustered:
        return _agglomerative(vectors, threshold)
    sample = np.linspace(0, n - 1, max_clustered).round().astype(np.int64)
    sample_labels = _agglomerative(vectors[sample], threshold)
    centres = np.stack(
        [
            _centre(vectors[sample[sample_labels == g]], weights[sample[sample_labels == g]])
            for g in range(sample_labels.max() + 1)
        ]
    )
    return np.argmax(vectors @ centres.T, axis=1)


def _agglomerative(vectors: np.ndarray, threshold: float) -> np.ndarray:
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import pdist

    with np.errstate(invalid="ignore", divide="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        distances = pdist(vectors.astype(np.float64), metric="cosine")
    # a vector of zeros (a text with nothing to embed) is at distance 1 from everything
    distances = np.clip(np.nan_to_num(distances, nan=1.0), 0.0, 2.0)
    tree = linkage(distances, method="average")
    return fcluster(tree, t=threshold, criterion="distance") - 1


def _centre(vectors: np.ndarray, weights: np.ndarray) -> np.ndarray:
    centre = (vectors * weights[:, None]).sum(axis=0)
    return centre / (np.linalg.norm(centre) or 1.0)


def _group(rows: np.ndarray, vectors: np.ndarray, weights: np.ndarray, texts: list[str]) -> Group:
    centre = _centre(vectors[rows], weights[rows])
    nearest = rows[np.argsort(-(vectors[rows] @ centre), kind="stable")[:NEAREST]]
    best = nearest[np.argmax(weights[nearest])]  # the most asked of them; ties: the nearest
    others = sorted((r for r in rows if r != best), key=lambda r: (-weights[r], texts[r].lower()))
    return Group(
        count=int(weights[rows].sum()),
        representative=texts[best],
        examples=tuple(texts[r] for r in others[:EXAMPLES]),
    )


class CachedEmbedder:
    """An embedder that remembers the vectors of the last `size` texts (the /admin page embeds the
    same questions on every visit), each known by a digest of the text, never the text: the
    stored questions do not stay in the server's memory after a visit (SECURITY.md)."""

    def __init__(self, embedder: Embedder, size: int = 50_000) -> None:
        self.embedder = embedder
        self.name, self.dim = embedder.name, embedder.dim
        self.size = size
        self._known: dict[bytes, np.ndarray] = {}  # by digest
        self._lock = threading.Lock()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One caller at a time (the page is for one person; a second visit waits)."""
        with self._lock:
            keys = [digest(t) for t in texts]
            new = {k: t for t, k in zip(texts, keys, strict=True) if k not in self._known}
            if new:
                fresh = np.asarray(self.embedder.embed(list(new.values())), dtype=np.float32)
                self._known.update(zip(new, fresh, strict=True))
            out = np.stack([self._known[k] for k in keys]) if texts else None
            for old in list(self._known)[: max(0, len(self._known) - self.size)]:
                del self._known[old]  # the oldest first
        return out if out is not None else np.zeros((0, self.dim), dtype=np.float32)
