"""The per-file cache: a rebuild parses only the files that changed, and gives the same index as a
fresh build, file for file (passages, articles, vectors, sentences, BM25 terms and scores)."""

import json

import numpy as np
import pytest

from app import index_files, reuse, store
from app.build import build_index, why_rebuild
from app.corpus import PHRASES_FILE
from app.embed.fake import FakeEmbedder
from app.lines import sentence_lines
from app.records import Sentence


def _edit(settings):
    path = settings.corpus_dir / "hydration.txt"
    path.write_text(path.read_text("utf-8").replace("hot weather", "hot and humid weather"))


def assert_same_as_fresh(settings, fake) -> None:
    """The index in `settings.index_dir` equals a build from nothing of the same corpus."""
    fresh_settings = settings.with_(index_dir=settings.index_dir.parent / "fresh")
    files = len(list(settings.corpus_dir.iterdir()))
    assert build_index(fresh_settings, fake).files_parsed == files
    reused, fresh = store.load(settings.index_dir), store.load(fresh_settings.index_dir)
    assert reused.passages == fresh.passages and reused.hashes == fresh.hashes
    assert reused.articles == fresh.articles and reused.sources == fresh.sources
    assert store.read_terms(reused) == store.read_terms(fresh)
    n = reused.vectors.ntotal
    assert np.array_equal(reused.vectors.reconstruct_n(0, n), fresh.vectors.reconstruct_n(0, n))
    query = "humid weather water"
    assert np.allclose(reused.lexical.scores(query), fresh.lexical.scores(query))
    assert reused.sentences.rows == fresh.sentences.rows
    assert reused.sentences.hashes == fresh.sentences.hashes
    assert np.array_equal(reused.sentences.vectors, fresh.sentences.vectors)
    assert reused.manifest["files"] == fresh.manifest["files"]  # file for file (SHA-256)


def test_a_rebuild_parses_only_the_changed_file_and_equals_a_fresh_build(tiny_settings, fake):
    first = build_index(tiny_settings, fake)
    assert first.files_parsed == 2
    _edit(tiny_settings)
    again = build_index(tiny_settings, fake)
    assert again.files_parsed == 1 and again.embedded >= 1 and again.reused >= 1
    assert_same_as_fresh(tiny_settings, fake)


def _split_calls(monkeypatch) -> list[str]:
    """The articles a build splits into sentences afresh (the others' come from the old index)."""
    calls: list[str] = []
    split = reuse.split_sentences
    monkeypatch.setattr(
        reuse, "split_sentences", lambda a, *rest: (calls.append(a.doc_id), split(a, *rest))[1]
    )
    return calls


def test_sentences_of_unchanged_articles_are_moved_to_their_new_rows(
    tiny_settings, fake, monkeypatch
):
    """An edit that adds passages to the first article moves the next article's passages (and so
    its sentences' passage rows); its sentences are not split again, yet equal a fresh build's."""
    build_index(tiny_settings, fake)
    before = store.load(tiny_settings.index_dir)
    path = tiny_settings.corpus_dir / "hydration.txt"
    more = "\n\nMore About Water\n\n" + " ".join(["Water keeps joints moving well."] * 12) + "\n"
    path.write_text(path.read_text("utf-8") + more * 3, "utf-8")
    calls = _split_calls(monkeypatch)
    build_index(tiny_settings, fake)
    after = store.load(tiny_settings.index_dir)
    assert calls == ["hydration"] and after.passages[0].doc_id == "hydration"
    assert len(after.passages) > len(before.passages)
    assert_same_as_fresh(tiny_settings, fake)


def test_sentences_are_split_again_when_the_sentence_rules_change(tiny_settings, fake, monkeypatch):
    build_index(tiny_settings, fake)
    _edit(tiny_settings)
    calls = _split_calls(monkeypatch)
    monkeypatch.setattr(reuse, "SENTENCE_RULES", reuse.SENTENCE_RULES + 1)
    build_index(tiny_settings, fake)
    assert sorted(calls) == ["hydration", "sleep-basics"]


def test_a_stale_and_damaged_index_is_rebuilt_from_nothing(tiny_settings, fake):
    """`build`'s first check only says the corpus changed (it checksums a current index only);
    the build itself finds the damage as it loads the index, reuses nothing from it, and the
    index it writes is sound and equals a fresh build."""
    build_index(tiny_settings, fake)
    folder = store.current_folder(tiny_settings.index_dir)
    (folder / "sentences.jsonl").write_text('[0, 0, 5, "text", ""]\n', "utf-8")
    _edit(tiny_settings)
    assert why_rebuild(tiny_settings) == "the corpus or the index settings changed"
    report = build_index(tiny_settings, fake, force=False)
    assert report.files_parsed == 2 and report.reused == 0
    assert why_rebuild(tiny_settings) is None
    assert_same_as_fresh(tiny_settings, fake)


def test_nothing_is_reused_when_the_reading_settings_change(tiny_settings, fake):
    build_index(tiny_settings, fake)
    (tiny_settings.corpus_dir / PHRASES_FILE).write_text("regular schedule\n", "utf-8")
    report = build_index(tiny_settings, fake)
    assert report.files_parsed == 2
    texts = [p.text for p in store.load(tiny_settings.index_dir).passages]
    assert not any("regular schedule" in t for t in texts)
    assert build_index(tiny_settings.with_(max_words=40), fake).files_parsed == 2


def test_a_skipped_file_stays_skipped_with_its_reason(tiny_settings, fake):
    (tiny_settings.corpus_dir / "bad.txt").write_bytes(b"\xff\xfe")
    build_index(tiny_settings, fake)
    _edit(tiny_settings)
    report = build_index(tiny_settings, fake)
    assert report.files_parsed == 1
    assert [(s.path, s.reason) for s in report.skipped] == [("bad.txt", "not valid UTF-8 text")]


def test_a_removed_file_leaves_the_index(tiny_settings, fake):
    build_index(tiny_settings, fake)
    (tiny_settings.corpus_dir / "hydration.txt").unlink()
    report = build_index(tiny_settings, fake)
    index = store.load(tiny_settings.index_dir)
    assert report.files_parsed == 0 and list(index.articles) == ["sleep-basics"]
    assert {p.doc_id for p in index.passages} == {"sleep-basics"}


def test_a_text_repeated_across_articles_is_embedded_once(tiny_settings, fake):
    """Two articles share a sentence word for word (MedQuAD repeats boilerplate): it is sent to
    the model once, and both rows get its vector."""
    shared = "These resources address the diagnosis or management of this condition."
    for name in ("hydration.txt", "sleep.md"):
        path = tiny_settings.corpus_dir / name
        path.write_text(path.read_text("utf-8").rstrip() + f"\n\n{shared} It is common.\n")
    seen: list[str] = []
    embed = fake.embed
    fake.embed = lambda texts: (seen.extend(texts), embed(texts))[1]
    build_index(tiny_settings, fake)
    assert seen.count(shared) == 1
    index = store.load(tiny_settings.index_dir)
    rows = [
        i
        for i, s in enumerate(index.sentences.rows)
        if index.articles[index.passages[s.passage].doc_id].text[s.start : s.end] == shared
    ]
    assert len(rows) == 2
    assert np.array_equal(index.sentences.vectors[rows[0]], index.sentences.vectors[rows[1]])
    assert np.abs(index.sentences.vectors[rows[0]]).sum() > 0


def test_unchanged_passages_and_articles_are_written_as_they_were_read(
    tiny_settings, fake, monkeypatch
):
    """A rebuild encodes only the changed article and its passages again; the others' lines are
    written as the previous index had them (and the files equal a fresh build's)."""
    build_index(tiny_settings, fake)
    encoded: list[str] = []
    for name in ("passage_json", "article_json"):
        encode = getattr(index_files, name)
        monkeypatch.setattr(
            index_files, name, lambda r, encode=encode: (encoded.append(r.doc_id), encode(r))[1]
        )
    _edit(tiny_settings)
    build_index(tiny_settings, fake)
    assert set(encoded) == {"hydration"}
    assert_same_as_fresh(tiny_settings, fake)


def test_sentence_hashes_are_made_again_for_another_model(tiny_settings, fake):
    """Reused sentences keep their content hashes only while the model is the same: another
    one (here a fake of another name) hashes, and so embeds, every sentence again."""
    build_index(tiny_settings, fake)
    _edit(tiny_settings)
    other = FakeEmbedder()
    other.name = "another-model"
    report = build_index(tiny_settings, other)
    assert report.reused == 0
    assert_same_as_fresh(tiny_settings, other)


@pytest.mark.parametrize("kind", ["text", "fragment", 'odd "kind"', "é"])
def test_sentence_lines_are_the_json_of_each_sentence(kind):
    """The lines of sentences.jsonl, written by hand for speed, are json.dumps of each row (and
    made by json.dumps when a kind or hash is not a plain word)."""
    rows = [Sentence(0, 0, 5, "text"), Sentence(0, 6, 9, kind), Sentence(1, 0, 4, "bio")]
    sents = store.Sentences(rows, ["ab12", "", 'x"y' if kind == "é" else "ff"], np.zeros((3, 2)))
    expected = [
        json.dumps([s.passage, s.start, s.end, s.kind, h])
        for s, h in zip(rows, sents.hashes, strict=True)
    ]
    assert list(sentence_lines(rows, sents.hashes)) == expected
