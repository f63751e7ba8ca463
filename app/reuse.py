"""What a rebuild takes from the previous index instead of redoing it: for each corpus file whose
path and bytes are unchanged, its cleaned article (or why it was skipped) and its passages (the
per-file cache, `sources.jsonl` in the generation) with their BM25 terms; every vector by content
hash; and, for the ONNX backends, the model file itself (so a rebuild neither exports nor imports
torch).

Only valid for the same reading settings (`reader_key`: cleaning rules, junk phrases, passage
sizes) and the same model (`model_fingerprint`); otherwise nothing is reused. An index of the
previous format (`FORMATS`) is reused from too, for what it has. Left out: reusing
BM25 statistics (rebuilt from the terms each time: they depend on every passage).
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

import numpy as np

from app import corpus, embed, store
from app.clean import RULES_VERSION
from app.config import Settings
from app.errors import IndexProblem
from app.lexical import terms
from app.records import Article, Passage
from app.split import split_article

log = logging.getLogger(__name__)
FORMATS = (2, store.FORMAT_VERSION)  # index formats a rebuild takes vectors and files from


def previous(index_dir: Path) -> store.Index | None:
    """The live index, to reuse from; None when there is none or it is damaged."""
    try:
        return store.load(index_dir, FORMATS)
    except IndexProblem as err:
        log.info("nothing to reuse: %s", err)
        return None


def reader_key(settings: Settings) -> str:
    """What turning a file into an article and passages depends on, besides the file."""
    phrases = settings.corpus_dir / corpus.PHRASES_FILE
    parts = {
        "rules": RULES_VERSION,
        "phrases": hashlib.sha256(phrases.read_bytes()).hexdigest() if phrases.is_file() else "",
        "min_words": settings.min_words,
        "max_words": settings.max_words,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]


def file_cache(old: store.Index | None, settings: Settings) -> corpus.FileCache:
    """The previous build's reading of each file, when it read with the same settings."""
    if old is None or old.manifest.get("reader") != reader_key(settings):
        return corpus.FileCache()
    known: dict[corpus.Key, Article | corpus.Skipped] = {}
    for row in old.sources:
        key = (row["path"], row["sha256"])
        if "skipped" in row:
            known[key] = corpus.Skipped(row["path"], row["skipped"])
        elif row.get("doc_id") in old.articles:
            known[key] = old.articles[row["doc_id"]]
    return corpus.FileCache(known)


def passages(articles: list[Article], old: store.Index | None, settings: Settings) -> list[Passage]:
    """Every article's passages: the previous index's for an article it gave the cache (the very
    same object), split afresh for the others."""
    by_doc: dict[str, list[Passage]] = {}
    for p in old.passages if old is not None else ():
        by_doc.setdefault(p.doc_id, []).append(p)
    out: list[Passage] = []
    for a in articles:
        if old is not None and old.articles.get(a.doc_id) is a:
            out += by_doc.get(a.doc_id, [])
        else:
            out += split_article(a, settings.min_words, settings.max_words)
    return out


def passage_terms(passages: list[Passage], old: store.Index | None) -> list[list[str]]:
    """Each passage's BM25 terms: the previous index's for a passage it gave (the same object),
    tokenized afresh for the others."""
    kept = store.read_terms(old) if old is not None else None
    row = {id(p): i for i, p in enumerate(old.passages)} if kept is not None else {}
    return [
        kept[row[id(p)]] if id(p) in row else terms(f"{p.title} {p.section} {p.text}")
        for p in passages
    ]


def sources(cache: corpus.FileCache) -> list[dict]:
    """This build's per-file cache, as `sources.jsonl` rows."""
    rows = []
    for (path, digest), result in cache.seen.items():
        row = {"path": path, "sha256": digest}
        if isinstance(result, corpus.Skipped):
            row["skipped"] = result.reason
        else:
            row["doc_id"] = result.doc_id
        rows.append(row)
    return rows


def vectors(old: store.Index | None) -> dict[str, np.ndarray]:
    """Vectors of the previous index (passages and sentences) by content hash; empty when there
    is none."""
    if old is None:
        return {}
    try:
        matrix = old.vectors.reconstruct_n(0, old.vectors.ntotal)
    except RuntimeError as err:
        log.info("no reusable vectors: %s", err)
        return {}
    cached = dict(zip(old.hashes, matrix, strict=True))
    if old.sentences is not None:
        for h, v in zip(old.sentences.hashes, old.sentences.vectors, strict=True):
            if h:
                cached[h] = np.asarray(v, dtype=np.float32)
    return cached


def word_vectors(old: store.Index | None, model: dict) -> dict[str, np.ndarray]:
    """The previous index's word vectors by word, when the same model made them (`model`: the
    manifest's `model`, `backend` and `model_fingerprint`); empty otherwise."""
    if old is None or old.words is None or any(old.manifest.get(k) != v for k, v in model.items()):
        return {}
    return dict(zip(old.words.words, np.asarray(old.words.vectors), strict=True))  # plain rows


def model_folder(old: store.Index | None, settings: Settings) -> Path | None:
    """The previous generation, when it holds the model file of the same backend and model."""
    if old is None or not old.model_files or settings.backend not in embed.ONNX_BACKENDS:
        return None
    same = old.manifest.get("backend") == settings.backend and old.manifest.get(
        "model_fingerprint"
    ) == embed.fingerprint(settings.backend)
    return old.folder if same else None
