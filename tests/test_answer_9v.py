"""Task 9v: a first quote that reads the question's cause and effect backwards, with questions in
my own wording (none is in an eval file) and near misses that must keep their reading.

- "Why would serotonin meds lower dopamine" has one thing change another; a sentence in which the
  second changes the first the same way ("support of dopamine can lower serotonin levels") makes
  the converse claim and loses `Settings.cause_penalty` (`app.causes.reverses`). A sentence that
  makes the claim as asked, or also as asked, keeps its evidence; so does any sentence for a
  question with no such claim, or one whose verb of change only describes a thing ("a dopamine
  boosting pill").
- A sentence that only grants what the reader wants or wonders, ending on it ("If you're low in
  dopamine, it makes sense you'd want to raise it.", "You may be wondering why."), answers nothing:
  it is no answer (`app.evidence.is_answer`, like a rhetorical question), so the quote is cut
  around a sentence that says something. One that goes on to say something keeps its place.
- A brief first quote yields to a body quote only when the body quote makes the point of the
  brief quote's answering sentence, not of any other sentence the brief quote shows
  (`app.brief.body_first`).
"""

import numpy as np
import pytest

from app.brief import body_first
from app.causes import reverses
from app.evidence import is_answer
from app.records import Hit, Passage

CONVERSE = (
    "as a side note, the converse of this phenomenon is also true: unilateral support of dopamine "
    "can lower serotonin levels."
)
AS_ASKED = (
    "this is because unilateral support of serotonin leads to a compensatory decrease in dopamine "
    "and norepinephrine."
)


@pytest.mark.parametrize(
    "question",
    [
        "why do serotonin drugs lower dopamine levels",
        "how come serotonin tablets end up lowering dopamine",
        "can only raising serotonin drop ur dopamine",
        "does boosting serotonin reduce dopamine",
        "serotonin meds lower dopamine?? why",
    ],
)
def test_the_converse_claim_reads_the_question_backwards(question):
    assert reverses(question, CONVERSE)


@pytest.mark.parametrize(
    "question",
    [
        "could dopamine supplements lower my serotonin",  # asked the way the sentence says it
        "does dopamine lower serotonin",
        "why does serotonin lower",  # nothing changed named
        "do ssris lower dopamine",  # ssris on neither side of the sentence
        "would a serotonin boosting pill help my mood",  # a modifier, no claim of change
        "can serotonin-boosting meds help me sleep",
        "does serotonin raise dopamine",  # the other direction
        "what is serotonin",
    ],
)
def test_near_misses_keep_their_reading(question):
    assert not reverses(question, CONVERSE)


def test_the_claim_as_asked_is_never_backwards():
    assert not reverses("why would serotonin meds lower dopamine", AS_ASKED)
    both = CONVERSE + " and support of serotonin can lower dopamine too."
    assert not reverses("why would serotonin meds lower dopamine", both)


@pytest.mark.model
@pytest.mark.parametrize(
    "question",
    [
        "why do serotonin drugs lower dopamine levels",
        "can serotonin tablets reduce dopamine",
        "why would serotonin medication lower my dopamine",
    ],
)
def test_the_answer_as_asked_is_quoted_first(seed_assistant, question):
    reply = seed_assistant.ask(question)
    assert reply.quotes and "compensatory decrease in dopamine" in reply.quotes[0].text


@pytest.mark.model
def test_the_converse_asked_keeps_the_converse_first(seed_assistant):
    reply = seed_assistant.ask("could dopamine supplements lower my serotonin")
    assert reply.quotes and "support of dopamine can lower serotonin" in reply.quotes[0].text


@pytest.mark.parametrize(
    "sentence",
    [
        "If you’re low in dopamine, it makes sense you’d want to raise it.",
        "If your sleep is poor, it's natural to want to fix it fast.",
        "Its understandable that you would want to feel better.",
        "You may be wondering why.",
        "You're probably wondering whether that is true.",
    ],
)
def test_a_sentence_that_only_grants_the_wish_is_no_answer(sentence):
    assert not is_answer(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "It makes sense you would want to raise it, and exercise is one way to do that.",
        "It makes sense to see a doctor.",  # advice, not the reader's wish
        "It is normal to want to rest after surgery for a week or two because healing takes time.",
        "You may be wondering about side effects, which include nausea and headaches for some.",
        "Luckily, there are a few ways you can raise your dopamine levels.",
    ],
)
def test_a_sentence_that_goes_on_to_say_something_still_answers(sentence):
    assert is_answer(sentence)


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("if i think my dopamines low what would a gp do", "Rather than focus on dopamine"),
        # (the ways to raise it since the hubness correction, `Settings.hub_beta`: an answer too)
        ("my dopamine might be low, what now", "There are even natural methods"),
        (
            "what would my gp do if i told them i think my dopamine is low",
            "If you suspect you have",
        ),
    ],
)
def test_the_answer_comes_before_the_granted_wish(seed_assistant, question, answer):
    reply = seed_assistant.ask(question)
    assert reply.quotes and reply.quotes[0].text.startswith(answer)
    assert "makes sense you’d want" not in reply.quotes[0].text  # the wish is cut


@pytest.mark.model
def test_asking_whether_it_can_be_raised_still_gets_the_ways(seed_assistant):
    reply = seed_assistant.ask("is it possible to raise low dopamine")
    assert reply.quotes and "a few ways you can raise your dopamine" in reply.quotes[0].text


# A brief quote whose emphasized sentence (row 2) says another thing than the body quote's anchor
# (row 1); main compared every sentence the brief quote shows (row 0 too, the body quote's point).
UNIT = np.eye(4, dtype=np.float32)
UNIT[1] = (UNIT[0] + UNIT[1]) / np.sqrt(2)


def _hit(score: float, support: float) -> Hit:
    p = Passage("a#p", "a", "p", "T", "S", 0, 10, "x" * 10)
    return Hit(p, score, score, span=(0, 10), support=support)


def test_a_brief_quote_yields_only_to_the_point_of_its_answering_sentences():
    found = [
        (_hit(0.60, 0.62), 0, 2, [2]),
        (_hit(0.58, 0.61), 1, 1, [1]),
        (_hit(0.5, 0.5), 2, 3, [3]),
    ]
    out = body_first(found, lambda pid, row: pid == 0, lambda rows: UNIT[rows])
    assert [f[1] for f in out] == [0, 1, 2]
    found[0] = (found[0][0], 0, 2, [2, 0])  # a sentence it emphasizes makes that point
    out = body_first(found, lambda pid, row: pid == 0, lambda rows: UNIT[rows])
    assert [f[1] for f in out] == [1, 0, 2]
