"""Task 9t: seed held-out 19's failures by kind, each rule with questions and articles in my own
wording (none is in an eval file) and near misses that must keep their reading.

- A question that asks a cause is not answered by a sentence about finding a cause out ("the
  doctor will try to work out what is behind the tiredness") nor by one in which the thing asked
  about is itself the cause ("poor sleep that may be causing headaches" for "what causes poor
  sleep"): such sentences are lowered in the ranking (`app.causes`, `Settings.cause_penalty`),
  and the sentence after an article's own question for the same thing's causes ("What can cause
  poor sleep? ...") is raised as much. A question about finding the cause out ("who can help me
  find out why ...") keeps them.
- How a condition goes ("what is the outlook", "the prognosis") and whether a thing is safe ("is
  hard exercise safe for me") are aspects only a passage that speaks of them answers
  (`app.aspects`).
- A question about what relieves a thing ("what can i take for headaches from low mood") is
  answered only by a passage that names that thing (`app.remedy`), not by one about the cause
  named after it.
- When a condition ends ("once the depression lifts") frames a question, as "after it wears off"
  does (`app.framing.COURSE`); "the other way round" is the converse, and an illness "coming
  back" is a relapse (`app.lay_words.IDIOMS`).
- Being hooked on a thing ("get hooked on gambling") is no taking of one thing on another
  (`app.must_say.HOOKED`), and "too much" after a verb's particle ("pushing it up too much") is
  how much of an activity, not an excess of a thing (`app.aspects.DONE`).
"""

from __future__ import annotations

import pytest

from app.causes import answers_after, asks_cause, cause_asked, finds_cause, is_the_cause
from app.concepts import Vocabulary
from app.config import Settings
from app.coverage import judge
from app.framing import framing
from app.lay_words import plainly, used_where
from app.lexical import terms
from app.records import Hit, Passage
from app.remedy import treated


def _vocab(text: str) -> Vocabulary:
    return Vocabulary(terms(text), [text])


def _hit(text: str, support: float = 0.6) -> Hit:
    p = Passage("d#p-1", "d", "p-1", "Title", "Section", 0, len(text), text)
    return Hit(p, support, span=(0, len(text)), support=support, own=support)


def _covered(question: str, text: str, elsewhere: str = "") -> bool:
    """Whether `text` covers the question, in articles that also say `elsewhere`."""
    vocab = Vocabulary(terms(f"{text} {elsewhere}"), [text, elsewhere])
    return judge([_hit(text)], question, False, vocab, Settings()).covered


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("what causes poor sleep", True),
        ("why do i keep waking up at 4am", True),
        ("whats the reason my iron is low", True),
        ("who can help me find out why my iron is low", False),  # finding out, by whom
        ("how would a nurse check what is causing it", False),
        ("does poor sleep cause headaches", True),
        ("what helps with poor sleep", False),
    ],
)
def test_a_question_that_asks_a_cause(question, asks):
    assert asks_cause(question) is asks


def test_what_a_cause_question_asks_the_cause_of():
    assert cause_asked("what causes low iron") == frozenset({"iron"})
    assert cause_asked("and what causes that", "iron deficiency") == frozenset({"iron", "defici"})
    assert cause_asked("how do i raise my iron") is None


@pytest.mark.parametrize(
    ("sentence", "finds"),
    [
        ("your gp will try to work out what is behind the tiredness and what's causing it.", True),
        ("the nurse can help you get to the root of what is causing your poor sleep.", True),
        ("a specialist will look into why you wake up early.", True),
        ("researchers found out that caffeine causes poor sleep.", False),  # says the cause
        ("late coffee is a common cause of poor sleep.", False),
    ],
)
def test_a_sentence_about_finding_out_a_cause(sentence, finds):
    assert finds_cause(sentence) is finds


SLEEP = frozenset(terms("sleep"))


@pytest.mark.parametrize(
    ("sentence", "cause"),
    [
        ("poor sleep that may be causing headaches is worth a visit to your gp.", True),
        ("your headaches could be caused by many things, including poor sleep.", True),
        ("poor sleep can be the result of late coffee or a noisy room.", False),
        ("late screens may lead to poor sleep.", False),
        ("caffeine causes poor sleep in some people.", False),
        ("a dark room is best.", False),  # no cause spoken of
    ],
)
def test_a_sentence_in_which_the_thing_asked_is_the_cause(sentence, cause):
    assert is_the_cause(SLEEP, sentence) is cause


@pytest.mark.parametrize(
    ("sentence", "answers"),
    [
        ("what can cause poor sleep?", True),
        ("so why does sleep get worse with age?", True),
        ("what causes a cold?", False),  # the causes of another thing
        ("poor sleep has many causes.", False),  # no question of the article's
        ("how can a doctor find what causes poor sleep?", False),  # finding the cause out
    ],
)
def test_an_articles_own_question_for_the_causes(sentence, answers):
    assert answers_after(SLEEP, sentence) is answers


BENEFITS = "A daily walk lifts low mood and improves sleep in most adults within a few weeks."


@pytest.mark.parametrize(
    "question",
    [
        "my son was diagnosed with low mood what is the outlook",
        "whats the prognosis for low mood in most adults",
        "i have asthma, is a brisk daily walk safe for me",
        "i have a bad hip, can i safely walk every day",
    ],
)
def test_an_outlook_or_a_safety_the_passage_never_speaks_of_is_not_covered(question):
    elsewhere = "Elsewhere: the outlook, the prognosis, asthma, a bad hip, a brisk pace, diagnosed."
    assert not _covered(question, BENEFITS, elsewhere)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "what is the outlook for low mood",
            "With a daily walk most adults recover from low mood within a few weeks.",
        ),
        (
            "is a brisk daily walk safe for me",
            "A brisk daily walk is safe for most adults and lifts low mood.",
        ),
        ("does a daily walk lift low mood", BENEFITS),  # no aspect asked
    ],
)
def test_a_passage_that_speaks_of_the_aspect_still_answers(question, text):
    assert _covered(question, text, elsewhere="Another article gives the outlook.")


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("what can i take for headaches from low mood", ("headaches",)),
        ("how do i treat my cramps caused by running", ("cramps",)),
        ("any remedy for itchy skin when i sweat?", ("itchy", "skin")),
        ("how is it treated in kids", ()),  # a circumstance, not the thing relieved
        ("does a daily walk help with low mood", ()),  # an effect asked
    ],
)
def test_what_a_remedy_question_asks_to_relieve(question, thing):
    assert treated(question) == thing


def test_a_remedy_for_a_thing_the_passage_never_names_is_not_covered():
    elsewhere = "Headaches are named in another article."
    assert not _covered("what can i take for headaches from low mood", BENEFITS, elsewhere)


def test_a_remedy_for_a_thing_the_passage_names_is_covered():
    text = "Headaches from low mood often ease with a daily walk, water and rest."
    assert _covered("what can i take for headaches from low mood", text)
    assert _covered("what can i take for low mood", BENEFITS)


def test_being_hooked_on_a_thing_is_not_taking_two_things_together():
    text = "Low mood can leave people more prone to gambling and to addiction in general."
    elsewhere = "People get hooked on many things; sertraline and melatonin are named elsewhere."
    assert _covered("can having low mood make you get hooked on gambling", text, elsewhere)
    together = "can i take melatonin with my sertraline"  # two things together, as before
    assert not _covered(together, text, elsewhere)


def test_too_much_after_a_verbs_particle_asks_no_excess():
    text = "Boosting dopamine on its own can lower serotonin levels over time."
    assert _covered("can turning dopamine up too much lower serotonin", text)
    assert not _covered("can you have too much dopamine in your brain", text)  # an excess


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("what is the reason dopamine gets low", []),
        ("so what causes that", ["tell me about low dopamine"]),
        ("what causes dopamine to be low", []),
        ("why do people get low on dopamine", []),
        ("what are the causes of dopamine deficiency", []),
    ],
)
def test_a_cause_question_gets_the_causes_first(seed_assistant, question, history):
    reply = seed_assistant.ask(question, history)
    assert "can be the result of a few different things" in reply.quotes[0].text


@pytest.mark.model
def test_a_question_about_finding_the_cause_keeps_that_sentence(seed_assistant):
    reply = seed_assistant.ask("who helps find out why dopamine is low")
    assert "figure out" in reply.quotes[0].text


@pytest.mark.parametrize(
    ("question", "frame"),
    [
        ("and will the tiredness fade once the low mood lifts", {"lifts"}),
        ("does it stay after the illness clears", {"clears"}),
        ("does a walk lift my mood", set()),  # the effect asked, not when a condition ends
    ],
)
def test_when_a_condition_ends_frames_the_question(question, frame):
    assert framing(question) & {"lift", "lifts", "clears"} == frame


@pytest.mark.parametrize(
    ("question", "standard"),
    [
        ("is it the other way around with serotonin", "converse"),
        ("does that work vice versa", "converse"),
        ("can a daily walk keep low mood from coming back", "from relapsing"),
        ("will walking stop it coming back", "it relapsing"),
    ],
)
def test_the_reverse_and_an_illness_coming_back_in_standard_words(question, standard):
    assert standard in plainly(question)[0]


def test_a_friend_coming_back_is_no_relapse():
    assert "relaps" not in plainly("my friend is coming back tomorrow, can we walk together")[0]


def test_a_relation_or_a_relapse_is_put_in_only_where_the_articles_use_the_word():
    keep = used_where(lambda word: word == "relapsing")
    assert keep("it relapsing") and keep("cocaine")  # every other lay word as before
    assert not keep("converse")
    text = "Low iron makes you tired."  # articles that never say "converse"
    vocab = Vocabulary(terms(text), [text])
    hit = Hit(_hit(text).passage, 0.6, span=(0, len(text)), support=0.6, own=0.6, continues=True)
    assert judge([hit], "does it work the other way around", True, vocab, Settings()).covered
