"""corpus -> articles -> passages -> embeddings -> index folder, rebuilt only when stale.

One build at a time per index folder (a lock file; a second `build` fails at once unless told to
wait). A rebuild takes from the previous index what did not change (app/reuse.py): unchanged files
are not parsed again, their sentences not split again, unchanged passages keep their vectors
(content hash) and words, so editing one article reads, splits, tokenizes and re-embeds only that
article (the vectors: app/build_vectors.py). Progress is reported through a callback; printing it
is the caller's (the CLI).
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial

from filelock import FileLock, Timeout

from app import build_vectors, corpus, embed, furniture, reuse, store, word_vectors
from app.build_vectors import Progress, content_hash
from app.clean import RULES_VERSION
from app.config import Settings
from app.embed import MODEL_NAME, Embedder
from app.errors import BuildLocked, CorpusError, IndexMissing, IndexProblem
from app.lexical import Lexical
from app.records import Passage

log = logging.getLogger(__name__)


@dataclass
class BuildReport:
    documents: int
    passages: int
    embedded: int
    reused: int
    seconds: float
    skipped: list[corpus.Skipped] = field(default_factory=list)
    files_parsed: int = 0  # corpus files read and cleaned; the others came from the file cache


def index_params(settings: Settings) -> dict:
    """The index settings and the packaged model's name: what the vectors depend on."""
    return {**settings.index_params(), "model_name": MODEL_NAME}


def fingerprint(settings: Settings, read: corpus.FileCache | None = None) -> str:
    """What the index depends on: corpus bytes, index settings (the backend among them), the
    model's files, cleaning rules, format. `read`: the corpus as a build read it (not again)."""
    _index_outside_corpus(settings)
    parts = {
        "corpus": corpus.fingerprint(settings.corpus_dir, read),
        "params": index_params(settings),
        "model": embed.fingerprint(settings.backend),
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
    """Why `build` must write a new generation - missing, stale or damaged (every file checked
    against the manifest's checksums) - or None when the live one is current and sound. A stale
    index's files are not checked here: the build checks them as it loads them to reuse them."""
    try:
        folder = store.current_folder(settings.index_dir)
        if folder is None or not folder.is_dir():
            return "there is no index yet"
        if (older := _older_format(settings)) is not None:
            return f"the index was written in format {older} (now {store.FORMAT_VERSION})"
        if store.read_manifest(settings.index_dir).get("fingerprint") != fingerprint(settings):
            return "the corpus or the index settings changed"
        store.verify(settings.index_dir)
    except IndexMissing:
        return "there is no index yet"
    except IndexProblem as err:
        return f"the index is damaged ({str(err).removesuffix(': ' + store.REBUILD)})"
    return None


def _older_format(settings: Settings) -> int | None:
    """The format of a live index written in an older format a rebuild reuses from; else None."""
    try:
        version = (store.read_manifest(settings.index_dir) or {}).get("format_version")
    except IndexProblem:
        return None
    return version if version != store.FORMAT_VERSION and version in reuse.FORMATS else None


LOCK_FILE = ".build.lock"
AUTO_BUILD_WAIT = 120.0  # seconds `ask`/`serve`/`eval` wait for another process's build


def _lock(settings: Settings, timeout: float) -> FileLock:
    try:
        settings.index_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:  # a file by that name, no permission...
        why = err.strerror or type(err).__name__
        raise IndexProblem(f"cannot use {settings.index_dir} as the index folder: {why}") from None
    return FileLock(str(settings.index_dir / LOCK_FILE), timeout=timeout)


def _locked(settings: Settings, waited: float) -> BuildLocked:
    waited_for = f" (waited {waited:g} s)" if waited > 0 else ""
    return BuildLocked(
        f"another build holds the lock on {settings.index_dir}{waited_for}: try again when it "
        "ends, or give `build` --wait SECONDS"
    )


def build_index(
    settings: Settings,
    embedder: Embedder | None = None,
    lock_timeout: float = 0.0,
    force: bool = True,
    progress: Progress | None = None,
) -> BuildReport | None:
    """Build a new generation; `embedder` None: the settings' backend. One build at a time:
    BuildLocked at once when another holds the lock (or after `lock_timeout` seconds of waiting
    for it). With `force=False`, once the lock is held, nothing is built (None) if the live index
    is current and sound - e.g. the build waited for made it so. `progress` is called as files are
    read and passages embedded. Interrupted (Ctrl-C), it leaves the previous index in place:
    nothing is switched before the new generation is complete."""
    _index_outside_corpus(settings)
    try:
        with _lock(settings, lock_timeout), _no_cycle_collection():
            return _build(settings, embedder, progress, force)
    except Timeout as err:
        raise _locked(settings, lock_timeout) from err


def ensure_index(
    settings: Settings,
    embedder: Embedder | None = None,
    lock_timeout: float = AUTO_BUILD_WAIT,
    progress: Progress | None = None,
):
    """Load the index, building it first when missing or stale (waiting up to `lock_timeout`
    seconds for another process's build). Returns (index, report|None). A damaged index is not
    rebuilt here: loading it names the damaged files (`build` repairs it)."""
    _index_outside_corpus(settings)
    report = None
    if is_stale(settings):
        try:
            with _lock(settings, lock_timeout):
                if is_stale(settings):  # another process may have built it while we waited
                    with _no_cycle_collection():
                        report = _build(settings, embedder, progress)
        except Timeout as err:
            raise _locked(settings, lock_timeout) from err
    return store.load(settings.index_dir), report


@contextmanager
def _no_cycle_collection():
    """Python's cycle collector off while building: a build makes millions of objects that live
    to its end (the previous index's and the new one's) and no cycles, so the collector would only
    walk them again and again (1-2 s of a MedQuAD rebuild, measured). Back as it was after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _index_outside_corpus(settings: Settings) -> None:
    """CorpusError when the index folder is the corpus folder or inside it (not in a hidden
    folder there): the next build would read the index's own text files as articles."""
    corpus_dir, index_dir = settings.corpus_dir.resolve(), settings.index_dir.resolve()
    if index_dir != corpus_dir and corpus_dir not in index_dir.parents:
        return
    parts = index_dir.relative_to(corpus_dir).parts
    if not any(part.startswith(".") for part in parts):
        raise CorpusError(
            f"the index folder {settings.index_dir} is inside the corpus folder "
            f"{settings.corpus_dir}: its own files would be read as articles; put it beside the "
            "corpus (e.g. --index index) or in a hidden folder of it"
        )


def _build(
    settings: Settings, embedder: Embedder | None, progress: Progress | None, force: bool = True
) -> BuildReport | None:
    """The build, lock held; None (nothing written) when not `force` and the live index is sound
    (checked on load) and was built from the corpus as read now and the same settings."""
    started = time.perf_counter()
    old = reuse.previous(settings.index_dir)
    cache = reuse.file_cache(old, settings)
    reading = partial(progress, "reading") if progress else None
    articles, skipped = corpus.read_corpus(settings.corpus_dir, cache, reading)
    fp = fingerprint(settings, cache)
    if not force and old is not None and old.manifest.get("fingerprint") == fp:
        return None
    for item in skipped:
        log.warning("skipped %s: %s", item.path, item.reason)
    for line in corpus.not_read(corpus.fields_not_read(cache)):
        log.warning("%s", line)
    if not articles:
        raise CorpusError(f"no readable article in {settings.corpus_dir}")
    passages = reuse.passages(articles, old, settings)
    sentences, known = reuse.sentences(articles, passages, old)
    embedder = embedder or embed.make_embedder(
        settings.backend, settings.embed_batch, reuse.model_folder(old, settings)
    )
    model_fp = embed.fingerprint(settings.backend)
    texts = [embed_text(p, settings) for p in passages]
    key = f"{embedder.name}:{model_fp}"
    hashes = [content_hash(t, key, settings.backend) for t in texts]
    cached = reuse.vectors(old)
    vectors, embedded = build_vectors.for_texts(cached, embedder, texts, hashes, progress)
    if not reuse.same_embedding(old, embedder.name, model_fp, settings.backend):
        known = [None] * len(sentences)
    sents = build_vectors.for_sentences(
        settings, embedder, key, passages, (sentences, known), articles, cached, progress
    )
    words = build_vectors.for_words(
        embedder, reuse.vocabulary(passages, old), old, settings.backend, model_fp, progress
    )
    files = embedder.files() if hasattr(embedder, "files") else {}
    terms = reuse.passage_terms(passages, old)
    manifest = {
        "model": embedder.name,  # what the embedder says it is
        "backend": settings.backend,
        "model_fingerprint": model_fp,
        "model_files": sorted(files),
        "reader": reuse.reader_key(settings),
        "dim": int(vectors.shape[1]),
        "passages": len(passages),
        "sentences": len(sentences),
        "articles": len(articles),
        "fingerprint": fp,
        "params": index_params(settings),
        "rules_version": RULES_VERSION,
        "sentence_rules": furniture.RULES_VERSION,  # sentences are reused only by the same rules
        "word_rules": word_vectors.RULES,  # so are the words (`reuse.vocabulary`)
        "index_type": "hnsw" if len(passages) > settings.approx_above else "flat",
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    index = store.Index(
        manifest,
        passages,
        hashes,
        {a.doc_id: a for a in articles},
        store.vector_index(vectors, settings.approx_above),
        Lexical.from_term_lines(terms),
        model_files=files,
        sources=reuse.sources(cache),
        terms=terms,
        sentences=sents,
        lines=reuse.lines(old),
        words=words,
    )
    store.save(settings.index_dir, index)
    seconds = time.perf_counter() - started
    parsed = len(cache.seen) - cache.hits
    return BuildReport(
        len(articles), len(passages), embedded, len(passages) - embedded, seconds, skipped, parsed
    )
