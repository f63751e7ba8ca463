"""The vectors a build makes or reuses: passages' and sentences' by content hash, the passages'
words' by word, the rest embedded in chunks that report progress (`build` calls these). Out of
scope: what is reused (`app.reuse`) and writing the index (`app.store`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import numpy as np

from app import reuse, store, word_vectors
from app.embed import Embedder
from app.records import Passage, Sentence

Progress = Callable[[str, int, int], None]  # (stage: "reading" | "embedding", done, total)
CHUNK = 256  # texts per embedding call during a build: the unit of progress (and of Ctrl-C)


def content_hash(text: str, model: str, backend: str) -> str:
    key = f"{model}\0{backend}\0{text}"
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def for_sentences(settings, embedder, key, passages, found, articles, cached, progress):
    """The sentences with their vectors: only quotable ones are embedded, bare (a "section."
    prefix measured worse; so did list items with their lead-in), the others get a zero vector
    and an empty hash. `found`: the sentences and the hashes known from the previous index (None
    where not known: hashed here)."""
    sentences, known = found
    texts = _SentenceTexts(sentences, passages, {a.doc_id: a for a in articles})
    hashes = list(known)
    for i, s in enumerate(sentences):
        if hashes[i] is None:
            hashes[i] = content_hash(texts[i], key, settings.backend) if s.kind == "text" else ""
    shown = _as_stage(progress, "sentences") if progress else None
    made, _ = for_texts(cached, embedder, texts, hashes, shown, np.float16)
    return store.Sentences(sentences, hashes, made, len(passages))


def for_words(embedder, words: list[str], old, backend: str, model_fp: str, progress):
    """The vectors of the passages' words (`words`, `reuse.vocabulary`): a previous index's when
    the same model made them, the others embedded."""
    same = {"model": embedder.name, "backend": backend, "model_fingerprint": model_fp}
    shown = _as_stage(progress, "words") if progress else None
    return word_vectors.make(
        words,
        reuse.word_vectors(old, same),
        lambda new: embed_chunks(embedder, new, shown),
        embedder.dim,
    )


class _SentenceTexts:
    """The text of each sentence, cut from its article when asked (a rebuild asks for few)."""

    def __init__(self, sentences: list[Sentence], passages: list[Passage], articles: dict):
        self.sentences, self.passages, self.articles = sentences, passages, articles

    def __len__(self) -> int:
        return len(self.sentences)

    def __getitem__(self, row: int) -> str:
        s = self.sentences[row]
        return self.articles[self.passages[s.passage].doc_id].text[s.start : s.end]


def _as_stage(progress: Progress, stage: str) -> Progress:
    return lambda _stage, done, total: progress(stage, done, total)


def for_texts(
    cached, embedder, texts, hashes, progress, dtype=np.float32
) -> tuple[np.ndarray, int]:
    """Vectors for all texts (as `dtype`; zeros where the hash is empty): reused by content hash,
    the rest embedded, each distinct text once (MedQuAD repeats sentences such as "These
    resources address the diagnosis or management of ..." across articles)."""
    first: dict[str, int] = {}  # hash -> the first row that needs it embedded
    for i, h in enumerate(hashes):
        if h and h not in cached:
            first.setdefault(h, i)
    vectors = np.zeros((len(texts), embedder.dim), dtype=dtype)
    cached.take(hashes, vectors)
    if first:
        made = embed_chunks(embedder, [texts[i] for i in first.values()], progress)
        new = dict(zip(first, made, strict=True))
        for row, h in enumerate(hashes):
            if h in new:
                vectors[row] = new[h]
    return vectors, sum(h not in cached for h in hashes if h)


def embed_chunks(embedder: Embedder, texts: list[str], progress: Progress | None) -> np.ndarray:
    """`embedder.embed` in chunks of similar length (little padding), long and short chunks in
    turn (so the rate, and the time left, hold steady), reporting after each chunk."""
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    chunks = [order[i : i + CHUNK] for i in range(0, len(order), CHUNK)]
    turns = [chunks[i // 2] if i % 2 == 0 else chunks[-1 - i // 2] for i in range(len(chunks))]
    out = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    done = 0
    if progress:
        progress("embedding", 0, len(texts))
    for rows in turns:
        out[rows] = embedder.embed([texts[i] for i in rows])
        done += len(rows)
        if progress:
            progress("embedding", done, len(texts))
    return out
