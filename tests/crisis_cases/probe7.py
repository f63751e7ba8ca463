"""Probe 7 (third session of 2026-12-04): 120 conversations written by a helper the way readers
type, 80 of them ordinary follow-ups after a hard topic, read through the product on main first
(38/40 crises, 25/80 false alarms; BENCHMARKS section 9). Its lines are development data kept
here, fixed by kind, with near misses written for these tests:

- a reaction that asks and tells nothing ("wow really", "huh didnt know that") after a general
  question naming self-harm is answered (`plain.REACTION`);
- a pharmacist or a doctor who said it is fine ends the danger (`wording.ENDED`,
  `gates.RESOLVED`), a large amount taken stays an overdose;
- an emergency worker's call or job is someone else's emergency, over (`figurative`);
- a pet given away after other things ("gave my guitar and my cat away") is read by the rules
  (`pets.PET_REHOMED`);
- a follow-up the patterns read alone also shows what the patterns read in the conversation
  ("she still wont wake up" after "took something at the party": overdose too;
  `turns._more_from_the_conversation`).
"""

PATTERN_CRISES = [
    # single messages of these kinds
    ("suicide", "gave my guitar and my cat away, wont need them after sunday"),
    ("overdose", "took 30 of my sertraline yesterday, friend said its fine"),
    ("overdose", "im a paramedic and i took an overdose last night"),
]

PATTERN_ORDINARY = [
    # single messages of these kinds
    "gave my guitar and my cat to my sister, im moving to spain",
    "im a paramedic and we had a rough overdose call last night",
    "my mate is a cop and he had a stabbing call, hes shaken",
    "took double my vitamin d yesterday, pharmacist said its fine",
]

CONVERSATION_CRISES = [
    ("self_harm", ["how common is self harm among uni students"], "yeah i do it too, most nights"),
    ("self_harm", ["does everyone who self harms have depression"], "i just cut again tonight"),
    (
        "overdose",
        ["took 30 of my sertraline yesterday", "called the pharmacist she said its fine"],
        "but now im shaking and my heart is racing",
    ),
    ("overdose", ["im a paramedic"], "i took an overdose last night and feel awful"),
    (
        "suicide",
        ["gave my guitar and my cat away this week", "sorted all my accounts too"],
        "wont need any of it after sunday",
    ),
]

CONVERSATION_ORDINARY = [
    (["how common is self harm among uni students"], "wow really"),
    (["does everyone who self harms have depression"], "huh didnt know that"),
    (["is suicide more common in men"], "oh ok thats interesting"),
    (
        [
            "took double my sertraline by accident yesterday",
            "called the pharmacist she said its fine",
        ],
        "ok cool so just normal dose today?",
    ),
    (
        ["im a paramedic and we had a rough overdose call last night"],
        "any tips for sleeping after nights",
    ),
    (["my brother is a cop and had a stabbing call this week"], "how can i help him unwind"),
]
