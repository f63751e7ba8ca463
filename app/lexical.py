"""BM25 over the passages, in the same order as the vector index (bm25s, Snowball stemming)."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
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
    return Stemmer.Stemmer("english")


def terms(text: str) -> list[str]:
    """Lower-cased, stop-worded, stemmed word tokens. Short texts (questions, a quote's sentences,
    which recur from one question to the next) are memoized; passages are not (a build would only
    fill the memo)."""
    if len(text) <= SHORT:
        return list(_short_terms(text))
    return _terms(text)


SHORT = 400  # characters


@lru_cache(maxsize=8192)
def _short_terms(text: str) -> tuple[str, ...]:
    return tuple(_terms(text))


def _terms(text: str) -> list[str]:
    words = [w for w in TOKEN.findall(text.lower()) if w not in STOPWORDS]
    return _stemmer().stemWords(words)


class Lexical:
    def __init__(self, bm25: bm25s.BM25):
        self.bm25 = bm25
        self.vocab = bm25.vocab_dict

    @classmethod
    def build(cls, texts: Sequence[str]) -> Lexical:
        return cls.from_terms([terms(t) for t in texts])

    @classmethod
    def from_terms(cls, term_lists: Sequence[list[str]]) -> Lexical:
        """From each text's `terms` (kept by a build, so unchanged passages skip tokenizing)."""
        bm25 = bm25s.BM25()
        bm25.index([t or [""] for t in term_lists], show_progress=False)
        return cls(bm25)

    def save(self, folder: Path) -> None:
        self.bm25.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path) -> Lexical:
        return cls(bm25s.BM25.load(str(folder), show_progress=False))

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
