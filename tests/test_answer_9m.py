"""Task 9m: rules written after seed held-out 10 was read, each with questions in my own wording
(none is in an eval file) and near misses that must keep their reading.

- "help" before a bare verb is a helping verb ("do walnuts help boost serotonin"), so the thing
  before it is what the question asks about (`app.subject.subject`); "self help" stays a noun.
- Things named first and then asked about as a link ("X and Y, whats the connection", "X and Y is
  there a link", "any relationship?") are the message's topic, as "are they connected" was
  (`app.subject.topic`).
- "What number counts as normal", "what level is healthy": a level asked for with the measure
  named first; only a passage that gives a number answers it (`app.amounts`).
- "What is X exactly, like what does it do": a definition question the reader goes on to explain
  ("like what ...", "i mean how ...") still asks what X is (`app.defines.defined`).
- A broad class of substance narrowed by a word the articles use ("gut chemicals" where the
  articles speak of the gut), or "chemically", frames a question and never vetoes it
  (`app.framing.broad_kinds`); "your supplements" asks the site's shop (`app.shop.to_the_shop`).
- A rare word the articles never use anywhere in a thing named first, not only its head
  ("kefir" in "kefir gut health and serotonin, is there a link"), is a topic they never mention
  (`app.asks.unknown_topic` with a rarity rank).
"""

import pytest

from app import amounts
from app.asks import unknown_topic
from app.concepts import Vocabulary
from app.defines import defined
from app.framing import broad_kinds
from app.lexical import terms
from app.shop import to_the_shop
from app.subject import subject, topic


@pytest.mark.parametrize(
    "question,head",
    [
        ("can walnuts help boost serotonin", "walnuts"),
        ("do cold showers really help raise dopamine", "showers"),
        ("does kombucha help lower stress", "kombucha"),
        ("will saffron helps improve mood", "saffron"),
    ],
)
def test_help_before_a_verb_leaves_the_subject_named(question, head):
    assert subject(question) == head


@pytest.mark.parametrize(
    "question",
    [
        "does self help raise mood",  # "self help" is a noun: which word is the verb?
        "does self harm affect dopamine",  # two verbs, neither "help"
        "does brain damage lower dopamine",
    ],
)
def test_a_verb_after_a_verb_that_is_not_help_still_names_nothing(question):
    assert subject(question) == ""


@pytest.mark.parametrize(
    "message,heads",
    [
        ("migraines and serotonin whats the connection", ["migraines", "serotonin"]),
        ("caffeine and anxiety, is there a link?", ["caffeine", "anxiety"]),
        ("autism and dopamine - any relationship", ["autism", "dopamine"]),
        ("gut bacteria and mood what's the link", ["bacteria", "mood"]),
        ("insomnia and depression, is there any correlation", ["insomnia", "depression"]),
    ],
)
def test_things_named_then_asked_about_as_a_link_are_the_topic(message, heads):
    assert topic(message) == heads


@pytest.mark.parametrize(
    "message",
    [
        "whats the connection between sleep and mood",  # named after, not first
        "is there a link between stress and dopamine",
        "i cant sleep and im anxious, is there a link",  # a clause about the reader
        "the link in the article is broken",  # no question
    ],
)
def test_a_link_asked_about_before_or_after_a_clause_names_no_topic(message):
    assert topic(message) == []


@pytest.mark.parametrize(
    "question",
    [
        "what number is normal for serotonin in a urine test",
        "what level counts as healthy for vitamin d",
        "what reading would be average for cortisol",
    ],
)
def test_a_level_asked_with_the_measure_first_needs_a_number(question):
    assert not amounts.answered(question, "Doctors look at symptoms rather than a single test.")
    assert amounts.answered(question, "Levels between 20 and 50 ng/mL are usually adequate.")


@pytest.mark.parametrize(
    "question",
    [
        "what should i do if my levels are normal but i still feel flat",  # no measure asked
        "what numbers of people have depression",  # "normal" never said
        "is it normal to feel tired after exercise",
    ],
)
def test_normal_without_a_measure_asked_for_needs_no_number(question):
    assert amounts.answered(question, "Doctors look at symptoms rather than a single test.")


@pytest.mark.parametrize(
    "question,head",
    [
        ("what is anhedonia exactly like what does it feel like", "anhedonia"),
        ("whats serotonin, i mean how does it work", "serotonin"),
        ("what is a neurotransmitter as in what does it actually do", "neurotransmitter"),
    ],
)
def test_a_definition_question_the_reader_goes_on_to_explain_still_asks_it(question, head):
    assert defined(question) == head


@pytest.mark.parametrize(
    "question",
    [
        "what is it like to live with depression",  # "like" inside the question: not a definition
        "what is the best diet like what should i eat",  # "the best ...": not a name
        "what is dopamine like a hormone or something",  # "like" not followed by a question
    ],
)
def test_like_that_does_not_start_a_restated_question_defines_nothing(question):
    assert defined(question) == ""


ARTICLES = "Serotonin is made in the gut and the brain. Stress hormones rise with poor sleep."


@pytest.mark.parametrize(
    "question,framed",
    [
        ("is my low mood just my gut chemicals", {"chemicals"}),
        ("can stress substances build up in the brain", {"substances"}),
        ("feeling wired at night, what is happening chemically", {"chemically"}),
    ],
)
def test_a_broad_class_narrowed_by_a_word_of_the_articles_frames_the_question(question, framed):
    vocab = Vocabulary(terms(ARTICLES), [ARTICLES])
    assert broad_kinds(question, vocab) == framed


@pytest.mark.parametrize(
    "question",
    [
        "do household chemicals cause parkinsons",  # "household" is not theirs: it decides
        "are there chemicals in vaping that lower serotonin",  # "in" narrows nothing
        "does chemistry class stress you out",  # not a broad class of substance
    ],
)
def test_a_broad_class_narrowed_by_a_word_they_never_use_is_left_to_veto(question):
    vocab = Vocabulary(terms(ARTICLES), [ARTICLES])
    assert broad_kinds(question, vocab) == frozenset()


@pytest.mark.parametrize(
    "question",
    [
        "why does ur formula have so much magnesium in it",
        "are your supplements tested by a third party",
        "do your products contain gluten",
    ],
)
def test_the_sites_own_products_are_a_question_for_the_shop(question):
    assert to_the_shop(question)


@pytest.mark.parametrize(
    "question",
    [
        "should i tell my doctor about my supplements",  # the reader's own
        "can supplements raise serotonin",
        "ask your doctor before taking supplements, is that right?",  # "your doctor"
        "are your supplements safe with sertraline",  # asks about health: the articles judge
    ],
)
def test_supplements_that_are_not_the_sites_are_not_a_shop_question(question):
    assert not to_the_shop(question)


TOPICS = "Gut health and poor sleep affect serotonin; stress relief helps sleep."


@pytest.mark.parametrize(
    "message,named",
    [
        ("kefir gut health and serotonin, is there a link", "kefir"),
        ("ashwagandha stress relief and sleep, are they connected", "ashwagandha"),
    ],
)
def test_a_rare_word_of_a_thing_named_first_that_they_never_use_is_named(message, named):
    vocab = Vocabulary(terms(TOPICS), [TOPICS])
    assert unknown_topic(message, vocab, 10000) == named


@pytest.mark.parametrize(
    "message",
    [
        "poor sleep and serotonin, is there a link",  # "poor": a common word, not a thing
        "gut health and serotonin, is there a link",  # every word theirs
        "i drink kefir and sleep badly, is there a link",  # a clause: no topic
    ],
)
def test_common_or_known_words_of_a_thing_named_first_name_nothing_missing(message):
    vocab = Vocabulary(terms(TOPICS), [TOPICS])
    assert unknown_topic(message, vocab, 10000) == ""
