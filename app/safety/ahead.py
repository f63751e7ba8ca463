"""A turn's crisis patterns read on a side thread while the model embeds the question.

The patterns' reading of a message depends on its words alone and is kept by digest
(`patterns.match`, the last `patterns.KEPT` messages), and onnxruntime lets go of the GIL while the
model runs; so while the asking thread waits for the question's vector, one side thread reads the
texts `app.safety.turns.read_turn` will read by patterns (the message; after others, the last
turns joined with it and the turn before), and the detector later finds them kept. The same
readings, so the same replies; only the order of the work changes.

One thread for the process, made on first use (none per question) and made again in a child
after a fork. The side work is always waited for before the turn goes on, so it never runs beside
the detector's own reading. An error in it is dropped there: the reading it failed is not kept,
so the detector makes it again where it always did and raises the same error there. Nothing
stays: the texts go with the finished task, and the kept readings hold digests, never text.

Left out: BM25 scores and the other checks of a message's words (not kept, so reading them
ahead would mean handing results across); the vector's own work (the meaning, the evidence).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from threading import Lock

from app.safety import patterns

_lock = Lock()
_pool: ThreadPoolExecutor | None = None


def texts(message: str, history: Sequence[str]) -> list[str]:
    """What `read_turn` reads by patterns for most turns: the message; after others, the last
    turns joined with it and the turn before."""
    if not history:
        return [message]
    return [message, " ".join([*history[-2:], message]), history[-1]]


@contextmanager
def reading(turns: Sequence[tuple[str, Sequence[str]]]) -> Iterator[None]:
    """While the body runs (the embedding call), the turns' pattern readings are made on the
    side thread; waited for when the body ends, its error left for the detector to raise."""
    future = _side().submit(
        _read, [t for message, history in turns for t in texts(message, history)]
    )
    try:
        yield
    finally:
        future.exception()  # waits; a failed reading was not kept: the detector raises it again
        del future


def _read(messages: list[str]) -> None:
    for message in messages:
        patterns.match(message)


def _side() -> ThreadPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(1, thread_name_prefix="healthqa-ahead")
        return _pool


def _forget() -> None:
    """In a forked child the parent's thread does not exist: make a new one on first use."""
    global _pool, _lock
    _pool, _lock = None, Lock()


os.register_at_fork(after_in_child=_forget)
