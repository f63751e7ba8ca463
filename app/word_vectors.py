"""The words of the articles a quote can say a word with (`app.synonyms`), and their vectors.

`quote_words(text)`: the words of a text that `NearWords` compares a reader's word with (three
letters or more, not a function word or stopword, lowercased). `vocabulary(texts)`: those of every
passage, which `build` embeds once with the index's own embedder and `app.store` keeps with the
index (`words.txt`, `words.npy`: row i is the vector of line i's word, float32, memory-mapped on
load), so that answering never embeds a word of the articles. `vocabulary_since`: the same
vocabulary after a rebuild, from the previous one and only the passages that changed. Out of
scope: the reader's words (embedded when asked, `app.synonyms`) and choosing which words are worth
a vector.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import numpy as np

from app.concepts import FUNCTION, WORD, EverydaySlips
from app.lexical import STOPWORDS

SKIP = FUNCTION | STOPWORDS
RUN = re.compile(r"[A-Za-z0-9'’-]+")  # every character a `WORD` can hold
MIN_LETTERS = 3
# More words than this to look for in the kept texts, and `vocabulary_since` reads them all instead
# (MedQuAD: a 2-passage article removed, 0.18 s against 0.65 s; a 90-passage one, 762 words to look
# for, 0.77 s against 0.6 s).
MAX_DOUBTFUL = 256
# What a vocabulary depends on besides the texts (kept in the manifest: a previous index's words
# are updated only when made by the same rules).
RULES = hashlib.sha256(
    json.dumps([WORD.pattern, WORD.flags, RUN.pattern, MIN_LETTERS, sorted(SKIP)]).encode()
).hexdigest()[:16]


@lru_cache(maxsize=4096)
def quote_words(text: str) -> tuple[str, ...]:
    """The text's distinct words worth comparing by meaning, sorted (a quote is asked about again
    and again: kept)."""
    words = {w.lower() for w in WORD.findall(text)}
    return tuple(sorted(w for w in words if len(w) >= MIN_LETTERS and w not in SKIP))


def vocabulary(texts: Iterable[str]) -> list[str]:
    """The distinct `quote_words` of all the texts, sorted. A word never spans a character
    outside `RUN`, so `WORD` is run once per distinct run of those characters rather than over
    all the text (MedQuAD: 40,820 distinct runs; 0.7 s instead of 1.2-1.8 s)."""
    words: set[str] = set()
    for run in set(RUN.findall("\n".join(texts))):
        words.update(w.lower() for w in WORD.findall(run))
    return sorted(w for w in words if len(w) >= MIN_LETTERS and w not in SKIP)


def vocabulary_since(
    before: list[str], removed: Sequence[str], added: Sequence[str], kept: Sequence[str]
) -> list[str]:
    """`vocabulary(kept + added)`, knowing `before` = `vocabulary(kept + removed)`: only the
    removed and added texts are read, and the kept ones only for a word that was in a removed
    text and not in an added one (still said elsewhere, or gone). A word is looked for in the
    lowercased texts as a substring first (a word of a text is always a substring of it
    lowercased), then confirmed by `vocabulary` on that text alone; when there are more than
    `MAX_DOUBTFUL` such words, every kept text is read instead."""
    now = set(vocabulary(added))
    doubtful = set(vocabulary(removed)) - now
    if len(doubtful) > MAX_DOUBTFUL:
        return vocabulary([*kept, *added])
    lowered: list[str] = []
    if doubtful:
        lowered = [t.lower() for t in kept]
    gone = {w for w in doubtful if not _said(w, kept, lowered)}
    return sorted(now.union(before).difference(gone))


def _said(word: str, texts: Sequence[str], lowered: list[str]) -> bool:
    """Whether `word` is one of the `vocabulary` of some text (`lowered`: the texts lowercased)."""
    pairs = zip(texts, lowered, strict=True)
    return any(word in low and word in vocabulary([t]) for t, low in pairs)


@dataclass
class WordVectors:
    """Row i of `vectors` is the unit vector of `words[i]`."""

    words: list[str]
    vectors: np.ndarray  # float32, (len(words), dim)
    row: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.row = {w: i for i, w in enumerate(self.words)}

    @cached_property
    def slips(self) -> EverydaySlips:
        """The everyday words among these, for a word two slips from one (`app.spelling`)."""
        return EverydaySlips(self.words)

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
