"""Task 9v: a first quote that reads the question's cause and effect backwards, with questions in
my own wording (none is in an eval file) and near misses that must keep their reading.

- "Why would serotonin meds lower dopamine" has one thing change another; a sentence in which the
  second changes the first the same way ("support of dopamine can lower serotonin levels") makes
  the converse claim and loses `Settings.cause_penalty` (`app.causes.reverses`). A sentence that
  makes the claim as asked, or also as asked, keeps its evidence; so does any sentence for a
  question with no such claim, or one whose verb of change only describes a thing ("a dopamine
  boosting pill").
"""

import pytest

from app.causes import reverses

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
