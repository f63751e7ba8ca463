"""The bank of labelled example messages: JSONL data a site owner can read and extend, one
`{"text": "...", "category": "..."}` per line (category one of `CATEGORIES` or "none"; an
optional `"kind"` names the kind of message a line was written for, so cross-validation can hold
out whole kinds; an optional `"source"` names the labelled set a line was copied from, e.g.
`eval/crisis/heldout-3.jsonl`, and calibration counts its false-alarm budget over the ordinary
lines without one, the bank's own hard look-alikes; other fields are ignored; lines starting with
`//` and blank lines are skipped). The shipped bank's vectors
ship beside it (`bank-vectors.npz`, stamped with a hash of the model and the bank's lines), so
startup embeds nothing; lines added to the bank or in a deployment's extra files are embedded on
first use and cached in a `.npy` file named by the same kind of hash.

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
SHIPPED = HERE / "bank-vectors.npz"
CATEGORIES = ("suicide", "self_harm", "overdose", "medical", "sexual_assault", "violence")
LABELS = (*CATEGORIES, "none")


@dataclass(frozen=True)
class Example:
    text: str
    category: str  # one of CATEGORIES, or "none" for an ordinary message
    kind: str = ""  # what kind of message it stands for (cross-validation groups); optional
    source: str = ""  # the labelled set it was copied from ("" = written for the bank)

    @property
    def crisis(self) -> bool:
        return self.category != "none"


def read_examples(path: Path) -> list[Example]:
    """The examples of one JSONL file; a bad line is an error naming the file and line."""
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as err:  # e.g. a HEALTHQA_CRISIS_BANK_EXTRA typo
        raise BadSetting(f"cannot read the crisis bank file {path}: {err}") from err
    examples = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            item = json.loads(line)
            text, category = str(item["text"]), str(item["category"])
            kind, source = str(item.get("kind", "")), str(item.get("source", ""))
            example = Example(text, category, kind, source)
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
    """The examples' unit vectors: the shipped ones for the shipped bank, the cache for the rest
    (a deployment's extra examples), embedding only what neither holds."""
    model = getattr(embedder, "name", "")
    path = cache_dir / f"safety-bank-{fingerprint(examples, model)}.npy" if cache_dir else None
    if path and path.is_file():
        vectors = np.load(path)
        if vectors.shape == (len(examples), embedder.dim):
            return vectors
    shipped = shipped_vectors(examples, model)
    done = 0 if shipped is None else len(shipped)
    if done == len(examples):
        return shipped
    fresh = np.asarray(embedder.embed([e.text for e in examples[done:]]), dtype=np.float32)
    vectors = np.ascontiguousarray(fresh if shipped is None else np.vstack([shipped, fresh]))
    if path:
        _save_atomically(path, vectors)
    return vectors


def shipped_vectors(examples: Sequence[Example], model: str) -> np.ndarray | None:
    """The vectors shipped with the bank (`bank-vectors.npz`, float16), if they belong to these
    examples' first lines and this model."""
    if not SHIPPED.is_file():
        return None
    with np.load(SHIPPED) as data:
        count, stamp = int(data["count"]), str(data["fingerprint"])
        if count > len(examples) or fingerprint(examples[:count], model) != stamp:
            return None
        vectors = data["vectors"].astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def save_shipped(examples: Sequence[Example], model: str, vectors: np.ndarray) -> None:
    """Written by `bench/crisis.py --calibrate`: startup then embeds nothing for the bank."""
    np.savez_compressed(
        SHIPPED,
        vectors=vectors.astype(np.float16),
        fingerprint=np.array(fingerprint(examples, model)),
        count=np.array(len(examples)),
    )


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
