"""Questions about an article's author (`app.authors`): not covered, and the reply says who the
article is by from its metadata, in every medium; a study's authors, what an author recommends
and questions that only start with "who" are answered as before. Wordings written for these
tests, not taken from the question sets."""

from __future__ import annotations

import pytest

from app.authors import about_author, author_names, bylines, named
from app.cli import render_terminal
from app.records import Passage
from app.service import Assistant
from app.texts import ABOUT_AUTHORS
from app.web.render import nothing_quoted


def _passage(doc: str, author: str, publisher: str = "Example Health") -> Passage:
    return Passage(f"{doc}#p-1", doc, "p-1", f"About {doc}", "", 0, 4, "text", publisher, author)


NAMES = author_names(
    [_passage("gout", "Dr. Maria Lopez MD (Dr. Mo)"), _passage("sleep", "Our Editorial Team")]
)


def test_byline_names_are_the_persons_words():
    assert set(NAMES) == {"maria", "lopez", "mo"}
    assert named("is dr lopez any good", NAMES) == {"gout"}


@pytest.mark.parametrize(
    "question,history",
    [
        ("who wrote this", []),
        ("who actually writes these articles?", []),
        ("is the writer a real doctor", []),
        ("what are the author's credentials", []),
        ("written by whom?", []),
        ("who is dr mo", []),
        ("does maria lopez see patients", []),
        ("where did he study medicine", ["who wrote the gout article"]),
        ("is she board certified", ["who reviewed the sleep piece"]),
    ],
)
def test_questions_about_an_author(question, history):
    assert about_author(question, history, NAMES)


@pytest.mark.parametrize(
    "question,history",
    [
        ("what did the authors conclude", ["what did the 2019 gout study show"]),
        ("what did the study's authors find", []),
        ("what does dr lopez recommend for gout", []),  # the article's content
        ("who should not take allopurinol", []),
        ("who gets gout most often", []),
        ("what does he say about diet", ["who wrote the gout article"]),
        ("is it safe for him", ["my dad has gout, can he take ibuprofen"]),
        ("should i see a doctor", ["who wrote the gout article"]),
    ],
)
def test_questions_that_are_not_about_an_author(question, history):
    assert not about_author(question, history, NAMES)


def test_bylines_say_who_and_what_without_inventing():
    docs = {"gout": _passage("gout", "Dr. Maria Lopez MD"), "bare": _passage("bare", "", "")}
    assert bylines(["gout", "bare"], docs) == (
        "“About gout” is by Dr. Maria Lopez MD, published by Example Health.",
    )
    only_publisher = {"x": _passage("x", "", "Example Health.")}
    assert bylines(["x"], only_publisher) == ("“About x” is by Example Health.",)
    dated = Passage("d#p-1", "d", "p-1", "About d", "", 0, 4, "t", "", "Ann Lee", "2024-05-06")
    assert bylines(["d"], {"d": dated}) == ("“About d” is by Ann Lee, published on 2024-05-06.",)


def test_an_author_question_quotes_nothing_and_gives_the_byline(tiny_settings, fake):
    assistant = Assistant.open(tiny_settings, fake)
    reply = assistant.ask("who wrote the article about sleep?")
    assert reply.abstained and not reply.quotes
    assert reply.about_authors.startswith(ABOUT_AUTHORS)
    assert (
        "“Sleep basics” is by Jane Roe, published by Example Health on 2024-01-02."
        in reply.about_authors
    )
    for shown in (reply.markdown, render_terminal(reply), nothing_quoted(reply)):
        assert "Jane Roe" in shown.replace("\n", " ")
    assert reply.advice in reply.markdown  # the advice is always there
    follow = assistant.ask("is she a doctor?", ["who wrote the article about sleep?"])
    assert follow.abstained and "Jane Roe" in follow.about_authors


@pytest.mark.parametrize(
    "question",
    [
        "when was the sleep article written",
        "when did it come out",
        "how old is this article",
        "is this info still up to date",
        "is the sleep article reviewed by a doctor",
        "has this been medically reviewed",
        "was it fact checked",
        "when was it last updated",
    ],
)
def test_questions_about_an_article_itself_its_byline_answers(question):
    assert about_author(question, [], NAMES), question


@pytest.mark.parametrize(
    "question",
    [
        "when is the best time to review my meds",
        "when did my symptoms come out",
        "when was my last dose",
        "is my vaccine up to date",
        "how old is too old for exercise",
        "has it been checked by a doctor yet, my mole",
    ],
)
def test_the_same_words_about_something_else_are_not(question):
    assert not about_author(question, [], NAMES), question


def test_a_question_about_an_articles_date_gets_the_byline_with_its_date(tiny_settings, fake):
    """Before: "when was the sleep article written" was answered with the sleep passage (its
    date is in no passage, only in the byline every quote shows)."""
    assistant = Assistant.open(tiny_settings, fake)
    reply = assistant.ask("when was the sleep article written?")
    assert reply.abstained and not reply.quotes
    assert "2024-01-02" in reply.about_authors and "Jane Roe" in reply.about_authors


def test_the_same_words_about_the_content_are_answered(tiny_settings, fake):
    assistant = Assistant.open(tiny_settings, fake)
    reply = assistant.ask("how much sleep do adults need")
    assert not reply.abstained and not reply.about_authors
