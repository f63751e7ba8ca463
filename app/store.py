"""The index folder: the only writer and reader of `index/`.

Layout: `index/CURRENT` names the live generation folder `index/gen-*/`, which holds
`manifest.json`, `vectors.faiss` (row i = line i of `passages.jsonl`), `passages.jsonl`,
`hashes.txt` (line i = content hash of passage i's embedded text), `articles.jsonl` (cleaned
articles), `sentences.jsonl` + `sentences.npy` (row i = line i: each passage's sentences with
their kind and content hash, and their vectors), `bm25/` and, for the ONNX backends, the model
files the vectors were made with (`model.onnx`, `tokenizer.json`: listed in the manifest's
`model_files`), and the build's caches: `sources.jsonl` (line per corpus file: path, SHA-256 of
its bytes, doc_id or why it was skipped) and `terms.txt` (line i: passage i's BM25 terms). A
build writes a new generation aside and then replaces `CURRENT` in one atomic rename, so a crash
never leaves a half-written index in use.

The manifest lists the SHA-256 of *every* file of its generation (found by walking the folder, so
a file added by a later version is covered without naming it here); `verify` checks them all and
names every damaged file. Format 2: format 1 did not cover `bm25/`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import time
from dataclasses import dataclass, field, fields
from pathlib import Path

import faiss
import numpy as np

from app.errors import IndexCorrupt, IndexMissing
from app.lexical import Lexical
from app.records import Article, Block, Passage, Sentence

FORMAT_VERSION = 2
POINTER = "CURRENT"
MANIFEST = "manifest.json"
REQUIRED = (
    "vectors.faiss",
    "passages.jsonl",
    "hashes.txt",
    "articles.jsonl",
    "sentences.jsonl",
    "sentences.npy",
    "bm25/",
)
REBUILD = "rebuild it with `python -m app build`"
SOURCES = "sources.jsonl"
TERMS = "terms.txt"


@dataclass
class Sentences:
    """The sentences of all passages in passage order (row i of `vectors` is `rows[i]`), with the
    content hash of each embedded one ("" for those not embedded: not quotable, zero vector)."""

    rows: list[Sentence]
    hashes: list[str]
    vectors: np.ndarray  # float16
    passages: int = -1  # passage count, for `start`; -1: one past the last row's passage
    # Facts about a row computed on first use at query time (app.sentence_search); never saved.
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
    terms: list[list[str]] = field(default_factory=list)  # written, not loaded: `read_terms`
    sentences: Sentences | None = None  # the passages' sentences (evidence units) and vectors


def current_folder(index_dir: Path) -> Path | None:
    pointer = index_dir / POINTER
    if not pointer.is_file():
        return None
    try:
        name = pointer.read_bytes().decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        name = ""
    if not re.fullmatch(r"gen-[A-Za-z0-9_.-]+", name) or ".." in name:
        raise IndexCorrupt(f"{pointer} does not name an index generation: {REBUILD}")
    return index_dir / name


def read_manifest(index_dir: Path) -> dict | None:
    folder = current_folder(index_dir)
    if folder is None:
        return None
    return _read_manifest(folder)


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
    _write_lines(folder / SOURCES, (json.dumps(row, ensure_ascii=False) for row in index.sources))
    _write_lines(folder / TERMS, (" ".join(t) for t in index.terms))
    _place_model_files(index.model_files, folder)
    _save_sentences(folder, index.sentences or Sentences.empty(index.vectors.d))
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


def load(index_dir: Path) -> Index:
    folder, manifest = verify(index_dir)
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
        raise IndexCorrupt(f"{folder}: passage counts disagree: {REBUILD}")
    sentences = _load_sentences(folder, len(passages))
    if len(sentences.rows) != manifest.get("sentences", len(sentences.rows)):
        raise IndexCorrupt(f"{folder}: sentence counts disagree: {REBUILD}")
    files = {name: folder / name for name in manifest.get("model_files", [])}
    sources = _read_jsonl(folder / SOURCES) if SOURCES in manifest["files"] else []
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
    )


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


def read_terms(index: Index) -> list[list[str]] | None:
    """The BM25 terms of each passage of a loaded index (checked on load); None if it has none."""
    path = index.folder / TERMS if index.folder else None
    if path is None or TERMS not in index.manifest.get("files", {}):
        return None
    lines = path.read_text("utf-8").split("\n")[: len(index.passages)]
    return [line.split() for line in lines] if len(lines) == len(index.passages) else None


def verify(index_dir: Path) -> tuple[Path, dict]:
    """The live generation and its manifest, every file checked against the manifest's
    checksums. IndexMissing when there is none; IndexCorrupt naming every damaged file."""
    folder = current_folder(index_dir)
    if folder is None or not folder.is_dir():
        raise IndexMissing(f"no index in {index_dir}: run `python -m app build`")
    manifest = _read_manifest(folder)
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexCorrupt(
            f"{folder / MANIFEST}: index format {manifest.get('format_version')!r} is not "
            f"{FORMAT_VERSION}: {REBUILD}"
        )
    files = manifest.get("files")
    if not isinstance(files, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in files.items()
    ):
        raise IndexCorrupt(f"{folder / MANIFEST} has no valid list of checksums: {REBUILD}")
    damaged = _damaged(folder, files)
    if damaged:
        raise IndexCorrupt(f"damaged index files in {folder}: {'; '.join(damaged)}: {REBUILD}")
    return folder, manifest


def _damaged(folder: Path, files: dict[str, str]) -> list[str]:
    """'name (why)' for each required file not listed, listed file missing or changed, and file
    present but not listed."""
    found = []
    for required in REQUIRED:
        if not any(name == required or name.startswith(required) for name in files):
            found.append(f"{required} (not in the manifest)")
    for name, digest in sorted(files.items()):
        path = folder / name
        if not _inside(folder, path):
            found.append(f"{name} (not a file of the generation)")
        elif not path.is_file():
            found.append(f"{name} (missing)")
        elif _sha256(path) != digest:
            found.append(f"{name} (checksum mismatch)")
    found += [
        f"{name} (not in the manifest)"
        for name in sorted(set(checksums(folder, False)) - set(files))
    ]
    return found


def checksums(folder: Path, digest: bool = True) -> dict[str, str]:
    """{relative path: SHA-256} of every file under `folder` but the manifest."""
    names = sorted(
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and p.relative_to(folder).as_posix() != MANIFEST
    )
    return {name: _sha256(folder / name) if digest else "" for name in names}


def _inside(folder: Path, path: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve()) and ".." not in Path(path).parts


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


def _read_manifest(folder: Path) -> dict:
    path = folder / MANIFEST
    try:
        manifest = json.loads(path.read_text("utf-8"))
    except FileNotFoundError as err:
        raise IndexCorrupt(f"{path} is missing: {REBUILD}") from err
    except (ValueError, UnicodeDecodeError) as err:
        raise IndexCorrupt(f"{path} is corrupted ({err}): {REBUILD}") from err
    if not isinstance(manifest, dict):
        raise IndexCorrupt(f"{path} is corrupted (not a JSON object): {REBUILD}")
    return manifest


def _read_jsonl(path: Path) -> list[dict]:
    try:
        return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    except (ValueError, UnicodeDecodeError) as err:
        raise IndexCorrupt(f"{path} is corrupted ({err}): {REBUILD}") from err


def _article_dict(article: Article) -> dict:
    data = {f.name: getattr(article, f.name) for f in fields(article)}  # asdict, without recursion
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
