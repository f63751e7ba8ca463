"""What a question asks about, beyond its key words, that the articles never mention.

Rare words the articles never use veto an answer (`app.coverage`); these rules look at the parts of
a question that name what it asks about, common words or not (`app.subject` finds them): its
subject ("alcohol" in "does drinking alcohol lower dopamine"), a thing named before a question that
refers back to it ("anxiety" in "low dopamine and anxiety, are they connected"), the people or time
after "for", "while", "during" ("for my kids", "while pregnant"; a child named by an age) or a
condition of the body told of the reader in one word before the question ("im pregnant can ...":
`unknown_state`), a part of the body named as someone's ("my elbow is sore":
`unknown_body_part`), the effect after its verb ("make your hair fall out": unknown only when the
articles use none of its words), and the English words of a message typed as keywords that the
articles use only one slip away (`misread`). `known` is the test of a word in the articles they all
share. Out of scope: the words that only frame a question (`app.framing`) and what the quoted
passage must say (`app.must_say`).
"""

from __future__ import annotations

import re

from app.concepts import Vocabulary, is_english, is_name, is_rare, key_concepts
from app.subject import (
    AUX,
    CLAUSE,
    OPENS_CLAUSE,
    circumstances,
    outcome,
    state_told,
    subjects,
    topic,
    topic_words,
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


def unknown_subject(need: str, vocab: Vocabulary) -> str:
    """What the question asks about ("alcohol" in "does drinking alcohol lower dopamine"), when
    the articles never mention it (`app.subject`); "" otherwise. An English word must be there as
    typed ("kids" is not a slip of "kind"); a name may have one slip ("wellbutrn"). Of things
    asked about as alternatives ("cold showers or ice baths") every one must be unknown: one the
    articles mention is enough (as in `app.must_say.absent`)."""
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


# A part of the body named as someone's ("my elbow", "his left knee", "ur lower back"): what a
# complaint is about ("my elbow is sore", "why does my hip hurt"), common word or not. Only after
# a possessive, so "come back", "on the other hand" and "face my fears" name no part.
BODY_PART = re.compile(
    r"\b(?:my|his|her|your|ur|their|our)\s+(?:(?:left|right|lower|upper|inner|outer|sore|bad)\s+)?"
    r"(?P<part>scalp|forehead|face|eyes?|eyelids?|ears?|nose|mouth|lips?|tongue|teeth|tooth"
    r"|gums?|jaw|throat|neck|shoulders?|arms?|elbows?|wrists?|hands?|fingers?|thumbs?|nails?"
    r"|chest|breasts?|ribs?|back|spine|stomach|belly|tummy|abdomen|hips?|groin|pelvis|bladder"
    r"|kidneys?|liver|lungs?|skin|legs?|thighs?|knees?|shins?|calf|calves|ankles?|feet|foot"
    r"|heels?|toes?|joints?|bones?|tendons?|hamstrings?)\b",
    re.I,
)


def unknown_body_part(message: str, vocab: Vocabulary) -> str:
    """The first part of the body the message names as someone's (`BODY_PART`) that the articles
    never mention ("elbow" in "my elbow is sore"); "" otherwise ("my hands shake", where the
    articles speak of tremors in the hands)."""
    for found in BODY_PART.finditer(message):
        if not known(found["part"], vocab):
            return found["part"]
    return ""


# "my 15 year old", "a 9-year-old", "my 8yo", "my 12 y/o": a person of an age.
AGE = re.compile(r"\b(?P<n>\d{1,3})\s*-?\s*(?:(?:years?|yrs?)[\s-]*old|y/?o)\b", re.I)
ADULT = 18
# The words in which articles speak of the young (any form the stemmer gives one stem).
YOUNG = ("child", "children", "kid", "teen", "teenager", "adolescent", "pediatric", "infant")
YOUNG += ("baby", "babies", "newborn", "toddler")
# The young named as those a question asks about ("can babies be born with it", "do toddlers get
# it"): as `young_age`, unknown when the articles use none of the words for the young.
YOUNG_PEOPLE = re.compile(
    r"\b(?:babies|baby|infants?|newborns?|toddlers?|kids|children|child|teens|teenagers?"
    r"|adolescents?)\b",
    re.I,
)


def young_age(need: str, vocab: Vocabulary) -> str:
    """A person under 18 the question asks about by age ("can my 15 year old take it"), as typed,
    when the articles use none of the words for the young; "" otherwise (an adult's age, "my mum
    is 62", is the articles' to judge: they may give ages of onset)."""
    if any(vocab.knows_as_typed(w) for w in YOUNG):
        return ""
    for found in AGE.finditer(need):
        if int(found["n"]) < ADULT:
            return found[0]
    found = YOUNG_PEOPLE.search(need)
    return found[0] if found else ""


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
    auxiliary first, no word about the reader) that the articles use only one slip away
    ("showers"; a four-letter stem is no slip with one letter replaced since 9x: "weed" is not
    "need"): typed as meant, so missing. `Vocabulary.missing` forgives them as slips;
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
