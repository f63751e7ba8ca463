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
The rules live where their idea does: the words the articles never use (`app.missing`), the
things a question asks about that they never mention (`app.asks`), the words that only frame it
(`app.framing`), what the quoted passage must name (`app.must_say`); this module holds their order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from app import amounts, aspects
from app.asks import unknown_circumstance, unknown_effect, unknown_subject, unknown_topic
from app.concepts import Vocabulary, is_name, key_concepts, mentions
from app.config import Settings
from app.framing import broad_kinds, felt_beside, framing
from app.lay_words import as_typed, plainly
from app.lexical import terms
from app.missing import missing_words, named, vetoes
from app.must_say import (
    absent,
    has_quality,
    names_the_sign,
    names_the_sign_as_typed,
    new_need_met,
    together_unnamed,
)
from app.need import need
from app.records import Hit
from app.remarks import asks_nothing
from app.shop import to_the_shop
from app.subject import after_topic


@dataclass(frozen=True)
class Coverage:
    covered: bool
    missing: tuple[str, ...] = ()  # key concepts the articles never mention, as typed
    why: str = ""  # the rule that decided "not covered" (for diagnosis; never shown)


@dataclass(frozen=True)
class Turn:
    """The question as judged, in standard words (`app.lay_words`), and its place in the
    conversation: a `followup`; one that `refers_back` to the `topic`; one `marked` as a follow-up
    (a pronoun, "too"); `standard`: the standard words put in for lay ones."""

    question: str
    followup: bool
    refers_back: bool = False
    topic: str = ""
    marked: bool = True
    standard: tuple[str, ...] = ()


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
    turn = Turn(plain_question, followup, refers_back, topic, marked, tuple(typed))
    verdict = _judge(hits, turn, vocab, settings, says, shown)
    if not typed or not verdict.missing:
        return verdict
    return Coverage(
        verdict.covered, named(*(as_typed(c, typed) for c in verdict.missing)), verdict.why
    )


def _judge(
    hits: list[Hit],
    turn: Turn,
    vocab: Vocabulary,
    settings: Settings,
    says: Callable[[str, str], bool] | None,
    shown: Sequence[Hit],
) -> Coverage:
    """`says(word, quote)`: the quote says the word in other words (`app.synonyms`); a rare word
    or a subject it says is not missing ("tiredness" in a quote about "fatigue"). `shown`: the
    hits the reply would quote (default: the best); a rare word any of them says is not missing.
    `turn.standard`: a missing word of a standard phrase put in for a lay one stands for all of
    it ("hyperactivity" for "attention deficit hyperactivity disorder")."""
    question = turn.question
    if asks_nothing(question):  # "thanks that was really helpful": no question, whatever its words
        return Coverage(False, (), "thanks")
    need = asked(question)
    frame = framing(need) | broad_kinds(need, vocab)
    missing = missing_words(need, question, frame, vocab, settings.rare_rank)
    if not hits or hits[0].span is None:
        return Coverage(False, missing, "no-evidence")
    top = hits[0]
    if missing and says is not None:
        said = "\n".join(quote_text(h) for h in shown if h.span) or quote_text(top)
        missing = tuple(c for c in missing if not says(c, said))
    quoted = _stems(top)
    missing = tuple(c for c in missing if not felt_beside(c, need, quoted))
    concepts = key_concepts(question)
    if to_the_shop(need):  # before a missing word, which would name a product ("vitamin")
        return Coverage(False, (), "shop")
    if vetoes(missing, turn.standard, need, top.support, settings):
        return Coverage(False, missing, "missing")
    unknown = (
        unknown_subject(need, vocab)
        or unknown_topic(question, vocab, settings.rare_rank)
        or unknown_circumstance(need, vocab)
    )
    if unknown and says is not None and says(unknown, quote_text(top)):
        unknown = ""  # said in other words
    if unknown and top.support < settings.named_support:
        return Coverage(False, named(*missing, unknown), "subject")
    effect = unknown_effect(need, vocab)
    if turn.followup and len(effect) < 2:  # one word may say the topic's in other words ("round")
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
    rare = absent(concepts, question, quoted, quote_text(top), frame, settings.rare_rank, says)
    if turn.followup and rare and top.own < settings.followup_support:
        return Coverage(False, missing, "followup-rare")
    if turn.followup and not new_need_met(top, need, quoted, settings, turn.marked):
        return Coverage(False, missing, "new-need")
    if turn.refers_back and top.support < settings.refers_back_support:
        return Coverage(False, missing, "refers-back")
    if not amounts.answered(after_topic(need), top.passage.text):  # not "X at night, is that ..."
        return Coverage(False, missing, "amount")
    if aspects.unsaid(need, top.passage.text):
        return Coverage(False, missing, "aspect")
    if together_unnamed(need, turn.topic, quoted, settings.rare_rank):
        return Coverage(False, missing, "together")
    if top.support >= settings.support_below:
        return Coverage(True)
    keyword = 0 < len(concepts) <= settings.keyword_terms and top.support >= settings.keyword_floor
    if keyword and all(mentions(quoted, c) for c in concepts):
        return Coverage(True)
    return Coverage(False, missing, "support")


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
