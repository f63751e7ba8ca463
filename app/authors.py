"""Questions about the articles' authors, answered from the byline, never from a quote.

An author's bio is never quoted (`app.furniture`: it sells) and has no vector, so a question about
the author ("who wrote this", "is the author a doctor", "whats his background" after one) would
otherwise be answered with the next best sentence, which says nothing about the author. Such a
question is not covered: the reply quotes nothing and says who the article is by, from its
metadata (title, author, publisher: the byline every quote shows anyway), and nothing more.

A question is about an author when it asks who wrote or reviewed an article, names "the author"
or "the writer", or names an author from the articles' bylines ("dr dave") and asks about the
person (who, background, training, patients...); a follow-up to one such question that asks about
"him" or "her" the same way is too. So is a question about an article itself that its byline
answers: when it was written or updated, how old or current it is, whether it was reviewed
("when was the dopamine article written", "is this info up to date", "was it reviewed by a
doctor"); the byline gives the date. Not about an author: a study's authors ("what did the authors
find" after a question on a study), and what an article's author recommends ("what does dr dave
suggest for depression"), which the articles answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from app.records import Passage
from app.texts import ABOUT_AUTHORS

WHO_WROTE = re.compile(
    r"\bwho\s+(?:\w+\s+)?(?:wrote|writes|written|authored|reviewed|edited|is\s+behind)\b"
    r"|\b(?:written|authored|reviewed)\s+by\s+(?:who|whom)\b",
    re.I,
)
AUTHOR_WORD = re.compile(r"\b(?:authors?|writers?|byline)(?:['’]s)?\b", re.I)
# "the authors" of a study are the study's: "what did the authors find" after a study question.
# "study" after a person or an auxiliary is the verb ("where did he study medicine").
STUDY = re.compile(
    r"(?<!\bhe )(?<!\bshe )(?<!\bdid )(?<!\bto )\bstudy\b"
    r"|\b(?:studies|research|researchers?|paper|papers|trial|trials|survey|journal)\b",
    re.I,
)
PERSON_ASK = re.compile(
    r"\b(?:who|background|bio|biography|qualif\w*|credentials?|degrees?|experience[ds]?|train|trained"
    r"|training|school|study|studied|university|college|licen[cs]ed|certified|doctor|physician|nurse"
    r"|psychiatrist|expert|trust\w*|credible|reliable|legit|biased|paid|sponsored|patients?"
    r"|appointments?|contact|email|phone|office|clinic|practice|career|start|started|began"
    r"|become|became)\b",
    re.I,
)
PERSON = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.I)
# A question about an article itself, which its byline answers: when it was written or updated,
# how old or current it is, whether it was (medically) reviewed ("when was the dopamine article
# written", "is this info up to date", "was it reviewed by a doctor").
ARTICLE = r"(?:articles?|piece|post|page|blog|info|information|this|it)"
ABOUT_ARTICLE = re.compile(
    rf"\bwhen\s+(?:was|were|did)\s+(?:(?:this|the|that|your)\s+)?(?:\w+\s+)?{ARTICLE}\s+"
    r"(?:first\s+|last\s+)?(?:written|write|published|publish|posted|post|updated|update|reviewed"
    r"|review|come\s+out)\b"
    rf"|\bhow\s+(?:old|recent|current|new)\s+(?:is|are)\s+(?:(?:this|the|that|your)\s+)?"
    rf"(?:\w+\s+)?{ARTICLE}\b"
    rf"|\b{ARTICLE}\s+(?:still\s+)?(?:up\s+to\s+date|outdated|out\s+of\s+date)\b"
    rf"|\b(?:is|was|has|have|are|were)\s+(?:(?:this|the|that|your)\s+)?(?:\w+\s+)?{ARTICLE}\s+"
    r"(?:been\s+)?(?:medically\s+reviewed|reviewed|fact[- ]?checked)\b"
    r"|\blast\s+updated\b|\bpublication\s+date\b",
    re.I,
)
# Capitalized words of a byline that are not a person's name.
NOT_NAMES = frozenset(
    {"our", "the", "and", "editorial", "team", "staff", "writers", "writer", "reviewed"}
    | {"medically", "by", "with", "from", "dr", "mr", "mrs", "ms", "prof", "doctor"}
)
NAME = re.compile(r"\b[A-Z][a-z]+\b")


def author_names(passages: Iterable[Passage]) -> dict[str, set[str]]:
    """The name words of every byline ("dave", "hagerty"), lowercased, to the articles by them."""
    names: dict[str, set[str]] = {}
    for p in passages:
        for word in NAME.findall(p.author):
            if word.lower() not in NOT_NAMES:
                names.setdefault(word.lower(), set()).add(p.doc_id)
    return names


def named(text: str, names: dict[str, set[str]]) -> set[str]:
    """The articles whose author the text names."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    return {doc for word in words & names.keys() for doc in names[word]}


def about_author(question: str, history: Sequence[str], names: dict[str, set[str]]) -> bool:
    """The question asks about an article's author (see the module's docstring)."""
    if STUDY.search(question):
        return False
    study_before = bool(history) and bool(STUDY.search(history[-1]))
    if WHO_WROTE.search(question) or (AUTHOR_WORD.search(question) and not study_before):
        return True
    if ABOUT_ARTICLE.search(question):
        return True
    if named(question, names) and PERSON_ASK.search(question):
        return True
    return (
        bool(history)
        and bool(PERSON.search(question) and PERSON_ASK.search(question))
        and about_author(history[-1], history[:-1], names)
    )


def reply(lines: Sequence[str]) -> str:
    """What the reply to a question about an author says instead of quoting."""
    return " ".join([ABOUT_AUTHORS, *lines])


def bylines(docs: Iterable[str], by_doc: dict[str, Passage]) -> tuple[str, ...]:
    """One plain line per article from its metadata: “Title” is by X, published by Y."""
    lines = []
    for doc in sorted(set(docs)):
        p = by_doc.get(doc)
        if p is None or not (p.author or p.publisher):
            continue
        line = f"“{p.title}” is by {p.author}" if p.author else f"“{p.title}”"
        if p.publisher:
            line += f", published by {p.publisher}" if p.author else f" is by {p.publisher}"
        line = line.rstrip(".")
        if p.published:
            line += f" on {p.published}" if p.publisher else f", published on {p.published}"
        lines.append(line + ".")
    return tuple(lines)
