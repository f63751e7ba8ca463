"""all-MiniLM-L6-v2 through sentence-transformers on the CPU: "torch" (fp32) or "bf16"."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np

from app.embed.model import BACKENDS, DIM, MODEL_NAME, model_path, offline
from app.errors import BadSetting, ModelUnavailable


class SentenceEmbedder:
    """all-MiniLM-L6-v2 through sentence-transformers, on the CPU; fp32 or bf16."""

    dim = DIM

    def __init__(self, backend: str = "torch", batch_size: int = 32):
        if backend not in ("torch", "bf16"):
            raise BadSetting(  # a setting's typo, not a missing model: exit 2
                f"bad setting: HEALTHQA_BACKEND={backend!r} is not one of {', '.join(BACKENDS)}"
            )
        self.backend = backend
        self.name = MODEL_NAME
        self.batch_size = batch_size
        self._model = None
        self._lock = threading.Lock()

    def _load(self):
        with self._lock:
            if self._model is None:
                offline()
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
