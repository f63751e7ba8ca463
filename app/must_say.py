"""What the quoted passage itself must name, however close its best sentence is to the question.

The quality an "is X ADJ?" question asks of X ("is parkinsons genetic": `has_quality`); the thing
an "is X a sign of Y" question asks about ("smell": `names_the_sign`); every thing a question about
taking two things together names ("l-theanine" and "sertraline": `together_unnamed`); a follow-up's
rare words (`absent`: of two alternatives, "any pills or supplements too?", one is enough) and
what it names as its new need ("what about for kids": `new_need_met`); a thing a statement tells as
lost before "is that a sign" ("my dad lost his sense of smell, is that an early sign":
`names_what_is_told`). `app.coverage` applies them
in its order; `quote_text` and `stems` are the quote and the passage's stems they read. Out of
scope: words the articles never use at all (`app.asks`, `app.missing`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from app.aspects import PREVALENT, SAYS_PREVALENCE
from app.chat_words import plain
from app.concepts import Vocabulary, is_rare, key_concepts, mentions
from app.config import Settings
from app.framing import broad_kinds
from app.lay_words import in_its_class
from app.lexical import terms
from app.need import REFERS_BACK
from app.records import Hit
from app.subject import quality

Says = Callable[[str, str], bool]  # `app.synonyms.NearWords.says`: a quote says a word


def quote_text(hit: Hit) -> str:
    """The text a hit quotes (its whole passage when it has no quote window)."""
    p = hit.passage
    return p.text[hit.span[0] - p.start : hit.span[1] - p.start] if hit.span else p.text


def stems(hit: Hit) -> frozenset[str]:
    """The stems of a hit's passage with its title and section (`app.lexical.terms`)."""
    p = hit.passage
    return _passage_stems(p.title, p.section, p.text)


@lru_cache(maxsize=4096)
def _passage_stems(title: str, section: str, text: str) -> frozenset[str]:
    """A passage's stems with its title and section: the same for every question, so kept."""
    return frozenset(terms(f"{title} {section} {text}"))


def has_quality(
    need: str, quote: str, quoted: frozenset[str], vocab: Vocabulary, says: Says | None
) -> bool:
    """An "is X ADJ?" question ("is parkinsons genetic") asks whether X is ADJ: the quoted passage
    must say ADJ (one slip and "-able" forms forgiven, or in other words), not merely be about X;
    how common X is ("is parkinsons common", "is it rare") may be said by a share or a number of
    people ("an estimated 1 percent of people": `app.aspects.SAYS_PREVALENCE`). True for other
    questions."""
    word = quality(need)
    if not word or not key_concepts(word) or mentions(quoted, word) or vocab.joins(word):
        return True
    if word.lower() in broad_kinds(need, vocab):  # "is dopamine the feel good chemical": a noun
        return True
    if PREVALENCE_WORD.fullmatch(word) and SAYS_PREVALENCE.search(quote):
        return True
    return says is not None and says(word, quote)


PREVALENCE_WORD = re.compile(PREVALENT, re.I)


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


# "how do i raise serotonin naturally", "what boosts oxytocin", "ways to increase my estrogen": the
# thing a question asks to raise or lower; not a verb in -ing after a word it modifies ("dopamine
# boosting meds") nor one in a clause that names a thing ("meds that boost serotonin") (fifth
# session of 2026-12-03).
CHANGED = re.compile(
    r"(?:^|(?<=\s))(?P<before>[\w'’]+\s+)?(?P<verb>raise|raises|raising|boost|boosts|boosting"
    r"|increase|increases|increasing|lower|lowers|lowering|reduce|reduces|reducing|decrease"
    r"|decreases|decreasing|restore|restores|restoring)\s+(?:(?:my|your|ur|the|one'?s|his|her"
    r"|their|our|some|more|low|high|only)\s+)*(?P<x>[a-z][\w-]+)",
    re.I,
)
CLAUSE = frozenset(["that", "which", "who", "they", "it"])
# A level or a pronoun names no thing; a risk or chances lowered is prevention (`app.aspects`).
LEVELS = frozenset(
    ["level", "levels", "it", "them", "this", "that", "amount", "amounts", "risk", "risks"]
    + ["chance", "chances", "odds", "likelihood"]
)


def changed(need: str, rank: int) -> list[str]:
    """The rare key word of the thing a question asks to raise or lower ("how do i raise serotonin
    naturally" -> ["serotonin"]); [] when it asks none, or a common word, a level or a pronoun."""
    for found in CHANGED.finditer(need):
        before = (found["before"] or "").strip().lower()
        if before in CLAUSE or (found["verb"].endswith("ing") and key_concepts(before)):
            continue  # "meds that boost serotonin", "dopamine boosting meds": a modifier
        words = key_concepts(found["x"])
        return [w for w in words if w.lower() not in LEVELS and is_rare(w, rank)]
    return []


def names_what_is_changed(
    quote: str, quoted: frozenset[str], need: str, rank: int, says: Says | None
) -> bool:
    """A question asking how to raise or lower a thing asks about that thing: a quote that raises
    or lowers another thing ("how do i raise serotonin naturally" and "ways you can raise your
    dopamine levels") must mention it (one slip forgiven, or in other words). True for other
    questions and quotes ("does chocolate boost dopamine" and a list of foods that help)."""
    words = changed(need, rank)
    if not words or not _changes_another(quote, words):
        return True
    return all(mentions(quoted, w) or (says is not None and says(w, quote)) for w in words)


def _changes_another(quote: str, words: list[str]) -> bool:
    """The quote raises or lowers a thing that is none of `words` ("raise your dopamine levels")."""
    asked = {w.lower() for w in words}
    return any(
        found["x"].lower() not in asked and found["x"].lower() not in LEVELS
        for found in CHANGED.finditer(quote)
    )


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


# "can i take l-theanine with sertraline", "does levodopa interact with sertraline"
INTERACTION = re.compile(
    r"\b(?:take|taking|mix|mixing|combine|combining)\b[^.?!]*\bwith\b|\binteract\w*"
    r"|\b(?:drink|drinking|take|taking|have|having|use|using|smoke|smoking)\b[^.?!]*\bon\s+"
    r"(?:it|them|this|that|these|those|(?:my|your|ur)\s+\w+"
    r"|(?!(?:the|a|an|top|days?|weekends?|weekdays?|holiday|vacation|average|purpose|time|empty)\b)"
    r"[a-z][\w-]{3,})\b",  # "can i drink alcohol on it", "coffee on sertraline"
    re.I,
)
# Being dependent on a thing ("get hooked on stuff", "addicted to", "reliant on") is no taking of
# one thing on another (9t: "can low dopamine make you ... get hooked on stuff easier"); nor is
# being low on a thing or hard on it (9u: "does coke use leave you low on dopamine").
HOOKED = re.compile(
    r"\b(?:hooked|addicted|dependent|reliant|keen|based|focused|fixated"
    r"|low|short|hard|easy|rough|tough|harsh)\s+on\b",
    re.I,
)
# "can i drink on them", "drinking while on sertraline": to drink, with no object, is alcohol.
DRINK_ALONE = re.compile(r"\bdrink(?:ing|s)?\s+(?:on|while|with)\b", re.I)
# Words of a question about two things together that name neither thing.
TOGETHER = frozenset(
    ["safe", "safely", "okay", "fine", "together", "interact", "interacts", "interaction", "drink"]
)
# "what about for kids", "ok how about yoga?", "and the side effects?", "any supplements too?"
ABOUT = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|but|then)\W+)*(?:(?:what|how)\s+about\b|and\b|any\b)"
    r"(?P<x>[^,.?!;]+)(?:[,.?!;]|$)",
    re.I,
)

# "pills or supplements", "tablets or capsules": two things asked about as alternatives.
ALTERNATIVE = re.compile(r"\b([a-z][\w-]{2,})\s+or\s+([a-z][\w-]{2,})\b", re.I)


def absent(
    concepts: list[str],
    question: str,
    quoted: frozenset[str],
    quote: str,
    frame: frozenset[str],
    rank: int,
    says: Says | None,
) -> list[str]:
    """The rare `concepts` of the question that the quoted passage (its stems `quoted`; its text
    `quote`) never mentions: not in a chat spelling ("meds" for "medications"), nor in other words
    ("tiredness" after a quote about "fatigue"), nor as the other of two alternatives, nor a word
    that only frames the question (`frame`: "which meds": instances answer)."""
    found = [
        c
        for c in concepts
        if is_rare(c, rank)
        and not mentions(quoted, c)
        and not any(mentions(quoted, p) for p in plain(c))  # "meds" for "medications"
    ]
    if found and says is not None:  # "tiredness" after a quote about "fatigue"
        found = [c for c in found if not says(c, quote)]
    found = [c for c in found if not _or_mentioned(c, question, quoted)]
    found = [c for c in found if not in_its_class(c, quote)]  # "pills": "certain supplements"
    return [c for c in found if c.lower() not in frame]  # "which meds": instances answer


def together_unnamed(need: str, topic: str, quoted: frozenset[str], rank: int) -> bool:
    """A question about taking two things together ("can i take l-theanine with sertraline")
    whose quoted passage does not name every thing it asks about (`_together`)."""
    names = _together(need, topic, rank)
    plain_need = HOOKED.sub(" ", need)  # "get hooked on stuff" takes nothing on another thing
    two = INTERACTION.search(plain_need) or DRINK_ALONE.search(plain_need)
    return bool(two) and not all(mentions(quoted, c) for c in names)


def _or_mentioned(concept: str, question: str, quoted: frozenset[str]) -> bool:
    """The concept is one of two asked about as alternatives ("any pills or supplements too?")
    and the quoted passage mentions the other: one of them is enough."""
    for other in ALTERNATIVE.findall(question):
        pair = [w.lower() for w in other]
        if concept.lower() in pair:
            rest = pair[1 - pair.index(concept.lower())]
            return mentions(quoted, rest)
    return False


def _together(need: str, topic: str, rank: int) -> list[str]:
    """The things a question about taking two things together names ("alcohol" in "can i drink
    alcohol on it", and in "can i drink on it": to drink, with no object), and, when it refers
    back, the rare concepts of the conversation's topic it stands for ("are they safe to take
    with sertraline?" after a supplements question)."""
    names = [c for c in key_concepts(need) if c.lower() not in TOGETHER]
    if DRINK_ALONE.search(need):
        names.append("alcohol")
    if topic and REFERS_BACK.search(need):
        names += [c for c in key_concepts(topic) if is_rare(c, rank)]
    return names


# "any pills for it?", "ok and any tablets": whether there are any of a kind, which a quote naming
# one of the kind answers ("certain supplements"); "what about pills?" asks about the thing itself.
ANY = re.compile(r"^\W*(?:(?:ok|okay|so|and|but|then)\W+)*any\b", re.I)


# "any others?", "and what else", "any more": more of what the topic's answer listed, no new thing
# (seventh session of 2026-12-03).
MORE_OF = frozenset({"others", "other", "more", "else", "ones", "one", "another"})


def names_unknown(need: str, missing: Sequence[str]) -> bool:
    """A follow-up that names a thing of several words ("and deep brain stimulation?") whose
    head the articles never use (`missing`): the thing is not theirs, however much its other
    words ("brain") lift the topic's passage (seventh session of 2026-12-03)."""
    found = ABOUT.match(need)
    named = key_concepts(found["x"]) if found else []
    low = {m.lower() for m in missing}
    return len(named) > 1 and named[-1].lower() in low


def new_need_met(
    top: Hit, need: str, quoted: set[str], settings: Settings, marked: bool = True
) -> bool:
    """A follow-up that names what it asks about ("what about for kids", "how about yoga", "and
    the side effects?") asks about that, within the topic: the quoted passage must mention it, or
    the best sentence must support the follow-up's own words (`followup_support`). So does one
    that is not `marked` as a follow-up (no pronoun, no "too", names several words): "how much
    water should i drink a day" after a foods question may start a topic of its own."""
    found = ABOUT.match(need)
    named = key_concepts(found["x"]) if found else [] if marked else key_concepts(need)
    named = [c for c in named if c.lower() not in MORE_OF]  # "any others?": more of the topic's
    return (
        not named
        or any(mentions(quoted, c) for c in named)
        or (ANY.match(need) and any(in_its_class(c, quote_text(top)) for c in named))
        or top.own >= settings.followup_support
    )
