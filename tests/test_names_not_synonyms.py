"""A name is never said by another name through the word vectors (`app.synonyms.NearWords.says`):
chemical names share their word pieces ("tyramine" - "tyrosine" 0.83), so on baf459d "is tyramine
bad for dopamine" was answered with the sentence on tyrosine. A common word may still say a name
("tiredness" - "fatigue"). Written for this test; none is in an eval file."""

from __future__ import annotations

import pytest


@pytest.mark.model
def test_another_name_does_not_say_a_name(seed_assistant):
    near = seed_assistant.near
    assert not near.says("tyramine", "Eat a diet rich in magnesium and tyrosine.")
    assert near.says("tiredness", "Fatigue and low motivation are common.")


@pytest.mark.model
def test_a_chemical_the_articles_never_name_is_named(seed_assistant):
    reply = seed_assistant.ask("is tyramine bad for dopamine")
    assert reply.abstained and "tyramine" in reply.missing


@pytest.mark.model
def test_a_british_name_of_the_same_neurotransmitter_is_answered(seed_assistant):
    """ "noradrenaline" was said through the vectors ("noradrenergic"); it is put in as
    "norepinephrine", the articles' word (`app.lay_words.SUBSTANCES`)."""
    reply = seed_assistant.ask("does exercise raise noradrenaline")
    assert not reply.abstained
    assert "norepinephrine" in reply.quotes[0].text
