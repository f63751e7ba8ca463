"""The earlier turns of a conversation, read for what they make of a follow-up (`turns`, stage
4): a turn's ordinary readings (`readings_of`: a general question, a course, a role or a story,
something over and done, a danger said to have ended, an article or a claim reported, a first-aid
how-to), whether all the earlier turns are ordinary (`ordinary_before`), and whether one frames
the others or says the danger ended (`framed_or_ended`). What a follow-up then loses or keeps is
`plain`'s; the follow-up's own words are `wording`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.safety import mention, patterns
from app.safety.informed import how_to, reported
from app.safety.patterns import overdose
from app.safety.patterns.gates import STILL
from app.safety.wording import DANGER, ENDED, QUESTION, SHORT, TELLS

# Readings a turn gives the turns around it: a story or a course (or a role) frames them all.
FRAMES = {"story", "course"}
ASKED = {"general", *FRAMES}  # a turn that only asks about something, or is framed
# A turn that only informs (`informed`): what an article or someone says in general, a first-aid
# how-to; or a general question that names suicide, self-harm or sexual assault ("mention": shown
# the guidance by policy, `mention.informational`; task 8jj). It frames the follow-up after it
# (`plain.confirmed`), never the other earlier turns.
INFORMING = {"told", "howto", "mention"}
CAN_END = ("overdose", "medical", "violence")  # what can be over and done (`patterns.match`)
MANY_TAKEN = re.compile(overdose.MANY_TAKEN, re.I)


# A turn that only says what the question before was for (task 8jj): a course covering it, a
# wish to be ready or to learn ("my psych class is covering it", "want to be prepared").
COURSE_ONLY = re.compile(
    r"^\W*(?:(?:its |it'?s |this is |just )?for (?:my|a|our|the|an) (?:\w+ ){0,2}"
    r"(?:class|course|module|assignment|essay|exam|lecture|homework|project)"
    r"|(?:my|our|the) (?:\w+ ){0,2}(?:class|course|lecture|module|teacher|lecturer|tutor"
    r"|professor|prof|textbook|unit|syllabus)(?:'?s| is| are| was| were)? (?:covering|doing"
    r"|discussing|studying|on|about|did|covered|went over|mentioned|talked about)"
    r"(?: (?:it|this|that|them|about it))?"
    r"|we(?:'?re| are)? (?:covering|doing|studying|covered|did|learned|learnt|studied)"
    r" (?:it|this|that)(?: in (?:\w+ ){0,2}(?:class|school|uni|college|lectures?))?"
    # ... also after the role one asks in (task 8oo: "im a new nanny and want to be prepared")
    r"|(?:(?:i'?m|im|i am|as) (?:a |an )?(?:new |first[- ]time |trainee |student |volunteer"
    r" |young )?(?:nanny|babysitter|au pair|childminder|teacher|teaching assistant|parent|mum|mom"
    r"|dad|nurse|carer|caregiver|coach|lifeguard|camp counsell?or|counsell?or|scout leader"
    r"|youth worker|swim teacher|pe teacher|first aider|grandparent|stepmum|stepmom|stepdad"
    r"|foster (?:parent|carer|mum|mom|dad))(?:,| and| so)? )?"
    r"(?:i |we |just )?(?:want|wanna|need|would like|wanted) to (?:be (?:ready|prepared)"
    r"|learn|know)(?: (?:just )?in case| for (?:the future|later|when (?:i|we) need (?:it|to)))?"
    # ... or a student studying for an exam (a reader's probe of the second session of
    # 2026-12-04: "im a nursing student studying for finals" after "what are signs of overdose")
    r"|(?:(?:i'?m|im|i am) (?:a |an )?(?:\w+ ){0,2}student(?:,| and| so)? ?)?"
    r"(?:(?:i'?m|im|i am) )?(?:just )?(?:studying|revising|cramming|prepping|preparing) for"
    r" (?:my |the |an |a |our )?(?:\w+ ){0,2}(?:finals|exams?|boards|nclex|test|quiz|midterms?|osce"
    r"|course)"
    r"|(?:i'?m|im|i am) (?:a |an )?(?:nursing|medical|med|pharmacy|paramedic|psychology|psych"
    r"|biology|pharmacology|toxicology|first aid|emt|midwifery) student"
    # ... or a training had, in a role (probe 69: "im a school counselor and we just had suicide
    # prevention training", then "what books do u recommend to go deeper")
    r"|(?:(?:i'?m|im|i am) (?:a |an )?(?:\w+ ){0,2}(?:counsell?or|teacher|nurse|social worker"
    r"|youth worker|carer|manager|volunteer|coach|paramedic|pharmacist|doctor|police officer"
    r"|first aider)(?:,| and| so)? )?(?:we |i )?(?:just |recently )?(?:had|did|attended|went to"
    r"|finished|completed) (?:a |an |the |our |my |some )?(?:\w+ ){0,3}(?:training|workshop"
    r"|seminar|webinar|talk|(?:awareness|training|safeguarding|prevention) session|inset day)"
    r"(?: (?:at|for) (?:work|school|uni))?(?: today| this week)?"
    # ... or an assignment or a project on it (probe 69: "psych class assignment on self harm
    # stats", then "need 3 peer reviewed sources")
    r"|(?:(?:i'?m |im |i am )?(?:doing|writing|working on|got|have) (?:a |an |my |our |the )?)?"
    r"(?:\w+ ){0,2}(?:assignment|essay|project|presentation|report|paper|dissertation|thesis"
    r"|coursework)s? (?:on|about)(?: (?!(?:my|i|im|me|mine|myself|own)\b)[\w-]+){1,5}"
    # ... or a certificate or a course being done (probe 25: "doing my emt cert", then "easiest
    # way to memorize overdose signs for the exam??")
    # ... or an essay being written for a class (held-out 60: "what happens in a drug overdose",
    # then "im writing an essay for my nursing class")
    r"|(?:(?:i'?m|im|i am) )?(?:writing|doing|working on) (?:an?|my|the|our) (?:\w+ ){0,2}"
    r"(?:essay|paper|report|assignment|presentation|project|dissertation|thesis"
    # (or a training module for staff, probe 72: "im writing a suicide prevention module for our
    # call centre")
    r"|module|training|course|workshop|policy|guide|leaflet|handbook|lesson plan)"
    r"(?: (?:for|on|in) (?:my|a|an|the|our) (?:\w+ ){0,2}(?:class|course|module|degree|exam"
    r"|lecture|school|uni|college|call cent(?:re|er)|team|staff|workplace|company|charity"
    r"|volunteers|students|nurses))?"
    # ... or trained for (probe 77 of the fourth session of 2026-12-07: "training for my emt cert")
    r"|(?:(?:i'?m|im|i am) )?(?:doing|taking|studying for|working on|starting|training for) (?:my"
    r"|a|an|the|our)"
    r" (?:\w+ ){0,2}(?:cert|certificate|certification|course|qualification|diploma|degree|training"
    r"|module|class|exam|licen[cs]e)"
    # ... or the house being babyproofed (held-out 97's conversations: "what happens if a kid
    # swallows a button battery", then "just asking because im babyproofing the house")
    r"|(?:(?:just )?asking )?(?:(?:because|bc|cos|coz|cause|as|since) )?(?:i'?m|im|i am|we'?re"
    r"|were|we are) (?:baby|child|toddler|kid)[- ]?proof(?:ing)?(?: (?:the|our|my) (?:house|home"
    r"|flat|apartment|place|kitchen))?"
    r")\W*$",
    re.I,
)


# ... or a turn that says a course, a training or a teacher covered suicide, self-harm or an
# overdose as a subject (conversation probe 26, fourth session of 2026-12-05: "the training covers
# suicide risk assessment", "my teacher talked about suicide awareness week at school", "we talked
# about suicide warning signs" after "did a mental health first aid course at work"); "we" only with
# the subject's teaching words after it, never a story of someone ("we talked about suicide last
# night, she has a plan" goes on past the subject).
_TEACHERS = (
    r"(?:(?:my|our|the|a) (?:\w+ ){0,2}?(?:teacher|class|course|training|lecture|lesson|module"
    r"|workshop|tutor"
    r"|professor|prof|lecturer|seminar|session|assembly|school|uni|college|trainer|instructor"
    r"|speaker|webinar"
    r"|curriculum|syllabus|textbook|book|chapter|unit)s?)"
)
_SUBJECT = (
    r"(?:suicide|self[- ]?harm|overdoses?|drug overdoses?|sexual assault|consent|abuse"
    r"|domestic violence)"
)
_TEACHING = (
    r"(?:risk assessment|risk factors|risks?|prevention|awareness(?: (?:week|day|month))?"
    r"|warning signs|signs"
    r"|first aid|intervention|statistics|stats|screening|helplines?|support|safety planning|myths)"
)
TAUGHT = re.compile(
    rf"^\W*(?:{_TEACHERS} (?:\w+ ){{0,2}}?(?:covers?|covered|covering|talked about|talks about"
    rf"|talking about"
    r"|discussed|discusses|discussing|went over|goes over|is about|was about|is on|was on|had|has"
    r"|did|does|taught"
    r" us about|teaches|mentioned|touched on|included|includes|went through)"
    rf"(?: (?:a|an|the))? (?:\w+ )?{_SUBJECT}(?: {_TEACHING})?"
    r"|we (?:\w+ )?(?:talked about|discussed|covered|learned about|learnt about|went over|did"
    r"|studied|had)"
    rf"(?: (?:a|an|the))? (?:\w+ )?{_SUBJECT} {_TEACHING}"
    # ... or "we did" the subjects today, in a class (probe 77: "we did anaphylaxis and overdoses
    # today" after "training for my emt cert")
    r"|we (?:did|covered|learned about|learnt about|went over|studied|practi[sc]ed) (?:\w+ ){0,3}?"
    rf"(?:{_SUBJECT}|anaphylaxis|cpr|choking|strokes|heart attacks|seizures)"
    r" (?:today|in class|this week|last week|in training|at training|this morning|in the lecture))"
    r"(?: (?:at|in|for|during) (?:school|work|uni|college|class|training|the course|assembly|today"
    r"|(?:this|last) week))*"
    r"\W*$",
    re.I,
)


def ordinary_before(earlier: Sequence[str]) -> bool:
    """Whether the earlier turns (the last two) all read as ordinary (`_ordinary_turn`). A turn
    with no ordinary reading is not taken for one, flagged or not: the meaning may have caught
    it when it was asked ("my nephew had a seizure years ago", then "now hes shaking on the
    floor and wont answer"); but a short question right after a general question, telling
    nothing of its own and naming no danger, asks along with it ("what are signs of a heart
    attack in women", then "they differ right": `_asks_along`, task 8jj)."""
    readings = [readings_of(turn) for turn in earlier]
    for i in range(1, len(earlier)):
        if "general" in readings[i - 1] and _asks_along(earlier[i]):
            readings[i] = readings[i] | {"general"}
    framed = any(reading & FRAMES for reading in readings)
    return all(
        _ordinary_turn(turn, patterns.match(turn), readings[i], framed, earlier[i + 1 :])
        for i, turn in enumerate(earlier)
    )


def _ordinary_turn(
    turn: str, found: list[str], reading: set[str], framed: bool, later: Sequence[str]
) -> bool:
    """A turn is ordinary when it is a general question or framed by a course, a role or a story
    ("why do people self harm", "what does rape trauma do to the brain, for my psychology
    class"); for what can be over and done (an overdose, a medical emergency, violence) also when
    it carries any other ordinary reading ("nearly drowned ... last summer"), another turn frames
    it ("writing a crime novel", then "my victim is poisoned") or a later turn
    says it ended well ("my friend od'd at a festival a few years back", then "hes fine now"),
    unless it tells a large amount taken ("took 30 tylenol", then "im fine now"). Suicide,
    self-harm and sexual assault are never over (as in `patterns.match`) and no other turn frames
    them ("im a nursing student", then "i cut myself last night"); a joke is no such reading ("i
    want to die lol"), and a past told before a turn does not quiet it ("he had a heart attack in
    2019", then "now hes on the floor not breathing")."""
    if reading & ASKED:
        return True
    if not set(found) <= set(CAN_END) or MANY_TAKEN.search(turn):
        return False
    return framed or bool(reading) or any("ended" in readings_of(t) for t in later)


def _asks_along(turn: str) -> bool:
    """A short question that tells nothing of its own (`TELLS`), names no danger (`DANGER`) and
    that the patterns leave quiet."""
    if len(turn.split()) > SHORT or not QUESTION.search(turn):
        return False
    return not (TELLS.search(turn) or DANGER.search(turn) or patterns.match(turn))


def readings_of(turn: str) -> set[str]:
    """A turn's ordinary readings, a joke left out, "ended" for one saying it ended well, "told"
    for one reporting what an article or someone says, "howto" for a first-aid how-to, "mention"
    for a general question naming suicide, self-harm or sexual assault, "course" also for a turn
    that only says what the question before was for (`COURSE_ONLY`)."""
    ended = {"ended"} if ENDED.search(turn) and not STILL.search(turn) else set()
    informing = {"told"} if reported(turn) else set()
    informing |= {"howto"} if how_to(turn) else set()
    # (a mention is a general question too, in any language `mention` reads: probe 37 of the
    # seventh session of 2026-12-05, "cuales son las señales de que alguien piensa en suicidarse",
    # then "y en los adolescentes cambia algo")
    if mention.informational(turn, patterns.match(turn)):
        informing |= {"mention", "general"}
    said = patterns.normalize(turn)
    course = {"course"} if COURSE_ONLY.search(said) or TAUGHT.search(said) else set()
    return set(patterns.quiet_readings(turn)) - {"joke"} | ended | informing | course


def framed_or_ended(earlier: Sequence[str]) -> bool:
    """Whether an earlier turn frames the others (a course, a role, a story) or says the danger
    ended well ("hes fine now")."""
    return any(readings_of(turn) & (FRAMES | {"ended"}) for turn in earlier)
