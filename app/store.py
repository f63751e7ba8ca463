"""The index folder: the only writer and reader of `index/`.

Layout: `index/CURRENT` names the live generation folder `index/gen-*/`, which holds
`manifest.json`, `vectors.faiss` (row i = line i of `passages.jsonl`), `passages.jsonl`,
`hashes.txt` (line i = content hash of passage i's embedded text), `articles.jsonl` (cleaned
articles), `sentences.jsonl` + `sentences.npy` (row i = line i: each passage's sentences with
their kind and content hash, and their vectors) and `bm25/`. A build writes a new generation
aside and then replaces `CURRENT` in one atomic rename, so a crash never leaves a half-written
index in use.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import faiss
import numpy as np

from app.errors import IndexCorrupt, IndexMissing
from app.lexical import Lexical
from app.records import Article, Block, Passage, Sentence

FORMAT_VERSION = 2
POINTER = "CURRENT"
CHECKED = (
    "vectors.faiss",
    "passages.jsonl",
    "hashes.txt",
    "articles.jsonl",
    "sentences.jsonl",
    "sentences.npy",
)


@dataclass
class Sentences:
    """The sentences of all passages in passage order (row i of `vectors` is `rows[i]`), with the
    content hash of each embedded one ("" for those not embedded: not quotable, zero vector)."""

    rows: list[Sentence]
    hashes: list[str]
    vectors: np.ndarray  # float16
    passages: int = -1  # passage count, for `start`; -1: one past the last row's passage

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
    sentences: Sentences | None = None  # the passages' sentences (evidence units) and vectors


def current_folder(index_dir: Path) -> Path | None:
    pointer = index_dir / POINTER
    if not pointer.is_file():
        return None
    name = pointer.read_text("utf-8").strip()
    if not name.startswith("gen-") or "/" in name:
        raise IndexCorrupt(f"{pointer} does not name an index generation: rebuild with `build`")
    return index_dir / name


def read_manifest(index_dir: Path) -> dict | None:
    folder = current_folder(index_dir)
    if folder is None:
        return None
    return _read_json(folder / "manifest.json")


def save(index_dir: Path, index: Index) -> Path:
    """Write a new generation aside, then switch CURRENT to it atomically; remove old ones. The
    manifest written is `index.manifest` plus the format version and the files' checksums."""
    index_dir.mkdir(parents=True, exist_ok=True)
    folder = (
        index_dir / f"gen-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{time.time_ns() % 10**6}"
    )
    folder.mkdir()
    faiss.write_index(index.vectors, str(folder / "vectors.faiss"))
    passages = (json.dumps(p.to_dict(), ensure_ascii=False) for p in index.passages)
    _write_lines(folder / "passages.jsonl", passages)
    _write_lines(folder / "hashes.txt", index.hashes)
    articles = (json.dumps(_article_dict(a), ensure_ascii=False) for a in index.articles.values())
    _write_lines(folder / "articles.jsonl", articles)
    index.lexical.save(folder / "bm25")
    _save_sentences(folder, index.sentences or Sentences.empty(index.vectors.d))
    manifest = {**index.manifest, "format_version": FORMAT_VERSION, "files": _checksums(folder)}
    _write_lines(folder / "manifest.json", [json.dumps(manifest, indent=2)])
    _fsync_dir(folder)
    tmp = index_dir / f"{POINTER}.tmp"
    tmp.write_text(folder.name + "\n", "utf-8")
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, index_dir / POINTER)
    _fsync_dir(index_dir)
    remove_other_generations(index_dir, keep=folder.name)
    return folder


def remove_other_generations(index_dir: Path, keep: str) -> None:
    """Only call while holding the build lock: every other gen-* folder is old or abandoned."""
    for path in index_dir.glob("gen-*"):
        if path.name != keep and path.is_dir():
            shutil.rmtree(path, ignore_errors=True)


def load(index_dir: Path) -> Index:
    folder = current_folder(index_dir)
    if folder is None or not folder.is_dir():
        raise IndexMissing(f"no index in {index_dir}: run `python -m app build`")
    manifest = _read_json(folder / "manifest.json")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexCorrupt(
            f"{folder / 'manifest.json'}: index format {manifest.get('format_version')} is not "
            f"{FORMAT_VERSION}: rebuild with `python -m app build`"
        )
    _verify(folder, manifest)
    passages = [Passage(**row) for row in _read_jsonl(folder / "passages.jsonl")]
    hashes = (folder / "hashes.txt").read_text("utf-8").splitlines()
    articles = {a.doc_id: a for a in map(_article_from, _read_jsonl(folder / "articles.jsonl"))}
    try:
        vectors = faiss.read_index(str(folder / "vectors.faiss"))
        lexical = Lexical.load(folder / "bm25")
    except (RuntimeError, OSError, ValueError, KeyError) as err:
        raise IndexCorrupt(f"{folder}: cannot read the vectors or BM25 data ({err})") from err
    count = manifest.get("passages")
    if not (len(passages) == len(hashes) == vectors.ntotal == count):
        raise IndexCorrupt(f"{folder}: passage counts disagree; rebuild with `python -m app build`")
    sentences = _load_sentences(folder, len(passages))
    if len(sentences.rows) != manifest.get("sentences", len(sentences.rows)):
        raise IndexCorrupt(
            f"{folder}: sentence counts disagree; rebuild with `python -m app build`"
        )
    return Index(manifest, passages, hashes, articles, vectors, lexical, folder, sentences)


def _save_sentences(folder: Path, sents: Sentences) -> None:
    lines = (
        json.dumps([s.passage, s.start, s.end, s.kind, h])
        for s, h in zip(sents.rows, sents.hashes, strict=True)
    )
    _write_lines(folder / "sentences.jsonl", lines)
    with open(folder / "sentences.npy", "wb") as fh:
        np.save(fh, np.ascontiguousarray(sents.vectors, dtype=np.float16))
        fh.flush()
        os.fsync(fh.fileno())


def _load_sentences(folder: Path, passages: int) -> Sentences:
    rows, hashes = [], []
    for passage, start, end, kind, digest in _read_jsonl(folder / "sentences.jsonl"):
        rows.append(Sentence(passage, start, end, kind))
        hashes.append(digest)
    try:
        vectors = np.load(folder / "sentences.npy", mmap_mode="r")
    except (OSError, ValueError) as err:
        raise IndexCorrupt(f"{folder / 'sentences.npy'} cannot be read ({err})") from err
    if vectors.shape[0] != len(rows) or any(not 0 <= r.passage < passages for r in rows):
        raise IndexCorrupt(f"{folder}: sentences.npy, sentences.jsonl and passages disagree")
    return Sentences(rows, hashes, vectors, passages)


def _verify(folder: Path, manifest: dict) -> None:
    expected = manifest.get("files", {})
    for name in CHECKED:
        path = folder / name
        if not path.is_file():
            raise IndexCorrupt(f"{path} is missing: rebuild with `python -m app build`")
        if expected.get(name) != _sha256(path):
            raise IndexCorrupt(
                f"{path} is corrupted (checksum mismatch): rebuild with `python -m app build`"
            )


def _checksums(folder: Path) -> dict:
    return {name: _sha256(folder / name) for name in CHECKED}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


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


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text("utf-8"))
    except FileNotFoundError as err:
        raise IndexMissing(f"{path} is missing: run `python -m app build`") from err
    except (ValueError, UnicodeDecodeError) as err:
        raise IndexCorrupt(
            f"{path} is corrupted ({err}): rebuild with `python -m app build`"
        ) from err


def _read_jsonl(path: Path) -> list[dict]:
    try:
        return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    except (ValueError, UnicodeDecodeError) as err:
        raise IndexCorrupt(
            f"{path} is corrupted ({err}): rebuild with `python -m app build`"
        ) from err


def _article_dict(article: Article) -> dict:
    data = asdict(article)
    data["blocks"] = [[b.kind, b.start, b.end, b.level] for b in article.blocks]
    return data


def _article_from(data: dict) -> Article:
    blocks = tuple(Block(kind, start, end, level) for kind, start, end, level in data.pop("blocks"))
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
