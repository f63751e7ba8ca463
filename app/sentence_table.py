"""The sentences of a loaded index read quickly and held compactly: the rows as `Sentence`s (slots,
one int per passage, one str per kind), the content hashes as one array of bytes rather than a
str each (MedQuAD's 205,966 sentences: 1.4 s to read, ~0.5 s now).

`parse(text)` reads `sentences.jsonl` as `app.lines.sentence_lines` writes it (one
`[passage, start, end, "kind", "hash"]` per line, kinds and hashes plain words): the whole file is
first matched line by line against that exact form, and anything else gives None (the caller then
reads it as JSON, which is slower but takes any valid file and names a broken one). Out of scope:
which files an index holds and checking them (app.store, app.manifest).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import numpy as np

from app.records import Sentence

NUMBER = r"(?:0|[1-9]\d{0,17})"  # fits an int64
LINE = re.compile(rf'\[{NUMBER}, {NUMBER}, {NUMBER}, "[A-Za-z0-9_-]*", "[A-Za-z0-9_-]*"\]\n')
NUMBERS = str.maketrans("[],\n", "    ")


class Hashes(Sequence):
    """The content hash of each row (plain ASCII words) as a str, made when asked for; equal to any
    sequence of the same strs (a list of them)."""

    def __init__(self, values: np.ndarray):
        self._values = values  # dtype "S": bytes, without an object per row
        self.size = len(values)

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [v.decode("ascii") for v in self._values[i].tolist()]
        return self._values[i].decode("ascii")  # IndexError as a list's

    def __iter__(self) -> Iterator[str]:
        return (v.decode("ascii") for v in self._values.tolist())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str | bytes):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # like a list: not hashable

    def __repr__(self) -> str:
        return f"Hashes({self.size} rows)"


def parse(text: str) -> tuple[list[Sentence], Hashes] | None:
    """The rows and hashes of a `sentences.jsonl` text in the written form; None for any other."""
    if text and not text.endswith("\n"):
        text += "\n"
    if LINE.sub("", text):  # something is left that is not a line of the exact form
        return None
    parts = text.split('"')  # per line: numbers, kind, ", ", hash, "]\n" + the next numbers
    numbers = np.fromstring(" ".join(parts[0::4]).translate(NUMBERS), dtype=np.int64, sep=" ")
    passage, start, end = numbers.reshape(-1, 3).T.tolist()
    kinds: dict[str, str] = {}
    kind = [kinds.setdefault(k, k) for k in parts[1::4]]  # one str per kind
    ints: dict[int, int] = {}
    passage = [ints.setdefault(n, n) for n in passage]  # one int per passage
    rows = list(map(Sentence, passage, start, end, kind))
    return rows, Hashes(np.array(parts[3::4], dtype="S"))
