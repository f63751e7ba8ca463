"""The fast first line: regular expressions per crisis category, in the ways people type them
(lowercase, no apostrophes, common misspellings, past tense, third person, slang) and basics in
other languages. One module per category (`suicide`, `self_harm`, `overdose`, `medical`,
`sexual_assault`, `violence`); `gates`, `asides` and `pets` keep ordinary messages ordinary.

Two kinds of pattern. A *statement* pattern fires wherever it matches ("i took too many pills").
A *topic* pattern names an emergency that people also ask about for information ("heart attack",
"seizure"); it fires unless the message is a general question that names no one ("what happens in
a heart attack" is answered from the articles; "my dad is having a heart attack" is an emergency).
Left out on purpose: negation ("i'm not suicidal" still shows the guidance: a false alarm costs a
paragraph, a miss can cost a life). The meaning-based detector (`app.safety.meaning`) catches what
these miss.
"""

from __future__ import annotations

import re

from app.embed.kept import by_digest
from app.safety.patterns import (
    abroad,
    abroad_east,
    abroad_west,
    concepts,
    medical,
    overdose,
    self_harm,
    sexual_assault,
    suicide,
    violence,
)
from app.safety.patterns.asides import AHEAD, ASIDE, CAUSE, KEEP
from app.safety.patterns.figurative import FIGURATIVE
from app.safety.patterns.gates import (
    ABSENT,
    ACCESS,
    AGAIN,
    ANSWERED,
    CARE,
    CAUSES_THEM,
    CHECKED,
    CITED,
    DAILY,
    DEFINITION,
    FRAME,
    GENERAL_QUESTION,
    GENERALLY,
    GENERIC_ASK,
    GRIEF,
    IN_GROUP,
    JOKE,
    LEAD,
    LEARNING,
    LONG_AGO,
    MILD,
    MUSCLE_DANGER,
    MUSCULAR,
    NAMES_SOMEONE,
    NOT_JOKING,
    OTHER_NAMES_SOMEONE,
    OTHER_QUESTION,
    OTHER_STUDYING,
    PAST_OR_GENERAL,
    PURPOSE,
    RECOVERED,
    RESOLVED,
    STABLE,
    STILL,
    STORY,
    SUPPLEMENT_OD,
    SUPPLEMENT_OD_UNLESS,
    THINGS,
    UNSTABLE,
)
from app.safety.patterns.guard import Guarded, Scan, guard
from app.safety.patterns.harmless import HARMLESS
from app.safety.patterns.hyperbole import HYPERBOLE
from app.safety.patterns.not_around import ACCIDENT_WISHED
from app.safety.patterns.pets import ANIMAL_ATTACKED, COVER_PET, PET, VET
from app.safety.patterns.prepared import PREPARED, RESCUER, prepared
from app.safety.patterns.routine import (
    DOSE_TOLD,
    ONE_TOO_MANY,
    PAST_BLOWS_MENDED,
    ROUTINE_DOSE,
    SMALL_CHILD_BLOW,
)
from app.safety.patterns.taken_back import TAKEN
from app.safety.patterns.trifles import TRIFLES

_MODULES = {
    "suicide": suicide,
    "self_harm": self_harm,
    "overdose": overdose,
    "medical": medical,
    "sexual_assault": sexual_assault,
    "violence": violence,
}
_CORE = [*abroad_west.LANGUAGES.values(), *abroad_east.LANGUAGES.values()]  # language x category
STATEMENTS = {
    cat: module.STATEMENTS + abroad.STATEMENTS[cat] + [p for lang in _CORE for p in lang[cat]]
    for cat, module in _MODULES.items()
}
TOPICS = {cat: module.TOPICS for cat, module in _MODULES.items() if hasattr(module, "TOPICS")}


# A pattern starts at a word boundary, or anywhere in a script written without spaces (Chinese).
_START = r"(?:\b|(?<=[\u2e80-\u9fff]))"


def _compile(table: dict[str, list[str]]) -> dict:
    """Each category's patterns as one, behind the cheap test of `guard` (exact: see there)."""
    return {
        cat: guard(re.compile(_START + "(?:" + "|".join(p) + ")", re.I)) for cat, p in table.items()
    }


_STATEMENTS = _compile(STATEMENTS)
_TOPICS = _compile(TOPICS)


class AnyPart:
    """Whether a category's pattern matches somewhere, read alternative by alternative: only the
    alternatives whose guard allows the text run (`Scan`, one pass for every category's), each
    from its own literal start, where the whole alternation (`whole`, ignoring case) is tried
    at every position: the suicide statements took ~0.85 ms on a message their guard let
    through. The whole matches somewhere exactly when one of its alternatives does (its spans
    are not asked for). Text outside ASCII is read by the whole, which no guard rules out.
    `guards`: the list every category's guarded alternatives are numbered in."""

    def __init__(self, parts: list[str], whole, guards: list[Guarded]):
        self.whole = whole
        self.always: list[re.Pattern] = []  # alternatives no guard can rule out
        self.guarded: dict[int, re.Pattern] = {}  # by their place in `guards`
        for part in parts:
            rx = guard(re.compile(_START + "(?:" + part + ")", re.I))
            if isinstance(rx, Guarded):
                self.guarded[len(guards)] = rx.rx
                guards.append(rx)
            else:
                self.always.append(rx)
        self.own = frozenset(self.guarded)

    def found(self, text: str, allowed: frozenset[int] | None) -> bool:
        if allowed is None:
            return bool(self.whole.search(text))
        if any(rx.search(text) for rx in self.always):
            return True
        return any(self.guarded[i].search(text) for i in allowed & self.own)


_PART_GUARDS: list[Guarded] = []
_STATEMENT_PARTS = {
    cat: AnyPart(parts, _STATEMENTS[cat], _PART_GUARDS) for cat, parts in STATEMENTS.items()
}
_TOPIC_PARTS = {cat: AnyPart(parts, _TOPICS[cat], _PART_GUARDS) for cat, parts in TOPICS.items()}
_PART_SCAN = Scan(_PART_GUARDS)


def _allowed(text: str, seen: dict[str, frozenset[int] | None]) -> frozenset[int] | None:
    """`_PART_SCAN.allowed(text)`, read once per text of a message (`seen`)."""
    if text not in seen:
        seen[text] = _PART_SCAN.allowed(text)
    return seen[text]


_HOW_TO = _compile({"medical": medical.HOW_TO})["medical"]
_GATES = {
    "figurative": guard(FIGURATIVE),
    "hyperbole": guard(HYPERBOLE),  # ... over a trifle, by family (read as "figurative")
    "trifles": guard(TRIFLES),  # ... and held-out 34's kinds of it (read as "figurative")
    "harmless": HARMLESS,  # ... and a harmless outcome or trifle told with it (read so too)
    "aside": guard(ASIDE),
    "cause": guard(CAUSE),
    "story": guard(STORY),
    "pet": guard(PET),
    "absent": guard(ABSENT),
    "routine": guard(ROUTINE_DOSE),  # a common dose asked about ("when can i take more")
    "dose_told": guard(DOSE_TOLD),  # ... or told alone ("i took 2 ibuprofen")
    "past_blows": guard(PAST_BLOWS_MENDED),  # ... or a parent's blows long past, the bond mended
    "one_too_many": guard(ONE_TOO_MANY),  # ... or one more than meant, or a dose not remembered
    "taken_back": TAKEN,  # an alarming phrase taken back by what follows ("... i mean vitamins")
    "small_child": guard(SMALL_CHILD_BLOW),  # a toddler who hits, asked about as behaviour
}


_KEEP = {"cause": KEEP}  # what a gate keeps of its match (the others blank all of it)
_CAN_END = ("overdose", "medical", "violence")  # what can be over and done; never the others
_MANY_TAKEN = re.compile(overdose.MANY_TAKEN, re.I)
_RECENT = re.compile(overdose.RECENT, re.I)


def normalize(message: str) -> str:
    """Curly apostrophes straight, runs of space collapsed: what the patterns are written for."""
    return " ".join(message.replace("’", "'").replace("‘", "'").split())


def general_question(message: str) -> bool:
    """A general question that names no one ("what happens in a heart attack"), also behind a role
    or a course ("im a nurse, ...", "for my first aid course: ...") or a wish to help someone
    ("how do i support a coworker who ...")."""
    message = LEAD.sub("", message, count=1)
    ready = prepared(message)  # ... or to be ready, or to teach others (`prepared`)
    if OTHER_QUESTION.match(message):
        unnamed = OTHER_STUDYING.sub(" ", PREPARED.sub(" ", message) if ready else message)
        return not OTHER_NAMES_SOMEONE.search(unnamed)
    rest = LEAD.sub("", CITED.sub("", FRAME.sub("", message, count=1), count=1), count=1)
    framed = rest != message
    purposed = GENERALLY.sub(" ", AHEAD.sub(" ", PURPOSE.sub(" ", rest)))
    purposed = (PREPARED.sub(" ", purposed) if ready else purposed).strip()
    framed, rest = framed or purposed != rest.strip(), purposed
    unnamed = THINGS.sub(" ", LEARNING.sub(" ", ANSWERED.sub(" ", rest)) if framed else rest)
    unnamed = RESCUER.sub("how to ", unnamed) if framed else unnamed  # the asker is the rescuer
    unnamed = IN_GROUP.sub(
        " ", DAILY.sub(" ", GENERIC_ASK.sub("how ", CAUSES_THEM.sub(" ", unnamed)))
    )
    if framed and not GENERAL_QUESTION.match(rest):
        return not NAMES_SOMEONE.search(unnamed)
    return bool(GENERAL_QUESTION.match(rest)) and not NAMES_SOMEONE.search(unnamed)


def ended_well(text: str) -> bool:
    """A scare that ended well ("choked yesterday but coughed it up and was fine"), with nothing
    after it that starts again ("... seemed fine but now his skin is yellow")."""
    found = RESOLVED.search(text)
    return bool(found) and not AGAIN.search(text, found.end())


def over_and_done(message: str) -> bool:
    """A scare told as ended well (`ended_well`) with nothing saying it is happening now."""
    text = normalize(message)
    return ended_well(text) and not STILL.search(text)


def stable(text: str) -> bool:
    """A symptom brought on by effort and settled by rest, or one a doctor has checked and found
    benign, with no danger sign or change told."""
    return bool(STABLE.search(text) or CHECKED.search(text)) and not UNSTABLE.search(text)


def muscular(text: str) -> bool:
    """Chest pain from a strained muscle: sore to the touch or when moving, with no danger sign."""
    return bool(MUSCULAR.search(text)) and not MUSCLE_DANGER.search(text)


def supplement_question(text: str) -> bool:
    """Whether one can overdose on a vitamin, a supplement or caffeine, asked in general."""
    return bool(SUPPLEMENT_OD.search(text)) and not SUPPLEMENT_OD_UNLESS.search(text)


def blank_pets(text: str) -> str:
    """What a pet ate or has blanked; a pet named as the cover story for an injury to a person
    ("says the cat did it") kept for the rules to read."""
    pieces, start = [], 0
    for cover in COVER_PET.finditer(text):
        pieces += [_GATES["pet"].sub(" ", text[start : cover.start()]), cover.group(0)]
        start = cover.end()
    return "".join(pieces) + _GATES["pet"].sub(" ", text[start:])


# Messages whose readings are kept (`match`, `quiet_readings`): a conversation's earlier turns
# are read again at every follow-up (`app.safety.turns`). A few hundred bytes each; each message
# is known by its 16-byte digest, never kept as text (SECURITY.md).
KEPT = 4096


def match(message: str) -> list[str]:
    """The categories whose patterns fire, in the order of `STATEMENTS` (a new list each call;
    the reading depends on the message alone, so the last `KEPT` messages' are kept)."""
    return list(_kept_match(message))


@by_digest(KEPT)
def _kept_match(message: str) -> tuple[str, ...]:
    return tuple(_match(message))


def _match(message: str) -> list[str]:
    text = normalize(message)
    for name, gate in _GATES.items():
        text = blank_pets(text) if name == "pet" else gate.sub(_KEEP.get(name, " "), text)
    # A death in the past is blanked only for what can be over and done: suicide, self-harm and
    # sexual assault are always read in full ("died by suicide last year and i want to join him").
    grief = GRIEF.sub(" ", text)
    told = {cat: grief if cat in _CAN_END else text for cat in STATEMENTS}
    told["violence"] = ACCIDENT_WISHED.sub(" ", told["violence"])  # a wish to die, not an attack
    told["violence"] = ANIMAL_ATTACKED.sub(" ", told["violence"])  # a dog's bite, not a person's
    seen: dict[str, frozenset[int] | None] = {}
    found = [
        cat
        for cat, rx in _STATEMENT_PARTS.items()
        if rx.found(told[cat], _allowed(told[cat], seen))
    ]
    framed = bool(FRAME.match(text))
    purpose = bool(PURPOSE.search(text)) or prepared(text)  # ... or to be ready, or to teach
    if "medical" not in found and not framed and not purpose and _HOW_TO.search(grief):
        found.append("medical")  # a how-to for an emergency, unless asked in a role, for a course
        # or to learn ("how do you do the heimlich on an adult, want to learn")
    asked = general_question(text)
    # ... or a general question asked for a course ("doing a first aid course, whats the ratio for
    # cpr compressions now": "now" is today's guidance).
    # ... or a general question about getting a rescue medicine ("is narcan available without a
    # prescription now": `ACCESS`).
    skip = ("rescue_now",) if framed or (asked and (purpose or ACCESS.search(text))) else ()
    skip += concepts.ASKED_ABOUT if asked else ()  # "what are the signs of a concussion"
    # What can be over and done is read with a past death blanked; the same text is read once.
    in_text = concepts.match(text, skip)
    in_grief = in_text if grief == text else concepts.match(grief, skip)
    found += [
        cat
        for cat in dict.fromkeys(in_text + in_grief)
        if cat not in found and (cat not in _CAN_END or cat in in_grief)
    ]
    over = bool(LONG_AGO.search(text) and RECOVERED.search(text) and not STILL.search(text))
    # ... or someone who died before (grief), or a scare that ended well ("choked but is fine").
    over = over or bool(ended_well(text) and not STILL.search(text))
    if over:
        # ... but a large number of a medicine taken recently stays an overdose ("took like 20
        # tylenol earlier, says shes fine now"): the harm can come a day later.
        many = _MANY_TAKEN.search(text) and _RECENT.search(text) and not LONG_AGO.search(text)
        found = [cat for cat in found if cat not in _CAN_END or (many and cat == "overdose")]
    if asked and purpose and not STILL.search(text):
        # ... a general question asked for a course names a medical state in passing ("what should
        # you do if you find someone unconscious, its for my cpr course homework", held-out 38).
        found = [cat for cat in found if cat != "medical"]
    if supplement_question(text):
        found = [cat for cat in found if cat != "overdose"]
        over = True  # ... and the overdose topic stays quiet below
    if asked:
        return found
    past = (PAST_OR_GENERAL.search(text) or stable(text) or muscular(text)) and not STILL.search(
        text
    )
    for cat, rx in _TOPIC_PARTS.items():
        quiet = ((past or over) and cat in ("medical", "violence")) or (over and cat == "overdose")
        # ... or an emergency named by someone asking to be ready for it ("what does a seizure look
        # like, my friend has epilepsy and i want to be ready", held-out 54)
        quiet = quiet or (cat == "medical" and prepared(text))
        if cat not in found and not quiet and rx.found(told[cat], _allowed(told[cat], seen)):
            found.append(cat)
    return found


@by_digest(KEPT)
def quiet_readings(message: str) -> tuple[str, ...]:
    """Every sign of an ordinary reading: "figurative", "story", "pet" (a gate blanked part of the
    message), "vet" (an animal in a vet's care), "joke" ("haha", "lol"; not when taken back: "jk.
    well not jk"), "general" (a general question that names no one), "course" (that question asked
    in a role, for a course or for something to write), "past" (over and done) and "care" (preparing for
    or preventing something, or trivia: "how should i cut grapes for my toddler", "what is the
    heimlich named after"; or whether two things go together), "cause" (a harmless cause named for
    the symptom, beside "figurative": two signs), "mild" (nothing more than a mild sign: "nothing
    else", "no other symptoms") and "meaning" (what a word or a remark means). The meaning detector asks a margin for one,
    twice that for two."""
    text = normalize(message)
    found = [name for name in ("figurative", "story") if _GATES[name].search(text)]
    if "figurative" not in found and (
        _GATES["hyperbole"].search(text)
        or _GATES["trifles"].search(text)
        or HARMLESS.search(text, "figurative")
        or TAKEN.search(text)
    ):
        found.insert(0, "figurative")
    found += ["pet"] if blank_pets(text) != text else []
    found += ["vet"] if VET.search(text) else []
    found += ["joke"] if JOKE.search(text) and not NOT_JOKING.search(text) else []
    if "figurative" not in found and (_GATES["aside"].search(text) or _GATES["cause"].search(text)):
        found.insert(0, "figurative")
    if _GATES["cause"].search(text):
        found.append("cause")  # a harmless cause named for the symptom: a sign by itself
    if general_question(text):
        found.append("general")
        if FRAME.match(text) or PURPOSE.search(text) or prepared(text):
            found.append("course")  # ... asked in a role, for a course or for something to write
    ended = any(rx.search(text) for rx in (PAST_OR_GENERAL, LONG_AGO, GRIEF))
    ended = ended or ended_well(text) or stable(text) or muscular(text)
    ended = ended or bool(HARMLESS.search(text, "past"))  # a small scare over at once
    if ended and not STILL.search(text):
        found.append("past")
    if CARE.search(text) and not STILL.search(text):
        found.append("care")
    if MILD.search(text) and not STILL.search(text):
        found.append("mild")  # nothing more than a mild sign told
    if DEFINITION.search(text):
        found.append("meaning")  # what a word or a remark means
    return tuple(found)
