"""Is the question covered? The decision to quote or to say "not covered", beyond one cosine.

Evidence mode only. Covered when the best answering sentence supports the question (its cosine,
`support_below`), unless the question names a rare concept the corpus never mentions ("ADHD"; only
the question a chatty message asks counts, `asked`; in a message typed as keywords an English word
one slip from theirs counts too, "smoking weed": `app.asks.misread`): then only a very strong
sentence (`named_support`; `word_support` when every such word is English, not a name: "lazy",
"psychiatrist") lets it through, and the reply names what is missing. A keyword query ("levodopa")
whose every key word is in the quoted passage is covered down to `keyword_floor`. A follow-up's new
information need is judged on its own words: when a rare one is not in the quoted passage and the
follow-up alone is weakly supported, it is not covered (of two words asked about as alternatives,
"any pills or supplements too?", the one the passage mentions is enough). A follow-up that refers
back ("are they safe with sertraline?" after a supplements question) is read with the earlier
topic, which the articles cover by construction and which lifts every cosine: its best sentence
needs `refers_back_support`. A question that asks for an amount (a dose, a duration, an amount a
day, a normal level, a time of day: `app.amounts`) is covered only by a passage that gives one: a
passage that merely names the drug does not answer it. A question about taking two things together
is covered only by a passage that names every rare concept it asks about ("l-theanine" and
"sertraline"). A question about a thing the articles never mention, common word or not ("does
drinking alcohol lower dopamine", "can kids have low dopamine": `app.subject`), is covered only by
a very strong sentence (`named_support`), like one naming a rare missing concept, and the reply
names it; so is one about people or a time they never mention ("for my kids", "while pregnant") or
an effect they use none of the words of ("make your hair fall out"; "loss" in "hair loss" and "low"
in "low sex drive" are not counted; after a follow-up only an effect of two or more such words:
"can they make you gain weight", not "does it work the other way round"), and an "is X ADJ?"
question whose quoted passage never says ADJ ("is parkinsons genetic"), and an "is X a sign of Y"
question whose quoted passage never names X ("is losing your sense of smell a sign of ..."):
`app.asks`. A child named by an age ("my 9 year old") is a circumstance of its own. Words that only
frame a question (the kind a "which X" question asks for, an effect verb), two known words typed as
one ("bloodwork"), a word the quote says in other words and an English word said of how the reader
feels beside one of the quoted passage's ("feel lazy and unmotivated") never veto.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from app import amounts, aspects
from app.asks import (
    broad_kinds,
    felt_beside,
    framing,
    has_quality,
    misread,
    names_the_sign,
    names_the_sign_as_typed,
    names_what_is_told,
    names_what_is_told_as_typed,
    unknown_circumstance,
    unknown_effect,
    unknown_state,
    unknown_subject,
    unknown_topic,
)
from app.chat_words import plain
from app.concepts import FUNCTION, Vocabulary, is_name, is_rare, key_concepts, mentions
from app.config import Settings
from app.lay_words import as_typed, in_its_class, plainly
from app.lexical import terms
from app.need import REFERS_BACK, need
from app.records import Hit
from app.remarks import asks_nothing
from app.shop import to_the_shop
from app.subject import after_topic

# "can i take l-theanine with sertraline", "does levodopa interact with sertraline"
INTERACTION = re.compile(
    r"\b(?:take|taking|mix|mixing|combine|combining)\b[^.?!]*\bwith\b|\binteract\w*"
    r"|\b(?:drink|drinking|take|taking|have|having|use|using|smoke|smoking)\b[^.?!]*\bon\s+"
    r"(?:it|them|this|that|these|those|(?:my|your|ur)\s+\w+"
    r"|(?!(?:the|a|an|top|days?|weekends?|weekdays?|holiday|vacation|average|purpose|time|empty)\b)"
    r"[a-z][\w-]{3,})\b",  # "can i drink alcohol on it", "coffee on sertraline"
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


# What a concept before it can qualify: "adhd medication", "lupus symptoms" (`_qualifies`).
QUALIFIED = (
    r"(?:medications?|meds|medicines?|drugs?|pills|tablets|treatments?|therap(?:y|ies)|symptoms?"
    r"|signs|diets?|supplements?|patients|sufferers|flare-?ups?|attacks?)\b"
)

# "pills or supplements", "tablets or capsules": two things asked about as alternatives.
ALTERNATIVE = re.compile(r"\b([a-z][\w-]{2,})\s+or\s+([a-z][\w-]{2,})\b", re.I)


@dataclass(frozen=True)
class Coverage:
    covered: bool
    missing: tuple[str, ...] = ()  # key concepts the articles never mention, as typed
    why: str = ""  # the rule that decided "not covered" (for diagnosis; never shown)


def judge(
    hits: list[Hit],
    question: str,
    followup: bool,
    vocab: Vocabulary,
    settings: Settings,
    refers_back: bool = False,
    topic: str = "",
    marked: bool = True,
    says: Callable[[str, str], bool] | None = None,
    shown: Sequence[Hit] = (),
) -> Coverage:
    """`_judge` on the question in standard words (`app.lay_words`: "coke" is cocaine, "zoloft"
    sertraline, "shaky hands" tremors); what is missing is named in the reader's words."""
    plain_question, typed = plainly(question)
    verdict = _judge(
        hits,
        plain_question,
        followup,
        vocab,
        settings,
        refers_back,
        topic,
        marked,
        says,
        shown,
        tuple(typed),
    )
    if not typed or not verdict.missing:
        return verdict
    return Coverage(
        verdict.covered, _named(*(as_typed(c, typed) for c in verdict.missing)), verdict.why
    )


def _judge(
    hits: list[Hit],
    question: str,
    followup: bool,
    vocab: Vocabulary,
    settings: Settings,
    refers_back: bool = False,
    topic: str = "",
    marked: bool = True,
    says: Callable[[str, str], bool] | None = None,
    shown: Sequence[Hit] = (),
    standard: Sequence[str] = (),
) -> Coverage:
    """`says(word, quote)`: the quote says the word in other words (`app.synonyms`); a rare word
    or a subject it says is not missing ("tiredness" in a quote about "fatigue"). `shown`: the
    hits the reply would quote (default: the best); a rare word any of them says is not missing.
    `standard`: the standard words put in for lay ones (`app.lay_words`); a missing word of one
    stands for all of it ("hyperactivity" for "attention deficit hyperactivity disorder")."""
    if asks_nothing(question):  # "thanks that was really helpful": no question, whatever its words
        return Coverage(False, (), "thanks")
    need = asked(question)
    frame = framing(need) | broad_kinds(need, vocab)
    missing = tuple(
        c
        for c in dict.fromkeys(
            [*vocab.missing(need), *misread(need, vocab, settings.rare_rank, question)]
        )
        if is_rare(c, settings.rare_rank)
        and c.lower() not in frame
        and not _relative(c, need)
        and not vocab.joins(c)
        and not _plainly_known(c, vocab, settings.rare_rank)
    )
    if not hits or hits[0].span is None:
        return Coverage(False, missing, "no-evidence")
    top = hits[0]
    if missing and says is not None:
        said = "\n".join(quote_text(h) for h in shown if h.span) or quote_text(top)
        missing = tuple(c for c in missing if not says(c, said))
    if missing:  # "therapist" when the quote names "a mental health professional"
        shown_text = "\n".join(quote_text(h) for h in shown if h.span) or quote_text(top)
        missing = tuple(c for c in missing if not in_its_class(c, shown_text))
    quoted = _stems(top)
    missing = tuple(c for c in missing if not felt_beside(c, need, quoted))
    concepts = key_concepts(question)
    if to_the_shop(need):  # before a missing word, which would name a product ("vitamin")
        return Coverage(False, (), "shop")
    whole = _whole(missing, standard)
    if missing and (top.support < _needed(whole, settings) or _qualifies(whole, need)):
        return Coverage(False, missing, "missing")
    unknown = (
        unknown_subject(need, vocab)
        or unknown_topic(question, vocab, settings.rare_rank)
        or unknown_circumstance(need, vocab)
        or unknown_state(question, vocab)
    )
    if unknown and says is not None and says(unknown, quote_text(top)):
        unknown = ""  # said in other words
    if unknown and in_its_class(unknown, quote_text(top)):
        unknown = ""  # "therapist" in a quote about "a mental health professional"
    if unknown and top.support < settings.named_support:
        return Coverage(False, _named(*missing, unknown), "subject")
    effect = unknown_effect(need, vocab)
    if followup and len(effect) < 2:  # one word may say the topic's in other words ("round")
        effect = ()
    if effect and says is not None and any(says(c, quote_text(top)) for c in effect):
        effect = ()  # said in other words
    if effect and top.support < settings.named_support:
        return Coverage(False, (*missing, *effect), "effect")
    if not has_quality(need, quote_text(top), quoted, vocab, says):  # however strong the sentence
        return Coverage(False, missing, "quality")
    # The thing asked about as a sign must be named by the best hit's quote (or said in other
    # words), or word for word by a quote shown or one of the next three hits ("is fatigue a sign
    # of low dopamine": the passage listing "fatigue, apathy, ..." may rank fourth).
    if not names_the_sign(need, quote_text(top), quoted, says) and not any(
        names_the_sign_as_typed(need, quote_text(h)) for h in (*shown, *hits[1:4]) if h.span
    ):
        return Coverage(False, missing, "sign")
    if not names_what_is_told(question, quote_text(top), quoted, says) and not any(
        names_what_is_told_as_typed(question, quote_text(h)) for h in (*shown, *hits[1:4]) if h.span
    ):  # "my dad lost his sense of smell, is that a sign ...": the smell, not other signs
        return Coverage(False, missing, "told")
    absent = [
        c
        for c in concepts
        if is_rare(c, settings.rare_rank)
        and not mentions(quoted, c)
        and not any(mentions(quoted, p) for p in plain(c))  # "meds" for "medications"
    ]
    if absent and says is not None:  # "tiredness" after a quote about "fatigue"
        absent = [c for c in absent if not says(c, quote_text(top))]
    absent = [c for c in absent if not _or_mentioned(c, question, quoted)]
    absent = [c for c in absent if c.lower() not in frame]  # "which meds": instances answer
    if followup and absent and top.own < settings.followup_support:
        return Coverage(False, missing, "followup-rare")
    if followup and not _new_need_met(top, need, quoted, settings, marked):
        return Coverage(False, missing, "new-need")
    if refers_back and top.support < settings.refers_back_support:
        return Coverage(False, missing, "refers-back")
    if not amounts.answered(after_topic(need), top.passage.text):  # not "X at night, is that ..."
        return Coverage(False, missing, "amount")
    if aspects.unsaid(need, top.passage.text):
        return Coverage(False, missing, "aspect")
    together = _together(need, topic, settings.rare_rank)
    two = INTERACTION.search(need) or DRINK_ALONE.search(need)
    if two and not all(mentions(quoted, c) for c in together):
        return Coverage(False, missing, "together")
    if top.support >= settings.support_below:
        return Coverage(True)
    keyword = 0 < len(concepts) <= settings.keyword_terms and top.support >= settings.keyword_floor
    if keyword and all(mentions(quoted, c) for c in concepts):
        return Coverage(True)
    return Coverage(False, missing, "support")


# A member of the reader's family, or another's ("my grandpa", "his wife"): who the question is
# about, not what it asks (the people a question asks for, "for my kids", `app.asks`, still count).
RELATIVE = (
    r"(?:mom|mum|mother|dad|father|parents?|grand\w+|brother|sister|siblings?|aunt|uncle|nan"
    r"|nana|wife|husband|partner|boyfriend|girlfriend|spouse|cousin|nephew|niece)"
)
RELATIVE_OF = re.compile(rf"\b(?:my|his|her|our|their|your|ur)\s+(?P<r>{RELATIVE})\b", re.I)


def _relative(concept: str, need: str) -> bool:
    return any(concept.lower() == m["r"].lower() for m in RELATIVE_OF.finditer(need))


def _or_mentioned(concept: str, question: str, quoted: frozenset[str]) -> bool:
    """The concept is one of two asked about as alternatives ("any pills or supplements too?")
    and the quoted passage mentions the other: one of them is enough."""
    for other in ALTERNATIVE.findall(question):
        pair = [w.lower() for w in other]
        if concept.lower() in pair:
            rest = pair[1 - pair.index(concept.lower())]
            return mentions(quoted, rest)
    return False


def _named(*concepts: str) -> tuple[str, ...]:
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


def asked(message: str) -> str:
    """The words whose absence from the articles vetoes an answer: those of the question the
    message asks (not the chatter before it: "this workout killed me lol, does exercise help
    depression"), with the names in that chatter when the question refers back to it ("my dr
    wants me on wellbutrin, does it raise dopamine"). The whole message when its question names
    nothing ("adderall fixes low dopamine, true?")."""
    part = need(message)
    if not key_concepts(part.question):
        return message
    if not part.refers_back:
        return part.question
    names = [c for c in key_concepts(part.preamble) if is_name(c)]
    return " ".join([*names, part.question])


def _new_need_met(
    top: Hit, need: str, quoted: set[str], settings: Settings, marked: bool = True
) -> bool:
    """A follow-up that names what it asks about ("what about for kids", "how about yoga", "and
    the side effects?") asks about that, within the topic: the quoted passage must mention it, or
    the best sentence must support the follow-up's own words (`followup_support`). So does one
    that is not `marked` as a follow-up (no pronoun, no "too", names several words): "how much
    water should i drink a day" after a foods question may start a topic of its own."""
    found = ABOUT.match(need)
    named = key_concepts(found["x"]) if found else [] if marked else key_concepts(need)
    return (
        not named or any(mentions(quoted, c) for c in named) or top.own >= settings.followup_support
    )


def quote_text(hit: Hit) -> str:
    p = hit.passage
    return p.text[hit.span[0] - p.start : hit.span[1] - p.start] if hit.span else p.text


def _stems(hit: Hit) -> frozenset[str]:
    p = hit.passage
    return _passage_stems(p.title, p.section, p.text)


@lru_cache(maxsize=4096)
def _passage_stems(title: str, section: str, text: str) -> frozenset[str]:
    """A passage's stems with its title and section: the same for every question, so kept."""
    return frozenset(terms(f"{title} {section} {text}"))
