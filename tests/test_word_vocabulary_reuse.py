"""A rebuild's word vocabulary (`reuse.vocabulary`, `word_vectors.vocabulary_since`): made from
the previous index's and only the passages that changed, and the same as a build from nothing,
file for file."""

import random

import pytest

from app import reuse, store, word_vectors
from app.build import build_index
from app.word_vectors import vocabulary, vocabulary_since
from tests.test_build_reuse import assert_same_as_fresh

# "hydrate" is in "x-hydrate-" lowercased but is not one of its words; "K" is the Kelvin sign
# (lowercased: "k").
PIECES = ["Hydrate", "hydrate", "x-hydrate-", "HYDRATED", "thirst", "Thirst", "5-htp", "don’t"]
PIECES += ["sleep", "the", "\u212aelvin", "kelvin", " ", ", ", ".\n", "-", "'", "water"]


def _texts(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choices(PIECES, k=rng.randint(0, 8))) for _ in range(n)]


@pytest.mark.parametrize("most", [word_vectors.MAX_DOUBTFUL, 0])
def test_the_vocabulary_since_equals_the_vocabulary_from_nothing(monkeypatch, most, cases=500):
    monkeypatch.setattr(word_vectors, "MAX_DOUBTFUL", most)  # 0: every kept text read again
    rng = random.Random(11)
    for _ in range(cases):
        kept, removed, added = _texts(rng, 4), _texts(rng, 2), _texts(rng, 2)
        before = vocabulary(kept + removed)
        assert vocabulary_since(before, removed, added, kept) == vocabulary(kept + added)


def test_a_word_gone_with_its_passage_leaves_and_one_still_said_stays():
    kept = ["Drink x-hydrate- water when thirsty."]
    removed = ["Hydrate often; thirst comes late."]
    before = vocabulary(kept + removed)
    assert {"hydrate", "thirst", "thirsty"} <= set(before)
    after = vocabulary_since(before, removed, ["Thirsty nurses drink."], kept)
    assert "hydrate" not in after and "thirst" not in after  # "x-hydrate-" is not the word
    assert {"thirsty", "water", "drink", "nurses"} <= set(after)
    assert vocabulary_since([], [], [], []) == []


def _read_texts(monkeypatch) -> list[str]:
    """The texts the words are read from during a build (a full pass is refused)."""
    read: list[str] = []
    whole = word_vectors.vocabulary

    def counted(texts):
        texts = list(texts)
        read.extend(texts)
        return whole(texts)

    monkeypatch.setattr(word_vectors, "vocabulary", counted)
    return read


def test_a_rebuild_reads_the_words_of_the_changed_passages_only(tiny_settings, fake, monkeypatch):
    build_index(tiny_settings, fake)
    old = store.load(tiny_settings.index_dir)
    path = tiny_settings.corpus_dir / "hydration.txt"
    text = path.read_text("utf-8").replace("during exercise", "during zanzibarian exercise")
    path.write_text(text.replace("headaches", "aches"), "utf-8")
    monkeypatch.setattr(reuse, "all_words", lambda _: pytest.fail("every passage read again"))
    read = _read_texts(monkeypatch)
    build_index(tiny_settings, fake)
    monkeypatch.undo()
    new = store.load(tiny_settings.index_dir)
    changed = {p.text for p in new.passages} ^ {p.text for p in old.passages}
    assert changed and set(read) == changed  # "headaches" was said only there: looked for
    assert "zanzibarian" in new.words.words and "headaches" not in new.words.words
    assert_same_as_fresh(tiny_settings, fake)


def test_words_of_other_rules_are_read_again_from_every_passage(tiny_settings, fake, monkeypatch):
    build_index(tiny_settings, fake)
    path = tiny_settings.corpus_dir / "hydration.txt"
    path.write_text(path.read_text("utf-8").replace("hot weather", "hot humid weather"), "utf-8")
    monkeypatch.setattr(reuse, "WORD_RULES", "other rules")
    calls: list[int] = []
    whole = reuse.all_words
    monkeypatch.setattr(reuse, "all_words", lambda texts: (calls.append(1), whole(texts))[1])
    build_index(tiny_settings, fake)
    monkeypatch.undo()
    assert calls == [1]
    assert_same_as_fresh(tiny_settings, fake)


def test_a_removed_file_takes_its_own_words_with_it(tiny_settings, fake):
    build_index(tiny_settings, fake)
    (tiny_settings.corpus_dir / "hydration.txt").unlink()
    build_index(tiny_settings, fake)
    index = store.load(tiny_settings.index_dir)
    assert "dehydration" not in index.words.words
    assert index.words.words == vocabulary(p.text for p in index.passages)
    assert_same_as_fresh(tiny_settings, fake)
