"""A key concept the articles never mention, said of the thing asked about ("does adhd medication
raise dopamine", "are lupus symptoms worse in winter"): a passage on the thing in general answers
a question the reader did not ask, however close its best sentence. Reported by task edges5 (a
quote on medications at 0.77, over `named_support`, for an ADHD question); a lay word read as its
standard phrase ("adhd" -> "attention deficit hyperactivity disorder") is judged as that whole
phrase, not as its one unknown word. Articles and questions written for these tests."""

from __future__ import annotations

import pytest

from app.concepts import Vocabulary
from app.config import Settings
from app.coverage import judge
from app.lexical import terms
from app.records import Hit, Passage

ARTICLE = (
    "Some medications raise dopamine in the brain, and stimulant drugs do so quickly. Symptoms of "
    "low dopamine include fatigue and low motivation, and they can get worse in winter. Exercise "
    "helps many patients feel better. Levodopa is a medication that the brain turns into dopamine."
)


def _vocab() -> Vocabulary:
    return Vocabulary(terms(ARTICLE), [ARTICLE])


def _hit(support: float) -> Hit:
    p = Passage("d#p-1", "d", "p-1", "Title", "Section", 0, len(ARTICLE), ARTICLE)
    return Hit(p, support, span=(0, len(ARTICLE)), support=support, own=support)


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("does adhd medication raise dopamine", "adhd"),
        ("do lupus symptoms get worse in winter", "lupus"),
        ("can fibromyalgia patients exercise", "fibromyalgia"),
        ("is wellbutrin therapy safe long term", "wellbutrin"),
    ],
)
def test_a_missing_concept_said_of_the_thing_asked_is_not_forgiven(question, named):
    verdict = judge([_hit(0.8)], question, False, _vocab(), Settings())
    assert not verdict.covered and verdict.missing == (named,)


@pytest.mark.parametrize(
    "question",
    [
        "does levodopa medication raise dopamine",  # the articles name levodopa
        "do symptoms of low dopamine get worse in winter",  # nothing missing
        "do medications for low dopamine work quickly",
    ],
)
def test_what_the_articles_name_is_still_answered(question):
    assert judge([_hit(0.8)], question, False, _vocab(), Settings()).covered


@pytest.mark.parametrize("support", [0.8, 0.7])
def test_a_lay_word_read_as_a_phrase_the_articles_never_use_is_never_forgiven(support):
    # ADHD named, no thing of it asked about: until the third session of 2026-12-03
    # `named_support` (0.75) decided, and a sentence at 0.8 was quoted; "adhd" is read as
    # "attention deficit hyperactivity disorder", whose "deficit" and "disorder" lift sentences on
    # dopamine deficiency, so its missing word now always refuses (`app.missing.vetoes`).
    verdict = judge(
        [_hit(support)],
        "can stimulant drugs raise dopamine quickly in adhd",
        False,
        _vocab(),
        Settings(),
    )
    assert not verdict.covered and verdict.missing


@pytest.mark.parametrize("question", ["can adderall fix low dopamine", "can amphetamine fix it"])
@pytest.mark.parametrize("support", [0.8, 0.77])
def test_a_drug_the_articles_never_name_is_never_forgiven(question, support):
    # Seed held-out 48 (fifth session of 2026-12-06): "adderall" is read as "amphetamine", a
    # whole word of the model's vocabulary, so it needed only `word_support` (0.65) and a sentence
    # on Parkinson's medicines at 0.77 was quoted. A drug's standard name is never a lay way to
    # say what a sentence says, so its absence always refuses.
    verdict = judge([_hit(support)], question, False, _vocab(), Settings())
    assert not verdict.covered
    assert verdict.missing[0] in {"adderall", "amphetamine"}


def test_a_drug_the_articles_name_is_still_answered():
    assert judge([_hit(0.77)], "can levodopa fix low dopamine", False, _vocab(), Settings()).covered


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("will iron pills help my restless legs", "iron"),  # seed held-out 62, as asked
        ("are salt pills safe with low dopamine", "salt"),
        ("do fish supplements help fatigue", "fish"),
    ],
)
def test_a_substance_in_everyday_words_is_not_forgiven(question, named):
    # Seed held-out 60 and 62 (fourth and fifth sessions of 2026-12-07): "iron" is a common word
    # of the model's vocabulary, so it was never a rare concept and a sentence on supplements that
    # never names it was quoted. A substance or a food in everyday words
    # (`app.lay_words.EVERYDAY_SUBSTANCES`) is what the question is about, and the articles never
    # say it; "without pills" or "warning signs" name no substance and are still answered.
    text = ARTICLE + " Pills and supplements help restless legs in some patients."
    verdict = judge([_hit(0.8)], question, False, Vocabulary(terms(text), [text]), Settings())
    assert not verdict.covered and verdict.missing == (named,)


def test_a_common_word_the_articles_use_is_still_answered():
    # "stimulant drugs": the article says both words
    assert judge(
        [_hit(0.8)], "do stimulant drugs raise dopamine quickly", False, _vocab(), Settings()
    ).covered
