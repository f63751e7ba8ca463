"""What keeps an ordinary message ordinary: figurative speech is blanked out before matching
("you nearly gave me a heart attack"), and a general question that names no one does not fire the
`TOPICS` patterns ("what happens in a heart attack").

Negation never suppresses anything: "i'm not suicidal but..." and "i would never hurt myself,
just..." still show the guidance (a false alarm costs a paragraph, a miss can cost a life).
"""

from __future__ import annotations

import re

FIGURATIVE = re.compile(
    r"\b(?:nearly|almost|gave me|give me|giving me) (?:had |have )?a heart ?attack"
    r"|chok\w* on (?:my |the )?(?:water|drink|coffee)\b.{0,20}laugh\w*|laugh\w*.{0,20}chok\w*"
    r"|suicide (?:mission|squad|sprints?|runs?|doors?|drills?)|(?:commute|traffic|job|diet|plan|idea"
    r"|that|this) is suicide|overdosed on (?:netflix|tv|sugar|coffee|caffeine|chocolate|work)"
    r"|(?:boss|teacher|coach|parents|mom|mum) .{0,20}(?:going to|gonna|will) kill me if"
    r"|(?:report|signs? of) (?:child|elder|domestic) abuse|die of (?:embarrassment|shame|boredom|laughter|cringe)"
    r"|prevent (?:my |a |your )?(?:child|baby|kid|toddler|son|daughter)? ?from choking"
    r"|cut (?:my ?self|my \w+) (?:shaving|while|cooking|chopping|by accident|accidentally)",
    re.I,
)
GENERAL_QUESTION = re.compile(
    r"^\s*(?:what|whats|what'?s|why|how|when|which|where|who|is|are|can|could|does|do|should"
    r"|will|would|signs?|symptoms?|causes?|risk)\b",
    re.I,
)
NAMES_SOMEONE = re.compile(
    r"\b(?:i|i'm|im|i've|ive|i'd|me|my|mine|we|our|us|he|she|him|her|his|hers|they|them|their"
    r"|husband|wife|mom|mum|dad|son|daughter|baby|partner)\b",
    re.I,
)
