"""A message that only asks to reach a person (`app.remarks.asks_for_a_person`) is not covered:
"can i talk to a real doctor" got the dopamine article's sentence on what a healthcare provider
looks for (0.22) on 3ca5479. Questions that go on to ask something, or ask whom to see, are
answered as before. Written for this test; none is in an eval file."""

from __future__ import annotations

import pytest

from app.remarks import asks_for_a_person


@pytest.mark.parametrize(
    "message",
    [
        "can i talk to a real doctor",
        "can i speak to a human please",
        "is there a nurse i can chat with",
        "i want to speak to a doctor about this",
        "hi can you connect me with a therapist?",
        "can you put me in touch with a nurse",
        "i need to talk to someone",
    ],
)
def test_a_request_to_reach_a_person(message):
    assert asks_for_a_person(message)


@pytest.mark.parametrize(
    "message",
    [
        "can i talk to a doctor about low dopamine and what foods help",
        "should i talk to a doctor about low dopamine",
        "who should i talk to about low dopamine",
        "can i talk to someone, what does dopamine do",
        "what kind of doctor should i see for low dopamine",
    ],
)
def test_a_question_that_asks_more(message):
    assert not asks_for_a_person(message)


@pytest.mark.model
@pytest.mark.parametrize(
    "message", ["can i talk to a real doctor", "is there a nurse i can chat with"]
)
def test_it_is_not_answered_with_a_quote(seed_assistant, message):
    reply = seed_assistant.ask(message)
    assert reply.abstained and not reply.quotes and reply.advice in reply.markdown


@pytest.mark.model
def test_whom_to_see_is_still_answered(seed_assistant):
    reply = seed_assistant.ask("who can tell me if my dopamine is low")
    assert not reply.abstained
