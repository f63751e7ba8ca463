"""The bank of labelled example messages: JSONL data a site owner can read and extend, one
`{"text": "...", "category": "..."}` per line (category one of `CATEGORIES` or "none"; lines
starting with `//` and blank lines are skipped). Its vectors are computed with the running
embedder and cached in a `.npy` file named by a hash of the model and the bank's texts, so startup
with an unchanged bank reads one small file.

Left out: training anything. The bank *is* the model (see `meaning`).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.errors import BadSetting

HERE = Path(__file__).parent
BANK = HERE / "bank.jsonl"
CATEGORIES = ("suicide", "self_harm", "overdose", "medical", "sexual_assault", "violence")
LABELS = (*CATEGORIES, "none")


@dataclass(frozen=True)
class Example:
    text: str
    category: str  # one of CATEGORIES, or "none" for an ordinary message

    @property
    def crisis(self) -> bool:
        return self.category != "none"


def read_examples(path: Path) -> list[Example]:
    """The examples of one JSONL file; a bad line is an error naming the file and line."""
    examples = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            item = json.loads(line)
            example = Example(str(item["text"]), str(item["category"]))
        except (ValueError, KeyError, TypeError) as err:
            want = '{"text": ..., "category": ...}'
            raise BadSetting(f"{path}:{n}: expected {want} ({err})") from err
        if example.category not in LABELS:
            known = ", ".join(LABELS)
            raise BadSetting(f"{path}:{n}: unknown category {example.category!r} ({known})")
        examples.append(example)
    return examples


def load_bank(extra: Sequence[Path] = ()) -> list[Example]:
    """The shipped bank plus any extra files (a deployment's own examples)."""
    examples = read_examples(BANK)
    for path in extra:
        examples += read_examples(Path(path))
    return examples


def fingerprint(examples: Sequence[Example], model: str) -> str:
    digest = hashlib.sha256(model.encode())
    for e in examples:
        digest.update(b"\0" + e.text.encode() + b"\0" + e.category.encode())
    return digest.hexdigest()[:16]


def bank_vectors(examples: Sequence[Example], embedder, cache_dir: Path | None) -> np.ndarray:
    """The examples' unit vectors, read from the cache when the bank and model are unchanged."""
    name = f"safety-bank-{fingerprint(examples, getattr(embedder, 'name', ''))}.npy"
    path = cache_dir / name if cache_dir else None
    if path and path.is_file():
        vectors = np.load(path)
        if vectors.shape == (len(examples), embedder.dim):
            return vectors
    vectors = np.ascontiguousarray(embedder.embed([e.text for e in examples]), dtype=np.float32)
    if path:
        _save_atomically(path, vectors)
    return vectors


def _save_atomically(path: Path, vectors: np.ndarray) -> None:
    """Write aside, then rename: a reader never sees half a file. A read-only folder is fine."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".safety-", suffix=".npy")
        with os.fdopen(fd, "wb") as f:
            np.save(f, vectors)
        os.replace(tmp, path)
        for old in path.parent.glob("safety-bank-*.npy"):  # vectors of earlier banks
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        return
