"""corpus -> articles -> passages -> embeddings -> index folder, rebuilt only when stale.

One build at a time per index folder (a lock file); passages whose embedded text did not change
reuse their stored vectors (content hash), so editing one article re-embeds only that article.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from filelock import FileLock, Timeout

from app import corpus, furniture, store
from app.clean import RULES_VERSION
from app.config import Settings
from app.embed import MODEL_NAME, Embedder
from app.errors import BuildLocked, CorpusError, IndexProblem
from app.lexical import Lexical
from app.records import Passage, Sentence
from app.sentences import split_sentences
from app.split import split_article

log = logging.getLogger(__name__)


@dataclass
class BuildReport:
    documents: int
    passages: int
    embedded: int
    reused: int
    seconds: float
    skipped: list[corpus.Skipped] = field(default_factory=list)


def index_params(settings: Settings) -> dict:
    """The index settings and the packaged model's name: what the vectors depend on."""
    return {**settings.index_params(), "model_name": MODEL_NAME}


def fingerprint(settings: Settings) -> str:
    """What the index depends on: corpus bytes, index settings, cleaning rules, format."""
    parts = {
        "corpus": corpus.fingerprint(settings.corpus_dir),
        "params": index_params(settings),
        "rules": RULES_VERSION,
        "sentence_rules": furniture.RULES_VERSION,
        "format": store.FORMAT_VERSION,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def embed_text(p: Passage, settings: Settings) -> str:
    if not settings.embed_context:
        return p.text
    context = p.title if p.section in ("", p.title) else f"{p.title}. {p.section}"
    return f"{context}\n{p.text}"


def content_hash(text: str, model: str, backend: str) -> str:
    key = f"{model}\0{backend}\0{text}"
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def is_stale(settings: Settings) -> bool:
    try:
        manifest = store.read_manifest(settings.index_dir)
    except IndexProblem:
        return True
    return manifest is None or manifest.get("fingerprint") != fingerprint(settings)


def _lock(settings: Settings, timeout: float) -> FileLock:
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    return FileLock(str(settings.index_dir / ".build.lock"), timeout=timeout)


def build_index(settings: Settings, embedder: Embedder, lock_timeout: float = 600) -> BuildReport:
    try:
        with _lock(settings, lock_timeout):
            return _build(settings, embedder)
    except Timeout as err:
        raise BuildLocked(
            f"another build of {settings.index_dir} is running; try again when it ends"
        ) from err


def ensure_index(settings: Settings, embedder: Embedder, lock_timeout: float = 600):
    """Load the index, building it first when missing or stale. Returns (index, report|None)."""
    report = None
    if is_stale(settings):
        try:
            with _lock(settings, lock_timeout):
                if is_stale(settings):  # another process may have built it while we waited
                    report = _build(settings, embedder)
        except Timeout as err:
            raise BuildLocked(f"another build of {settings.index_dir} is still running") from err
    return store.load(settings.index_dir), report


def _build(settings: Settings, embedder: Embedder) -> BuildReport:
    started = time.perf_counter()
    fp = fingerprint(settings)
    articles, skipped = corpus.read_corpus(settings.corpus_dir)
    for item in skipped:
        log.warning("skipped %s: %s", item.path, item.reason)
    if not articles:
        raise CorpusError(f"no readable article in {settings.corpus_dir}")
    passages, sentences = [], []
    for a in articles:
        mine = split_article(a, settings.min_words, settings.max_words)
        sentences += split_sentences(a, mine, len(passages))
        passages += mine
    texts = [embed_text(p, settings) for p in passages]
    hashes = [content_hash(t, embedder.name, settings.backend) for t in texts]
    cached = _cached_vectors(settings.index_dir)
    vectors, embedded = _vectors(embedder, texts, hashes, cached)
    sents = _sentences(settings, embedder, articles, passages, sentences, cached)
    manifest = {
        "model": embedder.name,  # what the embedder says it is
        "backend": settings.backend,
        "dim": int(vectors.shape[1]),
        "passages": len(passages),
        "sentences": len(sentences),
        "articles": len(articles),
        "fingerprint": fp,
        "params": index_params(settings),
        "rules_version": RULES_VERSION,
        "index_type": "hnsw" if len(passages) > settings.approx_above else "flat",
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    index = store.Index(
        manifest,
        passages,
        hashes,
        {a.doc_id: a for a in articles},
        store.vector_index(vectors, settings.approx_above),
        Lexical.build([f"{p.title} {p.section} {p.text}" for p in passages]),
        sentences=sents,
    )
    store.save(settings.index_dir, index)
    seconds = time.perf_counter() - started
    return BuildReport(
        len(articles), len(passages), embedded, len(passages) - embedded, seconds, skipped
    )


def _sentences(settings, embedder, articles, passages, sentences: list[Sentence], cached):
    """The sentences with their vectors: only quotable ones are embedded, bare (a "section."
    prefix measured worse; so did list items with their lead-in), the others get a zero vector
    and an empty hash."""
    by_doc = {a.doc_id: a for a in articles}
    texts = [by_doc[passages[s.passage].doc_id].text[s.start : s.end] for s in sentences]
    hashes = [
        content_hash(t, embedder.name, settings.backend) if s.kind == "text" else ""
        for s, t in zip(sentences, texts, strict=True)
    ]
    rows = [i for i, h in enumerate(hashes) if h]
    vectors = np.zeros((len(sentences), embedder.dim), dtype=np.float16)
    if rows:
        found, _ = _vectors(embedder, [texts[i] for i in rows], [hashes[i] for i in rows], cached)
        vectors[rows] = found
    return store.Sentences(sentences, hashes, vectors, len(passages))


def _vectors(embedder, texts, hashes, cached) -> tuple[np.ndarray, int]:
    """Vectors for all texts: reused from the live index by content hash, the rest embedded."""
    missing = [i for i, h in enumerate(hashes) if h not in cached]
    fresh = embedder.embed([texts[i] for i in missing]) if missing else None
    vectors = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    for row, h in enumerate(hashes):
        if h in cached:
            vectors[row] = cached[h]
    if fresh is not None:
        vectors[missing] = fresh
    return vectors, len(missing)


def _cached_vectors(index_dir: Path) -> dict[str, np.ndarray]:
    """Vectors of the live index (passages and sentences) by content hash; empty when there is
    none or it is damaged."""
    try:
        old = store.load(index_dir)
        matrix = old.vectors.reconstruct_n(0, old.vectors.ntotal)
    except (IndexProblem, RuntimeError) as err:
        log.info("no reusable vectors: %s", err)
        return {}
    cached = dict(zip(old.hashes, matrix, strict=True))
    if old.sentences is not None:
        for h, v in zip(old.sentences.hashes, old.sentences.vectors, strict=True):
            if h:
                cached[h] = np.asarray(v, dtype=np.float32)
    return cached
