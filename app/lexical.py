"""BM25 over the passages, in the same order as the vector index (bm25s, Snowball stemming)."""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import bm25s
import numpy as np
import Stemmer

logging.getLogger("bm25s").setLevel(logging.WARNING)
TOKEN = re.compile(r"(?u)\b\w\w+\b")
STOPWORDS = frozenset(bm25s.tokenization.STOPWORDS_EN)


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    """For any text at answering time, readers' included: without PyStemmer's own cache, which
    keeps the last 10,000 words it stemmed (a reader's among them) for the life of the process."""
    return Stemmer.Stemmer("english", 0)


@lru_cache(maxsize=1)
def _corpus_stemmer() -> Stemmer.Stemmer:
    """For the articles' text at build time: with the cache (their words recur)."""
    return Stemmer.Stemmer("english")


def terms(text: str) -> list[str]:
    """Lower-cased, stop-worded, stemmed word tokens. Nothing of the text is kept: a memo of short
    texts (~0.06 ms a question) held the last 8,192 questions as typed in every answering process,
    and the stemmer's cache their words; SECURITY.md lists what stays in memory, and no text of a
    question is among it (`tests/test_promises_memory.py`)."""
    return _terms(text, _stemmer())


def corpus_terms(text: str) -> list[str]:
    """`terms` of an article's text, for a build (the same terms, faster on a large corpus)."""
    return _terms(text, _corpus_stemmer())


def _terms(text: str, stemmer: Stemmer.Stemmer) -> list[str]:
    words = [w for w in TOKEN.findall(text.lower()) if w not in STOPWORDS]
    return stemmer.stemWords(words)


class Lexical:
    def __init__(self, bm25: bm25s.BM25):
        self.bm25 = bm25
        self.vocab = bm25.vocab_dict

    @classmethod
    def build(cls, texts: Sequence[str]) -> Lexical:
        return cls.from_terms([corpus_terms(t) for t in texts])

    @classmethod
    def from_terms(cls, term_lists: Iterable[list[str]]) -> Lexical:
        """From each text's `terms` (kept by a build, so unchanged passages skip tokenizing)."""
        bm25 = bm25s.BM25()
        _index(bm25, (t or [""] for t in term_lists))
        return cls(bm25)

    @classmethod
    def from_term_lines(cls, lines: Iterable[str]) -> Lexical:
        """`from_terms` of each text's terms joined by spaces (as `terms.txt` holds them)."""
        return cls.from_terms(line.split() for line in lines)

    def save(self, folder: Path) -> None:
        self.bm25.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path, mapped: bool = False) -> Lexical:
        """`mapped`: the score arrays mapped from their files (shared by the processes serving one
        index) rather than read into this one's memory; the same scores."""
        return cls(bm25s.BM25.load(str(folder), mmap=mapped, show_progress=False))

    def scores(self, query: str) -> np.ndarray:
        known = [t for t in terms(query) if t in self.vocab]
        if not known:
            return np.zeros(self.bm25.scores["num_docs"], dtype=np.float32)
        return self.bm25.get_scores(known)

    def idf(self, term: str) -> float:
        """How rare a stemmed term is (0 for unknown terms); used to mark answering sentences."""
        tid = self.vocab.get(term)
        if tid is None:
            return 0.0
        n = self.bm25.scores["num_docs"]
        df = self._doc_freqs()[tid]
        return float(np.log(1 + (n - df + 0.5) / (df + 0.5)))

    def _doc_freqs(self) -> np.ndarray:
        if not hasattr(self, "_df"):
            indptr = np.asarray(self.bm25.scores["indptr"])
            self._df = np.diff(indptr)  # CSC: nonzeros per term column = documents containing it
        return self._df


def _index(bm25: bm25s.BM25, docs: Iterable[list[str]]) -> None:
    """`bm25.index(docs)` (BM25 "lucene", bm25s's default) in a few numpy steps instead of a Python
    loop per document: the same scores to the bit, each term's column the same documents in the
    same order (2x faster over MedQuAD). Term ids follow the terms' first use, where bm25s follows
    Python's set order (which changes from process to process): the same terms, the same files."""
    assert bm25.method == "lucene" and bm25.idf_method == "lucene", "only bm25s's default"
    vocab: dict[str, int] = {}
    sizes: list[int] = []
    ids = np.fromiter(_term_ids(docs, vocab, sizes), dtype=np.int64)
    lengths = np.array(sizes)
    n, v = len(sizes), len(vocab)
    pairs, counts = np.unique(ids * n + np.repeat(np.arange(n), lengths), return_counts=True)
    term, doc = np.divmod(pairs, n)  # sorted by term, then document: the CSC order
    df = np.bincount(term, minlength=v)
    idf = np.array([math.log(1 + (n - f + 0.5) / (f + 0.5)) for f in df.tolist()], np.float32)
    norm = bm25.k1 * ((1 - bm25.b) + bm25.b * lengths / lengths.mean())  # float64, as bm25s
    tf = counts.astype(np.float32).astype(np.float64)
    data = (idf[term].astype(np.float64) * (tf / (norm[doc] + tf))).astype(np.float32)
    indptr = np.zeros(v + 1, dtype=np.int64)
    np.cumsum(df, out=indptr[1:])
    bm25.scores = {"data": data, "indices": doc.astype(np.int32), "indptr": indptr, "num_docs": n}
    vocab.setdefault("", v)  # bm25s's empty token: in the vocabulary, without a column
    bm25.vocab_dict = vocab
    bm25.unique_token_ids_set = set(vocab.values())
    bm25.nonoccurrence_array = None


def _term_ids(docs: Iterable[list[str]], vocab: dict[str, int], sizes: list[int]):
    """Each document's terms' ids in turn (new terms numbered as they come); `sizes` gets the
    documents' lengths. One document at a time: the terms are never all held as strings."""
    for doc in docs:
        sizes.append(len(doc))
        yield from (vocab.setdefault(t, len(vocab)) for t in doc)
