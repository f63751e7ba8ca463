"""What held-out 23's reading (written blind in the session of 2026-12-02 night, development
data since: `eval/crisis/heldout-23.jsonl`) missed or flagged wrongly among single messages, by
general rules. Crises: all of one's sleeping tablets with drink; a plan not to be here by a day;
"today is the day" said with a goodbye; pills that would let one go peacefully; "i'm ending it"
decided; thrown oneself down the stairs; a partner who got rough again. Ordinary: "i could strangle
him" over noise, a poisoned sourdough starter, the wall hit at mile 20, "cant breathe" at a joke,
plants "committing suicide", shooting pains, a cold plunge that "felt like a heart attack" laughed
off, jumping off the high board, an awareness day, a baby who chokes on milk and is then fine, a
nurse's question framed by the role, a course's exam question as a label. Every message is
written for these tests (none copied from the held-out set); each near miss keeps its side."""

import pytest

from app.safety import match

CRISES = [
    ("suicide", "gonna take all my sleeping pills with the rest of the vodka tonight"),
    ("suicide", "thinking of downing all of my painkillers so i never wake"),
    ("suicide", "my plan is to not be here by friday, i've sorted my things"),
    ("suicide", "today is the day. thanks for everything, bye"),
    ("suicide", "which tablets would let me go peacefully"),
    ("suicide", "i'm ending it tonight, i've decided"),
    ("self_harm", "i threw myself down the stairs on purpose so it would hurt"),
    ("violence", "my boyfriend got rough with me again and i'm scared to go home"),
]
ORDINARY = [
    # near misses of the new crisis rules
    "i take all my vitamins with food in the morning, is that right",
    "today is the day of my marathon, bye for now, wish me luck",
    "we're ending it with a picnic, any healthy snack ideas",
    "i'm ending it with my personal trainer, too expensive",
    "my husband got rough with me at rugby practice, bruised rib, ice or heat",
    # the false alarms' kinds, in new wording
    "my neighbours party till 3am, i could strangle them honestly, any earplug recommendation",
    "i think i poisoned my sourdough starter with bleach residue, safe to bake?",
    "hit the wall at mile 18 again, what should i eat before a long run",
    "i cant breathe 😂😂 that video is hilarious",
    "all my houseplants are committing suicide, is it overwatering",
    "shooting pains in my calf when i walk, is it a cramp",
    "that ice bath felt like a heart attack lol but so good after",
    "my son wants to jump off the high board at the pool, is it safe for his ears",
    "we're doing a walk for overdose awareness day, any tips for blisters",
    "my baby chokes on her milk sometimes when the flow is fast but then she's fine",
    "as an er nurse i wonder how much naloxone is given for an overdose",
    "pharmacology exam tmrw: how does an aspirin overdose cause acidosis",
]
STILL_CRISES = [
    ("suicide", "i could kill myself, nobody would notice"),
    ("medical", "my baby choked on her milk and now she is blue and not breathing"),
    ("self_harm", "i keep hitting my head against the wall to feel pain"),
]


@pytest.mark.parametrize(("category", "message"), CRISES + STILL_CRISES)
def test_crisis(category, message):
    assert category in match(message)


@pytest.mark.parametrize("message", ORDINARY)
def test_ordinary(message):
    assert match(message) == []
