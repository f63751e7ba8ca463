"""Reply and article rendering: everything escaped, highlights placed, passages addressable."""

from __future__ import annotations

import re
from dataclasses import replace

from web_fakes import XSS, FakeAssistant

from app.records import Article, Block, Passage, Quote, Reply
from app.texts import NOT_COVERED_CHAT as ABSTAINED
from app.web.article_html import article_page, render_body
from app.web.markup import nice_date
from app.web.render import (
    highlighted,
    question_html,
    reply_html,
    reply_text,
)

HOSTILE_QUOTE = Quote(
    text=f"Plain start. {XSS} *not markdown* [link](javascript:alert(1))\n\nNext paragraph.",
    score=0.7,
    doc_id="d",
    title=f"Title {XSS}",
    section=f"Section {XSS}",
    publisher="Pub & Co",
    author="",
    published="2024-01-31",
    url="",
    link="/articles/d#p-0123456789",
    highlights=((0, 12),),
)


def reply_with(*quotes, **changes) -> Reply:
    base = Reply("q?", False, False, tuple(quotes), "See a doctor.", "md", emergency="")
    return replace(base, **changes)


def test_reply_html_escapes_everything():
    html = reply_html(reply_with(HOSTILE_QUOTE))
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert 'href="javascript' not in html
    assert "\n" not in html  # one HTML block: the chat's Markdown never re-reads our text
    assert "<mark><strong>Plain start.</strong></mark>" in html
    assert 'href="/articles/d#p-0123456789"' in html
    assert "Pub &amp; Co" in html and "31 January 2024" in html


def test_order_emergency_first_advice_last():
    reply = reply_with(HOSTILE_QUOTE, crisis=True, emergency="Call 112 now.")
    html = reply_html(reply)
    assert html.index("hq-emergency") < html.index("hq-quote") < html.index("hq-advice")
    assert html.endswith("See a doctor.</p></div>")


def test_screen_reader_names_for_cards_links_and_advice():
    """Named by visible or visually hidden text (the chat's sanitizer drops aria-label)."""
    second = replace(HOSTILE_QUOTE, title="Sleep", link="/articles/s#p-1")
    html = reply_html(reply_with(HOSTILE_QUOTE, second))
    assert '<figcaption class="hq-source"><span class="hq-sr">Quote 1 of 2. </span>' in html
    assert '<span class="hq-sr">Quote 2 of 2. </span><span class="hq-sr">Source: </span>' in html
    assert '<span class="hq-sr"> (opens in a new tab)</span></a>' in html
    assert '<p class="hq-advice" role="note"><strong>Please note:</strong>' in html
    assert "<img" not in html


def test_abstention_says_so():
    html = reply_html(reply_with(abstained=True))
    assert "hq-abstain" in html and "could not find" in html and "hq-quote" not in html
    assert ABSTAINED in reply_text(reply_with(abstained=True))


def test_unsafe_links_are_not_links():
    html = reply_html(reply_with(replace(HOSTILE_QUOTE, link="javascript:alert(1)")))
    assert "href=" not in html


def test_question_html_is_escaped_and_one_line():
    assert question_html(f"Hi {XSS}\n\nthere") == (
        '<p class="hq-question"><span class="hq-sr">You asked: </span>'
        "Hi &lt;img src=x onerror=alert(1)&gt; there</p>"
    )


def test_highlights_are_clipped_and_merged():
    assert highlighted("abcdef", ((4, 99), (0, 2), (1, 3))) == (
        "<mark><strong>abc</strong></mark>d<mark><strong>ef</strong></mark>"
    )
    assert highlighted("a<b", ()) == "a&lt;b"


def test_nice_date():
    assert nice_date("2023-03-06") == "6 March 2023"
    assert nice_date("March 2023") == "March 2023"
    assert nice_date("") == ""


def test_reply_text_is_plain():
    text = reply_text(reply_with(HOSTILE_QUOTE))
    assert XSS in text and "<mark>" not in text and "See a doctor." in text


def _article(text: str, blocks: tuple[Block, ...]) -> Article:
    return Article("d", "T", text, blocks)


def _passage(anchor: str, start: int, end: int, text: str) -> Passage:
    return Passage(f"d#{anchor}", "d", anchor, "T", "", start, end, text[start:end])


def test_passage_splitting_a_paragraph_gets_both_halves():
    text = "T\n\nFirst sentence. Second sentence."
    blocks = (Block("heading", 0, 1, 1), Block("paragraph", 3, len(text)))
    second = text.index("Second")
    passages = [_passage("p-a", 3, second - 1, text), _passage("p-b", second, len(text), text)]
    html = render_body(_article(text, blocks), passages)
    assert re.search(r'<section id="p-a"[^>]*><p>First sentence\.</p></section>', html)
    assert re.search(r'<section id="p-b"[^>]*><p class="cont">Second sentence\.</p>', html)


def test_items_become_a_list_and_headings_shift_down():
    text = "T\n\nIntro\n\nA\n\nB"
    blocks = (
        Block("heading", 0, 1, 1),
        Block("heading", 3, 8, 2),
        Block("item", 10, 11),
        Block("item", 13, 14),
    )
    html = render_body(_article(text, blocks), [_passage("p-x", 10, 14, text)])
    section = '<section id="p-x" class="passage" tabindex="-1">'
    assert html == f"<h3>Intro</h3>{section}<ul><li>A</li><li>B</li></ul></section>"


def test_article_without_blocks_still_renders_paragraphs():
    text = "One para.\n\nTwo para."
    html = render_body(_article(text, ()), [_passage("p-1", 11, 20, text)])
    section = '<section id="p-1" class="passage" tabindex="-1">'
    assert html == f"<p>One para.</p>{section}<p>Two para.</p></section>"


def test_overlapping_passages_each_keep_an_anchor():
    text = "Alpha beta gamma delta."
    blocks = (Block("paragraph", 0, len(text)),)
    passages = [_passage("p-1", 0, 16, text), _passage("p-2", 6, len(text), text)]
    html = render_body(_article(text, blocks), passages)
    assert 'id="p-1"' in html and 'id="p-2"' in html
    assert re.sub(r"<[^>]+>", "", html) == "Alpha beta gammadelta."


def test_whole_fake_articles_render_all_text():
    fake = FakeAssistant()
    for doc_id, article in fake.articles.items():
        page = article_page(article, fake.passages_of(doc_id), "Site")
        assert page.startswith("<!doctype html>")
        assert "<script" not in page and "<img" not in page


def test_crisis_box_first_with_each_line_and_no_could_not_find():
    reply = reply_with(
        crisis=True,
        abstained=True,
        emergency="Line one <b>.\n\nCall 112.",
        guidance=("Line one <b>.", "Call 112."),
        crisis_categories=("overdose",),
    )
    html = reply_html(reply)
    assert html.startswith('<div class="hq-reply"><div class="hq-emergency" role="alert"')
    assert '<p>Line one &lt;b&gt;.</p><p>Call <a class="hq-tel" href="tel:112">112</a>.</p>' in html
    assert "hq-abstain" not in html and "could not find" not in html
    assert "could not find" not in reply_text(reply) and "Call 112." in reply_text(reply)


def test_another_language_is_told_the_articles_are_in_english():
    html = reply_html(reply_with(abstained=True, language="de"))
    assert "written in English" in html and "could not find" not in html
