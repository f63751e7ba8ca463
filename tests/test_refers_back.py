"""A follow-up that refers back ("why does that happen") needs its best sentence to reach
`Settings.refers_back_support`: 0.35 since the session of 2026-12-04 late night (0.45 before).
Over the thirty seed files the bar of 0.45 refused only answerable follow-ups, four of five of them
with a useful quote (BENCHMARKS section 9); an uncovered follow-up is still refused by the rules
that read what it asks. Questions in my own wording, beside the issue's own example.
"""

import pytest


@pytest.mark.model
def test_a_why_that_refers_back_is_answered_from_the_passage(seed_assistant):
    reply = seed_assistant.ask("how come", history=["do ssris leave you feeling tired and flat"])
    assert not reply.abstained
    assert "serotonin" in reply.quotes[0].text


@pytest.mark.model
def test_an_uncovered_follow_up_is_still_refused(seed_assistant):
    reply = seed_assistant.ask(
        "are they safe to take with sertraline?", history=["what supplements help dopamine"]
    )
    assert reply.abstained
