"""The lines of a generation's JSON-lines files, made quickly for a rebuild: a loaded record's
line kept as it was read (so writing the record unchanged costs no encoding), and the sentence
rows written by hand. Each line is what `json.dumps` gives, so a file is the same whichever way
it was made. Out of scope: which files a generation holds and how they are written and checked
(app.store, app.manifest).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence

from app.records import Sentence

PLAIN = re.compile(r"[A-Za-z0-9_-]*")  # a string json.dumps writes as it is, between quotes


class Lines:
    """The line each loaded record was read from, by the record itself (its identity: a record
    that is not the very object loaded is encoded again)."""

    def __init__(self) -> None:
        self._by_id: dict[int, tuple[object, str]] = {}

    def keep(self, record: object, line: str) -> None:
        self._by_id[id(record)] = (record, line)  # holding the record keeps its id its own

    def of(self, record: object, encode: Callable[[object], str]) -> str:
        kept = self._by_id.get(id(record))
        return kept[1] if kept is not None and kept[0] is record else encode(record)


def sentence_lines(rows: Sequence[Sentence], hashes: Sequence[str]) -> Iterator[str]:
    """`json.dumps([passage, start, end, kind, hash])` of each sentence, written out by hand when
    every kind and hash is a plain word (as they are: kinds are names, hashes hex), which is 5x
    faster over MedQuAD's 205,966 sentences."""
    kinds = {s.kind for s in rows}
    if not PLAIN.fullmatch("".join(kinds)) or not PLAIN.fullmatch("".join(hashes)):
        for s, h in zip(rows, hashes, strict=True):
            yield json.dumps([s.passage, s.start, s.end, s.kind, h])
        return
    for s, h in zip(rows, hashes, strict=True):
        yield f'[{s.passage}, {s.start}, {s.end}, "{s.kind}", "{h}"]'
