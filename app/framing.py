"""The words of a question that frame it rather than name what it asks about: they never veto.

A word the articles never use vetoes an answer (`app.coverage`), unless it only frames the question:
the kind of thing a "which X" question asks for (the answer names instances of it), the verb of an
effect ("wreck"), when or how often ("most weekends"), when an effect ends or starts ("wears off"):
`framing`; a broad class of substance narrowed by a word of theirs ("brain chemicals":
`broad_kinds`); a lay word said of how the reader feels beside one of the quote's ("feel lazy and
unmotivated": `felt_beside`); "side effects" beside an effect the quote names ("ssri side effects
apathy": `effect_beside`). Out of scope: which words the articles never use (`app.concepts`,
`app.asks`) and what the quote must say (`app.must_say`).
"""

from __future__ import annotations

import re

from app.asks import known
from app.concepts import FUNCTION, Vocabulary, is_english, is_name, mentions
from app.subject import TIME, VERB

# "which brain chemicals does exercise boost", "what minerals/nutrients does my body need": the
# words between the question word and the auxiliary name the kind of thing asked for; the answer
# names instances of it ("dopamine and norepinephrine"), in words of its own.
COUNT = r"(?:\d+|two|three|four|five)"  # "what 2 chemicals does exercise raise"
KIND_ASKED = re.compile(
    rf"^\W*(?:(?:so|and|but|ok|okay)\W+)*(?:which|what)\s+(?:{COUNT}\s+)?"
    r"(?P<x>[a-z][\w/’'-]*(?:\s+[a-z][\w/’'-]*)?)"
    r"\s+(?:does|do|did|can|could|should|would|will|might|may|is|are|r)\b"
    # "which brain chemicals go up": after "which", a noun phrase and its own verb
    rf"|^\W*(?:(?:so|and|but|ok|okay)\W+)*(?:which|what\s+{COUNT})\s+"
    r"(?P<y>[a-z][\w/’'-]*(?:\s+[a-z][\w/’'-]*)??)"
    rf"\s+(?:{VERB}|go|goes|went|come|comes)\b",
    re.I,
)
# "how does exercise help, like which brain chemicals": a closing "which X" names the kind asked.
KIND_AT_END = re.compile(
    r"(?:[,;:(]\s*|\b(?:like|and|or|i\s+mean)\s+)which\s+"
    r"(?P<z>[a-z][\w/’'-]*(?:\s+[a-z][\w/’'-]*)?)\W*$",
    re.I,
)
# "does doing coke wreck your dopamine": the verb of the effect asked about is the question's frame,
# not what it asks about ("affect" in other words).
EFFECT_VERB = re.compile(rf"{VERB}", re.I)
# "after it wears off", "before it kicks in": when an effect ends or starts, not a thing asked.
# Also "once the depression lifts", "when it clears up": when a condition ends (9t).
COURSE = re.compile(
    r"\b(?P<v>wear(?:s|ing)?|wore|worn)\s+off\b|\b(?P<k>kick(?:s|ed|ing)?)\s+in\b"
    r"|\b(?:once|when|after|until|till)\s+(?:\w+\s+){0,3}?"
    r"(?P<e>lift(?:s|ed)?|clear(?:s|ed)?|pass(?:es|ed)?|eas(?:es|ed)|end(?:s|ed)?|improv(?:es|ed))\b",
    re.I,
)


def framing(need: str) -> frozenset[str]:
    """The words of a question that frame it rather than name what it asks about, so that the
    articles need not use them: the kind of thing a "which/what X does ..." question asks for
    ("chemicals" in "which brain chemicals"; the answer names instances; a modifier, "what ADHD
    meds", still counts), the verb of an effect ("wreck" in "does coke wreck your dopamine"),
    when or how often ("most weekends", "every night", "in my 20s": `app.subject.TIME`) and when
    an effect or a condition ends or starts ("wears off", "kicks in", "once it lifts"), and a
    verdict asked on a claim ("are supplements legit", "a scam", "a myth", "just hype"), the
    words of a comparison ("how does exercise compare to medication": `app.aspects` asks the
    quote to compare) and a likeness for how the reader feels ("like a zombie": `SIMILE`)."""
    words: set[str] = set()
    found = KIND_ASKED.match(need) or KIND_AT_END.search(need)
    if found:
        kind = found.groupdict().get("x") or found.groupdict().get("y") or found["z"]
        words.update(w.lower() for w in kind.split()[-1].split("/") if w)  # its head
    words.update(w.lower() for w in re.findall(r"[A-Za-z]+", need) if EFFECT_VERB.fullmatch(w))
    words.update(w.lower() for t in TIME.finditer(need) for w in (t["t"], t["d"]) if w)
    words.update(w.lower() for c in COURSE.finditer(need) for w in (c["v"], c["k"], c["e"]) if w)
    words.update(m.group().lower() for m in VERDICT.finditer(need))
    words.update(m.group().lower() for m in COMPARING.finditer(need))
    for m in SIMILE.finditer(need):  # "like a zombie on ...", "like an empty shell"
        words.update(w.lower() for w in (m["s"], m["t"]) if w and w.lower() not in FUNCTION)
    return frozenset(words)


# How the reader feels or is, said by a likeness ("feel numb and flat like a zombie", "im like a
# robot on these meds"): a figure of speech for a state the articles name in their own words
# ("emotional numbness"), never a thing asked about (seed held-out 25).
SIMILE = re.compile(
    r"\b(?:feel|feels|felt|feeling|im|i'm|i’m|i\s+am|makes?\s+me|made\s+me|turns?\s+me)\b"
    # no other subject in between: "im scared its like a stroke" compares a thing
    r"(?:(?!\b(?:it|its|it's|this|that|he|she|they|is|was)\b)[^,.;?!]){0,40}?"
    r"\blike\s+(?:an?|some)\s+(?P<s>[a-z][\w-]*)(?:\s+(?P<t>[a-z][\w-]*))?",
    re.I,
)


# A verdict asked on a claim: whether it works or is true ("r supplements legit for dopamine", "is
# it a myth that chocolate boosts dopamine", "is the dopamine thing just hype"); the articles need
# not use the word, only speak of the claim (fourth session of 2026-12-03).
VERDICT = re.compile(
    r"\b(?:legit|legitimate|scams?|myths?|hype|hyped|overhyped|bogus|bs|nonsense|rubbish|gimmicks?"
    r"|snake\s+oil|fads?|fake|true"
    # ... or whether it is proven ("is moving more actually proven to lift mood", "is the exercise
    # depression link proven or just a theory": seed held-out 20, 32 and 37)
    r"|proven|unproven|proof|theory)\b",
    re.I,
)


# The words of a comparison: what the quote must do is `app.aspects`'s (it must compare).
COMPARING = re.compile(
    r"\b(?:compare[sd]?|comparing|comparison|differences?|differ|different|versus|vs)\b", re.I
)


# A broad class of substance, not a thing named ("chemicals" in "is that my brain chemicals", "whats
# going on chemically"): what narrows it is the word before it, which the articles must use.
BROAD_KIND = re.compile(
    r"\b(?P<m>feel[\s-]+good|[a-z][\w'’-]*)\s+(?P<x>chemicals?|substances?|compounds?)\b"
    r"|\b(?P<a>chemically)\b",
    re.I,
)


# "what chemicals are involved", "which chemicals": the class asked for, which the articles'
# instances (neurotransmitters they name) answer (seventh session of 2026-12-03).
ASKING = frozenset({"what", "which", "whats", "what's", "wat"})


# The form a medicine comes in after the name of one the articles use ("ssri pills", "levodopa
# tablets"): the name says which; "sleeping pills" names no medicine of theirs (9u).
FORM = re.compile(r"\b(?P<m>[a-z][\w'’-]*)\s+(?P<x>pills?|tablets?|capsules?)\b", re.I)


def broad_kinds(need: str, vocab: Vocabulary) -> frozenset[str]:
    """The words of a question that name a broad class of substance after a word the articles
    use ("chemicals" in "brain chemicals": "brain" narrows it, as "feel good" does in "the feel
    good chemical"), or say "chemically", or the form
    of a medicine they name ("pills" in "ssri pills"): they frame what is asked, and never veto;
    "household chemicals" leaves "household" to decide, "sleeping pills" "pills"."""
    words: set[str] = set()
    for found in BROAD_KIND.finditer(need):
        if found["a"]:
            words.add(found["a"].lower())
        elif found["m"].lower() in ASKING or (
            found["m"].lower() not in FUNCTION and known(found["m"], vocab)
        ):
            words.add(found["x"].lower())
    for found in FORM.finditer(need):
        if is_name(found["m"]) and known(found["m"], vocab):
            words.add(found["x"].lower())
    return frozenset(words)


# How a reader feels, in two words joined by "and", "or", "+" or "/" ("feel so lazy and
# unmotivated", "feeling numb & blah"): `felt_beside`.
FELT = re.compile(
    r"\bfe(?:el|els|eling|lt)\s+(?:(?:so|very|really|kind\s+of|kinda|sort\s+of|all|more"
    r"|[a-z]{3,}ly)\s+)*"  # "feel emotionally numb and blah": an adverb of how
    r"(?P<a>[a-z]+)\s*(?:\band\b|\bor\b|[+/&])\s*(?:(?:so|very|really|kinda|[a-z]{3,}ly)\s+)*"
    r"(?P<b>[a-z]+)",
    re.I,
)


def felt_beside(word: str, need: str, quoted: frozenset[str]) -> bool:
    """An English word the articles never use, said of how the reader feels beside one the quoted
    passage has ("feel lazy and unmotivated", "feel numb and blah"): the reader's own word beside
    theirs for one state, not a thing asked about ("dopamine and autism" is no feeling). Never a
    name."""
    if is_name(word):
        return False
    low = word.lower()
    for found in FELT.finditer(need):
        a, b = found["a"].lower(), found["b"].lower()
        partner = b if a == low else a if b == low else ""
        if partner and partner not in FUNCTION and mentions(quoted, partner):
            return True
    return False


# "ssri side effects apathy", "is feeling numb a side effect of ssris", "side effects like
# numbness": an effect named as a side effect. The articles may never say "side effects" but say
# what a medicine causes ("cause fatigue, apathy, emotional numbness"); a quote that names the
# effect answers. "what are the side effects of levodopa" names none: still missing.
SIDE_EFFECT = re.compile(r"^side[\s-]+effects?$", re.I)
EFFECT_NAMED = (
    re.compile(
        r"\bside[\s-]+effects?\s+(?:(?:like|such\s+as|including|incl|eg)\s+)?(?P<e>[a-z]+)", re.I
    ),
    re.compile(
        r"\b(?:is|are|be|as)\s+(?:\w+\s+)??(?P<e>[a-z]+)\s+(?:an?\s+)?(?:common\s+|known\s+)?"
        r"side[\s-]+effects?\b",
        re.I,
    ),
)


def effect_beside(word: str, need: str, quoted: frozenset[str]) -> bool:
    """ "side effects" beside an effect the quoted passage names ("ssri side effects apathy"):
    the effect is what is asked, the words only say what kind of thing it is."""
    if not SIDE_EFFECT.match(word):
        return False
    for found in (f for pattern in EFFECT_NAMED for f in pattern.finditer(need)):
        effect = found["e"].lower()
        if effect not in FUNCTION and mentions(quoted, effect):
            return True
    return False


def lack_of(word: str, vocab: Vocabulary) -> bool:
    """A word in -less whose root the articles use ("joyless": they speak of "joy", "lack of
    joy"): the reader's word for the root's lack, not a thing they never mention. The root is a
    whole English word (`is_english`), never a name's part."""
    low = word.lower()
    root = low.removesuffix("less")
    return root != low and len(root) >= 3 and is_english(root) and vocab.knows(root)
