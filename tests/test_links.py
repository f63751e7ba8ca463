"""An article's id and url as a reply and a page carry them: any id gets a link that reaches its
article (percent-encoded), an id no link can reach is refused with a reason, and a front-matter
url that is not a web address never reaches a reply (README "Corpus format")."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from app.corpus import read_corpus
from app.records import article_link, passage_of

BODY = "# Sleep\n\nSleep helps the brain recover from a long day of hard work and worry.\n"


def _write(folder: Path, name: str, front: str) -> None:
    (folder / name).write_text(f"---\n{front}\n---\n{BODY}", encoding="utf-8")


def test_a_link_carries_any_id_and_gives_it_back():
    for doc_id in ["what-is-adhd?", "a#b", "100%", "GARD/GARD_0000004", "café au lait"]:
        link = article_link(f"{doc_id}#p-1")
        path, _, anchor = link.partition("#")
        assert anchor == "p-1" and "?" not in path and " " not in path
        assert passage_of(link) == f"{doc_id}#p-1"
    assert article_link("what-is-adhd?#p-1") == "/articles/what-is-adhd%3F#p-1"
    assert article_link("GARD/GARD_0000004#p-2") == "/articles/GARD/GARD_0000004#p-2"


def test_ids_no_link_can_reach_are_skipped_with_a_reason(tmp_path):
    _write(tmp_path, "a.md", 'id: "../etc/passwd"')
    _write(tmp_path, "b.md", 'id: "topics//sleep"')
    _write(tmp_path, "c.md", 'id: "what-is-adhd?"')
    articles, skipped = read_corpus(tmp_path)
    assert [a.doc_id for a in articles] == ["what-is-adhd?"]
    reasons = {s.path: s.reason for s in skipped}
    assert set(reasons) == {"a.md", "b.md"}
    assert all("cannot be a link" in r for r in reasons.values())


def test_a_url_that_is_not_a_web_address_is_dropped(tmp_path):
    _write(tmp_path, "a.md", 'id: "a"\nurl: "javascript:alert(1)"')
    _write(tmp_path, "b.md", 'id: "b"\nurl: "HTTPS://example.org/b"')
    _write(tmp_path, "c.md", 'id: "c"\nurl: "data:text/html,hi"')
    urls = {a.doc_id: a.url for a in read_corpus(tmp_path)[0]}
    assert urls == {"a": "", "b": "HTTPS://example.org/b", "c": ""}


def test_the_served_link_of_an_odd_id_opens_its_article(tmp_path):
    """Through the real service and the web app: the quote's link for an id with "?" opens the
    article's page at the passage (before: the browser asked for "/articles/what-is-adhd", 404)."""
    from app.config import Settings
    from app.service import Assistant
    from app.web.server import create_app
    from app.web.settings import WebSettings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write(corpus, "adhd.md", 'id: "what-is-adhd?"\nurl: "javascript:alert(1)"')
    settings = Settings.from_env(corpus_dir=corpus, index_dir=tmp_path / "index")
    assistant = Assistant.open(settings)
    reply = assistant.ask("does sleep help the brain recover")
    assert reply.quotes, reply.markdown
    assert "javascript:" not in reply.markdown and all(q.url == "" for q in reply.quotes)
    web = WebSettings(feedback_db=tmp_path / "feedback.sqlite3")
    with TestClient(create_app(assistant, web)) as client:
        for quote in reply.quotes:
            assert quote.link.startswith("/articles/what-is-adhd%3F#")
            path, _, anchor = quote.link.partition("#")
            page = client.get(path)
            assert page.status_code == 200 and f'<section id="{anchor}"' in page.text
