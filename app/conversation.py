"""A question in a conversation: the topic it continues, or a new one.

`contextualize` reads a question after others with the conversation's topic (the key words of the
earlier questions that name it); whether it continues that topic is decided on the evidence in
evidence mode (`app.sentence_search`), except for a question that names a new topic or asks
nothing of the old one (`Query.alone`). Out of scope: resolving what a pronoun refers to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.concepts import is_rare, key_concepts, mentions
from app.config import Settings
from app.lexical import terms

RARE_RANK = Settings().rare_rank  # contextualize runs before settings reach retrieval


ANAPHORA = re.compile(
    r"\b(it|its|it's|this|that|these|those|they|them|their|theirs|he|him|his|she|her|"
    r"same|such|above|mentioned|the (?:condition|disease|study|drug|medication|researchers|authors|"
    r"investigators|findings|results|article))\b"
    r"|^(?:and|also|but|so)\b",
    re.I,
)
# Words that carry a question on from the one before ("does meditation help as well", "what about
# yoga?", "then why is it so hard", "which one do people overlook"): such a question never starts a
# new topic by naming something.
CARRIES_ON = re.compile(
    r"\b(?:too|as well|also|either|though|tho|then|else|instead|what about|how about|which ones?|"
    r"ones|the other|the opposite)\b"
    r"|^\W*(?:(?:ok|okay)\W+)?(?:and|so|but)\b"
    # ... or asks whether something is one of what was asked about ("does being a couch potato
    # count", after "why is depression so common now": seed held-out 42)
    r"|\b(?:count|counts|qualify|qualifies)\W*$",
    re.I,
)
QUESTION_WORDS = re.compile(r"\b(what|how|why|when|where|which|who|does|did|can|could|is|are)\b")


@dataclass(frozen=True)
class Query:
    """A question and, when it has a conversation before it, the same question read with the
    conversation's topic. Whether it continues that topic is decided on the evidence (evidence
    mode, `app.sentence_search`); the other modes and the crisis patterns read the context only
    for a question that `leans` on it."""

    text: str
    context: str = ""  # the conversation's topic + this question; "" when there is no history
    anaphoric: bool = False  # refers back ("it", "they"): judge relevance with the context
    leans: bool = False  # refers back or names almost nothing (`needs_context`)
    alone: bool = False  # names a new topic, or asks nothing ("thanks"): never read with it
    topic: str = ""  # the conversation's topic (`topic`)
    marked: bool = False  # refers back, carries on ("too", "what about") or names almost nothing


def needs_context(question: str) -> bool:
    """A follow-up leans on the conversation: it refers back, or names almost nothing."""
    content = terms(QUESTION_WORDS.sub(" ", question.lower()))
    return bool(ANAPHORA.search(question)) or len(content) <= 1


def contextualize(question: str, history: Sequence[str]) -> Query:
    """A question after others is also read with the topic of the conversation: the key words of
    the latest earlier question that stands on its own ("dopamine deficiency" from "What is
    dopamine deficiency?"), not that question's own need ("what is"): "What causes it?" then asks
    for causes of dopamine deficiency, not for its definition."""
    if not history:
        return Query(question)
    refers, about = bool(ANAPHORA.search(question)), topic(history)
    context = f"{about} {question}"
    shift = new_topic(question, about) or not asks(question)
    leans = needs_context(question)
    marked = leans or bool(CARRIES_ON.search(question))
    return Query(question, context, refers, leans, shift, about, marked)


def asks(message: str) -> bool:
    """A message asks something: it names something, has a question mark or a question word
    ("why?", "how so"); "thanks" or "ok" after a question asks nothing of its topic."""
    low = message.lower()
    return bool(key_concepts(message) or "?" in message or QUESTION_WORDS.search(low))


def new_topic(question: str, about: str) -> bool:
    """A question after others starts a new topic when it names a rare concept the topic does not
    ("what is levodopa" after an exercise question) and neither refers back nor carries on
    ("does meditation help as well", "what about cocaine")."""
    if ANAPHORA.search(question) or CARRIES_ON.search(question):
        return False
    known = set(terms(about))
    return any(is_rare(c, RARE_RANK) and not mentions(known, c) for c in key_concepts(question))


def topic(history: Sequence[str]) -> str:
    """The key words of the latest earlier question that names something and does not refer back
    itself, after those of the conversation's first question when that is another one (the topic
    a conversation opens with stays: "is low dopamine linked to depression", "what are the
    physical symptoms", "what should i do if i think i have it"); else the last two questions as
    typed."""
    for at in range(len(history) - 1, -1, -1):
        words = key_concepts(history[at])
        if words and not ANAPHORA.search(history[at]):
            first = key_concepts(history[0]) if at and not ANAPHORA.search(history[0]) else []
            return " ".join(dict.fromkeys([*first, *words]))
    return " ".join(list(history)[-2:])
