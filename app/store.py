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
from dataclasses import dataclass, field
from pathlib import Path

import faiss
import numpy as np

from app import index_files
from app.errors import IndexCorrupt
from app.index_files import WORDS, Sentences  # noqa: F401 - Sentences: store's API too
from app.lexical import Lexical
from app.lines import Lines
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
from app.records import Article, Passage
from app.word_vectors import WordVectors

SOURCES = "sources.jsonl"
# The passage vectors mapped from their file, not read into each process's own memory (a flat or
# HNSW index). A mapped index cannot grow: `add` to it aborts the process (a faiss assertion).
MAPPED = faiss.IO_FLAG_MMAP_IFC
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
    passages = (index.lines.of(p, index_files.passage_json) for p in index.passages)
    index_files.write_lines(folder / "passages.jsonl", passages)
    index_files.write_lines(folder / "hashes.txt", index.hashes)
    articles = (index.lines.of(a, index_files.article_json) for a in index.articles.values())
    index_files.write_lines(folder / "articles.jsonl", articles)
    index.lexical.save(folder / "bm25")
    index_files.write_lines(
        folder / SOURCES, (json.dumps(row, ensure_ascii=False) for row in index.sources)
    )
    index_files.write_lines(folder / TERMS, index.terms)
    _place_model_files(index.model_files, folder)
    index_files.save_sentences(folder, index.sentences or Sentences.empty(index.vectors.d))
    index_files.save_words(folder, index.words or WordVectors.empty(index.vectors.d))
    manifest = {**index.manifest, "format_version": FORMAT_VERSION, "files": checksums(folder)}
    index_files.write_lines(folder / MANIFEST, [json.dumps(manifest, indent=2)])
    index_files.fsync_dir(folder)
    tmp = index_dir / f"{POINTER}.tmp"
    tmp.write_text(folder.name + "\n", "utf-8")
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, index_dir / POINTER)
    index_files.fsync_dir(index_dir)
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
    passages = index_files.read_jsonl(
        folder / "passages.jsonl", kept, lambda row: index_files.passage_from(row, shared)
    )
    hashes = (folder / "hashes.txt").read_text("utf-8").splitlines()
    rows = index_files.read_jsonl(
        folder / "articles.jsonl", kept, lambda row: index_files.article_from(row, shared)
    )
    articles = {a.doc_id: a for a in rows}
    try:
        vectors = faiss.read_index(str(folder / "vectors.faiss"), 0 if to_rebuild else MAPPED)
        lexical = Lexical.load(folder / "bm25", mapped=not to_rebuild)
    except (RuntimeError, OSError, ValueError, KeyError) as err:
        raise IndexCorrupt(f"{folder}: cannot read the vectors or BM25 data ({err})") from err
    count = manifest.get("passages")
    if not (len(passages) == len(hashes) == vectors.ntotal == count):
        raise IndexCorrupt(f"{folder}: passage counts disagree: {REBUILD}")
    sentences = index_files.load_sentences(folder, len(passages), not to_rebuild)
    if len(sentences.rows) != manifest.get("sentences", len(sentences.rows)):
        raise IndexCorrupt(f"{folder}: sentence counts disagree: {REBUILD}")
    files = {name: folder / name for name in manifest.get("model_files", [])}
    sources = index_files.read_jsonl(folder / SOURCES) if SOURCES in manifest["files"] else []
    words = index_files.load_words(folder) if WORDS in manifest["files"] else None
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
