"""The index folder: the only writer and reader of `index/`.

Layout: `index/CURRENT` names the live generation folder `index/gen-*/`, which holds
`manifest.json`, `vectors.faiss` (row i = line i of `passages.jsonl`), `passages.jsonl`,
`hashes.txt` (line i = content hash of passage i's embedded text), `articles.jsonl` (cleaned
articles), `sentences.jsonl` + `sentences.npy` (row i = line i: each passage's sentences with
their kind and content hash, and their vectors), `words.txt` + `words.npy` (row i = line i:
the articles' words and their vectors, `app.word_vectors`), `bm25/` and, for the ONNX backends,
the model files the vectors were made with (`model.onnx`, `tokenizer.json`: listed in the manifest's
`model_files`), and the build's caches: `sources.jsonl` (line per corpus file: path, SHA-256 of
its bytes, doc_id or why it was skipped) and `terms.txt` (line i: passage i's BM25 terms). A
build writes a new generation aside and then replaces `CURRENT` in one atomic rename, so a crash
never leaves a half-written index in use. The manifest, its checksums and `verify`: `app.manifest`.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path

import faiss
import numpy as np

from app import sentence_table
from app.errors import IndexCorrupt
from app.lexical import Lexical
from app.lines import Lines, sentence_lines
from app.manifest import (  # noqa: F401 - current_folder, read_manifest, verify: store's API too
    FORMAT_VERSION,
    MANIFEST,
    POINTER,
    REBUILD,
    checksums,
    current_folder,
    read_manifest,
    verify,
)
from app.records import Article, Block, Passage, Sentence
from app.word_vectors import WordVectors

SOURCES = "sources.jsonl"
# The passage vectors mapped from their file, not read into each process's own memory (a flat or
# HNSW index). A mapped index cannot grow: `add` to it aborts the process (a faiss assertion).
MAPPED = faiss.IO_FLAG_MMAP_IFC
TERMS = "terms.txt"
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
    # (app.sentence_search): bounded by the index size; never saved.
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        owners = np.array([r.passage for r in self.rows], dtype=np.int64)
        n = self.passages if self.passages >= 0 else (int(owners.max()) + 1 if len(owners) else 0)
        self.start = np.searchsorted(owners, np.arange(n + 1))  # passage i: [start[i], start[i+1])

    @classmethod
    def empty(cls, dim: int) -> Sentences:
        return cls([], [], np.zeros((0, dim), np.float16), 0)


@dataclass
class Index:
    """What `save` writes and `load` reads back (`articles` by doc_id)."""

    manifest: dict
    passages: list[Passage]
    hashes: list[str]
    articles: dict[str, Article]
    vectors: faiss.Index
    lexical: Lexical
    folder: Path | None = None  # the generation folder it was loaded from; None before `save`
    model_files: dict[str, Path] = field(default_factory=dict)  # name -> file, stored with it
    sources: list[dict] = field(default_factory=list)  # the per-file cache (sources.jsonl)
    terms: list[str] = field(default_factory=list)  # line i: passage i's terms; `read_terms`
    sentences: Sentences | None = None  # the passages' sentences (evidence units) and vectors
    lines: Lines = field(default_factory=Lines, repr=False)  # loaded passages' and articles' lines
    words: WordVectors | None = None  # the passages' words and their vectors (app.synonyms)


def save(index_dir: Path, index: Index) -> Path:
    """Write a new generation aside, then switch CURRENT to it atomically; remove old ones. The
    manifest written is `index.manifest` plus the format version and the files' checksums."""
    index_dir.mkdir(parents=True, exist_ok=True)
    folder = (
        index_dir / f"gen-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{time.time_ns() % 10**6}"
    )
    folder.mkdir()
    faiss.write_index(index.vectors, str(folder / "vectors.faiss"))
    passages = (index.lines.of(p, _passage_json) for p in index.passages)
    _write_lines(folder / "passages.jsonl", passages)
    _write_lines(folder / "hashes.txt", index.hashes)
    articles = (index.lines.of(a, _article_json) for a in index.articles.values())
    _write_lines(folder / "articles.jsonl", articles)
    index.lexical.save(folder / "bm25")
    _write_lines(folder / SOURCES, (json.dumps(row, ensure_ascii=False) for row in index.sources))
    _write_lines(folder / TERMS, index.terms)
    _place_model_files(index.model_files, folder)
    _save_sentences(folder, index.sentences or Sentences.empty(index.vectors.d))
    _save_words(folder, index.words or WordVectors.empty(index.vectors.d))
    manifest = {**index.manifest, "format_version": FORMAT_VERSION, "files": checksums(folder)}
    _write_lines(folder / MANIFEST, [json.dumps(manifest, indent=2)])
    _fsync_dir(folder)
    tmp = index_dir / f"{POINTER}.tmp"
    tmp.write_text(folder.name + "\n", "utf-8")
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, index_dir / POINTER)
    _fsync_dir(index_dir)
    remove_other_generations(index_dir, keep=folder.name)
    return folder


def _place_model_files(files: dict[str, Path], folder: Path) -> None:
    """Hard-link a file of an earlier generation (never changed in place), copy any other."""
    for name, source in files.items():
        target = folder / name
        if source.parent.parent == folder.parent and source.parent.name.startswith("gen-"):
            try:
                os.link(source, target)
                continue
            except OSError:
                pass
        shutil.copyfile(source, target)


def remove_other_generations(index_dir: Path, keep: str) -> None:
    """Only call while holding the build lock: every other gen-* folder is old or abandoned."""
    for path in index_dir.glob("gen-*"):
        if path.name != keep and path.is_dir():
            shutil.rmtree(path, ignore_errors=True)


def load(
    index_dir: Path, formats: tuple[int, ...] = (FORMAT_VERSION,), to_rebuild: bool = False
) -> Index:
    """The live generation, every file checked; `formats`: the format versions accepted (a
    rebuild reuses from an older one, `app.reuse`; what it lacks is None). `to_rebuild`: loaded
    for a build to take what it can from: the passage and sentence vectors and the BM25 scores read
    into memory rather than mapped from their files (as the processes that serve one index share
    them), each passage's and article's line kept."""
    folder, manifest = verify(index_dir, formats)
    lines = Lines()
    kept = lines.keep if to_rebuild else None
    shared: dict[str, str] = {}  # one str for the title, url etc. its passages repeat
    passages = _read_jsonl(folder / "passages.jsonl", kept, lambda row: _passage_from(row, shared))
    hashes = (folder / "hashes.txt").read_text("utf-8").splitlines()
    rows = _read_jsonl(folder / "articles.jsonl", kept, lambda row: _article_from(row, shared))
    articles = {a.doc_id: a for a in rows}
    try:
        vectors = faiss.read_index(str(folder / "vectors.faiss"), 0 if to_rebuild else MAPPED)
        lexical = Lexical.load(folder / "bm25", mapped=not to_rebuild)
    except (RuntimeError, OSError, ValueError, KeyError) as err:
        raise IndexCorrupt(f"{folder}: cannot read the vectors or BM25 data ({err})") from err
    count = manifest.get("passages")
    if not (len(passages) == len(hashes) == vectors.ntotal == count):
        raise IndexCorrupt(f"{folder}: passage counts disagree: {REBUILD}")
    sentences = _load_sentences(folder, len(passages), not to_rebuild)
    if len(sentences.rows) != manifest.get("sentences", len(sentences.rows)):
        raise IndexCorrupt(f"{folder}: sentence counts disagree: {REBUILD}")
    files = {name: folder / name for name in manifest.get("model_files", [])}
    sources = _read_jsonl(folder / SOURCES) if SOURCES in manifest["files"] else []
    words = _load_words(folder) if WORDS in manifest["files"] else None
    return Index(
        manifest,
        passages,
        hashes,
        articles,
        vectors,
        lexical,
        folder,
        files,
        sources,
        sentences=sentences,
        lines=lines,
        words=words,
    )


def _save_sentences(folder: Path, sents: Sentences) -> None:
    _write_lines(folder / "sentences.jsonl", sentence_lines(sents.rows, sents.hashes))
    with open(folder / "sentences.npy", "wb") as fh:
        np.save(fh, np.ascontiguousarray(sents.vectors, dtype=np.float16))
        fh.flush()
        os.fsync(fh.fileno())


def _load_sentences(folder: Path, passages: int, mapped: bool) -> Sentences:
    rows, hashes = _read_sentence_rows(folder / "sentences.jsonl")
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


def _read_sentence_rows(path: Path) -> tuple[list[Sentence], Sequence[str]]:
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


def _save_words(folder: Path, words: WordVectors) -> None:
    _write_lines(folder / WORDS, words.words)
    with open(folder / WORD_VECTORS, "wb") as fh:
        np.save(fh, np.ascontiguousarray(words.vectors, dtype=np.float32))
        fh.flush()
        os.fsync(fh.fileno())


def _load_words(folder: Path) -> WordVectors:
    words = (folder / WORDS).read_text("utf-8").splitlines()
    try:
        vectors = np.load(folder / WORD_VECTORS, mmap_mode="r")
    except (OSError, ValueError) as err:
        raise IndexCorrupt(f"{folder / WORD_VECTORS} cannot be read ({err}): {REBUILD}") from err
    if vectors.shape[0] != len(words) or vectors.dtype != np.float32:
        raise IndexCorrupt(f"{folder}: {WORD_VECTORS} and {WORDS} disagree: {REBUILD}")
    return WordVectors(words, vectors)


def read_terms(index: Index) -> list[list[str]] | None:
    """The BM25 terms of each passage of a loaded index (checked on load); None if it has none."""
    lines = read_term_lines(index)
    return [line.split() for line in lines] if lines is not None else None


def read_term_lines(index: Index) -> list[str] | None:
    """`read_terms` as its lines: a passage's terms separated by spaces."""
    path = index.folder / TERMS if index.folder else None
    if path is None or TERMS not in index.manifest.get("files", {}):
        return None
    lines = path.read_text("utf-8").split("\n")[: len(index.passages)]
    return lines if len(lines) == len(index.passages) else None


def _write_lines(path: Path, lines) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(line + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _read_jsonl(path: Path, keep=None, make=None) -> list:
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


def _passage_json(passage: Passage) -> str:
    return json.dumps(passage.to_dict(), ensure_ascii=False)


def _article_json(article: Article) -> str:
    data = {f.name: getattr(article, f.name) for f in fields(article)}  # asdict, without recursion
    data["blocks"] = [[b.kind, b.start, b.end, b.level] for b in article.blocks]
    return json.dumps(data, ensure_ascii=False)


def _passage_from(data: dict, shared: dict[str, str]) -> Passage:
    same = shared.setdefault
    data.update({key: same(v, v) for key in SHARED if (v := data.get(key)).__class__ is str})
    return Passage(**data)


def _article_from(data: dict, shared: dict[str, str] | None = None) -> Article:
    shared = {} if shared is None else shared
    blocks = tuple(
        Block(shared.setdefault(kind, kind), start, end, level)
        for kind, start, end, level in data.pop("blocks")
    )
    return Article(blocks=blocks, **data)


def vector_index(vectors: np.ndarray, approx_above: int) -> faiss.Index:
    """Exact inner-product search, or HNSW above `approx_above` passages."""
    dim = vectors.shape[1]
    if len(vectors) > approx_above:
        index = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 80
        index.hnsw.efSearch = 128
    else:
        index = faiss.IndexFlatIP(dim)
    if len(vectors):
        index.add(vectors)
    return index
