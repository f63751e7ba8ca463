"""A loaded index held compactly (app.sentence_table, app.store): the sentence rows as columns,
the passage vectors mapped from their file, repeated strings shared; the same records, the same
search results and the same answers as the plain reading."""

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import sentence_table, store
from app.build import build_index
from app.concepts import HEADS, NAMED_IN_TEXT, Vocabulary, named_pairs
from app.errors import IndexCorrupt
from app.records import Sentence
from app.service import Assistant


def _json_rows(path):
    table = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    return [Sentence(p, s, e, k) for p, s, e, k, _ in table], [row[4] for row in table]


def test_loaded_sentences_are_the_rows_saved(tiny_settings, fake):
    build_index(tiny_settings, fake)
    served = store.load(tiny_settings.index_dir)
    rebuilt = store.load(tiny_settings.index_dir, to_rebuild=True)
    rows, hashes = _json_rows(served.folder / "sentences.jsonl")
    assert len(rows) > 10 and any(h for h in hashes)
    for sents in (served.sentences, rebuilt.sentences):
        assert isinstance(sents.rows, sentence_table.SentenceRows)
        assert list(sents.rows) == rows and sents.rows == rows and rows == sents.rows
        assert list(sents.hashes) == hashes and sents.hashes == hashes
        assert all(type(s.passage) is int and type(s.start) is int for s in sents.rows)
        spans = [
            (int(sents.start[p]), int(sents.start[p + 1])) for p in range(len(served.passages))
        ]
        assert [s for a, b in spans for s in sents.rows[a:b]] == rows  # each passage's, in order
        assert all(s.passage == p for p, (a, b) in enumerate(spans) for s in rows[a:b])


def test_columns_index_like_a_list():
    spans = np.array([[0, 0, 5], [0, 6, 9], [1, 0, 4]])
    rows = sentence_table.SentenceRows(spans, np.array([1, 0, 1]), ["bio", "text"])
    expected = [Sentence(0, 0, 5, "text"), Sentence(0, 6, 9, "bio"), Sentence(1, 0, 4, "text")]
    assert rows == expected and len(rows) == 3
    assert rows[-1] == expected[-1] and rows[1:] == expected[1:] and rows[::-1] == expected[::-1]
    assert rows != expected[:2] and rows != [*expected[:2], Sentence(1, 0, 4, "bio")]
    with pytest.raises(IndexError):
        rows[3]
    hashes = sentence_table.Hashes(np.array(["ab", "", "c"], dtype="S"))
    assert list(hashes) == ["ab", "", "c"] and hashes[1:] == ["", "c"] and hashes[-3] == "ab"


def test_sentence_lines_in_another_json_form_are_read_as_json(tmp_path):
    written = tmp_path / "written.jsonl"
    written.write_text('[0, 1, 9, "text", "aa"]\n[1, 0, 4, "bio", ""]\n', "utf-8")
    other = tmp_path / "other.jsonl"  # valid JSON, not the written form: no spaces, an escape
    other.write_text('[0,1,9,"te\\u0078t","aa"]\n[1, 0, 4, "bio", ""]', "utf-8")
    assert sentence_table.parse(other.read_text("utf-8")) is None
    assert isinstance(sentence_table.parse(written.read_text("utf-8"))[0], sentence_table.Column)
    rows, hashes = store._read_sentence_rows(written)
    assert store._read_sentence_rows(other) == (rows, hashes) == _json_rows(written)


@pytest.mark.parametrize(
    "line", ['[0, 1, "text", "aa"]', "[0, 1, 2, text, aa]", '{"passage": 0}', "[0, 1, 2, 3, 4"]
)
def test_a_broken_sentence_line_is_a_corrupt_index(tmp_path, line):
    path = tmp_path / "sentences.jsonl"
    path.write_text(f'[0, 1, 9, "text", "aa"]\n{line}\n', "utf-8")
    with pytest.raises(IndexCorrupt, match="sentences.jsonl is corrupted"):
        store._read_sentence_rows(path)


def test_mapped_bm25_scores_as_read_one(tiny_settings, fake):
    build_index(tiny_settings, fake)
    mapped = store.load(tiny_settings.index_dir).lexical
    read = store.load(tiny_settings.index_dir, to_rebuild=True).lexical
    assert isinstance(mapped.bm25.scores["data"], np.memmap)
    assert not isinstance(read.bm25.scores["data"], np.memmap)
    for query in ("sleep adults hours", "water hot weather", "nothing known zzz"):
        assert np.array_equal(mapped.scores(query), read.scores(query))
    assert mapped.idf("sleep") == read.idf("sleep") > 0


def test_mapped_passage_vectors_search_as_read_ones(tiny_settings, fake):
    build_index(tiny_settings, fake)
    mapped = store.load(tiny_settings.index_dir).vectors
    read = store.load(tiny_settings.index_dir, to_rebuild=True).vectors
    queries = fake.embed(["sleep for adults", "drink water when hot", "feeling sad"])
    assert mapped.ntotal == read.ntotal > 0
    for got, want in zip(mapped.search(queries, 5), read.search(queries, 5), strict=True):
        assert np.array_equal(got, want)
    assert np.array_equal(
        mapped.reconstruct_n(0, mapped.ntotal), read.reconstruct_n(0, read.ntotal)
    )


def test_loaded_passages_share_repeated_strings_and_answer_the_same(tiny_settings, fake):
    first = Assistant.open(tiny_settings, fake)
    index = store.load(tiny_settings.index_dir)
    by_doc: dict[str, list] = {}
    for p in index.passages:
        by_doc.setdefault(p.doc_id, []).append(p)
    many = next(ps for ps in by_doc.values() if len(ps) > 1)
    assert many[0].title is many[1].title and many[0].url is many[1].url
    again = Assistant(index, fake, tiny_settings)
    for question in ("How many hours of sleep do adults need?", "why drink water"):
        assert first.ask(question).to_dict() == again.ask(question).to_dict()


def test_vocabulary_never_joins_words_of_two_texts():
    apart = Vocabulary(["restless", "syndrom"], ["a case of restless", "syndrome was seen", "side"])
    together = Vocabulary(["restless", "syndrom"], ["a case of restless syndrome", "side effects"])
    assert apart.named == {} and apart.phrases == set()
    assert together.named == {"syndrom": {"restless"}} and together.phrases == {
        "side effect",
        "side effects",
    }


PIECES = [*HEADS, "diseases", "s", "x", "ab", "x-linked", "é", "-", "'", "’", " ", "\n", "\xa0"]
PIECES += ["\0", "1", "_", "A"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_named_pairs_are_the_patterns_findall(pieces):
    text = "".join(pieces)
    assert named_pairs(text) == set(NAMED_IN_TEXT.findall(text))


def test_named_pairs_known_answers():
    text = "x-linked disorders\0the restless legs syndrome; ab\xa0deficiency, 1ab disease"
    expected = {("x-linked", "disorders"), ("linked", "disorders"), ("legs", "syndrome")}
    assert named_pairs(text) == expected | {("ab", "deficiency")}


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 4), st.integers(0, 50), st.integers(0, 2)), max_size=25),
    st.booleans(),
    st.lists(st.integers(-30, 30), max_size=40),
)
def test_rows_read_in_any_order_are_the_list(table, in_order, reads):
    table = sorted(table) if in_order else table
    spans = np.array([[p, s, s + 3] for p, s, _ in table], dtype=np.int64).reshape(-1, 3)
    kinds = ["text", "bio", "promotion"]
    rows = sentence_table.SentenceRows(spans, np.array([k for *_, k in table]), kinds)
    expected = [Sentence(p, s, s + 3, kinds[k]) for p, s, k in table]
    for i in reads:
        if -len(expected) <= i < len(expected):
            assert rows[i] == expected[i]
        else:
            with pytest.raises(IndexError):
                rows[i]
        assert rows[i // 2 : i] == expected[i // 2 : i]
    assert rows == expected
