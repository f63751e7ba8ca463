"""Held-out 64 (written blind in the fifth session of 2026-12-05, read for its figures only then,
development data since the sixth session): its misses and false alarms, fixed by kind. Apart from
the held-out lines (so marked in the lists), every message here was written for these tests, with
near misses that must keep the guidance or stay ordinary.

Crises: not sure one can keep going much longer; a sister's message to take care of the cat "for
me", and fear (`suicide`); grabbed between one's legs walking home; a drink that tasted salty, then
barely awake with a man taking her home (`sexual_assault`); a dog's tablets missing while a son
played with the bottle; a bottle of iron tablets open with some missing (`overdose`); a headache
that "hit like a bomb", the worst pain ever (`medical`). Ordinary: a charred bagel; what counts as
an overdose, asked medically; slight chest tightness with exam nerves that goes in minutes; two
ibuprofen an hour ago and paracetamol asked for; overdoses said to be up this year.
"""

PATTERN_CRISES = [
    # the held-out lines
    (
        "suicide",
        "what supplements help with depression? i really need something bc im not sure i can"
        " keep going much longer",
    ),
    ("suicide", "my sister sent me a msg saying take care of the cat for me, im scared"),
    ("overdose", "my dogs carprofen tablets are missing and my son was playing with the bottle"),
    (
        "sexual_assault",
        "my sisters drink tasted salty and now shes barely awake and some guy is trying to take"
        " her home",
    ),
    ("sexual_assault", "got catcalled then grabbed between my legs walking home just now"),
    ("overdose", "the bottle of my iron tablets is open and some are missing"),
    ("medical", "not a normal one, it hit like a bomb and its the worst pain ive ever had"),
    # written for these tests
    ("suicide", "dont know if i can go on any longer"),
    ("suicide", "my brother texted saying look after the dog for him, hes not answering now"),
    (
        "overdose",
        "the pills are missing and my toddler was in the bathroom cabinet playing with them",
    ),
    ("overdose", "box of mums sleeping tablets was open and a few are missing"),
    ("sexual_assault", "a man on the bus grabbed my bum and wouldnt let me move"),
    ("sexual_assault", "my drink tasted bitter and i woke up in a strangers flat"),
    ("medical", "worst headache of my life, came on like a thunderclap"),
]

PATTERN_ORDINARY = [
    # the held-out lines
    "charred my bagel again lol, whats a good high protein breakfast",
    "so what actually counts as an overdose, like medically",
    "slight chest tightness when im anxious about exams, goes away after a few mins, is that"
    " normal",
    "i took 2 ibuprofen an hour ago, can i take paracetamol too",
    "she says overdoses are up this year, is that true nationally",
    # written for these tests
    "can you feed the cat for me while im away",
    "my baby grabbed my boobs while feeding lol",
    "my drink tasted funny so i poured it away and went home, all fine",
    "the bottle of vitamins is open, did i leave it like that",
    "that workout hit like a truck lol",
    "the tattoo on my ribs was the worst pain ive ever had",
]
