"""The words of the articles a quote can say a word with (`app.synonyms`), and their vectors.

`quote_words(text)`: the words of a text that `NearWords` compares a reader's word with (three
letters or more, not a function word or stopword, lowercased). `vocabulary(texts)`: those of every
passage, which `build` embeds once with the index's own embedder and `app.store` keeps with the
index (`words.txt`, `words.npy`: row i is the vector of line i's word, float32, memory-mapped on
load), so that answering never embeds a word of the articles. Out of scope: the reader's words
(embedded when asked, `app.synonyms`) and choosing which words are worth a vector.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from app.concepts import FUNCTION, WORD
from app.lexical import STOPWORDS

SKIP = FUNCTION | STOPWORDS
RUN = re.compile(r"[A-Za-z0-9'’-]+")  # every character a `WORD` can hold


@lru_cache(maxsize=4096)
def quote_words(text: str) -> tuple[str, ...]:
    """The text's distinct words worth comparing by meaning, sorted (a quote is asked about again
    and again: kept)."""
    words = {w.lower() for w in WORD.findall(text)}
    return tuple(sorted(w for w in words if len(w) >= 3 and w not in SKIP))


def vocabulary(texts: Iterable[str]) -> list[str]:
    """The distinct `quote_words` of all the texts, sorted. A word never spans a character
    outside `RUN`, so `WORD` is run once per distinct run of those characters rather than over
    all the text (MedQuAD: 40,820 distinct runs; 0.7 s instead of 1.2-1.8 s)."""
    words: set[str] = set()
    for run in set(RUN.findall("\n".join(texts))):
        words.update(w.lower() for w in WORD.findall(run))
    return sorted(w for w in words if len(w) >= 3 and w not in SKIP)


@dataclass
class WordVectors:
    """Row i of `vectors` is the unit vector of `words[i]`."""

    words: list[str]
    vectors: np.ndarray  # float32, (len(words), dim)
    row: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.row = {w: i for i, w in enumerate(self.words)}

    @classmethod
    def empty(cls, dim: int) -> WordVectors:
        return cls([], np.zeros((0, dim), np.float32))


def make(
    words: list[str],
    kept: Mapping[str, np.ndarray],
    embed: Callable[[list[str]], np.ndarray],
    dim: int,
) -> WordVectors:
    """The words' vectors, from `kept` (a previous build's, same model) or made by `embed` in one
    call."""
    new = [w for w in words if w not in kept]
    made = dict(zip(new, embed(new), strict=True)) if new else {}
    vectors = np.zeros((len(words), dim), np.float32)
    for i, w in enumerate(words):
        vectors[i] = made[w] if w in made else kept[w]
    return WordVectors(words, vectors)
