"""A message in a conversation, read for a crisis: the one decision the product makes
(`Assistant.find_many`) and the benchmark measures (`bench/crisis.py`, lines with a `history`).

1. The message alone: the patterns, and the meaning of its own vector.
2. With the conversation: the patterns read the last two turns and the message as typed
   ("my toddler was playing with my handbag" then "the pill bottle is open and some are
   missing": each turn ordinary, together a child by an open bottle), and the meaning reads the
   vector of the message with the conversation's topic (`Query.context`, embedded for retrieval
   in the same call). Each earlier turn was read by parts when asked. Until task 8y the meaning
   read it only for a follow-up that leans on the conversation (`Query.leans`: refers back or
   names almost nothing); one in words of its own is a crisis there too ("yeah thats enough for
   what i need" after how many sleeping tablets come in a full pack, "some are from last night,
   theyre still open" after what is good for scarring: held-out 19's conversations 45 -> 47 of
   48 crises, no ordinary line of any follow-up set or seed file flagged by it).
3. The turn right after a crisis keeps its guidance ("what do i do" after "he collapsed"): the
   patterns read the turn before.
4. But earlier turns that were themselves ordinary (`ordinary_before`: a general question, a
   course or a story, something over and done) do not make a follow-up a crisis by their words
   alone: when the message's own meaning is far from a crisis (`plainly_ordinary`), the reading
   of 2 and 3 stands only if the message asks something and the meaning of the message read with
   the conversation's topic agrees ("so 4 coffees is fine?" after "whats a lethal dose of
   caffeine, just curious" is answered; "like for a 60kg person" after "how many sleeping pills
   would be fatal" keeps its guidance); a longer message (more than `SHORT` words) or one whose
   own meaning is near a crisis keeps the reading. Task 8y, BENCHMARKS section 9: 7 ordinary
   follow-ups of the conversation sets cleared, no crisis line of any labelled set lost.
5. A follow-up flagged by its own vector alone that is a bare question about the conversation's
   topic (`bare_question`: question form, leaning on the conversation, at most `SHORT` words,
   no time now, account or the reader's own, no word of danger) is read with the conversation
   like any other instead: "ok and any pills for it?" after "what can i eat to raise dopamine"
   scores over the threshold by its few generic words, the conversation's meaning far under it;
   so is one saying the danger ended and asking about care ("its stopped bleeding, just want
   it to heal faster"). After a turn that frames the others or says the danger ended, the
   conversation's meaning confirms only a follow-up that tells something of its own
   (`_confirmed`). Task 8z, BENCHMARKS section 9: 20 ordinary follow-ups of the development
   sets and seed files cleared, no crisis line of any labelled set lost, none of the crisis
   lines the rule's form can touch lost after twenty ordinary conversations with their own set
   left out of the bank (`bench/crisis_bare_questions.py`).
6. Task 8bb, BENCHMARKS section 9. A turn that only informs (`informed`: an article or
   someone's claim reported, a first-aid how-to asked in general) is ordinary and frames the
   follow-up after it, and after such a turn or a course, a role or a story a short question
   telling nothing of its own (`untold_after_frame`) loses the earlier turns' reading even with
   its own meaning near a crisis ("is she right?" after "my friend says you cant od on b12",
   "and for a baby?" after how to help someone choking). A follow-up telling of the reader's own
   death or a farewell keeps that reading whatever came before (`tells_of_own`). And a crisis
   told across turns, each ordinary alone (`across.told_across`): a farewell after small talk
   only, the amount settled after asking how many tablets a pack holds, the thoughts back after
   a question about a mood medicine, a wish to be with someone who died.

Measured and not adopted (BENCHMARKS section 9, "Follow-ups read with their conversation"): a
short follow-up's own vector counted only when its nearest crisis examples are near (mean cosine
>= 0.5). It cleared 7 of the seed questions' 9 false alarms and lost no crisis with the shipped
bank, but lost crises when the bank had not seen them (leave one set out, and short crises asked
after an ordinary question: "im gonna do it tonight, i decided", "someone at my work said he'd
shoot everyone"). Also measured and not adopted (task 8v, BENCHMARKS section 9, "Held-out 15
joins"): dropping a short follow-up's own-vector flag when the message read with the
conversation's topic (`Query.context`) scores well under the threshold. The topic's words
dominate that vector for a crisis too ("im tired of existing" after "what are early signs of
parkinsons" scores 0.45 under the threshold there), so it lost 21-256 short crises asked after
an ordinary question, with their own set left out of the bank, for 3-16 false alarms removed.
Also left out: reading the meaning of the earlier turns joined to the message (one more vector
per follow-up; on the development follow-ups it caught nothing the three readings missed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from app.conversation import Query, asks
from app.safety import patterns
from app.safety.across import farewell, told_across
from app.safety.detector import Detection, Detector
from app.safety.informed import PERSONAL, how_to, reported
from app.safety.patterns import overdose
from app.safety.patterns.gates import STILL

# Readings a turn gives the turns around it: a story or a course (or a role) frames them all.
FRAMES = {"story", "course"}
ASKED = {"general", *FRAMES}  # a turn that only asks about something, or is framed
# A turn that only informs (`informed`): what an article or someone says in general, a first-aid
# how-to. It frames the follow-up after it (`_confirmed`), never the other earlier turns.
INFORMING = {"told", "howto"}
# After a how-to, an amount asked is the technique's ("how many pushes a minute"); a follow-up
# telling that it is not working, or asking in a hurry, is the emergency ("what if it doesnt
# work", "quick is it too late").
FIRST_PERSON = re.compile(r"\b(?:i|im|i'?m|ive|i'?ve|i'?d|id|i'?ll|we|we'?re|our|us)\b", re.I)
# Words of one's own death or end.
OWN_END = re.compile(
    r"\b(?:dead|die|dying|death|gone|kill\w*|suicid\w*|end (?:it|things|my life|this)"
    r"|(?:not|wont|won'?t) be (?:here|around|alive))\b",
    re.I,
)
AMOUNT = re.compile(r"\bhow (?:many|much)\b", re.I)
URGENT = re.compile(
    r"\b(?:help|quick\w*|hurry|please|pls|plz|asap|too late|save|still|not|no|isnt|isn'?t|wont"
    r"|won'?t|doesnt|doesn'?t|didnt|didn'?t|cant|can'?t|nothing|working|work)\b",
    re.I,
)
CAN_END = ("overdose", "medical", "violence")  # what can be over and done (`patterns.match`)
MANY_TAKEN = re.compile(overdose.MANY_TAKEN, re.I)
# A follow-up whose own meaning comes this close to the threshold keeps the reading its earlier
# turns give it, ordinary or not. Chosen on the development data: the crisis messages caught only
# through ordinary earlier turns (in the follow-up sets, and asked after ten ordinary questions
# with crisis words, each set left out of the bank: `bench/crisis_ordinary_turns.py`) scored
# -0.087 to +0.029 against the threshold alone, the ordinary follow-ups the rule clears -0.153 to
# -0.556 ("would the detective really smell almonds or is that a myth", -0.066, stays flagged).
NEAR = 0.12
# ... and a message of more words than this tells something of its own: the rule leaves it be.
# Held-out 19's two crises the rule lost after ordinary questions with crisis words (16 and 19
# words, their own meaning 0.121 and 0.123 under the threshold) were longer; the ordinary
# follow-ups it clears have 2 to 11 words.
SHORT = 12
# A follow-up in question form: a question word or verb first, after fillers ("ok and", "so",
# "then"), or a question mark at the end.
QUESTION = re.compile(
    r"^\W*(?:(?:ok|okay|and|so|but|then|also|right|hmm|oh)\W+)*"
    r"(?:what|whats|what's|which|who|whos|why|how|when|where|is|are|was|were|do|does|did|can|"
    r"could|should|would|will|any|isnt|arent|doesnt|wont)\b|\?\s*$",
    re.I,
)
# ... telling something that happens: a time now, an account ("she just said"), the reader's own
# people or self ("could you tell my wife", "for me").
TELLS = re.compile(
    r"\b(?:tonight|now|rn|today|ago|again|yesterday|last night|this morning|earlier|already|"
    r"anymore|tomorrow|soon|just (?:now|did|took|told|said|saw|found)|my|me|myself|mine)\b",
    re.I,
)
# ... or a word of danger of its own, or of harm done to oneself ("and if someone did it to
# themselves?" after how to treat a burn).
DANGER = re.compile(
    r"\b(?:die|dying|dead|death|kill\w*|suicid\w*|end (?:it|things|my|this)|alive|living|"
    r"live|exist\w*|point|worth|bother|hurt\w*|pain|overdos\w*|ods?|blood|bleed\w*|"
    r"cut\w*(?! (?:back|down))|"
    r"breath\w*|hit\w*|rape\w*|touch\w*|gun|knife|rope|bridge|jump\w*|gone|goodbye|sorry|"
    r"forgive|enough|fatal|lethal|wake up|how many|how much|on purpose|deliberately|"
    r"themsel\w+|yourself|himself|herself)\b",
    re.I,
)
# A later turn saying it ended well: "hes fine now", "its worn off", "she's ok".
ENDED = re.compile(
    r"\b(?:(?:he|she|it|they|we|i)(?:'?s| is| are|'?re|'?m| am)|hes|shes|its|theyre|im)"
    r" (?:all |totally |completely |perfectly |now )?"
    r"(?:fine|ok|okay|alright|all right|better|back to normal|worn off|laughing|playing"
    r"|doing (?:(?:really|so|much|a lot|way) )*(?:well|better|great|good))\b"
    r"|\b(?:(?:the )?bleeding (?:has )?|it |its |it's |it has |has )stopped(?: bleeding)?\b"
    r"|^\W*stopped bleeding\b",
    re.I,
)
# ... and a word that adds something after it ("its stopped bleeding but he wont wake up", "shes
# fine, i want to do it again").
BESIDES = re.compile(
    r"\b(?:but|though|tho|although|except|still|again|another|right now|just now|tonight"
    r"|want to|wanna)\b",
    re.I,
)


def read_turn(
    detector: Detector,
    message: str,
    history: Sequence[str],
    query: Query,
    own: np.ndarray | None,
    context: np.ndarray | None = None,
) -> Detection:
    """Whether `message`, asked after `history`, is a crisis. `query` is
    `conversation.contextualize(message, history)` (whether it leans on the conversation decides
    only whether a follow-up can be a bare question: `bare_question`); `own` its own vector and
    `context` the vector of `query.context` (None when there is no history)."""
    alone = detector.detect(message, own)
    if alone.crisis and history and bare_question(detector, query, alone, context):
        alone = replace(alone, categories=(), by=())  # read with the conversation below
    if alone.crisis or not history:
        return alone
    said = " ".join([*history[-2:], message])
    # ... and the meaning of the message read with the conversation's topic, for every follow-up
    # since task 8y; without a vector the detector reads the patterns only
    crisis = detector.detect(said, context, by_parts=False)
    if not crisis.crisis:
        crisis = detector.detect(history[-1])
    plain = crisis.crisis and (
        plainly_ordinary(detector, message, alone, context)
        or untold_after_frame(message, alone, context, history[-2:])
    )
    plain = plain and not tells_of_own(message)
    if plain and ordinary_before(history[-2:]):
        crisis = _confirmed(detector, said, message, context, history[-2:])
    if not crisis.crisis and (category := told_across(message, history)):
        crisis = Detection((category,), ("patterns",))  # what one turn says of another
    return replace(crisis, carried=True) if crisis.crisis else crisis


def bare_question(
    detector: Detector, query: Query, alone: Detection, context: np.ndarray | None
) -> bool:
    """Whether a follow-up flagged by its own vector alone is a bare question about the
    conversation's topic (`_bare`) or says the danger ended and asks about care (`_over`), in at
    most `SHORT` words, and the meaning of the message read with the conversation's topic does
    not reach the threshold. Such a follow-up's score comes from its few generic words ("why do
    they fail so often then", "ok and any pills for it?") or from the danger it says is over
    ("its stopped bleeding, just want it to heal faster"); it is then read with the
    conversation like any other follow-up."""
    message = query.text
    if alone.by != ("meaning",) or context is None or len(message.split()) > SHORT:
        return False
    if not (_bare(query) or _over(message)):
        return False
    return detector.nearest().judge(context).score < detector.threshold


def _bare(query: Query) -> bool:
    """A question (`QUESTION`) that leans on the conversation (`Query.marked`), telling nothing
    that is happening (`TELLS`) and naming no danger of its own (`DANGER`)."""
    text = query.text
    return bool(
        query.marked
        and QUESTION.search(text)
        and not TELLS.search(text)
        and not DANGER.search(text)
    )


def _over(message: str) -> bool:
    """A message saying the danger ended well ("its stopped bleeding", "hes laughing and running
    around now") with nothing besides (`BESIDES`) and no word of danger outside that
    account ("its stopped bleeding but hes so sleepy", "shes fine now, i want to hurt myself")."""
    told = ENDED.search(message)
    if told is None or BESIDES.search(message):
        return False
    return not DANGER.search(message[: told.start()] + " " + message[told.end() :])


def plainly_ordinary(
    detector: Detector, message: str, alone: Detection, context: np.ndarray | None
) -> bool:
    """Whether the message is a short follow-up (at most `SHORT` words) whose own meaning is far
    from a crisis (more than `NEAR` under the threshold), and the conversation's meaning can be
    read: only such a follow-up can lose a reading its earlier turns gave it. A longer message
    tells something of its own ("i took 3 scoops plus 2 coffees and my heart wont slow down and
    im shaking"), and without the meaning (no vectors) nothing changes."""
    if alone.score is None or context is None or len(message.split()) > SHORT:
        return False
    return alone.score < detector.threshold - NEAR


def untold_after_frame(
    message: str, alone: Detection, context: np.ndarray | None, earlier: Sequence[str]
) -> bool:
    """Whether a short follow-up (at most `SHORT` words) after a frame or a turn that only
    informs (a course, a role, a story; an article or someone's claim reported; a first-aid
    how-to) is a question that tells nothing of its own (`_untold`): it may lose the earlier
    turns' reading however near a crisis its own meaning ("is she right?" after "my friend says
    you cant od on b12", "should it be set in the 1920s" after a crime novel's poisoning). Task
    8bb, BENCHMARKS section 9."""
    if alone.score is None or context is None or len(message.split()) > SHORT:
        return False
    readings = set().union(*(_readings(turn) for turn in earlier))
    return bool(readings & (FRAMES | INFORMING)) and _untold(message, readings)


def _untold(message: str, readings: set[str]) -> bool:
    """A question (`QUESTION`) telling nothing of its own (`TELLS`) and naming no danger
    (`DANGER`). After a turn that only informs, the reader says nothing of themself either
    (`FIRST_PERSON`: "what if i already took 30"); after a how-to, it names no one ("and if shes
    sick", "should we keep going") and is in no hurry (`URGENT`: "what if it doesnt work"), and an
    amount asked is the technique's ("how many pushes a minute")."""
    if not QUESTION.search(message) or TELLS.search(message):
        return False
    if readings & INFORMING and FIRST_PERSON.search(message):
        return False
    named = message
    if "howto" in readings:
        if PERSONAL.search(message) or URGENT.search(message):
            return False
        named = AMOUNT.sub(" ", message)
    return not DANGER.search(named)


def tells_of_own(message: str) -> bool:
    """Whether a message tells something of its own whatever the earlier turns were: the reader's
    own death or end (`OWN_END` with `FIRST_PERSON`: "any point getting a flu jab if ill be dead
    by spring") or a farewell (`across.farewell`: "thats it then, bye for good"). The earlier
    turns' reading then stands, ordinary or not (task 8bb: such lines were lost after an ordinary
    question with crisis words)."""
    return bool(OWN_END.search(message) and FIRST_PERSON.search(message)) or farewell(message)


def ordinary_before(earlier: Sequence[str]) -> bool:
    """Whether the earlier turns (the last two) all read as ordinary (`_ordinary_turn`). A turn
    with no ordinary reading is not taken for one, flagged or not: the meaning may have caught
    it when it was asked ("my nephew had a seizure years ago", then "now hes shaking on the
    floor and wont answer")."""
    readings = [_readings(turn) for turn in earlier]
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
    return framed or bool(reading) or any("ended" in _readings(t) for t in later)


def _readings(turn: str) -> set[str]:
    """A turn's ordinary readings, a joke left out, "ended" for one saying it ended well, "told"
    for one reporting what an article or someone says, "howto" for a first-aid how-to."""
    ended = {"ended"} if ENDED.search(turn) and not STILL.search(turn) else set()
    informing = {"told"} if reported(turn) else set()
    informing |= {"howto"} if how_to(turn) else set()
    return set(patterns.quiet_readings(turn)) - {"joke"} | ended | informing


def _confirmed(
    detector: Detector, said: str, message: str, context: np.ndarray, earlier: Sequence[str]
) -> Detection:
    """After ordinary turns, the conversation's crisis reading stands only when the message asks
    something and the meaning of the message read with the conversation's topic agrees ("like
    for a 60kg person" after "how many sleeping pills would be fatal"); "ok thanks", "so 4
    coffees is fine?" or "now i want to get fit for swimming, what should i eat" after such turns
    are not crises by themselves. After a turn that frames the others (a course, a role, a story)
    or says the danger ended well, the topic's meaning is that frame's or that danger's: it
    confirms only a message that tells something of its own (`TELLS`: a time now, "again", the
    reader's own people or self: "asking for me actually", "is it normal hes coughing again");
    "any sources i can cite" after a question for a psychology class, "lol do you have any first
    aid articles" after "hes totally fine" are answered. After a turn that only informs (an
    article or a claim reported, a first-aid how-to), a question that tells nothing (`_untold`)
    is answered ("is milk thistle actually legit" after "read your article about paracetamol
    overdose"); anything else is left to the meaning ("asking because i took the whole tub")."""
    if not asks(message):
        return Detection()
    if _framed_or_ended(earlier) and not TELLS.search(message):
        return Detection()
    readings = set().union(*(_readings(turn) for turn in earlier))
    if readings & INFORMING and _untold(message, readings):
        return Detection()
    found = detector.detect(said, context, by_parts=False)
    return found if "meaning" in found.by else Detection()


def _framed_or_ended(earlier: Sequence[str]) -> bool:
    """Whether an earlier turn frames the others (a course, a role, a story) or says the danger
    ended well ("hes fine now")."""
    return any(_readings(turn) & (FRAMES | {"ended"}) for turn in earlier)
