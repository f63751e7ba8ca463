"""Sentences that speak of a cause without saying what causes the thing a question asks about.

The model puts both kinds near "what causes low dopamine", yet a reader who asked for the causes
learns none from them:

- a sentence about finding out a cause ("your provider will try to figure out what's causing
  those low levels", "you'll want to get to the bottom of what is causing it": `finds_cause`);
- a sentence in which the thing asked about is itself the cause ("signs of low dopamine that may
  be causing mental health issues", "these symptoms could be caused by ... dopamine deficiency":
  `is_the_cause`): the question asks what leads to it, not what it leads to.

For a question that asks a cause (`cause_asked`: "what causes X", "why is X", "the reason for X";
not one about finding a cause out: "who can help me work out why ...", "how would a doctor find
the cause"), such a sentence's evidence is lowered by `Settings.cause_penalty`
(`app.sentence_search`), and the sentence right after an article's own question for the causes
of the same thing ("What can cause deficiency of dopamine? Low levels of dopamine can be the
result of a few different things.": `answers_after`) gains as much, and so does a sentence that
names a cause of it ("Parkinson's disease may also lead to low levels of dopamine": `gives_cause`),
so that the causes a section goes on to list come before a definition or an introduction that only
shares the question's words. Pure functions over
lowercased text. Left out: the other things one can find out (a sentence about testing is the
answer to a question about a test), and what a sentence says the cause is (the ranking's).
BENCHMARKS.md section 10, "Task 9t".

A sentence can also read the question's cause and effect backwards: asked why serotonin drugs
lower dopamine, "support of dopamine can lower serotonin levels" makes the converse claim
(`reverses`); its evidence is lowered by the same penalty (BENCHMARKS.md section 10, "Task 9v").

A question can also name the cause it asks about ("can stress cause low dopamine", "could my
stress be causing it"): a passage that lists other causes does not answer it (`named_causes`;
the rule is `app.coverage`'s).
"""

from __future__ import annotations

import re

from app.concepts import key_concepts
from app.lexical import terms

# A verb of finding out, then what is found: the cause, the reason, why, what is behind it.
_FIND = (
    r"(?:figur|find|work|sort|suss|track|hunt|root|dig|seek|search|look|get|got|gett|pin)"
    r"\w*\s+(?:out|down|into|to the (?:bottom|root) of|for)"
    r"|determin\w*|pinpoint\w*|identif\w*|uncover\w*|investigat\w*|explor\w*|rule out"
)
FINDS_CAUSE = re.compile(
    rf"\b(?:{_FIND})\W+(?:why\b|(?:what|what[’']s|which|whether|if|the|its|their|any|possible)"
    rf"\W+(?:\w+\W+){{0,3}}?(?:caus\w*|reasons?|sources?|roots?|triggers?|behind)\b)"
)
# A question that asks a cause: "what causes", "why", "the reason", "what makes", "lead to".
ASKS_CAUSE = re.compile(
    r"\b(?:caus\w*|why|reasons?|what makes|what leads|leads? to|results? in|trigger\w*)\b"
)
# ... unless it asks about finding one out, or who can.
ASKS_FINDING = re.compile(
    rf"\b(?:{_FIND}|find\w*|who|diagnos\w*|tests?|check\w*|assess\w*|decid\w*)\b"
)
# The cause before the verb ("X causes Y", "X leads to Y") or after it ("Y is caused by X").
CAUSE_FIRST = re.compile(
    r"\b(?:caus(?:e|es|ing)|lead(?:s|ing)?\s+to|led\s+to|result(?:s|ed|ing)?\s+in"
    r"|contribut\w*\s+to|trigger(?:s|ing)?)\b"
)
CAUSE_AFTER = re.compile(
    r"\b(?:caused\s+by|triggered\s+by|result(?:s|ed)?\s+from|(?:the\s+)?results?\s+of|due\s+to"
    r"|because\s+of)\b"
)
# "Y because X": the effect before, its cause after (only for `gives_cause`: "it can be low
# because ..." names a cause, while `is_the_cause` keeps to the verbs of causing).
BECAUSE = re.compile(r"\bbecause\b(?!\s+of\b)")
# Words that say how much of the thing, not which thing ("low dopamine": dopamine).
_HOW_MUCH = frozenset(terms("low lower high higher level levels amount too much little bad poor"))


def asks_cause(question: str) -> bool:
    """The question asks what causes something, not how or by whom a cause is found."""
    q = question.lower()
    return bool(ASKS_CAUSE.search(q)) and not ASKS_FINDING.search(q)


def cause_named(question: str) -> bool:
    """A cause question that names the cause it asks for ("what causes", "the reason for",
    "can X lead to Y"), not only "why": "why does depression make me skip the gym" asks for an
    explanation that no verb of causing need state, and raising every sentence that names a
    cause of depression lost such questions their answer (BENCHMARKS.md section 10)."""
    return any(m.group() != "why" for m in ASKS_CAUSE.finditer(question.lower()))


def cause_asked(question: str, topic: str = "") -> frozenset[str] | None:
    """The stems of what a cause question asks the cause of ("what causes low dopamine":
    dopamine; "what causes it" after a question on dopamine deficiency: the `topic`'s); None
    when the question asks no cause (`asks_cause`)."""
    if not asks_cause(question):
        return None
    m = ASKS_CAUSE.search(question.lower())
    after = frozenset(terms(" ".join(key_concepts(question[m.end() :])))) - _HOW_MUCH
    # "and what makes it go low" after "what does dopamine do": only how much is named, of the
    # topic's thing (seventh session of 2026-12-03)
    return after or frozenset(terms(topic)) - _HOW_MUCH


def finds_cause(sentence: str) -> bool:
    """The (lowercased) sentence speaks of finding out a cause ("try to figure out what's
    causing those low levels")."""
    return bool(FINDS_CAUSE.search(sentence))


def answers_after(subject: frozenset[str], sentence: str) -> bool:
    """The (lowercased) sentence is an article's own question for the causes of the `subject`
    ("what can cause deficiency of dopamine?"): the sentence after it answers a reader's."""
    text = sentence.rstrip(' "”’)')
    return text.endswith("?") and asks_cause(text) and bool(subject & set(terms(text)))


def is_the_cause(subject: frozenset[str], sentence: str) -> bool:
    """The (lowercased) sentence names the `subject` on the cause's side of its first verb of
    causing and not on the effect's ("low dopamine that may be causing mental health issues")."""
    sides = _sides(sentence, CAUSE_AFTER.search(sentence)) if subject else None
    if sides is None:
        return False
    cause, effect = sides
    return bool(subject & set(terms(cause))) and not subject & set(terms(effect))


def gives_cause(subject: frozenset[str], sentence: str) -> bool:
    """The (lowercased) sentence names a cause of the `subject`: the subject on the effect's side
    of its first verb of causing (or of "because") and something else on the cause's side
    ("parkinson's disease may also lead to low levels of dopamine", "those who do cocaine may also
    struggle with dopamine deficiency because the drug compromises receptors"); not one that only
    speaks of finding a cause out (`finds_cause`)."""
    if not subject or finds_cause(sentence):
        return False
    marks = [m for m in (CAUSE_AFTER.search(sentence), BECAUSE.search(sentence)) if m]
    sides = _sides(sentence, min(marks, key=lambda m: m.start()) if marks else None)
    if sides is None:
        return False
    cause, effect = sides
    named = set(terms(" ".join(key_concepts(cause)))) - subject - _HOW_MUCH
    return bool(subject & set(terms(effect))) and bool(named)


def _sides(sentence: str, after: re.Match | None) -> tuple[str, str] | None:
    """The (cause, effect) sides of the sentence's first mark of causing: `after`, one with the
    effect before it ("caused by"), or its first verb of causing (the cause before it); None when
    it has neither."""
    first = CAUSE_FIRST.search(sentence)
    if after and (not first or after.start() <= first.start()):
        return sentence[after.end() :], sentence[: after.start()]
    if first:
        return sentence[: first.start()], sentence[first.end() :]
    return None


# Verbs of changing an amount, by direction: "X lowers Y" and "Y lowers X" are opposite claims.
_CHANGES = {
    "down": frozenset(terms("lower decrease reduce drop deplete suppress deplet")),
    "up": frozenset(terms("raise increase boost elevate")),
}
_CHANGE_WORD = re.compile(
    r"\b(?:lower|decreas|reduc|drop|deplet|suppress|rais|increas|boost|elevat)\w*"
)


def _changes(text: str) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """Each verb of changing an amount in the (lowercased) text: its direction and the stems of
    what the text names before and after it."""
    out = []
    for m in _CHANGE_WORD.finditer(text):
        if _modifier(text, m):
            continue
        stem = terms(m.group())
        way = next((w for w, verbs in _CHANGES.items() if stem and stem[0] in verbs), None)
        if way is not None:
            out.append((way, _named(text[: m.start()]), _named(text[m.end() :])))
    return out


def _modifier(text: str, m: re.Match) -> bool:
    """The verb in -ing right after what it changes, as one modifier ("a dopamine boosting
    medicine", "serotonin-boosting pills"): no claim of one thing changing another."""
    word = re.search(r"(\w+)[\s-]$", text[: m.start()])
    return m.group().endswith("ing") and bool(word and key_concepts(word.group(1)))


def _named(text: str) -> frozenset[str]:
    """The stems of what the text names (its key concepts), how-much words left out."""
    return frozenset(terms(" ".join(key_concepts(text)))) - _HOW_MUCH


def reverses(question: str, sentence: str) -> bool:
    """The (lowercased) sentence makes the question's claim of change only the other way round:
    the question has one thing change another ("why would serotonin meds lower dopamine") and the
    sentence the second change the first in the same direction ("support of dopamine can lower
    serotonin levels"), never the first the second: cause and effect read backwards."""
    asked = _changes(question)
    said = _changes(sentence) if asked else []
    backwards = forwards = False
    for way, before, after in asked:
        a, b = before - after, after - before
        if not a or not b:
            continue
        for way2, before2, after2 in said:
            if way2 != way:
                continue
            backwards |= bool(a & after2 and b & before2)
            forwards |= bool(a & before2 and b & after2)
    return backwards and not forwards


# "can stress cause low dopamine", "could my stress be causing it", "is stress a cause of it",
# "does a head injury lead to it": a yes-or-no question on one cause, named before the verb.
NAMES_A_CAUSE = re.compile(
    r"\b(?:can|could|does|do|did|will|would|might|may|is|are|was|were)\s+"
    r"(?P<x>(?:[\w'’-]+\s+){1,4}?)(?:(?:be|been|really|actually|also|ever)\s+)*"
    r"(?:caus(?:e|es|ing)|a\s+cause\s+of|(?:the\s+)?reason\s+for|lead(?:s|ing)?\s+to"
    r"|trigger(?:s|ing)?|result(?:s|ing)?\s+in|contribut\w*\s+to|bring(?:s|ing)?\s+on"
    # "can stress do it" after "what causes low dopamine": the cause asked with a pro-verb, at the
    # end of the question (sixth session of 2026-12-03)
    r"|(?:do|does|doing|did)\s+(?:it|that|this)(?:\s+(?:too|as\s+well|also|either))?(?=\W*$))\b",
    re.I,
)
# Words of a cause's phrase that name nothing by themselves.
_NOT_A_CAUSE = frozenset(terms("it this that these those they there something anything things"))


# ... or one named thing said to change a level ("can stress lower your dopamine", a reader's probe
# of the second session of 2026-12-04: quoted from a passage that never names stress). Only a
# thing of one word: "doing fun stuff" is said by the articles in other words ("things that make
# you happy"), which no word of it finds.
CHANGES_A_LEVEL = re.compile(
    r"\b(?:can|could|does|do|will|would|might|may)\s+(?P<x>[\w'’-]+)\s+(?:really\s+|actually\s+"
    r"|also\s+)?(?:lower|raise|boost|increase|reduce|decrease|deplete)(?:s|ed|ing)?\b",
    re.I,
)


def named_causes(question: str) -> list[str]:
    """The words of the one cause a yes-or-no question names ("can stress cause low dopamine":
    ["stress"]; "does a head injury lead to it": ["head", "injury"]); [] for other questions and
    for a cause that is only a pronoun ("can it cause depression")."""
    m = NAMES_A_CAUSE.search(question) or CHANGES_A_LEVEL.search(question)
    if m is None:
        return []
    words = [w for c in key_concepts(m["x"]) for w in c.split()]
    return [w for w in words if len(w) >= 3 and not set(terms(w)) <= _NOT_A_CAUSE | _HOW_MUCH]
