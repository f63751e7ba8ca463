"""Whether a quote says a word in other words: "tiredness" in a quote about "fatigue".

A rare word the articles never use vetoes an answer ("ADHD"), but readers also use rare words for
what the articles say in their own ("tiredness" for "fatigue"). A quote says the word in other
words when one of its words is close to it in the embedding model's space: cosine at least
`Settings.synonym_cosine` (0.75: "tiredness" - "fatigue" 0.78; the closest of a wrong quote to a
missing word on the seed sets was 0.68, "mg" - "magnesium", then "vitamin" - "supplements" 0.67,
"ADHD" - "disorders" 0.66). The articles' words have their vectors stored with the index
(`app.word_vectors`, made by `build`); a reader's word is embedded when first asked about and its
vector kept (`MAX_WORDS` of them), known by a digest of the word, never the word (SECURITY.md).
Out of scope:
phrases ("serotonin syndrome" is a condition's name, `app.concepts`), and words of two or more
model tokens that mean something else together.

A word of the same family says it too, with no vector: one that shares its first letters, all but
the last two of the shorter word and at least `KIN_PREFIX` ("apathetic" - "apathy", 0.64 apart in
the model's space; the stems differ, "apathet" - "apathi"), or that is the same once a suffix or
prefix is taken off ("foggy" - "brain-fog", "joyless" - "joy", "unmotivated" - "motivation":
`family`).

A drug's own name (a generic name of `app.lay_words.BRANDS`, typed or put in for a brand) is said
only by a word of its family, never by a vector: the model puts a drug's name near its class and
near other drugs ("amphetamine" - "monoaminergic" 0.78, so "adderall" read as said by a quote
about monoaminergic agents). Nor is a name (`app.concepts.is_name`) said by another name through
the vectors: two names of chemicals share their word pieces ("tyramine" - "tyrosine" 0.83, so "is
tyramine bad for dopamine" was answered with the tyrosine sentence); a common word may still say
one ("tiredness" - "fatigue").
"""

from __future__ import annotations

import numpy as np

from app.concepts import is_name
from app.embed import Embedder
from app.embed.kept import digest
from app.lay_words import DRUGS
from app.word_vectors import WordVectors, quote_words

MAX_WORDS = 50_000
KIN_PREFIX = 5


class NearWords:
    """`says(word, text)`: a word of the text is close to it. Word vectors from `stored` (the
    index's), else made on demand and kept."""

    def __init__(self, embedder: Embedder, cosine: float, stored: WordVectors | None = None):
        self.embedder = embedder
        self.cosine = cosine
        self.stored = stored or WordVectors.empty(0)
        self._vectors: dict[bytes, np.ndarray] = {}  # by digest of the word

    def says(self, word: str, text: str) -> bool:
        low = word.lower()
        if " " in low or "-" in low or not low.isalpha():
            return False
        words = [w for w in quote_words(text) if w != low]
        if not words:
            return False
        if any(family(low, w) for w in words):
            return True
        if low in DRUGS:
            return False
        if is_name(low):  # a name is said by a common word near it, never by another name
            words = [w for w in words if not is_name(w)]
            if not words:
                return False
        vectors = self._vectors_of([low, *words])
        return float((vectors[1:] @ vectors[0]).max()) >= self.cosine

    def _vectors_of(self, words: list[str]) -> np.ndarray:
        """The words' vectors, row by row: stored, kept or made now in one call (read into a local
        dict first, so another thread clearing the kept ones cannot lose one)."""
        row = self.stored.row
        keys = {w: digest(w) for w in words if w not in row}
        got = {w: v for w, k in keys.items() if (v := self._vectors.get(k)) is not None}
        new = [w for w in keys if w not in got]
        if new:
            made = dict(zip(new, self.embedder.embed(new), strict=True))
            got.update(made)
            if len(self._vectors) + len(made) > MAX_WORDS:
                self._vectors = {}
            self._vectors.update((keys[w], v) for w, v in made.items())
        out = np.empty((len(words), self.embedder.dim), np.float32)
        rows = [i for i, w in enumerate(words) if w in row]
        if rows:
            out[rows] = self.stored.vectors[[row[words[i]] for i in rows]]
        for i, w in enumerate(words):
            if w in got:
                out[i] = got[w]
        return out


# A word made from another by one of these ("foggy" - "brain-fog", "joyless" - "joy", "unmotivated"
# - "motivation"): the same family, however short the shared part.
SUFFIXES = ("less", "ness", "ful", "ly", "y")
PREFIXES = ("un", "non")
ROOT_LETTERS = 3  # what is left after a suffix ("fog"); after a prefix, one more ("motivated")


def family(word: str, other: str) -> bool:
    """`kin`, or the same after taking one suffix or prefix off either (`roots`); each part of a
    hyphenated word counts on its own ("brain-fog")."""
    mine = roots(word.lower())
    theirs = {r for part in other.lower().split("-") if part for r in roots(part)}
    return any(a == b or kin(a, b) for a in mine for b in theirs)


def roots(word: str) -> set[str]:
    """The word and what is left of it without one suffix of `SUFFIXES` (with a final "e" put
    back, "shaky" - "shake", or a doubled letter undone, "foggy" - "fog") or prefix of
    `PREFIXES`."""
    out = {word}
    for suffix in SUFFIXES:
        root = word[: -len(suffix)]
        if word.endswith(suffix) and len(root) >= ROOT_LETTERS:
            out |= {root, root + "e"}
            if len(root) > ROOT_LETTERS and root[-1] == root[-2]:
                out.add(root[:-1])
    for prefix in PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) > ROOT_LETTERS:
            out.add(word[len(prefix) :])
    return out


def kin(word: str, other: str) -> bool:
    """Two words of one family: their common beginning is at least `KIN_PREFIX` letters and all
    but the last two of the shorter ("apathetic" - "apathy"; not "chemicals" - "chemistry")."""
    a, b = word.lower(), other.lower()
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= max(KIN_PREFIX, min(len(a), len(b)) - 2)
