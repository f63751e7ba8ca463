"""What held-out 22's blind reading (written in the session of 2026-12-02 night, read for its
figures only, development data since the late-night session: `eval/crisis/heldout-22.jsonl`)
missed or flagged wrongly among single messages, by general rules. Crises: picturing taking the
whole lot; "this is my last night" as a goodbye; hoping for a terminal illness so as not to "do it
myself"; burns or cuts one did oneself; back to the knife once the substitutes stopped working;
grabbed by someone with power who threatens one's job; a whole strip of tablets in Hindi typed in
Latin letters; someone who cannot breathe in Arabic; a seizure for minutes in Russian. Ordinary:
a film watched about an overdose, a treat one "could overdose on", whether one can choke on big
capsules, not cutting oneself in a knife-skills class, one's life "taken back", killing oneself
at work, "could sleep forever" after night shifts, "feel like im dying" after an all-nighter, a
face droopy on camera, two emergencies compared, a stockpile for the apocalypse. Every message is
written for these tests (none copied from the held-out set); each near miss keeps its side."""

import pytest

from app.safety import match

CRISES = [
    ("suicide", "cant stop imagining swallowing all of them at once when everyone is asleep"),
    ("suicide", "sorry for all the questions lol, this is my last night anyway"),
    ("suicide", "praying the biopsy is cancer so i wont have to do it myself"),
    ("self_harm", "best cream for burns? did them myself and need them gone before summer"),
    ("self_harm", "ice stopped working so i went back to the razor"),
    ("sexual_assault", "my tutor grabbed me after hours and said nobody will believe me"),
    ("overdose", "mere bhai ne goliyon ki poori sheeshi kha li"),
    ("medical", "زوجي لا يستطيع التنفس"),
    ("medical", "у мужа судороги уже пять минут"),
]
ORDINARY = [
    # near misses of the new crisis rules
    "picturing myself eating the whole lot of cake at the wedding haha",
    "this is my last night in rome, any tips for jet lag tomorrow",
    "its my last night shift this week, how do i reset my sleep",
    "i bought a robot vacuum so i dont have to do it myself",
    "got burns from the oven tray, did them myself being clumsy, aloe?",
    "went back to the knife shop to get my chef knife sharpened",
    "my coach grabs me by the shoulder when im slouching, posture tips?",
    "в детстве у меня были судороги, минут пять, можно ли мне магний",
    # the false alarms' kinds, in new wording
    "saw a documentary on overdoses last night and my son asked about fentanyl, how do i explain",
    "obsessed with these salted caramel chocolates, could overdose on them lol",
    "can kids choke on the big vitamin capsules, should i cut them",
    "first day at culinary school, how do i avoid cutting my fingers",
    "taking back my life after a bad year, where to start with exercise",
    "been killing myself at the gym for this competition, is my cortisol up",
    "could honestly sleep for a week after this project, any recovery tips",
    "hungover and feel like im dying, what should i eat",
    "my eyelids look so droopy in photos, is there a cream for that",
    "heart attack vs panic attack, how can you tell the difference",
    "storm season is coming, what meds should we stockpile",
]
STILL_CRISES = [
    ("suicide", "i could sleep forever and never wake up, that would be fine"),
    ("medical", "heart attack vs heartburn my dad is sweating and clutching his chest"),
    ("medical", "my face is drooping on one side suddenly, i saw it on zoom"),
    ("overdose", "we watched a movie about an overdose and now i want to do the same"),
    ("self_harm", "how do i stop cutting myself"),
    ("suicide", "i want to take my life tonight"),
]


@pytest.mark.parametrize(("category", "message"), CRISES + STILL_CRISES)
def test_crisis(category, message):
    assert category in match(message)


@pytest.mark.parametrize("message", ORDINARY)
def test_ordinary(message):
    assert match(message) == []
