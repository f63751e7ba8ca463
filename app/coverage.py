"""Is the question covered? The decision to quote or to say "not covered", beyond one cosine.

Evidence mode only. The rules in their order (a verdict's `why` names the one that decided): a
message that asks nothing ("thanks") or only to reach a person ("can i talk to a real doctor":
`app.remarks`); a question to the site's shop (`app.shop`); a rare word the
articles never use in the question the message asks (`asked`: not the chatter before it) unless
the best sentence is very strong (`app.missing`: `named_support`, or `word_support` when every such
word is English; the reply names what is missing); a thing, people, a time ("for my kids", "my 9
year old") or an effect ("make your hair fall out") the articles never mention, the same way
(`app.asks`); a quote that does not say what is asked of it, however strong its sentence: the
quality of "is X ADJ?", the X of "is X a sign of Y", a follow-up's rare words or new need
(`app.must_say`), a follow-up that refers back below `refers_back_support` (the earlier topic
lifts every cosine), an amount (`app.amounts`), an aspect (`app.aspects`), what a thing does
(`app.function`), both things taken together (`app.must_say`). Then covered when the best
answering sentence supports the question (its cosine, `support_below`), or when a keyword query
("levodopa") whose every key word the quoted passage mentions reaches `keyword_floor`. Words that
only frame a question (`app.framing`) and a word a quote says in other words (`says`) never veto;
lay words are judged as the standard words they stand for (`app.lay_words`) and named as typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app import amounts, aspects, function
from app.asks import (
    unknown_body_part,
    unknown_circumstance,
    unknown_effect,
    unknown_state,
    unknown_subject,
    unknown_topic,
)
from app.causes import named_causes
from app.concepts import Vocabulary, is_english, is_name, key_concepts, mentions
from app.config import Settings
from app.framing import broad_kinds, effect_beside, felt_beside, framing, lack_of
from app.lacking import says_low
from app.lay_words import as_typed, in_its_class, plainly, used_where
from app.missing import missing_words, named, relative, vetoes
from app.must_say import (
    absent,
    has_quality,
    names_the_sign,
    names_the_sign_as_typed,
    names_unknown,
    names_what_is_changed,
    names_what_is_told,
    names_what_is_told_as_typed,
    new_need_met,
    quote_text,
    stems,
    together_unnamed,
)
from app.need import need
from app.records import Hit
from app.remarks import asks_for_a_person, asks_nothing
from app.remedy import treated
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
    plain_question, typed = plainly(question, used_where(vocab.knows))
    turn = Turn(plain_question, followup, refers_back, topic, marked, tuple(typed))
    verdict = _judge(hits, turn, vocab, settings, says, shown)
    if not typed or not verdict.missing:
        return verdict
    return Coverage(
        verdict.covered, named(*(as_typed(c, typed) for c in verdict.missing)), verdict.why
    )


@dataclass(frozen=True)
class _Reading:
    """What the rules after the missing words read: the hits (the best has a quote), the turn,
    the question the message asks (`need`), its framing words, the best hit's stems, the
    question's key concepts, and `says`/`shown` as `_judge` takes them."""

    hits: list[Hit]
    turn: Turn
    need: str
    frame: frozenset[str]
    quoted: frozenset[str]
    concepts: list[str]
    vocab: Vocabulary
    settings: Settings
    says: Callable[[str, str], bool] | None
    shown: Sequence[Hit]

    @property
    def top(self) -> Hit:
        return self.hits[0]


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
    if asks_for_a_person(question):  # "can i talk to a real doctor": no passage answers it
        return Coverage(False, (), "person")
    need = asked(question)
    frame = framing(need) | broad_kinds(need, vocab)
    missing = missing_words(need, question, frame, vocab, settings.rare_rank)
    if not hits or hits[0].span is None:
        return Coverage(False, missing, "no-evidence")
    top = hits[0]
    if missing and says is not None:
        said = "\n".join(quote_text(h) for h in shown if h.span) or quote_text(top)
        missing = tuple(c for c in missing if not says(c, said))
    if missing:  # "therapist" when the quote names "a mental health professional"
        shown_text = "\n".join(quote_text(h) for h in shown if h.span) or quote_text(top)
        missing = tuple(c for c in missing if not in_its_class(c, shown_text))
    quoted = stems(top)
    missing = tuple(c for c in missing if not felt_beside(c, need, quoted))
    missing = tuple(c for c in missing if not effect_beside(c, need, quoted))  # "apathy"
    missing = tuple(c for c in missing if not lack_of(c, vocab))  # "joyless": "lack of joy"
    if to_the_shop(need):  # before a missing word, which would name a product ("vitamin")
        return Coverage(False, (), "shop")
    if vetoes(missing, turn.standard, need, top.support, settings):
        part = unknown_body_part(question, vocab)  # "my elbow is sore": the elbow first
        return Coverage(False, named(*filter(None, [part]), *missing), "missing")
    r = _Reading(
        hits, turn, need, frame, quoted, key_concepts(question), vocab, settings, says, shown
    )
    for rule in (_unmentioned, _unsaid):
        verdict = rule(r, missing)
        if verdict is not None:
            return verdict
    return _supported(r, missing)


def _unmentioned(r: _Reading, missing: tuple[str, ...]) -> Coverage | None:
    """Not covered when the question asks about a thing, people, a time or an effect the articles
    never mention (`app.asks`) and the best sentence is not very strong (`named_support`)."""
    need, vocab, says, settings, top = r.need, r.vocab, r.says, r.settings, r.top
    unknown = (
        unknown_subject(need, vocab)
        or unknown_topic(r.turn.question, vocab, settings.rare_rank)
        or unknown_circumstance(need, vocab)
        or unknown_state(r.turn.question, vocab)
        or unknown_body_part(r.turn.question, vocab)
    )
    broad = broad_kinds(need, vocab)  # "brain chemicals", "the feel good chemical": a class
    if unknown.lower() in broad or lack_of(unknown, vocab):
        unknown = ""  # "brain chemicals", "joyless": never a thing the articles do not name
    if unknown and says is not None and says(unknown, quote_text(top)):
        unknown = ""  # said in other words
    if unknown and in_its_class(unknown, quote_text(top)):
        unknown = ""  # "therapist" in a quote about "a mental health professional"
    if unknown and top.support < settings.named_support:
        return Coverage(False, named(*missing, unknown), "subject")
    effect = tuple(  # "is dopamine the feel good chemical": no effect
        c for c in unknown_effect(need, vocab) if not lack_of(c, vocab) and c.lower() not in broad
    )
    if r.turn.followup and len(effect) < 2:  # one word may say the topic's in other words ("round")
        effect = ()
    if effect and says is not None and any(says(c, quote_text(top)) for c in effect):
        effect = ()  # said in other words
    if effect and top.support < settings.named_support:
        return Coverage(False, named(*missing, *effect), "effect")
    return None


def _unsaid(r: _Reading, missing: tuple[str, ...]) -> Coverage | None:
    """Not covered, however strong the sentence, when the quote does not say what the question
    asks of it (`app.must_say`, `app.amounts`, `app.aspects`), or a follow-up is not answered."""
    need, quoted, says, settings, top, turn = r.need, r.quoted, r.says, r.settings, r.top, r.turn
    if not has_quality(need, quote_text(top), quoted, r.vocab, says):
        return Coverage(False, missing, "quality")
    # The thing asked about as a sign must be named by the best hit's quote (or said in other
    # words), or word for word by a quote shown or one of the next three hits ("is fatigue a sign
    # of low dopamine": the passage listing "fatigue, apathy, ..." may rank fourth).
    if not names_the_sign(need, quote_text(top), quoted, says) and not any(
        names_the_sign_as_typed(need, quote_text(h)) for h in (*r.shown, *r.hits[1:4]) if h.span
    ):
        return Coverage(False, missing, "sign")
    if not names_what_is_told(turn.question, quote_text(top), quoted, says) and not any(
        names_what_is_told_as_typed(turn.question, quote_text(h))
        for h in (*r.shown, *r.hits[1:4])
        if h.span
    ):  # "my dad lost his sense of smell, is that a sign ...": the smell, not other signs
        return Coverage(False, missing, "told")
    if not _names_the_cause(r):  # "can stress cause it": a list of other causes says nothing
        return Coverage(False, missing, "cause")
    if not names_what_is_changed(quote_text(top), quoted, need, settings.rare_rank, says):
        return Coverage(False, missing, "changed")
    if not says_low(  # "signs of low serotonin"
        quote_text(top), quoted, need, settings.rare_rank, top.passage.text
    ):
        return Coverage(False, missing, "lacking")
    rare = absent(
        r.concepts, turn.question, quoted, quote_text(top), r.frame, settings.rare_rank, says
    )
    if turn.followup and rare and top.own < settings.followup_support:
        return Coverage(False, missing, "followup-rare")
    if turn.followup and names_unknown(need, missing):  # "and deep brain stimulation?"
        return Coverage(False, missing, "new-thing")
    told = aspects.said(need, top.passage.text)  # "does it last": the time course told
    if turn.followup and not told and not new_need_met(top, need, quoted, settings, turn.marked):
        return Coverage(False, missing, "new-need")
    if (
        turn.refers_back
        and top.support < settings.refers_back_support
        and not told
        and top.own < settings.followup_support  # its own words answered ("enjoying things")
    ):
        return Coverage(False, missing, "refers-back")
    if not amounts.answered(after_topic(need), top.passage.text):  # not "X at night, is that ..."
        return Coverage(False, missing, "amount")
    if aspects.unsaid(need, top.passage.text, turn.question):
        return Coverage(False, missing, "aspect")
    if function.unsaid(need, top.passage.text, settings.rare_rank):  # "what does serotonin do"
        return Coverage(False, missing, "function")
    relieved = treated(need)  # "what can i take for constipation ...": constipation named
    if any(not mentions(quoted, c) and not (says and says(c, quote_text(top))) for c in relieved):
        return Coverage(False, missing, "remedy")
    if together_unnamed(need, turn.topic, quoted, settings.rare_rank):
        return Coverage(False, missing, "together")
    return None


def _names_the_cause(r: _Reading) -> bool:
    """A question on one named cause ("can stress cause low dopamine") is answered only by a
    passage that names it (a word of it, one slip forgiven, or in other words): the best hit's,
    one shown, or one of the next three (`causes.named_causes`)."""
    cause = named_causes(r.need)
    if not cause:
        return True
    hits = [h for h in (r.top, *r.shown, *r.hits[1:4]) if h.span]
    return any(
        mentions(stems(h), w)
        or (r.says is not None and r.says(w, quote_text(h)))
        or (len(cause) == 1 and in_its_class(w, quote_text(h)))  # "the pill"; not "sleeping pills"
        for h in hits
        for w in cause
    )


def _supported(r: _Reading, missing: tuple[str, ...]) -> Coverage:
    """Covered when the best sentence supports the question (`support_below`), or a keyword query
    whose every key word the quoted passage mentions reaches `keyword_floor`."""
    top, settings = r.top, r.settings
    if top.support >= settings.support_below:
        return Coverage(True)
    concepts = r.concepts
    keyword = 0 < len(concepts) <= settings.keyword_terms and top.support >= settings.keyword_floor
    if keyword and all(mentions(r.quoted, c) for c in concepts):
        return Coverage(True)
    return Coverage(False, missing, "support")


def _verb_form(word: str) -> bool:
    """An -ing or -ed form of an everyday word ("ditching", "bailed"), which the model splits: no
    name, though no whole word of its vocabulary either ("parkinsons" stays a name)."""
    return word.lower().endswith(("ing", "ed")) and is_english(word)


def asked(message: str) -> str:
    """The words whose absence from the articles vetoes an answer: those of the question the
    message asks (not the chatter before it: "this workout killed me lol, does exercise help
    depression"), with the names in that chatter when the question refers back to it ("my dr
    wants me on wellbutrin, does it raise dopamine"). The whole message when its question names
    nothing ("adderall fixes low dopamine, true?") or asks a relation with one side only, the
    other side told before it ("my grandma had a stroke 5 years ago, can low dopamine be
    related")."""
    part = need(message)
    if not key_concepts(part.question) or part.relates:
        return message
    if not part.refers_back:
        return part.question
    names = [
        c
        for c in key_concepts(part.preamble)
        if is_name(c) and not _verb_form(c) and not relative(c, part.preamble)  # "my grandad"
    ]
    return " ".join([*names, part.question])
