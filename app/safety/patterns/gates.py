"""What keeps an ordinary message ordinary. Blanked out before matching: figurative speech ("you
nearly gave me a heart attack"), stories and news ("in the movie he overdoses"), and what a pet
ate or has ("my dog ate chocolate": an animal's poisoning is for a vet, not an emergency line for
people; the rest of the message is still read, "my dog bit my son and he's bleeding a lot" fires).
The `TOPICS` patterns (names of emergencies) do not fire for a general question that names no one
("what happens in a heart attack") nor for a past or general context ("i had a heart attack 3
years ago", "how can i prevent a stroke", "did elvis die of a heart attack") unless something
says it is happening now ("another", "right now", "is having", "want to"); the past context only
quiets the medical topics, never an overdose.

Negation never suppresses anything: "i'm not suicidal but..." and "i would never hurt myself,
just..." still show the guidance (a false alarm costs a paragraph, a miss can cost a life).
"""

from __future__ import annotations

import re

FIGURATIVE = re.compile(
    r"\b(?:nearly|almost|gave me|give me|giving me) (?:had |have )?a heart ?attack"
    r"|chok\w* on (?:my |the )?(?:water|drink|coffee)\b.{0,20}laugh\w*|laugh\w*.{0,20}chok\w*"
    r"|chok\w* on (?:all )?(?:this |the )?(?:pollen|dust|hay ?fever)"
    r"|(?:droop\w*|droopy) (?:eyelids?|eyes?)|(?:eyelids?|eyes?) (?:are |look |feel )?droop\w*"
    r"|droop\w* when (?:i'?m|im|i am) tired"
    r"|jump\w* (?:off|from) (?:the |a |my )?(?:diving board|trampoline|boat|pier|dock|swing|bed|couch|sofa|sand ?dunes?)"
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
STORY = re.compile(
    r"\b(?:in|on) (?:the|a|this|my) (?:movie|film|book|novel|tv show|show|series|game|story|episode"
    r"|podcast|play)\b[^.?!]*|\b(?:the )?news (?:said|says|reported)[^.?!]*",
    re.I,
)
PET = re.compile(
    r"\b(?:my |our |the |a )?(?:dog|dogs|cat|cats|puppy|kitten|hamster|rabbit|bunny|guinea pig|parrot"
    r"|budgie|horse|ferret|goldfish|pet)\b(?:(?! and | but )[^.?!,;])*",
    re.I,
)
PAST_OR_GENERAL = re.compile(
    r"\b(?:years? ago|last (?:year|month|spring|summer|autumn|fall|winter)|months ago|in (?:19|20)\d\d"
    r"|as a (?:kid|child|baby|teen)|history of|since (?:my|his|her)|after (?:my|his|her)"
    r"|died? (?:of|from)|prevent\w*|(?:risk|chance)s? of|lower (?:my|the|your) risk)\b",
    re.I,
)
STILL = re.compile(
    r"\b(?:another|right now|just now|tonight|(?:is|are|am|i'?m) having|want to|wanna|going to|gonna"
    r"|(?:having|happening) (?:it |one |them )?again (?:now|right now))\b",
    re.I,
)
