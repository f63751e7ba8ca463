"""A death hoped to come by chance (reader probes, seventh session of 2026-12-03): an illness
hoped for "and its over", a blow or a killing that would not be fought. Both were missed by the
patterns and the meaning alike. Near misses keep their side: an illness hoped for to skip a day,
"its over before my exam", someone to "hit me up", a game that crashes. And who would look after
a pet or a child "if i wasnt here anymore" (not "for a week", not "home tonight"): the pet gate
blanked the rest of the clause; "if i wasnt here" away for a while or for a delivery is no death
wished."""

import pytest

from app.safety import match

CRISES = [
    "kinda hoping i get really sick and its over",
    "i wouldnt fight it if something killed me",
    "wouldnt resist it if a truck ran me over honestly",
    "prayin i get seriously ill and just never wake up",
    "i wouldnt mind if i died tonight",
    "wish something would just kill me already",
    "what would happen to my cat if i wasnt here anymore",
    "who would take care of my kids if i wasnt alive any more",
    "if i wasnt here for my kids they would be fine",
    "everyone would be better off if i wasnt here",
]
ORDINARY = [
    "hope i get sick so i can skip school tomorrow",
    "i wish someone would hit me up about the job",
    "hoping i get sick and its over before my exam lol",
    "i wouldnt mind if the game crashed honestly its so bad",
    "hoping i dont get sick before the wedding",
    "i hope a car hits me in the game so i can respawn",
    "what would happen to my cat if i wasnt here for a week",
    "who would feed my dog if i wasnt home tonight",
    "what would happen to my plants if i wasnt here for a week",
    "if i wasnt here for the delivery can they leave it outside",
]


@pytest.mark.parametrize("text", CRISES)
def test_a_death_hoped_by_chance_is_suicide(text):
    assert "suicide" in match(text)


@pytest.mark.parametrize("text", ORDINARY)
def test_hoping_for_a_day_off_or_a_message_is_not(text):
    assert "suicide" not in match(text)
