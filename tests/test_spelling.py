"""A reader's slips searched as the articles' own words (`app.spelling`): only a word that neither
the articles nor general English know, and only into a word the articles use one slip away; the
search reads the respelled text, the crisis detector and the coverage rules the text as typed.
Words and questions written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from app import retrieve
from app.lexical import terms
from app.retrieve import Query
from app.spelling import respell, respelled
from app.word_vectors import WordVectors

ARTICLE = (
    "Gout is a kind of arthritis. Its symptoms include sudden pain and swelling. Cherries and "
    "water may help; allopurinol lowers uric acid. Symptoms of gout often start at night."
)


def _index(text: str = ARTICLE):
    running = [w.lower() for w in text.replace(".", " ").replace(";", " ").split()]
    words = sorted(set(running))
    stems = [t for w in running for t in terms(w)]  # idf: fewer for a more used word
    counts = {s: stems.count(s) for s in stems}
    return SimpleNamespace(
        words=WordVectors(words, np.zeros((len(words), 1), np.float32)),
        lexical=SimpleNamespace(vocab=dict.fromkeys(counts), idf=lambda s: 1.0 / counts.get(s, 1)),
    )


def test_a_slip_is_read_as_the_articles_word():
    index = _index()
    assert respell(index, "wat are the symtoms of gout") == "wat are the symptoms of gout"
    assert respell(index, "does allopurnol lower uric acid?") == (
        "does allopurinol lower uric acid?"
    )
    assert respell(index, "do cheries help") == "do cherries help"  # a letter left out
    assert respell(index, "is gout a knid of arthritis") == "is gout a kind of arthritis"  # swap


def test_known_words_short_words_and_english_words_are_kept():
    index = _index()
    for text in [
        "what are the symptoms of gout",  # the articles' own words
        "does a symptom start at night",  # known by its stem
        "is wine bad for gout",  # "wine" is English (one slip from nothing here anyway)
        "does coke make gout worse",  # an English word is never respelled
        "is it gout or not",  # too short to respell
    ]:
        assert respell(index, text) == text


def test_of_two_words_one_slip_away_the_most_used_is_taken():
    index = _index("Lumex helps. Lumex is safe. Lumex works. Lumax is rare.")
    assert respell(index, "is lumix safe") == "is lumex safe"
    rare = _index("Lumex helps. Lumax is safe. Lumax works. Lumax is rare.")
    assert respell(rare, "is lumix safe") == "is lumax safe"


def test_a_query_is_the_same_object_when_nothing_changes():
    index = _index()
    query = Query("what helps gout", context="gout what helps gout")
    assert respelled(index, query) is query
    typo = Query("what helps gout symtoms", context="gout what helps gout symtoms")
    fixed = respelled(index, typo)
    assert fixed.text == "what helps gout symptoms"
    assert fixed.context == "gout what helps gout symptoms"


class _Recorder:
    dim = 4

    def __init__(self):
        self.texts: list[str] = []

    def embed(self, texts):
        self.texts += list(texts)
        return np.ones((len(texts), self.dim), dtype=np.float32)


def test_the_respelled_texts_follow_the_typed_ones_in_one_embedding_call():
    """The typed texts keep their rows (`own_rows`: the crisis detector reads them); the
    respelled ones come after all of them."""
    index = _index()
    queries = [Query("symtoms of gout"), Query("what helps"), Query("is allopurnol safe")]
    embedder = _Recorder()
    vectors = retrieve.embed_queries(embedder, queries, index)
    assert embedder.texts == [
        "symtoms of gout",
        "what helps",
        "is allopurnol safe",
        "symptoms of gout",
        "is allopurinol safe",
    ]
    assert len(vectors) == 5 and retrieve.own_rows(queries) == [0, 1, 2]
    plain = _Recorder()
    retrieve.embed_queries(plain, queries)  # without the index: as typed only
    assert plain.texts == ["symtoms of gout", "what helps", "is allopurnol safe"]
