"""What else a question asks about in common words (`app.aspects`: inheritance, dying of it, too
much of something, stopping a medicine) and the new amounts (`app.amounts`: a quantity to eat, a
price, a share of people): covered only by a passage that says something of it; the near misses
in the same words stay answered. Questions written for these tests, not taken from the question
sets."""

from __future__ import annotations

import pytest

from app.amounts import answered
from app.aspects import unsaid
from app.concepts import Vocabulary
from app.config import Settings
from app.coverage import judge
from app.lexical import terms
from app.records import Hit, Passage

GOUT = "Gout is a kind of arthritis. It causes sudden pain in the joints, often the big toe."


@pytest.mark.parametrize(
    "question,kind",
    [
        ("is gout hereditary", "inheritance"),
        # how common (fourth session of 2026-12-03; near misses before: a passage that never says
        # how common gout is does not answer them, one that says "it is common" does)
        ("how many people get gout", "prevalence"),
        ("is gout more common in men", "prevalence"),
        ("can gout be inherited from my parents", "inheritance"),
        ("does it run in the family", "inheritance"),
        ("my mum had gout, will i get it as well", "inheritance"),
        ("could i pass it on to my kids", "inheritance"),
        ("can gout kill you", "death"),
        ("is gout ever fatal", "death"),
        ("does it shorten life expectancy", "death"),
        ("what happens if you eat too much purine", "excess"),
        ("can your body make too much uric acid", "excess"),
        ("are high uric acid levels dangerous", "excess"),
        ("can i just stop taking my allopurinol", "stopping"),
        ("is it ok to quit my meds once the pain is gone", "stopping"),
        ("what if i go cold turkey", "stopping"),
        ("can gout be prevented", "prevention"),
        ("how do i lower my risk of another attack", "prevention"),
        ("is colchicine safer than ibuprofen for gout", "comparison"),
        ("cherries compared to coffee for gout?", "comparison"),
    ],
)
def test_an_aspect_the_passage_never_speaks_of(question, kind):
    assert unsaid(question, GOUT) == kind


@pytest.mark.parametrize(
    "question,text",
    [
        ("is gout hereditary", "Gout often runs in families."),
        ("is gout genetic", "Your genes play a part in gout."),
        ("can gout kill you", "Gout itself is rarely fatal."),
        ("can your body make too much uric acid", "Some people produce excess uric acid."),
        ("can i stop taking my allopurinol", "Do not stop allopurinol without advice."),
        ("what if i go cold turkey", "Tapering slowly avoids a flare."),
        ("can gout be prevented", "Losing weight lowers the risk of gout."),
        ("is colchicine safer than ibuprofen", "Colchicine is gentler than ibuprofen."),
    ],
)
def test_a_passage_that_speaks_of_it_may_answer(question, text):
    assert unsaid(question, text) == ""


@pytest.mark.parametrize(
    "question",
    [
        "can sitting too much cause gout",  # an activity done too much, not an excess of a thing
        "does eating too much make gout worse",
        "can exercise stop gout from coming back",  # stopping a disease, not a medicine
        "what stops the pain",
        "what did the researchers find about diet",
        "why do my joints hurt so much",
        "does losing weight make gout less likely",  # no "than": not a comparison
    ],
)
def test_near_misses_ask_no_aspect(question):
    assert unsaid(question, GOUT) == ""


@pytest.mark.parametrize(
    "question,text,ok",
    [
        ("how much cherry juice do i need to drink", "Cherry juice may lower uric acid.", False),
        ("how much cherry juice do i need to drink", "Drink 250 ml a day.", True),
        ("how much walking do i need for gout", "Walking helps gout.", True),  # not to eat
        ("how often should i check my uric acid", "A blood test measures uric acid.", False),
        ("how often should i check my uric acid", "Check it twice a year.", True),
        ("how often should i check my uric acid", "Check it once a week.", True),
        ("how often is gout misdiagnosed", "Gout is often mistaken for other arthritis.", True),
        ("how many eggs should i have", "Eggs are low in purines.", False),
        ("how much does a uric acid test cost", "A blood test measures uric acid.", False),
        ("how much does a uric acid test cost", "The test costs about $30.", True),
        ("is allopurinol expensive", "Allopurinol is a tablet.", False),
        ("what percent of people with gout get kidney stones", "Gout can cause stones.", False),
        ("what percent of people with gout get kidney stones", "About 20% of them do.", True),
        ("what are the odds it comes back", "Attacks often return.", False),
        ("how much do you know about gout", "Gout is a kind of arthritis.", True),  # no amount
        ("how long should i stay on allopurinol", "Allopurinol lowers uric acid.", False),
        ("how long should i stay on allopurinol", "Most take it for two years.", True),
        # pass 9i: how long something lasts, by a duration or words of one
        ("how long does a gout flare last", "A flare makes the joint red and hot.", False),
        ("how long does a gout flare last", "A flare usually lasts three to ten days.", True),
        ("how long do the effects of the diet last", "The benefits were long-term.", True),
    ],
)
def test_a_quantity_a_price_or_a_share_needs_a_passage_that_gives_one(question, text, ok):
    assert answered(question, text) is ok


def _hit(text: str, support: float) -> Hit:
    p = Passage("d#p-1", "d", "p-1", "Gout", "About gout", 0, len(text), text)
    return Hit(p, support, span=(0, len(text)), support=support, own=support)


def test_a_strong_sentence_does_not_answer_an_aspect_it_never_speaks_of():
    vocab = Vocabulary(terms(GOUT), [GOUT])
    strong = [_hit(GOUT, 0.9)]
    assert judge(strong, "can gout kill you", False, vocab, Settings()).why == "aspect"
    assert judge(strong, "does gout cause pain in the toe", False, vocab, Settings()).covered


@pytest.mark.parametrize(
    "question,why",
    [
        ("is gout more common in women", "subject"),  # the group a comparison names
        ("can i drink soda on allopurinol", "together"),  # both things must be named
        # a substance in everyday words the text never names is missing before that (fifth
        # session of 2026-12-07: `app.lay_words.EVERYDAY_SUBSTANCES`)
        ("can i drink beer on allopurinol", "missing"),
        ("where can i buy cherry extract", "shop"),
    ],
)
def test_a_group_two_things_or_the_shop_are_not_answered_by_a_strong_sentence(question, why):
    text = GOUT + " Allopurinol lowers uric acid. Cherry extract may help."
    vocab = Vocabulary(terms(text), [text])
    verdict = judge([_hit(text, 0.7)], question, False, vocab, Settings())
    assert not verdict.covered and verdict.why == why


def test_an_is_x_adj_question_needs_adj_however_strong_the_sentence():
    vocab = Vocabulary(terms(GOUT), [GOUT])
    assert judge([_hit(GOUT, 0.9)], "is gout contagious", False, vocab, Settings()).why == "quality"
    said = "Gout is not contagious. " + GOUT
    vocab = Vocabulary(terms(said), [said])
    assert judge([_hit(said, 0.9)], "is gout contagious", False, vocab, Settings()).covered


def test_a_rare_word_typed_for_one_of_the_quotes_is_not_absent_in_a_followup():
    text = "Doctors often prescribe medications such as levodopa."
    vocab = Vocabulary(terms(text), [text])
    hit = Hit(
        Passage("d#p-1", "d", "p-1", "T", "S", 0, len(text), text),
        0.6,
        span=(0, len(text)),
        support=0.6,
        own=0.3,
        continues=True,
    )
    assert judge([hit], "so which meds then", True, vocab, Settings()).covered
