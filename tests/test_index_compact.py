"""A loaded index held compactly (app.sentence_table, app.store): the sentence rows as columns,
the passage vectors mapped from their file, repeated strings shared; the same records, the same
search results and the same answers as the plain reading."""

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import index_files, sentence_table, store
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
        assert isinstance(sents.hashes, sentence_table.Hashes)
        assert sents.rows == rows and list(sents.hashes) == hashes and sents.hashes == hashes
        assert hashes == sents.hashes and sents.hashes[2:5] == hashes[2:5]
        assert all(type(s.passage) is int and type(s.start) is int for s in sents.rows)
        spans = [
            (int(sents.start[p]), int(sents.start[p + 1])) for p in range(len(served.passages))
        ]
        assert [s for a, b in spans for s in sents.rows[a:b]] == rows  # each passage's, in order


def test_hashes_index_like_a_list():
    hashes = sentence_table.Hashes(np.array(["ab", "", "c"], dtype="S"))
    assert list(hashes) == ["ab", "", "c"] and hashes[1:] == ["", "c"] and hashes[-3] == "ab"
    assert hashes == ["ab", "", "c"] and hashes != ["ab", "", "d"] and hashes != ["ab", ""]
    assert len(hashes) == 3 and "c" in hashes
    with pytest.raises(IndexError):
        hashes[3]


def test_sentence_lines_in_another_json_form_are_read_as_json(tmp_path):
    written = tmp_path / "written.jsonl"
    written.write_text('[0, 1, 9, "text", "aa"]\n[1, 0, 4, "bio", ""]\n', "utf-8")
    other = tmp_path / "other.jsonl"  # valid JSON, not the written form: no spaces, an escape
    other.write_text('[0,1,9,"te\\u0078t","aa"]\n[1, 0, 4, "bio", ""]', "utf-8")
    assert sentence_table.parse(other.read_text("utf-8")) is None
    assert sentence_table.parse(written.read_text("utf-8"))[0] == _json_rows(written)[0]
    rows, hashes = index_files.read_sentence_rows(written)
    assert index_files.read_sentence_rows(other) == (rows, hashes) == _json_rows(written)


@pytest.mark.parametrize(
    "line", ['[0, 1, "text", "aa"]', "[0, 1, 2, text, aa]", '{"passage": 0}', "[0, 1, 2, 3, 4"]
)
def test_a_broken_sentence_line_is_a_corrupt_index(tmp_path, line):
    path = tmp_path / "sentences.jsonl"
    path.write_text(f'[0, 1, 9, "text", "aa"]\n{line}\n', "utf-8")
    with pytest.raises(IndexCorrupt, match="sentences.jsonl is corrupted"):
        index_files.read_sentence_rows(path)


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


def test_a_served_index_maps_its_large_files(tiny_settings, fake):
    """The passage vectors, sentence vectors, word vectors and BM25 scores of a served index are
    pages of their files (shared by the processes that serve it), not copies in each one."""
    build_index(tiny_settings, fake)
    index = store.load(tiny_settings.index_dir)
    maps = Path("/proc/self/maps").read_text()
    for name in ("vectors.faiss", "sentences.npy", "words.npy", "bm25/data.csc.index.npy"):
        assert f"{index.folder / name}\n" in maps, name
