"""Whether an effect lasts ("does cocaine use lower dopamine long term") is answered by a passage
on what stays after (`app.aspects`, "continued use"; reader probe of the sixth session of
2026-12-03, in no eval file): on be76213 it was "not covered" though the article says "the
aftermath is that dopamine concentrations in the brain are diminished"."""

from __future__ import annotations

import pytest

from app.aspects import unsaid

COCAINE = (
    "When cocaine is taken, it causes a buildup of dopamine to occur. But the aftermath is that "
    "dopamine concentrations in the brain are diminished."
)


@pytest.mark.parametrize(
    "text",
    [
        COCAINE,
        "The damage to receptors can be long-lasting.",
        "Some of these changes are permanent.",
        "Its effects are lasting in heavy users.",
    ],
)
def test_what_stays_after_answers_long_term_use(text):
    assert unsaid("does cocaine use lower dopamine long term", text) == ""


@pytest.mark.parametrize(
    "text", ["Cocaine causes a buildup of dopamine.", "Magnesium and tyrosine are building blocks."]
)
def test_a_passage_naming_the_thing_alone_still_does_not(text):
    assert unsaid("does cocaine use lower dopamine long term", text) == "continued use"
    assert unsaid("can i take tyrosine every day", text) == "continued use"


def test_the_seed_article_answers_it(seed_assistant):
    reply = seed_assistant.ask("does cocaine use lower dopamine long term")
    assert reply.quotes and "aftermath" in reply.quotes[0].text
