"""README's "Corpus format" promises, checked through `python -m app` the way a site owner meets
them: `corpus/.junk-phrases` (one phrase a line, any case; a line holding one is dropped, and
editing the file makes the index stale), a phrase file that cannot be used (exit 2 naming it, the
live index kept), and hidden folders ignored at any depth. Tiny corpus, fake embedder."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import FAKE_ENV, TINY, write_corpus
from tests.test_promises_cli import run_app

LINE = "Regular sleep times help the body keep its rhythm."
QUESTION = "how much sleep do adults need"


def quoted_text(index: Path) -> str:
    """Every passage of the live generation, as one text."""
    generation = index / (index / "CURRENT").read_text("utf-8").strip()
    lines = (generation / "passages.jsonl").read_text("utf-8").splitlines()
    return " ".join(" ".join(json.loads(line)["text"].split()) for line in lines)


@pytest.fixture
def site(tmp_path) -> tuple[list[str], Path, Path]:
    corpus = write_corpus(tmp_path / "corpus", TINY)
    index = tmp_path / "index"
    return ["--corpus", str(corpus), "--index", str(index)], corpus, index


def test_a_junk_phrase_drops_its_line_in_any_case_and_editing_it_rebuilds(site):
    args, corpus, index = site
    assert run_app(["build", *args], **FAKE_ENV).returncode == 0
    assert LINE in quoted_text(index)
    (corpus / ".junk-phrases").write_text("# our site's own junk\nREGULAR sleep TIMES\n", "utf-8")
    asked = run_app(["ask", "--json", *args, QUESTION], **FAKE_ENV)  # stale: rebuilt first
    assert asked.returncode == 0, asked.stderr
    text = quoted_text(index)
    assert LINE not in text and "Regular sleep times" not in text
    assert "Teenagers need more sleep than adults" in text  # the rest of the paragraph stays
    assert "Regular sleep times" not in asked.stdout


@pytest.mark.parametrize("kind", ["not UTF-8", "a folder"])
def test_a_junk_phrase_file_that_cannot_be_used_is_exit_2_naming_it(site, kind):
    """It was a `UnicodeDecodeError` traceback (exit 1) for a file in Latin-1, and a folder was
    ignored without a word, the site's phrases left in every quote."""
    args, corpus, index = site
    assert run_app(["build", *args], **FAKE_ENV).returncode == 0
    live = (index / "CURRENT").read_text("utf-8")
    phrases = corpus / ".junk-phrases"
    if kind == "a folder":
        phrases.mkdir()
    else:
        phrases.write_bytes("Caf\u00e9 offers\n".encode("latin-1"))
    for command in (["build", *args], ["build", "--force", *args]):
        result = run_app(command, **FAKE_ENV)
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert result.stderr.strip().splitlines()[-1].startswith(f"error: cannot read {phrases}")
        assert (index / "CURRENT").read_text("utf-8") == live  # the live index is kept


def test_hidden_folders_at_any_depth_are_ignored(site):
    args, corpus, index = site
    hidden = "---\ntitle: Hidden\n---\n# Hidden\n\nZanzibar melatonin notes kept out of view.\n"
    write_corpus(corpus, {".drafts/a.md": hidden, "sub/.cache/b.md": hidden, "sub/.c.md": hidden})
    result = run_app(["build", *args], **FAKE_ENV)
    assert result.returncode == 0, result.stderr
    assert "2 documents" in result.stdout and "0 skipped files" in result.stdout
    assert "Zanzibar" not in quoted_text(index)


def hrefs(markdown: str) -> list[str]:
    """The links a CommonMark renderer that filters no scheme makes of `markdown`."""
    import markdown_it

    renderer = markdown_it.MarkdownIt("commonmark")
    renderer.validateLink = lambda url: True
    html = renderer.render(markdown)
    return re.findall(r'href="([^"]*)"', html)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/sleep\n[Read more](javascript:alert(1))",
        "https://example.org/sleep\r\n[Read more](javascript:alert(1))",
        "https://example.org/sle ep",
        "https://example.org/<sleep>",
        "https://",
    ],
)
def test_a_url_that_is_no_web_address_gives_no_link_in_any_reply(site, url):
    """README: a `url` that is not an http(s) address is dropped, "so no reply or page carries
    a `javascript:` link". A line break in a `url` ended the reply's Markdown link and began
    another: `[Read more](javascript:alert(1))` was a link in `markdown` (`ask --json`, the API)."""
    args, corpus, _ = site
    sleep = TINY["sleep.md"].replace("url: https://example.org/sleep", f"url: {json.dumps(url)}")
    (corpus / "sleep.md").write_text(sleep, "utf-8")
    asked = run_app(["ask", "--json", *args, QUESTION], **FAKE_ENV)
    assert asked.returncode == 0, asked.stderr
    reply = json.loads(asked.stdout)
    assert reply["quotes"] and {q["url"] for q in reply["quotes"]} == {""}
    links = hrefs(reply["markdown"])
    assert links and all(link.startswith("/articles/") for link in links)


def test_a_web_address_is_kept_as_written(site):
    args, _, _ = site
    asked = run_app(["ask", "--json", *args, QUESTION], **FAKE_ENV)
    reply = json.loads(asked.stdout)
    assert reply["quotes"][0]["url"] == "https://example.org/sleep"
    assert "https://example.org/sleep" in hrefs(reply["markdown"])


@pytest.mark.parametrize("where", ["index", ".", "topics/index"])
def test_an_index_inside_the_corpus_is_exit_2_and_writes_nothing_there(site, where):
    """ "Files under `corpus/` (any depth)" are articles: an index kept inside the corpus had its
    own `terms.txt`, `words.txt` and `hashes.txt` read as three more articles by the next build
    (2 documents, then 5), and quoted."""
    _, corpus, _ = site
    (corpus / "topics").mkdir()
    before = sorted(p.relative_to(corpus) for p in corpus.rglob("*"))
    index = corpus / where
    for command in (["build"], ["ask", QUESTION]):
        result = run_app([*command, "--corpus", str(corpus), "--index", str(index)], **FAKE_ENV)
        assert result.returncode == 2, result.stdout + result.stderr
        line = result.stderr.strip().splitlines()[-1]
        assert line.startswith(f"error: the index folder {index} is inside the corpus folder")
        assert "Traceback" not in result.stderr
    assert sorted(p.relative_to(corpus) for p in corpus.rglob("*")) == before


def test_an_index_in_a_hidden_folder_of_the_corpus_is_fine(site):
    _, corpus, _ = site
    args = ["--corpus", str(corpus), "--index", str(corpus / ".index")]
    first = run_app(["build", *args], **FAKE_ENV)
    assert first.returncode == 0 and "2 documents" in first.stdout, first.stderr
    again = run_app(["build", *args], **FAKE_ENV)
    assert again.returncode == 0 and "index is up to date" in again.stdout


# --- front matter as a site owner writes it: a clear skip naming the field, or read as written ---

NAPS = "# Naps\n\nA short nap after lunch helps some adults feel more alert in the afternoon.\n"


def articles(index: Path) -> dict[str, dict]:
    generation = index / (index / "CURRENT").read_text("utf-8").strip()
    rows = (generation / "articles.jsonl").read_text("utf-8").splitlines()
    return {row["doc_id"]: row for row in map(json.loads, rows)}


@pytest.mark.parametrize(
    ("front", "why"),
    [
        ("title: [Naps, Sleep]", "front matter field 'title' is a list, not text"),
        ("title: {en: Naps}", "front matter field 'title' is a mapping, not text"),
        ("author:\n  - Jane Roe\n  - Joe Bloggs", "front matter field 'author' is a list"),
        ("publisher: {name: Example}", "front matter field 'publisher' is a mapping"),
        ("id: [naps]", "front matter field 'id' is a list"),
        ("published: yesterday", "front matter field 'published' is not a date (YYYY-MM-DD)"),
        ("published: 20240102", "front matter field 'published' is not a date"),
        ("date: 2024-13-45", "front matter field 'date' is not a date"),
        ("titel: Naps", "front matter field 'titel' is unknown: did you mean 'title'?"),
        ("Title: Naps", "front matter field 'Title' is unknown: did you mean 'title'?"),
        ("autor: Jane Roe", "front matter field 'autor' is unknown: did you mean 'author'?"),
        ("title: Naps\nno closing line", "front matter opened with '---' is never closed"),
    ],
)
def test_odd_front_matter_skips_the_file_naming_the_field(site, front, why):
    """A list or mapping was shown as Python's text ("['Naps', 'Sleep']" as the source's title,
    author or publisher; an id of "['naps']"); "yesterday" as the published date; a misspelt field
    ignored without a word; front matter never closed was quoted as article text ("title:
    Naps"); `date: 2024-13-45` skipped the file as "month must be in 1..12", naming no field."""
    args, corpus, index = site
    closing = "" if "no closing line" in front else "---\n"
    front = front.replace("\nno closing line", "")
    (corpus / "naps.md").write_text(f"---\n{front}\n{closing}{NAPS}", "utf-8")
    result = run_app(["build", *args], **FAKE_ENV)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count(f"skipped naps.md: {why}") == 1  # was twice: found, then listed
    assert "1 skipped files" in result.stdout
    assert "short nap" not in quoted_text(index)  # the file is not quoted with odd fields


def test_front_matter_is_read_as_the_text_written(site):
    """`title: yes` was the title "True", `id: 012` the id "10" (YAML 1.1 octal), a title over
    two lines kept its line break in every source line. Now: the text as written, one line; a
    number is its text; an empty or null field is not given (an empty `id` takes the default);
    other fields (`tags`, `description`, `subtitle`) are ignored; a BOM and CRLF line endings are
    read like any file."""
    args, corpus, index = site
    files = {
        "a.md": "---\nid: 012\ntitle: yes\nauthor: 42\npublished: 2024-01-02 10:30\n---\n",
        "b.md": "---\nid: ''\ntitle: |\n  Naps and\n  rest\npublisher:\n---\n",
        "c.md": "---\ntitle: Naps\ntags: [sleep]\ndescription: x\nsubtitle: y\nuid: 7\n---\n",
        "d.md": "\ufeff---\r\ntitle: Naps in CRLF\r\nauthor: Jane Roe\r\n---\r\n",
    }
    for name, front in files.items():
        body = NAPS.replace("\n", "\r\n") if name == "d.md" else NAPS
        (corpus / name).write_bytes((front + body).encode("utf-8"))
    result = run_app(["build", *args], **FAKE_ENV)
    assert result.returncode == 0, result.stderr
    assert "0 skipped files" in result.stdout, result.stderr
    read = articles(index)
    assert (read["012"]["title"], read["012"]["author"]) == ("yes", "42")
    assert read["012"]["published"] == "2024-01-02 10:30"
    assert (read["b"]["title"], read["b"]["publisher"]) == ("Naps and rest", "")
    assert read["c"]["title"] == "Naps"
    assert (read["d"]["title"], read["d"]["author"]) == ("Naps in CRLF", "Jane Roe")


def test_a_field_that_is_not_read_is_named_and_the_file_still_built(site):
    """`tags`, `description`, a `source` the publisher meant as the page's address: each was
    ignored without a word (only a slip for a known field's name stopped the file). The build
    goes on with the article and says, once per field, which files have it; a rebuild that
    reads the file from the cache says so again; a file of known fields only gets no line."""
    args, corpus, index = site
    front = "---\ntitle: Naps\ntags: [sleep, rest]\ndescription: naps\nsource: https://x.example\n"
    (corpus / "naps.md").write_text(f"{front}---\n{NAPS}", "utf-8")
    (corpus / "rest.md").write_text(f"---\ntitle: Rest\ntags: rest\n---\n{NAPS}", "utf-8")
    for step in ("first", "cached"):
        if step == "cached":  # another file changes: naps.md and rest.md come from the cache
            (corpus / "sleep.md").write_text(TINY["sleep.md"] + "\nSleep well.\n", "utf-8")
        result = run_app(["build", *args], **FAKE_ENV)
        assert result.returncode == 0, result.stderr
        said = [line for line in result.stderr.splitlines() if "is not read" in line]
        assert said == [
            f"WARNING: front matter field {name!r} is not read (only id, title, publisher, "
            f"author, published, date, url are): in {files}"
            for name, files in [
                ("description", "naps.md"),
                ("source", "naps.md"),
                ("tags", "naps.md, rest.md"),
            ]
        ], result.stderr
        assert "0 skipped files" in result.stdout and "short nap" in quoted_text(index)
    assert articles(index)["naps"]["url"] == ""  # not taken as the address either
    assert "1 files parsed" in result.stdout  # the second build read them from its cache
