"""Build, save, load, reuse, staleness, corruption and locking of the index folder."""

import json
from pathlib import Path

import pytest
from filelock import FileLock

from app import store
from app.build import build_index, ensure_index, is_stale, why_rebuild
from app.errors import BuildLocked, IndexCorrupt, IndexMissing
from app.service import Assistant


def test_round_trip_gives_the_same_answers(tiny_settings, fake):
    first = Assistant.open(tiny_settings, fake)
    again = Assistant(store.load(tiny_settings.index_dir), fake, tiny_settings)
    question = "How many hours of sleep do adults need?"
    assert first.ask(question).to_dict() == again.ask(question).to_dict()
    assert first.passage_count == again.passage_count > 0
    manifest = again.index.manifest
    assert manifest["passages"] == again.passage_count and manifest["dim"] == fake.dim
    assert manifest["format_version"] == store.FORMAT_VERSION


def test_rows_match_passage_lines(tiny_settings, fake):
    assistant = Assistant.open(tiny_settings, fake)
    folder = assistant.index.folder
    lines = (folder / "passages.jsonl").read_text("utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines]
    vectors = assistant.index.vectors.reconstruct_n(0, len(texts))
    from app.build import embed_text

    expected = fake.embed([embed_text(p, tiny_settings) for p in assistant.index.passages])
    assert texts == [p.text for p in assistant.index.passages]
    assert (abs(vectors - expected) < 1e-6).all()


def test_stale_index_is_rebuilt_and_unchanged_passages_are_reused(tiny_settings, fake):
    _, report = ensure_index(tiny_settings, fake)
    assert report.embedded == report.passages
    assert not is_stale(tiny_settings)
    _, report = ensure_index(tiny_settings, fake)
    assert report is None  # current: nothing rebuilt
    path = tiny_settings.corpus_dir / "hydration.txt"
    path.write_text(path.read_text("utf-8").replace("hot weather", "hot and humid weather"))
    assert is_stale(tiny_settings)
    index, report = ensure_index(tiny_settings, fake)
    changed = [p for p in index.passages if p.doc_id == "hydration"]
    assert 0 < report.embedded <= len(changed) and report.reused >= 1
    assert any("hot and humid weather" in p.text for p in index.passages)


def test_settings_change_makes_the_index_stale(tiny_settings, fake):
    build_index(tiny_settings, fake)
    assert is_stale(tiny_settings.with_(max_words=80))
    assert not is_stale(tiny_settings.with_(top_k=5))  # retrieval settings do not


def test_missing_index_is_a_clear_error(tmp_path: Path):
    with pytest.raises(IndexMissing, match="run `python -m app build`"):
        store.load(tmp_path / "index")


@pytest.mark.parametrize("name", ["passages.jsonl", "vectors.faiss", "manifest.json"])
def test_corrupted_file_is_named_and_build_repairs_it(tiny_settings, fake, name):
    build_index(tiny_settings, fake)
    folder = store.current_folder(tiny_settings.index_dir)
    path = folder / name
    path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    with pytest.raises(IndexCorrupt, match=name):
        store.load(tiny_settings.index_dir)
    assert not is_stale(tiny_settings)  # damaged, not stale: `ask` names it, `build` repairs it
    assert why_rebuild(tiny_settings).startswith("the index is damaged")
    build_index(tiny_settings, fake, force=False)
    assert store.load(tiny_settings.index_dir).manifest["passages"] > 0


def test_crash_while_writing_keeps_the_previous_index(tiny_settings, fake, monkeypatch):
    build_index(tiny_settings, fake)
    before = store.load(tiny_settings.index_dir)
    (tiny_settings.corpus_dir / "new.md").write_text(
        "# New\n\nA new article about walking daily.\n"
    )

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("app.lexical.Lexical.save", crash)
    with pytest.raises(OSError):
        build_index(tiny_settings, fake)
    after = store.load(tiny_settings.index_dir)
    assert after.folder == before.folder and after.manifest == before.manifest
    monkeypatch.undo()
    build_index(tiny_settings, fake)  # the next build succeeds and cleans up the leftovers
    assert len(list(tiny_settings.index_dir.glob("gen-*"))) == 1
    assert "new" in store.load(tiny_settings.index_dir).articles


def test_second_build_waits_or_fails_clearly(tiny_settings, fake):
    tiny_settings.index_dir.mkdir(parents=True)
    lock = FileLock(str(tiny_settings.index_dir / ".build.lock"))
    with lock, pytest.raises(BuildLocked, match="another build"):
        build_index(tiny_settings, fake, lock_timeout=0.2)
