"""Chat spellings of plain words never veto (`app.chat_words`: stretched words, a possessive with
no apostrophe, everyday abbreviations), a closing "which X" or "what 2 X" only frames a question
(`app.framing.framing`), and a rare word any quote of the reply says in other words is not missing.
Questions written for these tests, not taken from the question sets."""

from __future__ import annotations

import pytest

from app.chat_words import plain
from app.concepts import Vocabulary
from app.config import Settings
from app.coverage import judge
from app.framing import framing
from app.lexical import terms
from app.records import Hit, Passage

TEXT = "Gout attacks often start at night. The average age of onset is 45. See a doctor early."


def _hit(text: str, support: float = 0.6, n: int = 1) -> Hit:
    p = Passage(f"d#p-{n}", "d", f"p-{n}", "Gout", "About gout", 0, len(text), text)
    return Hit(p, support, span=(0, len(text)), support=support, own=support)


@pytest.mark.parametrize(
    "word,forms",
    [
        ("sooo", ("so", "soo")),
        ("Anyones", ("anyone",)),
        ("avg", ("average",)),
        ("gp", ("doctor",)),
        ("goutt", ()),  # a slip, not a chat spelling (the one-slip rule is elsewhere)
        ("rls", ()),  # a medical abbreviation is a name in its own right
        ("doctors", ()),  # a plural, not a possessive of a function word
    ],
)
def test_plain_forms_of_chat_spellings(word, forms):
    assert plain(word) == forms


@pytest.mark.parametrize(
    "question",
    [
        "whats the avg age ppl get gout",
        "why does gout hurt sooo much at night",
        "will my gp check for gout",
        "why would anyones gout attacks start at night",
        "how long b4 gout attacks start",
        "can smth at night start gout attacks",
        "does gout start at night coz of the average age",
        "wud my gp check 4 gout",
    ],
)
def test_a_chat_spelling_of_a_plain_word_does_not_veto(question):
    verdict = judge([_hit(TEXT)], question, False, Vocabulary(terms(TEXT), [TEXT]), Settings())
    assert verdict.covered, verdict


def test_a_real_rare_word_still_vetoes():
    vocab = Vocabulary(terms(TEXT), [TEXT])
    verdict = judge([_hit(TEXT)], "does colchicine help gout at night", False, vocab, Settings())
    assert not verdict.covered and verdict.missing == ("colchicine",)


@pytest.mark.parametrize(
    "question,frame",
    [
        ("how does diet affect gout, like which foods", {"foods"}),
        ("what 3 foods does gout hate", {"foods"}),
        ("what two foods make gout flare", {"foods"}),
        ("which foods", set()),  # the whole question: nothing frames it
    ],
)
def test_a_closing_which_or_a_counted_kind_frames_the_question(question, frame):
    assert frame <= framing(question)


def test_a_rare_word_said_by_any_quote_shown_is_not_missing():
    first, second = _hit(TEXT, 0.6, 1), _hit("Weariness is common during a flare.", 0.55, 2)
    vocab = Vocabulary(terms(TEXT + " " + second.passage.text), [TEXT])

    def says(word: str, text: str) -> bool:  # the model's word vectors, stood in for here
        return word == "lethargy" and "Weariness" in text

    question = "does the lethargy from gout go away"
    only_first = judge([first, second], question, False, vocab, Settings(), says=says)
    assert not only_first.covered and only_first.missing == ("lethargy",)
    both = judge(
        [first, second], question, False, vocab, Settings(), says=says, shown=[first, second]
    )
    assert both.covered
