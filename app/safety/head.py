"""The trained head of the meaning detector: a linear classifier over the question's own vector
(the one retrieval computed), stored as plain numpy arrays in `bank-head.npz` beside the bank and
scored with numpy alone (serving needs no scikit-learn).

The head is a 7-way logistic regression (the six crisis categories and "none"); its score is the
log-odds that a message is *not* ordinary, log(1 - p_none) - log(p_none), mapped onto the scale of
the nearest-neighbour score by `scale` and `shift` (set by calibration so that the two agree on
the median and 90th percentile of the bank's ordinary messages, out of fold). The meaning detector
averages the two (`meaning`). The file is stamped with the fingerprint of the bank it was trained
on; `bench/crisis.py --calibrate` retrains it (training: `bench/crisis_head.py`).

Left out: training, and any use of the head's own category guess (categories come from the
nearest crisis examples).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

HEAD = Path(__file__).parent / "bank-head.npz"
FORMAT = 1


@dataclass(frozen=True)
class Head:
    weights: np.ndarray  # (classes, dim) float32
    bias: np.ndarray  # (classes,) float32
    none: int  # the row of the "none" class
    scale: float = 1.0  # logit -> nearest-neighbour scale
    shift: float = 0.0
    fingerprint: str = ""  # of the bank it was trained on (bank.fingerprint)

    def logit(self, vector: np.ndarray) -> float:
        """log(1 - p_none) - log(p_none) for one unit vector."""
        # einsum, not `@`: BLAS threads cost more than this (meaning.NearestExamples).
        z = np.einsum("ij,j->i", self.weights, vector) + self.bias
        z = z - z.max()
        others = np.delete(z, self.none)
        return float(np.log(np.exp(others).sum()) - z[self.none])

    def score(self, vector: np.ndarray) -> float:
        """The logit on the nearest-neighbour score's scale."""
        return self.scale * self.logit(vector) + self.shift

    def with_scale(self, scale: float, shift: float) -> Head:
        return Head(self.weights, self.bias, self.none, scale, shift, self.fingerprint)


def save_head(head: Head, classes: tuple[str, ...], path: Path = HEAD) -> None:
    np.savez_compressed(
        path,
        format=np.array(FORMAT),
        weights=head.weights.astype(np.float32),
        bias=head.bias.astype(np.float32),
        classes=np.array(classes),
        none=np.array(head.none),
        scale=np.array(head.scale),
        shift=np.array(head.shift),
        fingerprint=np.array(head.fingerprint),
    )


def load_head(path: Path = HEAD) -> Head | None:
    """The shipped head, or None when there is none (or it is of another format)."""
    if not Path(path).is_file():
        return None
    with np.load(path) as data:
        if int(data["format"]) != FORMAT:
            return None
        return Head(
            np.ascontiguousarray(data["weights"], dtype=np.float32),
            np.ascontiguousarray(data["bias"], dtype=np.float32),
            int(data["none"]),
            float(data["scale"]),
            float(data["shift"]),
            str(data["fingerprint"]),
        )
