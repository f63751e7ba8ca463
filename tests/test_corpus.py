import tarfile
from pathlib import Path

import pytest

from app.corpus import PHRASES_FILE, FileCache, fingerprint, read_corpus
from app.errors import CorpusError
from tests.conftest import SHARED, write_corpus

HTML = """<html><head><title>Healthy Heart | Example Clinic</title>
<meta name="author" content="Dr. Ann Lee">
<meta property="article:published_time" content="2024-05-06">
<meta property="og:site_name" content="Example Clinic"></head><body>
<nav><a href="/">Home</a> <a href="/shop">Shop</a></nav>
<article><h1>Healthy Heart</h1>
<p>Regular physical activity strengthens the heart muscle and lowers blood pressure over time.
Adults should aim for at least 150 minutes of moderate activity every week.</p>
<h2>Eating for your heart</h2>
<p>Eating vegetables, whole grains and fish supports heart health. Limiting salt helps keep blood
pressure in a healthy range, and limiting sugary drinks helps with weight.</p>
</article><footer>Copyright Example Clinic. Subscribe to our newsletter.</footer></body></html>"""


def test_reads_markdown_text_and_html(tiny_corpus: Path):
    (tiny_corpus / "heart.html").write_text(HTML, "utf-8")
    articles, skipped = read_corpus(tiny_corpus)
    by_id = {a.doc_id: a for a in articles}
    assert skipped == []
    sleep = by_id["sleep-basics"]
    assert (sleep.title, sleep.author, sleep.published) == (
        "Sleep basics",
        "Jane Roe",
        "2024-01-02",
    )
    assert sleep.url == "https://example.org/sleep"
    headings = [sleep.block_text(b) for b in sleep.blocks if b.kind == "heading"]
    assert headings == [
        "Sleep basics",
        "How much sleep do adults need?",
        "What helps with insomnia?",
    ]
    water = by_id["hydration"]  # no id in front matter: the path without its extension
    assert "Why Water Matters" in [water.block_text(b) for b in water.blocks if b.kind == "heading"]
    assert "Add to cart" not in water.text and "1200x800" not in water.text
    heart = by_id["heart"]
    assert heart.title.startswith("Healthy Heart")
    assert "Ann Lee" in heart.author and heart.published == "2024-05-06"
    assert "150 minutes of moderate activity" in heart.text
    assert "Subscribe" not in heart.text and "Shop" not in heart.text


def test_bad_files_are_skipped_with_a_reason(tiny_corpus: Path):
    (tiny_corpus / "binary.txt").write_bytes(b"\xff\xfe\x00bad")
    (tiny_corpus / "badyaml.md").write_text("---\ntitle: [unclosed\n---\nText here.\n", "utf-8")
    (tiny_corpus / "empty.md").write_text("# Only a heading\n", "utf-8")
    (tiny_corpus / ".hidden.md").write_text("# Hidden\n\nNot part of the corpus.\n", "utf-8")
    articles, skipped = read_corpus(tiny_corpus)
    reasons = {s.path: s.reason for s in skipped}
    assert reasons == {
        "badyaml.md": "front matter is not valid YAML",
        "binary.txt": "not valid UTF-8 text",
        "empty.md": "no article text left after cleaning",
    }
    assert len(articles) == 2


def test_duplicate_ids_name_both_files(tmp_path: Path):
    doc = "---\nid: same\n---\nSome text about sleep and rest.\n"
    corpus = write_corpus(tmp_path / "c", {"a.md": doc, "sub/b.md": doc})
    with pytest.raises(CorpusError, match=r"'same' in a\.md and sub/b\.md"):
        read_corpus(corpus)


def test_missing_corpus_folder(tmp_path: Path):
    with pytest.raises(CorpusError, match="corpus folder not found"):
        read_corpus(tmp_path / "nope")


def test_fingerprint_changes_with_content(tiny_corpus: Path):
    before = fingerprint(tiny_corpus)
    assert fingerprint(tiny_corpus) == before
    (tiny_corpus / "sleep.md").write_text("# Changed\n\nNew text.\n", "utf-8")
    assert fingerprint(tiny_corpus) != before


@pytest.mark.skipif(not (SHARED / "datasets/medquad").is_dir(), reason="../shared not present")
def test_the_fingerprint_of_a_read_is_the_fingerprint_of_the_folder(tiny_corpus: Path):
    """A build takes the corpus fingerprint from the bytes it read (not read again): the same
    value as reading the folder, unreadable files and the junk-phrase list included."""
    (tiny_corpus / "folder.md").mkdir()  # listed as a corpus file, unreadable
    (tiny_corpus / PHRASES_FILE).write_text("regular schedule\n", "utf-8")
    cache = FileCache()
    read_corpus(tiny_corpus, cache)
    assert [rel for rel, _ in cache.digests][-2:] == ["sleep.md", PHRASES_FILE]
    assert dict(cache.digests)["folder.md"].startswith(b"unreadable:")
    assert fingerprint(tiny_corpus, cache) == fingerprint(tiny_corpus)
    (tiny_corpus / PHRASES_FILE).write_text("regular\n", "utf-8")
    assert fingerprint(tiny_corpus, cache) != fingerprint(tiny_corpus)


def test_medquad_files_load_as_they_are(tmp_path: Path):
    with tarfile.open(SHARED / "datasets/medquad/medquad-corpus.tar.gz") as tar:
        members = [m for m in tar.getmembers() if m.isfile() and m.name.endswith(".md")][:40]
        tar.extractall(tmp_path, members=members, filter="data")
    articles, skipped = read_corpus(tmp_path)
    assert skipped == [] and len(articles) == 40
    for a in articles:
        assert a.title and a.publisher and "/" not in a.doc_id
        assert any(b.kind == "heading" and b.level == 2 for b in a.blocks)
