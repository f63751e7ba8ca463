"""What a question asks about, beyond its key words, and whether the articles say it.

Rare words the articles never use veto an answer (`app.coverage`); these rules look at the parts
of a question that name what it asks about, common words or not (`app.subject` finds them):
its subject ("alcohol" in "does drinking alcohol lower dopamine"), the people or time after "for",
"while", "during" ("for my kids", "while pregnant") or a condition of the body told of the reader
in one word before the question ("im pregnant can ...": `unknown_state`), the effect after its
verb ("make your hair fall out": unknown only when the articles use none of its words), the
quality an "is X ADJ?" question asks of X ("is parkinsons genetic": the quoted passage must say
it), and a thing a statement tells as lost before "is that a sign" ("my dad lost his sense of
smell, is that an early sign": the quoted passage must mention one of its words,
`names_what_is_told`). And the words that only frame a question never veto (`framing`): the kind
of thing a "which X" question asks for (the answer names instances of it) and the verb of an
effect ("wreck"), nor a broad class of substance narrowed by a word of theirs ("brain chemicals":
`broad_kinds`); nor does a lay word said of how the reader feels beside one of the quote's ("feel
lazy and unmotivated": `felt_beside`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.concepts import (
    FUNCTION,
    Vocabulary,
    is_english,
    is_name,
    is_rare,
    key_concepts,
    mentions,
)
from app.subject import (
    AUX,
    CLAUSE,
    OPENS_CLAUSE,
    TIME,
    VERB,
    circumstances,
    outcome,
    quality,
    state_told,
    subjects,
    topic,
    topic_words,
)

Says = Callable[[str, str], bool]  # `app.synonyms.NearWords.says`: a quote says a word

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
# "make you tired", "make me so sleepy": one word of how a person is.
PERSON_STATE = re.compile(
    r"\s*(?:you|u|me|us|them|people|ppl|someone|one)\s+(?:(?:feel|so|very|more|really|too)\s+)*"
    r"[\w'’-]+\s*",
    re.I,
)
# The kind of change an effect names, not what it changes ("loss" in "hair loss", "problems" in
# "vision problems"): such a word the articles use ("loss of balance"), at the end of the effect
# (its head), never vouches for an effect whose other words they never use.
GENERIC_EFFECT = frozenset(
    ["loss", "gain", "problem", "issue", "trouble", "pain", "ache", "change", "damage"]
    + ["failure", "disorder"]
)
# "does sitting all day play a part", "play a big role in it": to contribute, whatever follows.
PLAYS_A_PART = re.compile(
    r"\bplay(?:s|ed|ing)?\s+(?:(?:a|an|any|some|no)\s+)?(?:(?:big|major|key|huge|small|real"
    r"|large)\s+)?(?:part|role)\b(?:\s+in\b)?(?P<rest>[^?.!,;]*)",
    re.I,
)
# How much of an effect, not what it is ("low" in "low sex drive"): never vouches either.
DEGREE = frozenset(["low", "high", "poor", "bad", "severe"])
STATE = re.compile(r"\b(?:being|feeling|becoming|staying|getting|growing)\b", re.I)
# "does doing coke wreck your dopamine": the verb of the effect asked about is the question's frame,
# not what it asks about ("affect" in other words).
EFFECT_VERB = re.compile(rf"{VERB}", re.I)
# "after it wears off", "before it kicks in": when an effect ends or starts, not a thing asked.
COURSE = re.compile(
    r"\b(?P<v>wear(?:s|ing)?|wore|worn)\s+off\b|\b(?P<k>kick(?:s|ed|ing)?)\s+in\b", re.I
)


def framing(need: str) -> frozenset[str]:
    """The words of a question that frame it rather than name what it asks about, so that the
    articles need not use them: the kind of thing a "which/what X does ..." question asks for
    ("chemicals" in "which brain chemicals"; the answer names instances; a modifier, "what ADHD
    meds", still counts), the verb of an effect ("wreck" in "does coke wreck your dopamine"),
    when or how often ("most weekends", "every night", "in my 20s": `app.subject.TIME`) and when
    an effect ends or starts ("wears off", "kicks in")."""
    words: set[str] = set()
    found = KIND_ASKED.match(need) or KIND_AT_END.search(need)
    if found:
        kind = found.groupdict().get("x") or found.groupdict().get("y") or found["z"]
        words.update(w.lower() for w in kind.split()[-1].split("/") if w)  # its head
    words.update(w.lower() for w in re.findall(r"[A-Za-z]+", need) if EFFECT_VERB.fullmatch(w))
    words.update(w.lower() for t in TIME.finditer(need) for w in (t["t"], t["d"]) if w)
    words.update(w.lower() for c in COURSE.finditer(need) for w in (c["v"], c["k"]) if w)
    return frozenset(words)


# A broad class of substance, not a thing named ("chemicals" in "is that my brain chemicals", "whats
# going on chemically"): what narrows it is the word before it, which the articles must use.
BROAD_KIND = re.compile(
    r"\b(?P<m>[a-z][\w'’-]*)\s+(?P<x>chemicals?|substances?|compounds?)\b|\b(?P<a>chemically)\b",
    re.I,
)


def broad_kinds(need: str, vocab: Vocabulary) -> frozenset[str]:
    """The words of a question that name a broad class of substance after a word the articles
    use ("chemicals" in "brain chemicals": "brain" narrows it), or say "chemically": they frame
    what is asked, and never veto; "household chemicals" leaves "household" to decide."""
    words: set[str] = set()
    for found in BROAD_KIND.finditer(need):
        if found["a"]:
            words.add(found["a"].lower())
        elif found["m"].lower() not in FUNCTION and known(found["m"], vocab):
            words.add(found["x"].lower())
    return frozenset(words)


def unknown_subject(need: str, vocab: Vocabulary) -> str:
    """What the question asks about ("alcohol" in "does drinking alcohol lower dopamine"), when
    the articles never mention it (`app.subject`); "" otherwise. An English word must be there as
    typed ("kids" is not a slip of "kind"); a name may have one slip ("wellbutrn"). Of things
    asked about as alternatives ("cold showers or ice baths") every one must be unknown: one the
    articles mention is enough (as in `app.coverage`)."""
    heads = [head for head in subjects(need) if head]  # a bare activity ("running") names none
    if not heads or any(known(head, vocab) for head in heads):
        return ""
    return heads[0]


def unknown_topic(message: str, vocab: Vocabulary, rank: int | None = None) -> str:
    """The first thing a message names before the question that refers back to it ("anxiety" in
    "low dopamine and anxiety, are they connected", `app.subject.topic`) when the articles never
    mention it (as `unknown_subject` judges); with `rank`, also a rare word of such a thing that
    is not its head ("probiotics" in "probiotics gut health and dopamine, is there a link");
    "" otherwise."""
    head = next((head for head in topic(message) if not known(head, vocab)), "")
    if head or rank is None:
        return head
    rare = (w for w in topic_words(message) if is_rare(w, rank) and not known(w, vocab))
    return next(rare, "")


def has_quality(
    need: str, quote: str, quoted: frozenset[str], vocab: Vocabulary, says: Says | None
) -> bool:
    """An "is X ADJ?" question ("is parkinsons genetic") asks whether X is ADJ: the quoted passage
    must say ADJ (one slip and "-able" forms forgiven, or in other words), not merely be about X.
    True for other questions."""
    word = quality(need)
    if not word or not key_concepts(word) or mentions(quoted, word) or vocab.joins(word):
        return True
    return says is not None and says(word, quote)


# "is losing your sense of smell an early sign of parkinsons", "can hiccups be a symptom of it",
# "is a dry mouth a parkinsons symptom":
# a thing named (not a pronoun: "is that a sign of ...") and asked about as a sign of something.
SIGN_OF = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay)\W+)*(?:is|are|can|could|might)\s+"
    r"(?!(?:it|this|that|these|those|they|there|he|she|i)\b)(?P<x>[^?.!,;]+?)\s+(?:be\s+)?"
    r"(?:an?\s+)?(?:(?:early|common|first|typical|possible|usual|warning|real|known)\s+)*"
    r"(?:signs?|symptoms?|indications?|indicators?)\s+(?:of|for)\b"
    # "is losing your sense of smell an early parkinsons sign": what it is a sign of, before "sign"
    r"|^\W*(?:(?:so|and|but|ok|okay)\W+)*(?:is|are|can|could|might)\s+"
    r"(?!(?:it|this|that|these|those|they|there|he|she|i)\b)(?P<y>[^?.!,;]+?)\s+(?:be\s+)?"
    r"an?\s+(?:(?:early|common|first|typical|possible|usual|warning|real|known)\s+)*"
    r"(?:[\w'’-]+\s+){1,2}(?:signs?|symptoms?)\s*(?:$|[?.!,;])",
    re.I,
)


def names_the_sign(need: str, quote: str, quoted: frozenset[str], says: Says | None) -> bool:
    """A question whether a thing is a sign of something ("is losing your sense of smell an early
    sign of parkinsons") asks about that thing: the quoted passage must mention its head
    ("smell"; one slip forgiven, or in other words), not merely list other signs. True for other
    questions."""
    found = SIGN_OF.match(need)
    words = key_concepts(found["x"] or found["y"]) if found else []
    # Every word of it when the quote may be any of those shown ("hair loss" is not named by
    # "loss of balance"); its head alone stays the test of the best hit's quote.
    return all(mentions(quoted, w) or (says is not None and says(w, quote)) for w in words)


# "my dad lost his sense of smell, is that an early parkinsons sign", "i keep losing my balance,
# could that be a symptom of ...": a statement, then whether what it tells is a sign of something.
STATED_SIGN = re.compile(
    r"^\W*(?!(?:what|why|how|when|which|who|is|are|can|could|does|do|did|should|would|will)\b)"
    r"(?P<s>[^?.!;]+?)[\s,]+(?:(?:so|and|but)\s+)?(?:is|could|might|can)\s+(?:that|this|it)\s+"
    r"(?:be\s+)?(?:an?\s+)?(?:(?:early|common|first|typical|possible|usual|warning|real|known)\s+)*"
    r"(?:[\w'’-]+\s+){0,2}(?:signs?|symptoms?)\b",
    re.I,
)
# What a statement tells of as lost ("lost his sense of smell", "losing my balance"), up to a
# preposition other than "of" ("lost interest in everything": interest).
LOST = re.compile(
    r"\b(?:lost|losing|lose|loses|loss\s+of)\s+(?P<what>(?:(?!(?:in|at|for|to|with|on|over|since"
    r"|after|when|because|and|but|or|is|was|lately|recently)\b)[\w'’-]+\s*)+)",
    re.I,
)


def told(question: str) -> list[str]:
    """The key words of what a statement tells of as lost, when the message then asks whether it
    is a sign of something (`STATED_SIGN`, `LOST`): "my dad lost his sense of smell, is that an
    early parkinsons sign" -> ["sense", "smell"]; [] for other messages (a statement in the
    reader's own words, "my hands shake sometimes", is read as before: paraphrase is the rule)."""
    found = STATED_SIGN.match(question)
    lost = LOST.search(found["s"]) if found else None
    return key_concepts(lost["what"]) if lost else []


def names_what_is_told(
    question: str, quote: str, quoted: frozenset[str], says: Says | None
) -> bool:
    """A statement of a thing lost then "is that a sign" asks about that thing ("my dad lost his
    sense of smell, is that an early parkinsons sign"): the quoted passage must mention one of its
    words (one slip forgiven, or in other words), not merely list other signs ("loss of balance").
    True for other messages."""
    words = told(question)
    return not words or any(
        mentions(quoted, w) or (says is not None and says(w, quote)) for w in words
    )


def names_what_is_told_as_typed(question: str, quote: str) -> bool:
    """`names_what_is_told` word for word (a word of the quote starts with one of the lost
    thing's); False for other messages."""
    return any(re.search(rf"\b{re.escape(w)}", quote, re.I) for w in told(question))


def names_the_sign_as_typed(need: str, quote: str) -> bool:
    """`names_the_sign` word for word: every word of the thing asked about as a sign starts a word
    of the quote ("tremor" in "tremors"); no slip forgiven ("cold" is not "could"). False for other
    questions."""
    found = SIGN_OF.match(need)
    words = key_concepts(found["x"] or found["y"]) if found else []
    return bool(words) and all(re.search(rf"\b{re.escape(w)}", quote, re.I) for w in words)


def unknown_circumstance(need: str, vocab: Vocabulary) -> str:
    """The first word after "for", "while", "during" or "vs" that the articles never use and that
    names something ("kids" in "is that ok for my kids", "pregnant"), or a child's age when the
    articles never speak of children (`young_age`); "" otherwise."""
    for word in circumstances(need):
        if key_concepts(word) and not known(word, vocab):
            return word
    return young_age(need, vocab)


def unknown_state(question: str, vocab: Vocabulary) -> str:
    """The state the reader tells of themselves before the question (`state_told`: "im pregnant
    can ...") when it names something the articles never use: a circumstance, as "while pregnant"
    is; "" otherwise ("im exhausted, could it be ..." where the articles speak of exhaustion)."""
    word = state_told(question)
    return word if word and key_concepts(word) and not known(word, vocab) else ""


# "my 15 year old", "a 9-year-old", "my 8yo", "my 12 y/o": a person of an age.
AGE = re.compile(r"\b(?P<n>\d{1,3})\s*-?\s*(?:(?:years?|yrs?)[\s-]*old|y/?o)\b", re.I)
ADULT = 18
# The words in which articles speak of the young (any form the stemmer gives one stem).
YOUNG = ("child", "children", "kid", "teen", "teenager", "adolescent", "pediatric", "infant")


def young_age(need: str, vocab: Vocabulary) -> str:
    """A person under 18 the question asks about by age ("can my 15 year old take it"), as typed,
    when the articles use none of the words for the young; "" otherwise (an adult's age, "my mum
    is 62", is the articles' to judge: they may give ages of onset)."""
    for found in AGE.finditer(need):
        if int(found["n"]) < ADULT and not any(vocab.knows_as_typed(w) for w in YOUNG):
            return found[0]
    return ""


def unknown_effect(need: str, vocab: Vocabulary) -> tuple[str, ...]:
    """The key words of the effect a yes/no question asks about ("hair" in "can low dopamine make
    your hair fall out", "night" in "is it worse at night"), when the articles use none of them;
    () otherwise. One known word is enough ("you lose your balance"): lay words for what the
    articles say ("tired and numb") mostly come with one of theirs. Not for a follow-up, whose
    effect is often the topic's in other words ("does it work the other way round"), nor for a
    state ("getting older", "make you tired": one word of how a person is). A word for the kind of
    change that ends the effect ("loss" in "hair loss": `GENERIC_EFFECT`) vouches for nothing, nor
    one for its degree ("low" in "low sex drive": `DEGREE`)."""
    said = outcome(need)
    role = PLAYS_A_PART.search(need)
    if role:
        said = role["rest"]  # "play a part in low mood": the effect is low mood, not "part"
    if STATE.search(said) or PERSON_STATE.fullmatch(said):
        return ()  # "getting older", "make you tired": a state, often a lay word for a symptom
    words = key_concepts(said)
    head = [w.lower() for w in re.findall(r"[\w'’-]+", said)[-1:]]  # not in "... loss worse"
    if not words or any(_vouches(w, w.lower() in head, vocab) for w in words):
        return ()
    return tuple(w for w in words if not known(w, vocab))


def _vouches(word: str, is_head: bool, vocab: Vocabulary) -> bool:
    """A word of the articles that says what the effect is: not its degree, nor, as its head, the
    kind of change ("loss", "problems", "aches")."""
    w = word.lower()
    generic = any(x in GENERIC_EFFECT for x in (w, w.removesuffix("s"), w.removesuffix("es")))
    return w not in DEGREE and not (generic and is_head) and known(word, vocab)


def misread(need: str, vocab: Vocabulary, rank: int, message: str = "") -> list[str]:
    """The rare English words of a message typed as keywords or a claim ("cold showers dopamine
    boost true?", "smoking weed every day and dopamine long term effects": no question word or
    auxiliary first, no word about the reader) that the articles use only one slip away ("showers",
    "weed" of "need"): typed as meant, so missing. `Vocabulary.missing` forgives them as slips;
    in a question or a message about the reader they stay forgiven ("bailing", "hooked": lay words
    there, too often, for what the articles say), and so does one before a word of theirs ("junk
    food": which of their things, in the reader's words)."""
    words = [w.lower().replace("’", "'") for w in re.findall(r"[\w'’]+", message or need)]
    if not words or CLAUSE & set(words) or words[0] in OPENS_CLAUSE or re.fullmatch(AUX, words[0]):
        return []
    typed = re.findall(r"[\w'’-]+", need)
    after = {w.lower(): typed[i + 1] for i, w in enumerate(typed[:-1])}
    return [
        c
        for c in key_concepts(need)
        if is_rare(c, rank)
        and is_english(c)
        and vocab.knows(c)
        and not known(c, vocab)
        and not _narrows(after.get(c.lower(), ""), vocab)
    ]


def _narrows(following: str, vocab: Vocabulary) -> bool:
    """The word after is a thing the articles name ("food" after "junk"): the word before only
    says which of their things, in the reader's words."""
    return bool(following) and bool(key_concepts(following)) and known(following, vocab)


def known(word: str, vocab: Vocabulary) -> bool:
    """In the articles: a name with one slip ("wellbutrn"), an English word as typed ("night" is
    not a slip of "might"; "fasting", a form of "fast" the model splits, is not one of "fat"), or
    two of their words typed as one."""
    typed = not is_name(word) or all(map(is_english, word.split()))
    known = vocab.knows_as_typed(word) if typed else vocab.knows(word)
    return known or vocab.joins(word)


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
