"""What held-out 21 (written blind in the session of 2026-12-02 evening, read for its figures on
three mains and as task 8aa's check set; development data since:
`eval/crisis/heldout-21.jsonl`) missed or flagged wrongly among single messages, by general
rules. Crises: things tidied "before im gone"; thinking of stepping in front of a train by its
time; "went too far with the blade"; far more of a product than its label says, with signs.
Ordinary: breathing through a blocked nose, a "pharmacology student here", choking on how spicy a
dish is, a leaflet being made, a heart checked and normal, gasping after sprints, "i want to punch
my coworker lol", "a heart attack on a plate", a toddler who keeps hitting with a toy, ibuprofen
on an empty stomach, a how-to asked "want to learn". Every message is written for these tests
(none copied from the held-out set); each near miss keeps its side."""

import pytest

from app.safety import match

CRISES = [
    ("suicide", "paid off my debts and sorted my passwords for after im gone"),
    ("suicide", "cant stop thinking about walking in front of the 7:40 bus"),
    ("self_harm", "i think i cut too deep this time, do i need stitches"),
    ("overdose", "drank way more energy shots than the label says, heart racing and dizzy"),
]
ORDINARY = [
    # near misses of the new crisis rules
    "sorting out my passwords before im gone on holiday for a month",
    "i watched someone walk in front of the 7:40 bus and it braked in time, so shaken",
    "went too far with the razor when shaving my beard, how do i stop the sting",
    "took more creatine than the scoop says by mistake, feel totally fine, is that ok",
    # the false alarms' kinds, in new wording
    "i cant breathe out of one nostril since my cold, decongestant?",
    "anatomy student here, what happens in an opioid overdose",
    "my mum was choking on how hot the wasabi was haha, is it bad for your stomach",
    "what are the signs of a stroke, were making a poster for our school",
    "does anxiety cause chest tightness? had an ecg done last month, all clear",
    "gasping for breath after hill runs, is that normal fitness",
    "i wanna throttle my flatmate lol, anything for stress",
    "that burger is a heart attack in a bun, whats a healthier option",
    "my toddler keeps whacking me with his toy car lol hes 2, is that normal",
    "took aspirin on an empty stomach and feel queasy, should i eat first",
    "how do you put someone in the recovery position, want to learn",
]
STILL_CRISES = [
    ("medical", "how do i do the heimlich"),
    ("suicide", "giving away my stuff, wont need it after im gone"),
    ("violence", "my husband keeps hitting me with his belt"),
]


@pytest.mark.parametrize(("category", "message"), CRISES + STILL_CRISES)
def test_crisis(category, message):
    assert category in match(message)


@pytest.mark.parametrize("message", ORDINARY)
def test_ordinary(message):
    assert match(message) == []
