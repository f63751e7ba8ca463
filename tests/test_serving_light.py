"""Serving without torch: `ask`, `eval` and a `serve` worker embed through onnxruntime and the
index's own model file; the file is checksummed with the index; an index of another backend is
refused (load) or rebuilt (open). The subprocess test checks sys.modules of a real process."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import store
from app.build import build_index, is_stale
from app.config import Settings
from app.embed import fingerprint
from app.errors import IndexCorrupt, IndexMismatch
from app.service import Assistant

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import json, sys
from app.cli import main
main(["ask", "--corpus", sys.argv[1], "--index", sys.argv[2], "What is dopamine?", "--json"])
main(["eval", sys.argv[3], "--corpus", sys.argv[1], "--index", sys.argv[2]])
from app.web.serve import worker_app
worker_app()  # a `serve` worker: settings from HEALTHQA_*, index loaded, model warmed
heavy = [m for m in ("torch", "sentence_transformers", "transformers") if m in sys.modules]
print(json.dumps({"heavy": heavy, "onnx": "onnxruntime" in sys.modules}))
"""


def test_index_of_another_backend_is_refused_with_a_clear_message(tiny_settings, fake):
    build_index(tiny_settings, fake)
    onnx = tiny_settings.with_(backend="onnx")
    assert is_stale(onnx)
    with pytest.raises(IndexMismatch, match="built with the 'fake' embedding backend"):
        Assistant.load(onnx)


@pytest.mark.model
def test_ask_eval_and_a_serve_worker_never_import_torch(seed_assistant, tmp_path):
    """From no index and no export cache: `ask` builds the index (the export runs in a child
    process), then `eval` and a `serve` worker run; torch never enters this process."""
    settings = seed_assistant.settings.with_(index_dir=tmp_path / "index")
    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps({"question": "What is dopamine?", "contains": "a"}) + "\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEALTHQA_")}
    env.update(
        PYTHONPATH=str(ROOT),
        HEALTHQA_CORPUS_DIR=str(settings.corpus_dir),
        HEALTHQA_INDEX_DIR=str(settings.index_dir),
        GRADIO_ANALYTICS_ENABLED="False",
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    args = [str(settings.corpus_dir), str(settings.index_dir), str(questions)]
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *args],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert '"quotes"' in done.stdout and "hit@1" in done.stdout
    modules = json.loads(done.stdout.strip().splitlines()[-1])
    assert modules == {"heavy": [], "onnx": True}
    assert list((tmp_path / "cache").rglob("model.onnx"))  # it did export


@pytest.mark.model
def test_the_model_file_is_stored_checksummed_and_used_for_queries(seed_assistant):
    index = seed_assistant.index
    assert index.manifest["backend"] == Settings().backend == "onnx-int8"
    assert sorted(index.model_files) == ["model.onnx", "tokenizer.json"]
    assert set(index.manifest["files"]) >= {"model.onnx", "tokenizer.json"}
    assert seed_assistant.embedder.files()["model.onnx"] == index.folder / "model.onnx"
    assert index.manifest["model_fingerprint"] == fingerprint("onnx-int8")


@pytest.mark.model
def test_a_damaged_model_file_is_named(seed_assistant, tmp_path):
    copy = tmp_path / "index"
    shutil.copytree(seed_assistant.settings.index_dir, copy)
    model = store.current_folder(copy) / "model.onnx"
    model.write_bytes(model.read_bytes()[:1000])
    with pytest.raises(IndexCorrupt, match="model.onnx"):
        store.load(copy)


@pytest.mark.model
def test_a_rebuild_reuses_the_model_file_without_exporting(seed_assistant, tmp_path, monkeypatch):
    settings = seed_assistant.settings.with_(
        corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index"
    )
    shutil.copytree(seed_assistant.settings.corpus_dir, settings.corpus_dir)
    shutil.copytree(seed_assistant.settings.index_dir, settings.index_dir)
    path = next(settings.corpus_dir.glob("*.txt"))
    extra = "\n\nRegular sleep and daylight also help many people feel less tired in the day.\n"
    path.write_text(path.read_text("utf-8") + extra)

    def no_export(*_):
        raise AssertionError("exported although the index had the model file")

    monkeypatch.setattr("app.embed.onnx.ensure_export", no_export)
    report = build_index(settings)
    assert report.embedded >= 1 and report.reused >= 1
    index = store.load(settings.index_dir)
    assert (index.folder / "model.onnx").is_file()


def test_an_index_of_the_old_default_is_rebuilt_or_refused_under_the_new_one(tiny_settings, fake):
    """An index embedded with the ONNX fp32 backend (the default before int8) meets settings of
    the default backend: stale for `ask`/`serve` (rebuilt), refused by `Assistant.load` with a
    message naming both backends and the setting that brings the old one back."""
    default = Settings().backend
    assert default == "onnx-int8"
    old = tiny_settings.with_(backend="onnx")
    build_index(old, fake)
    new = tiny_settings.with_(backend=default)
    assert is_stale(new) and not is_stale(old)
    message = "built with the 'onnx' embedding backend, and the settings ask for 'onnx-int8'"
    with pytest.raises(IndexMismatch, match=message) as refused:
        Assistant.load(new)
    assert "HEALTHQA_BACKEND=onnx" in str(refused.value)
    build_index(new, fake)  # what `ask`, `eval` and one-process `serve` do with a stale index
    assert store.load(new.index_dir).manifest["backend"] == "onnx-int8"
    assert not is_stale(new)
