"""README's "Index format" table, file by file, on an index `python -m app build` wrote: what
`CURRENT` names, what the manifest records (every other file's SHA-256, found by walking the
folder), and the position rules (row *i* of the vectors, `hashes.txt`, `terms.txt` and
`passages.jsonl` is passage *i*; row *i* of `sentences.npy` is line *i* of `sentences.jsonl`,
zeros for a sentence that is never quoted; row *i* of `words.npy` is line *i* of `words.txt`),
`sources.jsonl` (one line per corpus file, skipped ones with why). Tiny corpus, fake embedder."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import faiss
import numpy as np
import pytest

from tests.conftest import FAKE_ENV, TINY, write_corpus
from tests.test_promises_cli import run_app

STRETCH = """# Stretching

Gentle stretching in the morning loosens stiff muscles and helps joints move freely. Hold each
stretch for about thirty seconds and breathe slowly while you hold it.
This article is for informational purposes only and is not a substitute for medical advice.
"""
KINDS = {"text", "promotion", "bio", "disclaimer", "sourcing", "reference", "outline", "fragment"}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """(the live generation, the corpus) of a fresh build with one file it skips."""
    base = tmp_path_factory.mktemp("layout")
    files = TINY | {"broken.md": "---\ntitle: [unclosed\n---\nx\n", "stretch.md": STRETCH}
    corpus = write_corpus(base / "corpus", files)
    index = base / "index"
    result = run_app(["build", "--corpus", str(corpus), "--index", str(index)], **FAKE_ENV)
    assert result.returncode == 0, result.stderr
    assert "1 skipped files" in result.stdout
    name = (index / "CURRENT").read_text("utf-8").strip()
    assert name.startswith("gen-") and (index / name).is_dir()
    return index / name, corpus


def jsonl(path: Path) -> list:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_the_manifest_records_what_the_readme_lists_and_every_files_checksum(built):
    generation, _ = built
    manifest = json.loads((generation / "manifest.json").read_text("utf-8"))
    for key in ("format_version", "model", "backend", "model_fingerprint", "model_files"):
        assert key in manifest, key
    for key in ("reader", "sentence_rules", "dim", "passages", "articles", "fingerprint"):
        assert key in manifest, key
    assert manifest["index_type"] == "flat" and manifest["articles"] == 3
    walked = {
        p.relative_to(generation).as_posix()
        for p in generation.rglob("*")
        if p.is_file() and p.name != "manifest.json"
    }
    assert any(name.startswith("bm25/") for name in walked)
    assert set(manifest["files"]) == walked
    for name, digest in manifest["files"].items():
        assert hashlib.sha256((generation / name).read_bytes()).hexdigest() == digest


def test_row_i_of_every_passage_file_is_passage_i(built):
    generation, _ = built
    passages = jsonl(generation / "passages.jsonl")
    articles = {a["doc_id"]: a for a in jsonl(generation / "articles.jsonl")}
    hashes = (generation / "hashes.txt").read_text("utf-8").splitlines()
    terms = (generation / "terms.txt").read_text("utf-8").splitlines()
    vectors = faiss.read_index(str(generation / "vectors.faiss"))
    assert len(passages) == len(hashes) == len(terms) == vectors.ntotal > 0
    assert len(set(hashes)) == len(hashes)  # one content hash per passage text
    for passage in passages:
        assert (
            passage["text"]
            == articles[passage["doc_id"]]["text"][passage["start"] : passage["end"]]
        )
        assert passage["anchor"].startswith("p-") and passage["passage_id"].endswith(
            passage["anchor"]
        )
    for i, line in enumerate(terms):  # line i's stems are found best in passage i's own text
        found = [sum(t[:4] in p["text"].lower() for t in line.split()) for p in passages]
        assert found.index(max(found)) == i


def test_sentences_are_in_passage_order_and_row_i_of_the_vectors_is_line_i(built):
    generation, _ = built
    passages = jsonl(generation / "passages.jsonl")
    sentences = jsonl(generation / "sentences.jsonl")
    vectors = np.load(generation / "sentences.npy")
    assert vectors.dtype == np.float16 and len(vectors) == len(sentences) > 0
    rows = [row for row, *_ in sentences]
    assert rows == sorted(rows) and set(rows) == set(range(len(passages)))
    for (row, start, end, kind, digest), vector in zip(sentences, vectors, strict=True):
        passage = passages[row]
        assert passage["start"] <= start < end <= passage["end"]
        assert kind in KINDS
        assert (digest == "") == (kind != "text")
        assert (not vector.any()) == (kind != "text")
    assert {kind for *_, kind, _ in sentences} == {"text", "disclaimer"}


def test_words_are_sorted_lowercase_and_row_i_of_their_vectors_is_line_i(built):
    generation, _ = built
    words = (generation / "words.txt").read_text("utf-8").splitlines()
    vectors = np.load(generation / "words.npy")
    assert words == sorted(set(words)) and len(words) > 10
    assert all(w == w.lower() and len(w) >= 3 for w in words)
    assert "sleep" in words and "the" not in words and "and" not in words
    assert vectors.dtype == np.float32 and vectors.shape[0] == len(words)


def test_sources_has_a_line_per_corpus_file_with_its_bytes_hash_and_id_or_why(built):
    generation, corpus = built
    rows = {row["path"]: row for row in jsonl(generation / "sources.jsonl")}
    assert set(rows) == {"sleep.md", "hydration.txt", "broken.md", "stretch.md"}
    for path, row in rows.items():
        assert row["sha256"] == hashlib.sha256((corpus / path).read_bytes()).hexdigest()
    assert (
        rows["sleep.md"]["doc_id"] == "sleep-basics"
        and rows["hydration.txt"]["doc_id"] == "hydration"
    )
    assert "doc_id" not in rows["broken.md"] and "YAML" in rows["broken.md"]["skipped"]
