"""The vectors of the last few texts embedded, kept so that the model does not run a text again.

A reader's question asked again (the same words as before), a word of theirs asked about in two
questions, the same text twice in one call: each runs the model once. Only for a backend whose
vector of a text is the same bits whatever was embedded with it or before it (int8, which runs
each text alone, `app.embed.onnx`); a backend that batches (ONNX fp32, torch) gives a text other
last bits in other company, so a kept vector would not be the one it would make now.

Bounded: at most `size` texts, the least recently used dropped first (size 0 keeps nothing).
The texts themselves are not kept: each is known by a 16-byte BLAKE2b digest of it, so a
reader's questions do not sit in the process's memory longer than their request (SECURITY.md).
Thread-safe; a vector handed out is a copy, so no caller can change a kept one. Left out: keeping
vectors across processes (a text hash on disk): the process's own repeats are the cheap ones.
"""

from __future__ import annotations

import functools
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import TypeVar

import numpy as np

T = TypeVar("T")


class Kept:
    """`get(text)`: the kept vector (a copy) or None; `put(text, vector)`."""

    def __init__(self, size: int):
        self.size = size
        self.hits = 0
        self._vectors: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._vectors)

    def get(self, text: str) -> np.ndarray | None:
        if not self.size:
            return None
        with self._lock:
            key = digest(text)
            vector = self._vectors.get(key)
            if vector is None:
                return None
            self._vectors.move_to_end(key)
            self.hits += 1
            return vector.copy()

    def put(self, text: str, vector: np.ndarray) -> None:
        if not self.size:
            return
        with self._lock:
            key = digest(text)
            self._vectors[key] = np.array(vector, dtype=np.float32)  # a copy
            self._vectors.move_to_end(key)
            while len(self._vectors) > self.size:
                self._vectors.popitem(last=False)


def digest(text: str) -> bytes:
    """The 16-byte BLAKE2b digest a text is known by (its vector kept, never the text)."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


def by_digest(size: int) -> Callable[[Callable[[str], T]], Callable[[str], T]]:
    """`functools.lru_cache` for a function of one text, with the text known by its digest: the
    last `size` texts' results are kept, never the texts (a result must not hold the text)."""

    def wrap(function: Callable[[str], T]) -> Callable[[str], T]:
        results: OrderedDict[bytes, T] = OrderedDict()
        lock = threading.Lock()

        @functools.wraps(function)
        def kept(text: str) -> T:
            key = digest(text)
            with lock:
                if key in results:
                    results.move_to_end(key)
                    return results[key]
            result = function(text)
            with lock:
                results[key] = result
                while len(results) > size:
                    results.popitem(last=False)
            return result

        kept.cache_clear = results.clear  # type: ignore[attr-defined]
        return kept

    return wrap
