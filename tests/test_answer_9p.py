"""Task 9p: a first quote that restates its article in brief yields to the body quote that says the
same (`app.brief`), with an article and questions written for these tests (none is in an eval
file) and near misses that keep their order.

- What is brief: the article's introduction (its first passage, before any heading of its own), a
  key-points list (most of its items each restate a sentence of another passage), a teaser that
  promises what follows ("there are a few ways you can ...", "here's what you need to know").
  A list of things said nowhere else, a sentence that names the ways ("such as ..."), a lead-in
  (":") are not.
- The body quote goes first only when it is of the same article, among the next two quotes, not
  brief itself, makes the same point as a sentence the brief quote shows, and its support and
  evidence are comparable; it then takes the brief quote's evidence, so the scores shown keep
  their order.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from app.brief import TEASES, body_first, brief_rows
from app.config import Settings
from app.records import Hit, Passage
from tests.conftest import write_corpus


@pytest.mark.parametrize(
    "sentence",
    [
        "Luckily, there are several simple steps you can take.",
        "There are a number of things that can help.",
        "Here's what you need to know about iron and tiredness.",
        "Here’s everything you should know before your appointment.",
        "Read on to find out which foods help.",
        "The options are listed below.",
    ],
)
def test_a_teaser_is_brief(sentence):
    assert TEASES.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "There are several ways to raise iron, such as eating red meat and lentils.",
        "There are two ways iron leaves the body: bleeding and pregnancy.",
        "Iron deficiency has several causes.",
        "There are ways around this, but they need a doctor.",  # no full stop right after
        "Here is what to remember:",
        "Heavy periods are the most common reason iron runs low.",
    ],
)
def test_a_sentence_that_says_or_lists_is_not_a_teaser(sentence):
    assert not TEASES.search(sentence)


# body_first on quote windows of their own: rows 0-3 of a toy vector table.
UNIT = np.eye(4, dtype=np.float32)
UNIT[1] = (UNIT[0] + UNIT[1]) / np.sqrt(2)  # row 1 makes the same point as row 0 (cosine 0.71)


def _vectors(rows):
    return UNIT[rows]


def _hit(doc: str, score: float, support: float) -> Hit:
    p = Passage(f"{doc}#p", doc, "p", "T", "S", 0, 10, "x" * 10)
    return Hit(p, score, score, span=(0, 10), support=support)


def _found(second_doc="a", second_row=1, support=0.60, score=0.55, first_row=0):
    """A brief first quote (row 0, `first_row`) and a body quote (`second_row`)."""
    return [
        (_hit("a", 0.60, 0.62), 0, first_row, [first_row]),
        (_hit(second_doc, score, support), 1, second_row, [second_row]),
        (_hit("a", 0.50, 0.50), 2, 3, [3]),
    ]


def _brief(pid: int, row: int) -> bool:
    return pid == 0


def test_a_brief_first_quote_yields_to_the_body_quote_that_says_the_same():
    found = _found()
    out = body_first(found, _brief, _vectors)
    assert [f[1] for f in out] == [1, 0, 2]
    scores = [f[0].score for f in out]
    assert scores == sorted(scores, reverse=True)  # the body quote takes the brief one's score
    assert out[0][0].score == found[0][0].score


@pytest.mark.parametrize(
    "found",
    [
        _found(second_doc="b"),  # another article
        _found(second_row=2),  # another point (orthogonal)
        _found(support=0.50),  # the body sentence supports the question far less
        _found(score=0.45),  # far less evidence
    ],
)
def test_near_misses_keep_their_order(found):
    assert [f[1] for f in body_first(found, _brief, _vectors)] == [0, 1, 2]


def test_a_brief_quote_does_not_yield_to_another_brief_one_nor_a_body_quote_move():
    found = _found()
    assert [f[1] for f in body_first(found, lambda pid, row: True, _vectors)] == [0, 1, 2]
    assert [f[1] for f in body_first(found, lambda pid, row: False, _vectors)] == [0, 1, 2]


IRON = """---
id: "iron-tired"
title: "Low Iron and Tiredness"
publisher: "Test Clinic"
---
# Low Iron and Tiredness

Always worn out, short of breath on the stairs, pale? Low iron is one of the most common reasons
people feel this way, and it is easy to check. Treating it usually brings your energy back within
a few weeks.

## Why iron runs low

Heavy periods are the most common reason iron runs low in women before menopause. In men and in
older women, slow bleeding from the gut, for example from an ulcer or a polyp, is the usual cause
and needs looking into. A diet with little meat, beans or leafy greens can also leave the body's
stores low, and pregnancy raises the amount of iron the body needs.

## How low iron is found

A simple blood test measures your haemoglobin and ferritin, the protein that stores iron. Ferritin
falls first, so it can show low stores before anaemia starts. Your doctor may ask about your
periods, your diet and any blood in your stool.

## Treatment

Iron tablets taken once a day or every other day refill the stores. Taking them with orange juice
helps the body absorb them, while tea and coffee at the same meal get in the way. Most people feel
better within a month, but the tablets are continued for about three months to refill the stores
completely. Constipation and dark stools are common side effects.

Foods that help:

- red meat and liver;
- lentils, chickpeas and beans;
- spinach and kale.

## In short

Here is what to remember:

- Low iron is a common and easily checked cause of tiredness;
- Blood loss, a poor diet and pregnancy are the usual reasons stores run low;
- A blood test of ferritin shows low stores early;
- Tablets work, but they take a few months to refill the stores.
"""


@pytest.fixture(scope="module")
def iron(tmp_path_factory):
    from app.service import Assistant

    base = tmp_path_factory.mktemp("iron")
    write_corpus(base / "corpus", {"iron.md": IRON})
    return Assistant.open(Settings(corpus_dir=base / "corpus", index_dir=base / "index"))


def _brief_texts(assistant) -> set[str]:
    from app.sentence_rows import vectors_of

    ix = assistant.index
    out = set()
    for pid, p in enumerate(ix.passages):
        for r in brief_rows(ix, pid, vectors_of(ix)):
            s = ix.sentences.rows[r]
            out.add(ix.articles[p.doc_id].text[s.start : s.end].strip("- ;."))
    return out


@pytest.mark.model
def test_the_introduction_and_the_key_points_are_brief_a_list_of_its_own_is_not(iron):
    brief = _brief_texts(iron)
    assert "Treating it usually brings your energy back within\na few weeks" in brief
    assert "Here is what to remember:" in brief
    assert "A blood test of ferritin shows low stores early" in brief
    assert not any("lentils" in t or "Heavy periods" in t or "Foods that help" in t for t in brief)


@pytest.mark.model
def test_the_body_quote_goes_before_the_key_points_that_restate_it(iron):
    quotes = iron.ask("what causes iron stores to run low").quotes
    assert quotes[0].text.startswith("Heavy periods are the most common reason")
    assert any(q.text.startswith("Here is what to remember") for q in quotes[1:])
    assert [q.score for q in quotes] == sorted((q.score for q in quotes), reverse=True)


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("why am i always worn out and pale", "Always worn out"),  # nothing in the body says it
        ("what should i remember about low iron", "Here is what to remember"),  # no body close
        ("does a blood test show low iron early", "A simple blood test"),  # the body was first
    ],
)
def test_near_misses_keep_their_first_quote(iron, question, first):
    assert iron.ask(question).quotes[0].text.startswith(first)


@pytest.mark.model
def test_the_setting_turns_it_off(iron):
    iron.settings = Settings(
        corpus_dir=iron.settings.corpus_dir, index_dir=iron.settings.index_dir, body_first=False
    )
    try:
        quotes = iron.ask("what causes iron stores to run low").quotes
        assert quotes[0].text.startswith("Here is what to remember")
    finally:
        iron.settings = Settings(
            corpus_dir=iron.settings.corpus_dir, index_dir=iron.settings.index_dir
        )


def test_a_key_points_list_needs_items_said_elsewhere(tmp_path: Path):
    """`brief_rows` on a toy index: three items, two of them restating another passage's
    sentence (2/3: key points), then one only (1/3: a list of its own)."""
    from types import SimpleNamespace

    from app.records import Sentence

    text = "Intro one.\n\nBody a. Body b.\n\nPoints:\n\n- Item a;\n\n- Item b;\n\n- Item c."
    spans = [(0, 10), (12, 19), (20, 27), (29, 36), (38, 47), (49, 58), (60, 69)]
    sents = [Sentence(pid, a, b) for pid, (a, b) in zip([0, 1, 1, 2, 2, 2, 2], spans, strict=True)]
    passages = [
        Passage(f"d#p{i}", "d", f"p{i}", "T", s, a, b, text[a:b])
        for i, (s, a, b) in enumerate([("T", 0, 10), ("H", 12, 27), ("K", 29, 69)])
    ]

    def index(vectors):
        sentences = SimpleNamespace(
            rows=sents, start=np.array([0, 1, 3, 7]), memo={}, vectors=vectors
        )
        return SimpleNamespace(
            passages=passages, sentences=sentences, articles={"d": SimpleNamespace(text=text)}
        )

    v = np.eye(7, dtype=np.float32)
    v[4], v[5] = v[1], v[2]  # items a and b restate body a and b
    assert brief_rows(index(v), 2, lambda rows: v[rows]) == frozenset({3, 4, 5, 6})
    v[5] = np.eye(7, dtype=np.float32)[5]  # item b says something of its own
    assert brief_rows(index(v), 2, lambda rows: v[rows]) == frozenset()


# A one-sentence paragraph right after the quoted paragraph goes on with its thought
# (`app.evidence.grow`, `LONE_WORDS`).
def _article(*paragraphs: list[str], kinds: dict[int, str] | None = None):
    """Text of paragraphs (each a list of sentences) and its Sentence spans; `kinds`: sentence
    position -> kind."""
    from app.records import Sentence

    text, sents = "", []
    for para in paragraphs:
        if text:
            text += "\n\n"
        for k, sentence in enumerate(para):
            if k:
                text += " "
            sents.append((len(text), len(text) + len(sentence)))
            text += sentence
    kinds = kinds or {}
    return text, [Sentence(0, a, b, kinds.get(i, "text")) for i, (a, b) in enumerate(sents)]


OPENING = [
    "Regular walking eases the low mood of mild depression in many adults.",
    "In trials, brisk walking on most days lifted mood within two months.",
]
LATER = "The benefit lasted for a year in those who kept walking."


def _quoted(text, sents, at=0, high=80):
    from app.evidence import grow

    a, b = grow(text, sents, (sents[at].start, sents[at].end), 20, high)
    return text[sents[a].start : sents[b].end]


def test_a_short_lone_paragraph_after_the_quote_is_quoted_with_it():
    text, sents = _article(OPENING, [LATER], ["Swimming helps as well. So does cycling."])
    assert _quoted(text, sents).endswith(LATER)


@pytest.mark.parametrize(
    ("paragraphs", "kinds", "high"),
    [
        ((OPENING, [LATER, "Some stopped after a month."]), None, 80),  # two sentences
        ((OPENING, ["- " + LATER]), None, 80),  # a list item
        ((OPENING, [LATER]), {2: "promotion"}, 80),  # not quotable
        ((OPENING, [LATER]), None, 30),  # the whole would be too long
        (
            (
                OPENING,
                [
                    LATER[:-1] + " and went on walking on most days of the week, outdoors "
                    "or on a treadmill, with a friend or alone, in every season."
                ],
            ),
            None,
            120,
        ),  # a lone sentence longer than LONE_WORDS
    ],
)
def test_near_misses_are_not_quoted_with_it(paragraphs, kinds, high):
    text, sents = _article(*paragraphs, kinds=kinds)
    assert _quoted(text, sents, high=high).endswith(OPENING[-1])
