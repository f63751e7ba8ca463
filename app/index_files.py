"""The files of an index generation besides the manifest, each one's writer and reader: the
records (`passages.jsonl`, `articles.jsonl`: one JSON object a line, repeated strings read into one
shared str), the sentences (`sentences.jsonl` + `sentences.npy`) and the words (`words.txt` +
`words.npy`); every reader raises IndexCorrupt for a file it cannot use. `app.store` puts them
together into a generation folder."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path

import numpy as np

from app import sentence_table
from app.errors import IndexCorrupt
from app.lines import sentence_lines
from app.manifest import REBUILD
from app.records import Article, Block, Passage, Sentence
from app.word_vectors import WordVectors

WORDS, WORD_VECTORS = "words.txt", "words.npy"
# Passage fields whose values repeat from passage to passage (MedQuAD: 33,590 passages, 5,490
# titles and urls, 9 publishers), read into one shared str each.
SHARED = ("doc_id", "title", "section", "publisher", "author", "published", "url")


@dataclass
class Sentences:
    """The sentences of all passages in passage order (row i of `vectors` is `rows[i]`), with the
    content hash of each embedded one ("" for those not embedded: not quotable, zero vector)."""

    rows: list[Sentence]
    hashes: Sequence[str]  # a list, or loaded: app.sentence_table's array of them
    vectors: np.ndarray  # float16
    passages: int = -1  # passage count, for `start`; -1: one past the last row's passage
    # Facts about a row or passage (texts, quote geometry) computed on first use at query time
    # (app.sentence_rows, app.quote_windows): bounded by the index size; never saved.
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        owners = np.array([r.passage for r in self.rows], dtype=np.int64)
        n = self.passages if self.passages >= 0 else (int(owners.max()) + 1 if len(owners) else 0)
        self.start = np.searchsorted(owners, np.arange(n + 1))  # passage i: [start[i], start[i+1])

    @classmethod
    def empty(cls, dim: int) -> Sentences:
        return cls([], [], np.zeros((0, dim), np.float16), 0)


def save_sentences(folder: Path, sents: Sentences) -> None:
    write_lines(folder / "sentences.jsonl", sentence_lines(sents.rows, sents.hashes))
    with open(folder / "sentences.npy", "wb") as fh:
        np.save(fh, np.ascontiguousarray(sents.vectors, dtype=np.float16))
        fh.flush()
        os.fsync(fh.fileno())


def load_sentences(folder: Path, passages: int, mapped: bool) -> Sentences:
    rows, hashes = read_sentence_rows(folder / "sentences.jsonl")
    try:
        vectors = np.load(folder / "sentences.npy", mmap_mode="r" if mapped else None)
    except (OSError, ValueError) as err:
        raise IndexCorrupt(f"{folder / 'sentences.npy'} cannot be read ({err})") from err
    try:
        owners = np.array([r.passage for r in rows], dtype=np.int64)
    except (ValueError, TypeError, OverflowError) as err:
        raise IndexCorrupt(f"{folder}: sentences.jsonl has a bad passage row ({err})") from err
    if vectors.shape[0] != len(rows) or (
        len(owners) and not 0 <= owners.min() <= owners.max() < passages
    ):
        raise IndexCorrupt(f"{folder}: sentences.npy, sentences.jsonl and passages disagree")
    return Sentences(rows, hashes, vectors, passages)


def read_sentence_rows(path: Path) -> tuple[list[Sentence], Sequence[str]]:
    """Read quickly when the file is in the form written (`sentence_table.parse`); else each line
    as JSON (any valid file; IndexCorrupt for a broken one)."""
    try:
        text = path.read_text("utf-8")
        parsed = sentence_table.parse(text)
        if parsed is not None:
            return parsed
        table = json.loads("[" + ",".join(text.splitlines()) + "]")  # 2x a json.loads per line
        rows = [Sentence(passage, start, end, kind) for passage, start, end, kind, _ in table]
    except (ValueError, TypeError, UnicodeDecodeError) as err:
        raise IndexCorrupt(f"{path} is corrupted ({err}): {REBUILD}") from err
    return rows, [row[4] for row in table]


def save_words(folder: Path, words: WordVectors) -> None:
    write_lines(folder / WORDS, words.words)
    with open(folder / WORD_VECTORS, "wb") as fh:
        np.save(fh, np.ascontiguousarray(words.vectors, dtype=np.float32))
        fh.flush()
        os.fsync(fh.fileno())


def load_words(folder: Path) -> WordVectors:
    words = (folder / WORDS).read_text("utf-8").splitlines()
    try:
        vectors = np.load(folder / WORD_VECTORS, mmap_mode="r")
    except (OSError, ValueError) as err:
        raise IndexCorrupt(f"{folder / WORD_VECTORS} cannot be read ({err}): {REBUILD}") from err
    if vectors.shape[0] != len(words) or vectors.dtype != np.float32:
        raise IndexCorrupt(f"{folder}: {WORD_VECTORS} and {WORDS} disagree: {REBUILD}")
    return WordVectors(words, vectors)


def write_lines(path: Path, lines) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(line + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_jsonl(path: Path, keep=None, make=None) -> list:
    """Each line's JSON value (`make` of it, when given); `keep(record, line)` for each."""
    try:
        lines = [line for line in path.read_text("utf-8").splitlines() if line]
        rows = [json.loads(line) for line in lines]
    except (ValueError, UnicodeDecodeError) as err:
        raise IndexCorrupt(f"{path} is corrupted ({err}): {REBUILD}") from err
    records = rows if make is None else [make(row) for row in rows]
    if keep:
        for record, line in zip(records, lines, strict=True):
            keep(record, line)
    return records


def passage_json(passage: Passage) -> str:
    return json.dumps(passage.to_dict(), ensure_ascii=False)


def article_json(article: Article) -> str:
    data = {f.name: getattr(article, f.name) for f in fields(article)}  # asdict, without recursion
    data["blocks"] = [[b.kind, b.start, b.end, b.level] for b in article.blocks]
    return json.dumps(data, ensure_ascii=False)


def passage_from(data: dict, shared: dict[str, str]) -> Passage:
    same = shared.setdefault
    data.update({key: same(v, v) for key in SHARED if (v := data.get(key)).__class__ is str})
    return Passage(**data)


def article_from(data: dict, shared: dict[str, str] | None = None) -> Article:
    shared = {} if shared is None else shared
    blocks = tuple(
        Block(shared.setdefault(kind, kind), start, end, level)
        for kind, start, end, level in data.pop("blocks")
    )
    return Article(blocks=blocks, **data)
