"""Fill a benchmark's vector cache (bench/cached.py) from an index the product built: its passage
vectors (exact float32) and its quotable sentences' vectors (the index keeps them in float16; a
build from the cache stores the same float16 again), keyed by the text each was embedded from.

    PYTHONPATH=. python bench/cache_from_index.py INDEX CACHE [--check 64]

Sound only for a backend whose vector of a text does not depend on the texts embedded beside it:
onnx-int8 runs each text alone (fp32 batches differ in the last bits). `--check N` first embeds N
passages and N sentences again with the index's backend and refuses unless every vector is equal.
Used by bench/gate.py's int8 pass over the MedQuAD subset, from the full MedQuAD build."""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import numpy as np

from app import store
from app.build import embed_text
from app.config import Settings
from app.embed import make_embedder
from bench.cached import CachedEmbedder


def texts_and_vectors(index_dir: Path) -> tuple[list[str], np.ndarray, list[str], np.ndarray]:
    """Passage texts (as embedded) and vectors; quotable sentence texts and float16 vectors."""
    index = store.load(index_dir)
    settings = Settings(index_dir=index_dir)
    passages = [embed_text(p, settings) for p in index.passages]
    vectors = index.vectors.reconstruct_n(0, index.vectors.ntotal)
    sents = index.sentences.rows
    rows = [i for i, s in enumerate(sents) if s.kind == "text"]
    texts = [index.articles[index.passages[sents[i].passage].doc_id].text for i in rows]
    texts = [t[sents[i].start : sents[i].end] for t, i in zip(texts, rows, strict=True)]
    return passages, vectors, texts, np.asarray(index.sentences.vectors[rows])


def check(backend: str, passages, pvec, sents, svec, n: int) -> int:
    """Texts whose fresh vector differs from the index's (sentences compared in float16)."""
    embedder = make_embedder(backend, 32)
    pick = random.Random(7)
    p = pick.sample(range(len(passages)), min(n, len(passages)))
    s = pick.sample(range(len(sents)), min(n, len(sents)))
    fresh_p = embedder.embed([passages[i] for i in p])
    fresh_s = embedder.embed([sents[i] for i in s]).astype(np.float16)
    bad = int((fresh_p != pvec[p]).any(axis=1).sum() + (fresh_s != svec[s]).any(axis=1).sum())
    print(f"checked {len(p)} passages and {len(s)} sentences: {bad} differ", file=sys.stderr)
    return bad


class _Given:
    """An 'embedder' that returns the vectors it was given, in the order of its texts."""

    def __init__(self, vectors: dict[str, np.ndarray], dim: int):
        self.vectors, self.name, self.dim = vectors, "given", dim

    def embed(self, texts):
        return np.stack([self.vectors[t] for t in texts]).astype(np.float32)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("index", type=Path)
    ap.add_argument("cache", type=Path)
    ap.add_argument("--backend", default="onnx-int8")
    ap.add_argument("--check", type=int, default=64)
    args = ap.parse_args()
    passages, pvec, sents, svec = texts_and_vectors(args.index)
    if args.check and check(args.backend, passages, pvec, sents, svec, args.check):
        raise SystemExit("the index's vectors are not the backend's: cache left alone")
    given = dict(zip(sents, svec.astype(np.float32), strict=True))
    given |= dict(zip(passages, pvec, strict=True))
    cached = CachedEmbedder(_Given(given, pvec.shape[1]), args.cache)
    cached.embed(list(given))
    print(f"{len(given)} texts, {cached.embedded} new in {args.cache}", file=sys.stderr)


if __name__ == "__main__":
    main()
