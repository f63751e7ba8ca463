"""An embedder that remembers: vectors by SHA-1 of the text in a SQLite file outside the repo, so
benchmarks that rebuild indexes over MEDIQA or MedQuAD embed each passage, sentence and question
once. Wraps the product's own embedder; the app never imports this."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from app.embed import Embedder


def _key(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


class CachedEmbedder:
    def __init__(self, inner: Embedder, path: Path, chunk: int = 512):
        self.inner, self.name, self.dim, self.chunk = inner, inner.name, inner.dim, chunk
        self.db = sqlite3.connect(str(path), timeout=120)
        self.db.execute("create table if not exists v (k text primary key, b blob)")
        self.embedded = 0  # texts sent to the model (cache misses)

    def _lookup(self, keys: list[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for i in range(0, len(keys), 900):
            part = keys[i : i + 900]
            rows = self.db.execute(
                f"select k, b from v where k in ({','.join('?' * len(part))})", part
            )
            found.update((k, np.frombuffer(b, dtype=np.float32)) for k, b in rows)
        return found

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        keys = [_key(t) for t in texts]
        found = self._lookup(list(dict.fromkeys(keys)))
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in found))
        for i in range(0, len(missing), self.chunk):
            part = missing[i : i + self.chunk]
            vectors = self.inner.embed(part)
            rows = [
                (_key(t), v.astype(np.float32).tobytes())
                for t, v in zip(part, vectors, strict=True)
            ]
            self.db.executemany("insert or replace into v values (?, ?)", rows)
            self.db.commit()
            found.update((k, v) for (k, _), v in zip(rows, vectors, strict=True))
            self.embedded += len(part)
        return np.stack([found[k] for k in keys]).astype(np.float32)
