"""What held-out 25 and 26's blind readings (written in the session of 2026-12-02 late night, read
for their figures only until the session of 2026-12-03; development data since,
`eval/crisis/heldout-25.jsonl` and `heldout-26.jsonl`) missed among single messages, by general
rules: looking after oneself is pointless when one won't be alive by a date; the only thing
keeping one here; rehearsing the when and the where; a rope kept with a place in mind; broken and
ready to be done with all of it; "i do sh"; arms seen by a school nurse; "someone forced it" told
with what it did; people one owes saying they know where one's family lives; a face puffy after a
sting with swallowing hard; Russian pills overdone with drink; Turkish molestation told. Every
message is written for these tests (none copied from the held-out sets); each near miss keeps its
side."""

import pytest

from app.safety import match

CRISES = [
    ("suicide", "no point getting my teeth fixed, im not going to be around by christmas"),
    ("suicide", "why bother with the iron tablets if ill be dead before the end of the month"),
    ("suicide", "my little brother is the only thing keeping me alive at this point"),
    ("suicide", "the only reason im still here is my mum, she couldnt cope"),
    ("suicide", "every night i run through it in my head, the where and the when"),
    ("suicide", "keep a noose in my wardrobe just in case"),
    ("suicide", "theres rope in the garage and ive been thinking about the beam"),
    ("suicide", "tried everything, im broken, im ready to be done with it all"),
    ("self_harm", "i still do sh but im careful"),
    ("self_harm", "my mum noticed my wrists when i was changing and now shes crying"),
    ("self_harm", "the school counsellor saw my thighs in pe today"),
    ("sexual_assault", "my ex forced himself on me last night and i cant stop shaking"),
    ("sexual_assault", "he forced it even though i said no, now im sore and bleeding"),
    ("violence", "the loan shark said they know where my kids go to school"),
    ("violence", "my ex found out where i work now and said im going to regret it"),
    ("medical", "wasp sting on my neck, my face is puffy and my throat feels tight"),
    ("overdose", "мой брат перебрал с лекарствами и не отвечает"),
    ("overdose", "она наглоталась таблеток"),
    ("sexual_assault", "amcam bana tacizde bulundu ve kimseye söyleyemiyorum"),
    ("sexual_assault", "arkadaşıma tecavüz edildi"),
    # seed held-out 13's missed crisis, in other words
    (
        "medical",
        "my grandad tripped on the stairs and hit his head and now he wont wake up properly",
    ),
]
ORDINARY = [
    # near misses of the new rules
    "no point renewing the gym, im not going to be around in march, moving abroad",
    "whats the point of revising ill be dead by the exam lol",
    "the only thing keeping me going is coffee tbh",
    "the only thing keeping me at this job is the pension",
    "i keep rehearsing the speech in my head, the when and the where of the wedding toast",
    "theres a rope in my car for towing, thinking about the forest trail this weekend",
    "keep a rope in the car for climbing, thinking about the forest crag this weekend",
    "im broken from this course and ready to be done with all of it, exams next week",
    "my pe teacher saw my arms were sunburnt and gave me cream",
    "the nurse saw my arms and said the eczema is getting better",
    "he forced it open with a screwdriver, is the lock broken",
    "my mum knows where i live and keeps turning up with food lol",
    "my cousin found out where i live and is coming for a surprise visit",
    "face a bit puffy in the morning, is that salt",
    "мой брат перебрал с кофе, что делать с бессонницей",
    "sms tacizi nasıl engellenir",
    "my son fell and hit his head last week, he was fine, when can he play football",
    # a condition that does not respond to a treatment (seed held-out 17's false alarm, reworded)
    "my anxiety isnt responding to the meds, is therapy worth a try",
    "what helps when depression wont respond to antidepressants",
]


@pytest.mark.parametrize(("category", "message"), CRISES)
def test_the_new_crises_are_caught_with_their_category(category, message):
    assert category in match(message), message


@pytest.mark.parametrize("message", ORDINARY)
def test_near_misses_stay_ordinary(message):
    assert match(message) == [], message
