"""corpus -> articles -> passages -> embeddings -> index folder, rebuilt only when stale.

One build at a time per index folder (a lock file; a second `build` fails at once unless told to
wait); passages whose embedded text did not change
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

from app import corpus, store
from app.clean import RULES_VERSION
from app.config import Settings
from app.embed import MODEL_NAME, Embedder
from app.errors import BuildLocked, CorpusError, IndexMissing, IndexProblem
from app.lexical import Lexical
from app.records import Passage
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
    """The index is missing or was built from another corpus or other index settings (cheap:
    the manifest only). A damaged index is not stale: loading it names the damage, and `build`
    (`why_rebuild`) repairs it."""
    try:
        manifest = store.read_manifest(settings.index_dir)
    except IndexMissing:
        return True
    except IndexProblem:
        return False
    return manifest is None or manifest.get("fingerprint") != fingerprint(settings)


def why_rebuild(settings: Settings) -> str | None:
    """Why `build` must write a new generation - missing, damaged (every file checked against the
    manifest's checksums) or stale - or None when the live one is current and sound."""
    try:
        _, manifest = store.verify(settings.index_dir)
    except IndexMissing:
        return "there is no index yet"
    except IndexProblem as err:
        return f"the index is damaged ({str(err).removesuffix(': ' + store.REBUILD)})"
    if manifest.get("fingerprint") != fingerprint(settings):
        return "the corpus or the index settings changed"
    return None


LOCK_FILE = ".build.lock"
AUTO_BUILD_WAIT = 120.0  # seconds `ask`/`serve`/`eval` wait for another process's build


def _lock(settings: Settings, timeout: float) -> FileLock:
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    return FileLock(str(settings.index_dir / LOCK_FILE), timeout=timeout)


def _locked(settings: Settings, waited: float) -> BuildLocked:
    waited_for = f" (waited {waited:g} s)" if waited > 0 else ""
    return BuildLocked(
        f"another build holds the lock on {settings.index_dir}{waited_for}: try again when it "
        "ends, or give `build` --wait SECONDS"
    )


def build_index(
    settings: Settings, embedder: Embedder, lock_timeout: float = 0.0, force: bool = True
) -> BuildReport | None:
    """Build a new generation. One build at a time: BuildLocked at once when another holds the
    lock (or after `lock_timeout` seconds of waiting for it). With `force=False`, once the lock is
    held, nothing is built (None) if the live index is current and sound - e.g. the build waited
    for made it so."""
    try:
        with _lock(settings, lock_timeout):
            if not force and why_rebuild(settings) is None:
                return None
            return _build(settings, embedder)
    except Timeout as err:
        raise _locked(settings, lock_timeout) from err


def ensure_index(settings: Settings, embedder: Embedder, lock_timeout: float = AUTO_BUILD_WAIT):
    """Load the index, building it first when missing or stale (waiting up to `lock_timeout`
    seconds for another process's build). Returns (index, report|None). A damaged index is not
    rebuilt here: loading it names the damaged files (`build` repairs it)."""
    report = None
    if is_stale(settings):
        try:
            with _lock(settings, lock_timeout):
                if is_stale(settings):  # another process may have built it while we waited
                    report = _build(settings, embedder)
        except Timeout as err:
            raise _locked(settings, lock_timeout) from err
    return store.load(settings.index_dir), report


def _build(settings: Settings, embedder: Embedder) -> BuildReport:
    started = time.perf_counter()
    fp = fingerprint(settings)
    articles, skipped = corpus.read_corpus(settings.corpus_dir)
    for item in skipped:
        log.warning("skipped %s: %s", item.path, item.reason)
    if not articles:
        raise CorpusError(f"no readable article in {settings.corpus_dir}")
    passages = [
        p for a in articles for p in split_article(a, settings.min_words, settings.max_words)
    ]
    texts = [embed_text(p, settings) for p in passages]
    hashes = [content_hash(t, embedder.name, settings.backend) for t in texts]
    vectors, embedded = _vectors(settings, embedder, texts, hashes)
    manifest = {
        "model": embedder.name,  # what the embedder says it is
        "backend": settings.backend,
        "dim": int(vectors.shape[1]),
        "passages": len(passages),
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
    )
    store.save(settings.index_dir, index)
    seconds = time.perf_counter() - started
    return BuildReport(
        len(articles), len(passages), embedded, len(passages) - embedded, seconds, skipped
    )


def _vectors(settings, embedder, texts, hashes) -> tuple[np.ndarray, int]:
    """Vectors for all texts: reused from the live index by content hash, the rest embedded."""
    cached = _cached_vectors(settings.index_dir)
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
    """Vectors of the live index by content hash; empty when there is none or it is damaged."""
    try:
        old = store.load(index_dir)
        matrix = old.vectors.reconstruct_n(0, old.vectors.ntotal)
    except (IndexProblem, RuntimeError) as err:
        log.info("no reusable vectors: %s", err)
        return {}
    return dict(zip(old.hashes, matrix, strict=True))
