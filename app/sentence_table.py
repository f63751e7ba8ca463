"""The sentences of a loaded index held compactly: each column one array instead of a `Sentence`
object and a hash string per row (MedQuAD's 205,966 sentences: ~66 MB of objects and 1.4 s of
parsing become ~12 MB and ~0.15 s), a row's `Sentence` made when asked for.

`parse(text)` reads `sentences.jsonl` as `app.lines.sentence_lines` writes it (one
`[passage, start, end, "kind", "hash"]` per line, kinds and hashes plain words): the whole file is
first matched line by line against that exact form, and anything else gives None (the caller then
reads it as JSON, which is slower but takes any valid file and names a broken one). Out of scope:
which files an index holds and checking them (app.store, app.manifest).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence

import numpy as np

from app.records import Sentence

LINE = re.compile(
    r'\[(?:0|[1-9]\d*), (?:0|[1-9]\d*), (?:0|[1-9]\d*), "[A-Za-z0-9_-]*", "[A-Za-z0-9_-]*"\]\n'
)
NUMBERS = str.maketrans("[],\n", "    ")


class Column(Sequence):
    """A read-only sequence over the values of an array, made when asked for; equal to any
    sequence with the same items (a list of them, another column)."""

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self.item(j) for j in range(*i.indices(self.size))]
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError(i)
        return self.item(i)

    def __iter__(self) -> Iterator:
        return (self.item(i) for i in range(self.size))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str | bytes):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # mutable-looking like a list: not hashable

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.size} rows)"


class SentenceRows(Column):
    """`Sentence(passage[i], start[i], end[i], kinds[kind[i]])` for row i, made on first use with
    the other rows of its passage (answering reads a passage's sentences together; over MedQuAD
    ~400 new rows a question) and kept (they are read again and again)."""

    def __init__(self, spans: np.ndarray, kind: np.ndarray, kinds: Sequence[str]):
        self.owner = np.ascontiguousarray(spans[:, 0], dtype=np.int64)  # each row's passage
        self._passage = array("q", self.owner.tobytes())  # Python ints, quickly indexed
        self._start = array("q", np.ascontiguousarray(spans[:, 1], dtype=np.int64).tobytes())
        self._end = array("q", np.ascontiguousarray(spans[:, 2], dtype=np.int64).tobytes())
        self._kind = array("B", kind.astype(np.uint8).tobytes())
        self._kinds = tuple(kinds)
        self.size = len(self._passage)
        self._made: list[Sentence | None] = [None] * self.size
        self._in_order = bool(np.all(self.owner[1:] >= self.owner[:-1]))  # by passage, as saved

    def __getitem__(self, i):
        if type(i) is int:  # the common case first: an `IndexError` from the list as from a list
            made = self._made[i]
            return made if made is not None else self.item(i)
        return super().__getitem__(i)

    def item(self, i: int) -> Sentence:
        made = self._made[i]
        if made is None:
            a, b = self._passage_rows(i % self.size) if self._in_order else (i, i + 1 or None)
            kinds = [self._kinds[k] for k in self._kind[a:b]]
            rows = map(Sentence, self._passage[a:b], self._start[a:b], self._end[a:b], kinds)
            self._made[a:b] = rows
            made = self._made[i]
        return made

    def _passage_rows(self, i: int) -> tuple[int, int]:
        """The rows [a, b) of row i's passage."""
        p = self._passage[i]
        return bisect_left(self._passage, p, 0, i), bisect_right(self._passage, p, i)


class Hashes(Column):
    """The content hash of each row (plain ASCII words) as str."""

    def __init__(self, values: np.ndarray):
        self._values = values  # dtype "S": bytes without a per-row object
        self.size = len(values)

    def item(self, i: int) -> str:
        return self._values[i].decode("ascii")


def parse(text: str) -> tuple[SentenceRows, Hashes] | None:
    """The rows and hashes of a `sentences.jsonl` text in the written form; None for any other."""
    if text and not text.endswith("\n"):
        text += "\n"
    if LINE.sub("", text):  # something is left that is not a line of the exact form
        return None
    parts = text.split('"')  # per line: numbers, kind, ", ", hash, "]\n" + the next numbers
    numbers = np.fromstring(" ".join(parts[0::4]).translate(NUMBERS), dtype=np.int64, sep=" ")
    kinds = parts[1::4]
    names = sorted(set(kinds))
    code = {name: i for i, name in enumerate(names)}
    if len(names) > 255:
        return None
    kind = np.array(list(map(code.__getitem__, kinds)), dtype=np.uint8)
    rows = SentenceRows(numbers.reshape(-1, 3), kind, names)
    return rows, Hashes(np.array(parts[3::4], dtype="S"))
