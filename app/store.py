"""The index folder: the only writer and reader of `index/`.

Layout: `index/CURRENT` names the live generation folder `index/gen-*/`, which holds
`manifest.json`, `vectors.faiss` (row i = line i of `passages.jsonl`), `passages.jsonl`,
`hashes.txt` (line i = content hash of passage i's embedded text), `articles.jsonl` (cleaned
articles), `bm25/` and, for the ONNX backends, the model files the vectors were made with
(`model.onnx`, `tokenizer.json`: listed in the manifest's `model_files`, checksummed like the rest)
and the build's caches: `sources.jsonl` (line per corpus file: path, SHA-256 of its bytes, doc_id
or why it was skipped) and `terms.txt` (line i: passage i's BM25 terms).
A build writes a new generation aside and then replaces `CURRENT` in one
atomic rename, so a crash never leaves a half-written index in use.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from dataclasses import dataclass, field, fields
from pathlib import Path

import faiss
import numpy as np

from app.errors import IndexCorrupt, IndexMissing
from app.lexical import Lexical
from app.records import Article, Block, Passage

FORMAT_VERSION = 1
POINTER = "CURRENT"
CHECKED = ("vectors.faiss", "passages.jsonl", "hashes.txt", "articles.jsonl")
SOURCES = "sources.jsonl"
TERMS = "terms.txt"


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
    _write_lines(folder / SOURCES, (json.dumps(row, ensure_ascii=False) for row in index.sources))
    _write_lines(folder / TERMS, (" ".join(t) for t in index.terms))
    _place_model_files(index.model_files, folder)
    names = CHECKED + (SOURCES, TERMS) + tuple(sorted(index.model_files))
    manifest = {
        **index.manifest,
        "format_version": FORMAT_VERSION,
        "files": _checksums(folder, names),
    }
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
    files = {name: folder / name for name in manifest.get("model_files", [])}
    sources = _read_jsonl(folder / SOURCES) if SOURCES in manifest.get("files", {}) else []
    return Index(manifest, passages, hashes, articles, vectors, lexical, folder, files, sources)


def read_terms(index: Index) -> list[list[str]] | None:
    """The BM25 terms of each passage of a loaded index (checked on load); None if it has none."""
    path = index.folder / TERMS if index.folder else None
    if path is None or TERMS not in index.manifest.get("files", {}):
        return None
    lines = path.read_text("utf-8").split("\n")[: len(index.passages)]
    return [line.split() for line in lines] if len(lines) == len(index.passages) else None


def _verify(folder: Path, manifest: dict) -> None:
    expected = manifest.get("files", {})
    names = set(CHECKED) | set(expected) | set(manifest.get("model_files", []))
    for name in sorted(names):
        path = folder / name
        if not path.is_file():
            raise IndexCorrupt(f"{path} is missing: rebuild with `python -m app build`")
        if expected.get(name) != _sha256(path):
            raise IndexCorrupt(
                f"{path} is corrupted (checksum mismatch): rebuild with `python -m app build`"
            )


def _checksums(folder: Path, names: tuple[str, ...]) -> dict:
    return {name: _sha256(folder / name) for name in names}


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
