"""What a rebuild takes from the previous index instead of redoing it: for each corpus file whose
path and bytes are unchanged, its cleaned article (or why it was skipped) and its passages (the
per-file cache, `sources.jsonl` in the generation) with their BM25 terms, their sentences with
their content hashes, and the lines the article and passages were read from (written again as
they are); every vector by content hash; the word vocabulary, updated from the passages that
changed (`vocabulary`); and, for the ONNX backends, the model file itself (so a rebuild neither
exports nor imports torch).

Only valid for the same reading settings (`reader_key`: cleaning rules, junk phrases, passage
sizes), the same sentence rules (`sentence_rules`) and the same model (`model_fingerprint`);
otherwise that part is made again. An index of the previous format (`FORMATS`) is reused from
too, for what it has. Left out: reusing BM25 statistics (rebuilt from the terms each time: they
depend on every passage).
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from app import corpus, embed, store
from app.clean import RULES_VERSION
from app.config import Settings
from app.errors import IndexProblem
from app.furniture import RULES_VERSION as SENTENCE_RULES
from app.lexical import corpus_terms
from app.lines import Lines
from app.records import Article, Passage, Sentence
from app.sentences import split_sentences
from app.split import split_article
from app.word_vectors import RULES as WORD_RULES
from app.word_vectors import vocabulary as all_words
from app.word_vectors import vocabulary_since

log = logging.getLogger(__name__)
TAKE_ROWS = 8192  # vectors copied at a time from the previous index
FORMATS = (2, store.FORMAT_VERSION)  # index formats a rebuild takes vectors and files from


def previous(index_dir: Path) -> store.Index | None:
    """The live index, to reuse from; None when there is none or it is damaged."""
    try:
        return store.load(index_dir, FORMATS, to_rebuild=True)
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
    ignored: dict[corpus.Key, tuple[str, ...]] = {}
    for row in old.sources:
        key = (row["path"], row["sha256"])
        if "skipped" in row:
            known[key] = corpus.Skipped(row["path"], row["skipped"])
        elif row.get("doc_id") in old.articles:
            known[key] = old.articles[row["doc_id"]]
            ignored[key] = tuple(row.get("not_read", ()))
    return corpus.FileCache(known, ignored=ignored)


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


def sentences(
    articles: list[Article], passages: list[Passage], old: store.Index | None
) -> tuple[list[Sentence], list[str | None]]:
    """The sentences of every passage, in passage order (an article's passages are contiguous),
    and each one's content hash in the previous index: its sentences for an article whose
    passages it gave, moved to their new rows, with their hashes; split afresh for the others,
    None for their hashes. Only from an index split by the same sentence rules."""
    rows: dict[str, list[int]] = {}
    for i, p in enumerate(passages):
        rows.setdefault(p.doc_id, []).append(i)
    kept = _sentences_by_doc(old)
    out: list[Sentence] = []
    hashes: list[str | None] = []
    for a in articles:
        mine = rows.get(a.doc_id)
        if not mine:
            continue
        if a.doc_id in kept and old.articles.get(a.doc_id) is a:
            first, found, digests = kept[a.doc_id]
            shift = mine[0] - first
            out += found if shift == 0 else [replace(s, passage=s.passage + shift) for s in found]
            hashes += digests
        else:
            found = split_sentences(a, [passages[i] for i in mine], mine[0])
            out += found
            hashes += [None] * len(found)
    return out, hashes


def _sentences_by_doc(old: store.Index | None) -> dict[str, tuple[int, list, list]]:
    """doc_id -> (row of its first passage, its sentences, their hashes) in the previous index."""
    if old is None or old.sentences is None or old.manifest.get("sentence_rules") != SENTENCE_RULES:
        return {}
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for i, p in enumerate(old.passages):
        first.setdefault(p.doc_id, i)
        last[p.doc_id] = i
    start, rows, hashes = old.sentences.start, old.sentences.rows, old.sentences.hashes
    spans = {d: (start[i], start[last[d] + 1]) for d, i in first.items()}
    return {d: (first[d], rows[a:b], hashes[a:b]) for d, (a, b) in spans.items()}


def same_embedding(old: store.Index | None, model: str, model_fp: str, backend: str) -> bool:
    """The previous index's content hashes are this build's: same embedder, model and backend."""
    manifest = old.manifest if old is not None else {}
    found = (manifest.get("model"), manifest.get("model_fingerprint"), manifest.get("backend"))
    return found == (model, model_fp, backend)


def passage_terms(passages: list[Passage], old: store.Index | None) -> list[str]:
    """Each passage's BM25 terms as a line (separated by spaces, as `terms.txt` holds them): the
    previous index's for a passage it gave (the same object), tokenized afresh for the others.
    Lines, not lists: MedQuAD's 2.3 million terms as separate strings took 150 MB."""
    kept = store.read_term_lines(old) if old is not None else None
    row = {id(p): i for i, p in enumerate(old.passages)} if kept is not None else {}

    def fresh(p: Passage) -> str:
        return " ".join(corpus_terms(f"{p.title} {p.section} {p.text}"))

    return [kept[row[id(p)]] if id(p) in row else fresh(p) for p in passages]


def vocabulary(passages: list[Passage], old: store.Index | None) -> list[str]:
    """The passages' words (`word_vectors.vocabulary`): the previous index's, updated for the
    passages it did not give (the same objects) and those it had that are gone, when it made them
    by the same rules (`word_rules`); else read from every passage."""
    if old is None or old.words is None or old.manifest.get("word_rules") != WORD_RULES:
        return all_words(p.text for p in passages)
    mine, now = {id(p) for p in old.passages}, {id(p) for p in passages}
    added = [p.text for p in passages if id(p) not in mine]
    removed = [p.text for p in old.passages if id(p) not in now]
    kept = [p.text for p in passages if id(p) in mine]
    return vocabulary_since(old.words.words, removed, added, kept)


def lines(old: store.Index | None) -> Lines:
    """The previous index's passage and article lines: an unchanged one is written as it was."""
    return old.lines if old is not None else Lines()


def sources(cache: corpus.FileCache) -> list[dict]:
    """This build's per-file cache, as `sources.jsonl` rows."""
    rows = []
    for (path, digest), result in cache.seen.items():
        row = {"path": path, "sha256": digest}
        if isinstance(result, corpus.Skipped):
            row["skipped"] = result.reason
        else:
            row["doc_id"] = result.doc_id
            if cache.ignored.get((path, digest)):
                row["not_read"] = list(cache.ignored[(path, digest)])
        rows.append(row)
    return rows


@dataclass
class Vectors:
    """The previous index's vectors by content hash: the passage and sentence matrices as they
    are (float32, float16), and where each hash's vector is in them, counting the rows of one
    matrix after the other (a sentence's wins over a passage's with the same hash)."""

    matrices: list[np.ndarray] = field(default_factory=list)
    where: dict[str, int] = field(default_factory=dict)  # hash -> row in the matrices in turn

    def __contains__(self, digest: str) -> bool:
        return digest in self.where

    def take(self, hashes: list[str], out: np.ndarray) -> None:
        """Copy the vector of every known hash into its row of `out` (any float dtype), a block
        of rows at a time (one large temporary array took up to 10x longer on a busy machine)."""
        found = np.fromiter((self.where.get(h, -1) for h in hashes), np.int64, len(hashes))
        first = 0
        for matrix in self.matrices:
            rows = np.flatnonzero((found >= first) & (found < first + len(matrix)))
            for block in range(0, len(rows), TAKE_ROWS):
                mine = rows[block : block + TAKE_ROWS]
                out[mine] = matrix[found[mine] - first]
            first += len(matrix)


def vectors(old: store.Index | None) -> Vectors:
    """Vectors of the previous index (passages and sentences) by content hash; none when there
    is no previous index."""
    if old is None:
        return Vectors()
    try:
        matrix = old.vectors.reconstruct_n(0, old.vectors.ntotal)
    except RuntimeError as err:
        log.info("no reusable vectors: %s", err)
        return Vectors()
    cached = Vectors([matrix], {h: i for i, h in enumerate(old.hashes)})
    if old.sentences is not None:
        cached.matrices.append(old.sentences.vectors)
        n = len(matrix)
        cached.where.update((h, n + i) for i, h in enumerate(old.sentences.hashes) if h)
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
