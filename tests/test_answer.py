"""Replies: verbatim quotes with sources, highlights, abstention, emergency first, advice last."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.answer import build_reply, escape_md, highlights
from app.config import ADVICE, Settings
from app.errors import BadQuestion
from app.records import Article, Block, Hit, Passage
from app.service import Assistant, clean_question
from app.split import split_article

KEYS = {
    "question",
    "abstained",
    "crisis",
    "quotes",
    "advice",
    "markdown",
    "crisis_categories",
    "guidance",
    "related",
    "missing",
    "about_authors",
    "shop",
    "remark",
}
QUOTE_KEYS = {
    "text",
    "score",
    "doc_id",
    "title",
    "section",
    "publisher",
    "author",
    "published",
    "url",
    "link",
    "highlights",
}


def test_reply_quotes_verbatim_with_sources(tiny_settings, fake):
    assistant = Assistant.open(tiny_settings, fake)
    reply = assistant.ask("What helps with insomnia?")
    data = reply.to_dict()
    assert set(data) == KEYS and not data["abstained"] and data["quotes"]
    top = data["quotes"][0]
    assert set(top) == QUOTE_KEYS
    article = assistant.article(top["doc_id"])
    assert top["text"] in article.text
    assert top["section"] == "What helps with insomnia?"
    assert top["link"].startswith("/articles/sleep-basics#p-")
    assert top["url"] == "https://example.org/sleep" and top["published"] == "2024-01-02"
    for start, end in top["highlights"]:
        assert 0 <= start < end <= len(top["text"])
    assert data["advice"] == ADVICE and data["markdown"].rstrip().endswith(f"*{escape_md(ADVICE)}*")


def test_off_topic_abstains_and_still_advises(tiny_settings, fake):
    reply = Assistant.open(tiny_settings, fake).ask("quantum chromodynamics lattice gauge")
    assert reply.abstained and reply.quotes == ()
    assert "do not cover" in reply.markdown or "don't mention" in reply.markdown
    assert reply.advice in reply.to_dict()["advice"]


def test_crisis_puts_emergency_guidance_first(tiny_settings, fake):
    reply = Assistant.open(tiny_settings, fake).ask("I want to kill myself, I can't sleep")
    assert reply.crisis
    assert reply.markdown.index("emergency") < reply.markdown.index("---")
    assert reply.markdown.startswith("**⚠️ Get help now.**")
    assert "988" in reply.markdown


def test_top_k_and_bad_questions(tiny_settings, fake):
    assistant = Assistant.open(tiny_settings, fake)
    assert len(assistant.ask("sleep insomnia water dehydration", top_k=1).quotes) <= 1
    for bad in ["", "   \n\t ", "x" * 1001, None, 42]:
        with pytest.raises(BadQuestion):
            assistant.ask(bad)
    with pytest.raises(BadQuestion, match="top_k"):
        assistant.ask("sleep", top_k=0)
    with pytest.raises(BadQuestion, match="history"):
        assistant.ask("sleep", history="not a list")


def test_ask_many_embeds_once_and_keeps_errors_in_place(tiny_settings, fake):
    assistant = Assistant.open(tiny_settings, fake)
    calls = fake.calls
    results = assistant.ask_many([("sleep hours", [], None), ("", [], None), ("water", [], 2)])
    assert fake.calls == calls + 1
    assert isinstance(results[1], BadQuestion)
    assert results[0].question == "sleep hours" and results[2].question == "water"


def test_clean_question_strips_control_characters():
    assert clean_question("  what\x00 is\u200b sleep?\n", 100) == "what is sleep?"


def test_markdown_escapes_html_and_markup():
    text = "<img src=x onerror=alert(1)> *bold* [link](javascript:alert(1)) # title"
    escaped = escape_md(text)
    assert "<" not in escaped and ">" not in escaped
    assert "\\*bold\\*" in escaped and "\\[link\\]" in escaped


def test_highlights_pick_the_answering_sentence():
    text = "Water is good. Dehydration causes headaches and thirst. The sky is blue."
    idf = lambda term: 1.0  # noqa: E731
    spans = highlights(text, "Does dehydration cause headaches?", idf)
    assert [text[a:b] for a, b in spans] == ["Dehydration causes headaches and thirst."]
    assert highlights(text, "unrelated words", idf) == ()


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=400)


@settings(max_examples=80, deadline=None)
@given(paragraphs=st.lists(texts, min_size=1, max_size=6), question=texts)
def test_any_input_gives_exact_quotes_and_the_advice(paragraphs, question):
    parts = [p.strip() for p in paragraphs if p.strip()] or ["x"]
    text = "\n\n".join(parts)
    blocks, pos = [], 0
    for part in parts:
        blocks.append(Block("paragraph", pos, pos + len(part)))
        pos += len(part) + 2
    article = Article("doc", "Title <b>", text, tuple(blocks))
    passages = split_article(article, 5, 30)
    for p in passages:
        assert article.text[p.start : p.end] == p.text
    hits = [Hit(p, 0.9) for p in passages[:3]]
    s = Settings()
    reply = build_reply(question, hits, False, s, lambda t: 1.0)
    assert reply.advice == s.advice and escape_md(s.advice) in reply.markdown
    for q in reply.quotes:
        assert q.text in article.text
        for a, b in q.highlights:
            assert 0 <= a < b <= len(q.text)
    assert "<b>" not in reply.markdown


def test_passage_records_round_trip():
    p = Passage("d#p-1", "d", "p-1", "T", "S", 0, 4, "text")
    assert Passage(**p.to_dict()) == p


def test_keyword_query_is_answered_when_every_term_is_in_the_top_passage(tiny_settings, fake):
    for strict in (
        tiny_settings.with_(mode="hybrid", abstain_below=0.99),
        tiny_settings.with_(support_below=0.99, named_support=0.99),
    ):
        assistant = Assistant.open(strict, fake)
        assert not assistant.ask("insomnia").abstained  # the word is in the article
        assert assistant.ask("melatonin").abstained  # unknown word: no keyword rescue
        assert assistant.ask("what helps with insomnia at night").abstained  # not a keyword query
