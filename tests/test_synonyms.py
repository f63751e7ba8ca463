"""A rare word the articles never use does not veto a quote that says it in other words
(`app.synonyms`), and a swapped or dropped letter in a long word is a typing slip
(`Vocabulary.knows`)."""

from __future__ import annotations

import numpy as np
import pytest

from app.concepts import Vocabulary
from app.config import Settings
from app.coverage import judge
from app.lexical import terms
from app.records import Hit, Passage
from app.synonyms import NearWords

# Unit vectors by hand: "tiredness", "weariness" and "kids" at cosine 0.8 to "fatigue" and
# "children", every other word apart.
AXES = {
    "tiredness": 0,
    "weariness": 0,
    "kids": 0,
    "adhd": 1,
    "disorders": 2,
    "dopamine": 3,
    "common": 4,
}


class Words:
    """An embedder of single words: counts the words it embeds."""

    dim = 8

    def __init__(self):
        self.embedded: list[str] = []

    def embed(self, texts):
        self.embedded += list(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, word in enumerate(texts):
            out[row, AXES.get(word, 5 + hash(word) % 3)] = 1.0
            if word in ("fatigue", "children"):
                out[row] = 0.0
                out[row, 0], out[row, 7] = 0.8, 0.6
        return out


def test_a_quote_says_a_word_in_other_words():
    near = NearWords(Words(), 0.75)
    assert near.says("tiredness", "Fatigue is common in depression.")
    assert not near.says("ADHD", "Disorders of dopamine are common.")
    assert not near.says("serotonin syndrome", "Fatigue is common.")  # a name, not a word
    assert not near.says("tiredness", "")


def test_word_vectors_are_made_once():
    words = Words()
    near = NearWords(words, 0.75)
    near.says("tiredness", "Fatigue is common.")
    near.says("tiredness", "Fatigue is common.")
    assert sorted(words.embedded) == ["common", "fatigue", "tiredness"]


def _hit(text: str) -> Hit:
    p = Passage("d#p-1", "d", "p-1", "Title", "Section", 0, len(text), text)
    return Hit(p, 0.6, span=(0, len(text)), support=0.6, own=0.6)


def test_a_rare_word_said_in_other_words_does_not_veto():
    text = "Fatigue is common in depression."
    vocab = Vocabulary(terms("fatigue common depression ssris worse"), [text])
    # ("weariness": "tiredness" is read as the articles' "fatigue" by `app.lay_words` since the
    # session of 2026-12-04 night, so it no longer reaches this rule)
    question = "can ssris make weariness worse"
    refused = judge([_hit(text)], question, False, vocab, Settings())
    assert not refused.covered and refused.missing == ("weariness",)  # "weariness" is rare
    said = NearWords(Words(), Settings().synonym_cosine).says
    assert judge([_hit(text)], question, False, vocab, Settings(), says=said).covered
    unsaid = judge(
        [_hit("Dopamine is common.")], "is adhd common", False, vocab, Settings(), says=said
    )
    assert not unsaid.covered and unsaid.missing == ("adhd",)


def test_a_subject_said_in_other_words_is_not_missing():
    text = "Children can have low dopamine."
    vocab = Vocabulary(terms("children low dopamine"), [text])
    question = "can kids have low dopamine"
    assert judge([_hit(text)], question, False, vocab, Settings()).missing == ("kids",)
    said = NearWords(Words(), Settings().synonym_cosine).says
    assert judge([_hit(text)], question, False, vocab, Settings(), says=said).covered


@pytest.mark.parametrize(
    "word,known",
    [
        ("importnat", True),  # a swap
        ("specificaly", True),  # a dropped letter
        ("medicatoins", True),
        ("autism", False),  # "acutism" is no English word, although it stems to "acut"
        ("acutely", True),  # the usual slips on stems still hold
        ("teh", False),  # a short word: no swap forgiven
    ],
)
def test_a_swapped_or_dropped_letter_in_a_long_word_is_a_slip(word, known):
    vocab = Vocabulary(terms("important specific medications acute kind"), [])
    assert vocab.knows(word) is known
