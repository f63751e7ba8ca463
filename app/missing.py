"""The rare words of a question that the articles never use, and how much they veto.

`missing_words`: the rare key concepts of the question a message asks that the articles never
mention (one slip forgiven, `Vocabulary.missing`; an English word of a message typed as keywords
as typed, `app.asks.misread`), less those that only frame it (`app.framing`), a relative the
reader speaks of ("my grandpa"), two of their words typed as one ("bloodwork") and a chat spelling
of a word they know ("sooo"). `vetoes`: whether such words refuse an answer despite the best
sentence's support (`named_support` for a name or a phrase, `word_support` for English words; any
support when a missing word names what the thing asked about is for, "adhd medication").
`named`: each once, to name in the reply. Out of scope: the order of the rules and the other
rules (`app.coverage`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.asks import misread
from app.chat_words import plain
from app.concepts import FUNCTION, Vocabulary, is_name, is_rare
from app.config import Settings
from app.lay_words import DRUGS, EVERYDAY_SUBSTANCES

# What a concept before it can qualify: "adhd medication", "lupus symptoms" (`_qualifies`).
QUALIFIED = (
    r"(?:medications?|meds|medicines?|drugs?|pills|tablets|treatments?|therap(?:y|ies)|symptoms?"
    r"|signs|diets?|supplements?|patients|sufferers|flare-?ups?|attacks?)\b"
)


def missing_words(
    need: str, question: str, frame: frozenset[str], vocab: Vocabulary, rank: int
) -> tuple[str, ...]:
    """The rare concepts of `need` (the question a message asks: `app.coverage.asked`) that the
    articles never mention, each once, less the words of `frame` (`app.framing`) and those that
    never veto (a relative, two known words typed as one, a chat spelling of a known word). A
    substance or food that is a common word counts too (`app.lay_words.EVERYDAY_SUBSTANCES`:
    "iron", "coffee")."""
    return tuple(
        c
        for c in dict.fromkeys([*vocab.missing(need), *misread(need, vocab, rank, question)])
        if (is_rare(c, rank) or c.lower() in EVERYDAY_SUBSTANCES)
        and c.lower() not in frame
        and not relative(c, need)
        and not vocab.joins(c)
        and not _plainly_known(c, vocab, rank)
    )


def vetoes(
    missing: Sequence[str], standard: Sequence[str], need: str, support: float, settings: Settings
) -> bool:
    """Whether missing words refuse an answer whose best sentence has `support`: it is below what
    they need (`_needed`, each word as the standard phrase it is part of: `_whole`), or one names
    what the thing asked about is for (`_qualifies`), or one is a word of a standard phrase put in
    for a lay word: "adhd" read as "attention deficit hyperactivity disorder", whose "deficit" and
    "disorder" lift a sentence on dopamine deficiency to 0.78 when the articles never speak of
    it, or one is a drug's standard name (`app.lay_words.DRUGS`): no sentence says a drug the
    articles never name in other words, however close ("can adderall fix low dopamine", read as
    amphetamine, drew a sentence on Parkinson's medicines at 0.77: seed held-out 48), nor a
    substance in everyday words ("iron": seed held-out 62)."""
    if not missing:
        return False
    whole = _whole(missing, standard)
    phrase = any(w not in missing for w in whole)
    drug = any(w.lower() in DRUGS or w.lower() in EVERYDAY_SUBSTANCES for w in whole)
    return phrase or drug or support < _needed(whole, settings) or _qualifies(whole, need)


# A member of the reader's family, or another's ("my grandpa", "his wife"): who the question is
# about, not what it asks (the people a question asks for, "for my kids", `app.asks`, still count).
RELATIVE = (
    r"(?:mom|mum|mother|dad|father|parents?|grand\w+|brother|sister|siblings?|aunt|uncle|nan"
    r"|nana|wife|husband|partner|boyfriend|girlfriend|spouse|cousin|nephew|niece"
    r"|step(?:dad|mom|mum|father|mother|son|daughter|brother|sister))"
)
RELATIVE_OF = re.compile(rf"\b(?:my|his|her|our|their|your|ur)\s+(?P<r>{RELATIVE})\b", re.I)


def relative(concept: str, text: str) -> bool:
    """The concept is a member of someone's family as the text names them ("my grandad")."""
    return any(concept.lower() == m["r"].lower() for m in RELATIVE_OF.finditer(text))


def named(*concepts: str) -> tuple[str, ...]:
    """The concepts to name as missing, each once ("bananas" may be both rare and the subject)."""
    first = {}
    for c in concepts:
        first.setdefault(c.lower(), c)
    return tuple(first.values())


def _whole(missing: Sequence[str], standard: Sequence[str]) -> tuple[str, ...]:
    """Each missing word as the standard phrase it is part of, if one was put in for a lay word."""
    return tuple(
        dict.fromkeys(
            next((p for p in standard if re.search(rf"\b{re.escape(c.lower())}\b", p)), c)
            for c in missing
        )
    )


def _qualifies(missing: Sequence[str], need: str) -> bool:
    """A missing concept names what the thing asked about is for or of ("does adhd medication
    raise dopamine", "are lupus symptoms worse in winter"): a passage on the thing in general
    (medication, symptoms) does not answer it, however close its sentence."""
    return any(
        re.search(rf"(?<![\w-]){re.escape(c)}(?:'s|s')?\s+{QUALIFIED}", need, re.I) for c in missing
    )


def _needed(missing: Sequence[str], settings: Settings) -> float:
    """The support a sentence needs despite rare words the articles never use: `named_support`
    when one is a name or a phrase ("ADHD", "wellbutrin", "serotonin syndrome": a thing they do
    not cover), `word_support` when all are English words ("lazy", "psychiatrist": often a lay
    way to say what a sentence says in its own words)."""
    if any(is_name(c) or " " in c for c in missing):
        return settings.named_support
    return settings.word_support


def _plainly_known(word: str, vocab: Vocabulary, rank: int) -> bool:
    """A chat spelling ("sooo", "someones", "avg", "prob") of a function word, a word the articles
    use or a common word, which would not veto typed plainly (`app.chat_words`)."""
    return any(p in FUNCTION or vocab.knows(p) or not is_rare(p, rank) for p in plain(word))
