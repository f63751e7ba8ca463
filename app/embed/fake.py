"""A deterministic bag-of-words hashing embedder for fast tests: texts sharing words get similar
vectors. No model, no randomness."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np

from app.embed.model import DIM

TOKEN = re.compile(r"\w\w+")


class FakeEmbedder:
    name = "fake-hashing"
    backend = "fake"

    def __init__(self, dim: int = DIM):
        self.dim = dim
        self.calls = 0

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for token in TOKEN.findall(text.lower()):
                h = int.from_bytes(
                    hashlib.blake2b(token[:6].encode(), digest_size=8).digest(), "big"
                )
                out[row, h % self.dim] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1.0, norms)
