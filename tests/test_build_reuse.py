"""The per-file cache: a rebuild parses only the files that changed, and gives the same index as a
fresh build (passages, articles, vectors, BM25 terms and scores)."""

import numpy as np

from app import store
from app.build import build_index
from app.corpus import PHRASES_FILE


def _edit(settings):
    path = settings.corpus_dir / "hydration.txt"
    path.write_text(path.read_text("utf-8").replace("hot weather", "hot and humid weather"))


def test_a_rebuild_parses_only_the_changed_file_and_equals_a_fresh_build(tiny_settings, fake):
    first = build_index(tiny_settings, fake)
    assert first.files_parsed == 2
    _edit(tiny_settings)
    again = build_index(tiny_settings, fake)
    assert again.files_parsed == 1 and again.embedded >= 1 and again.reused >= 1
    fresh_settings = tiny_settings.with_(index_dir=tiny_settings.index_dir.parent / "fresh")
    assert build_index(fresh_settings, fake).files_parsed == 2
    reused, fresh = store.load(tiny_settings.index_dir), store.load(fresh_settings.index_dir)
    assert reused.passages == fresh.passages and reused.hashes == fresh.hashes
    assert reused.articles == fresh.articles and reused.sources == fresh.sources
    assert store.read_terms(reused) == store.read_terms(fresh)
    n = reused.vectors.ntotal
    assert np.allclose(reused.vectors.reconstruct_n(0, n), fresh.vectors.reconstruct_n(0, n))
    query = "humid weather water"
    assert np.allclose(reused.lexical.scores(query), fresh.lexical.scores(query))


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
