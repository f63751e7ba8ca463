"""A reader's slips, read as the articles' own words: "wat is dopamine deficency" is searched as
"wat is dopamine deficiency", "symtoms" as "symptoms", "fods" as "foods".

A word is respelled only when neither the articles (by stem: "symptom" for "symptoms") nor
general English (a whole word of the embedding model's vocabulary: "coke", "couch") know it, and
one slip away (a letter left out, one too many, two swapped, and in a word of five letters or
more one mistyped) lies a word the articles use, or two slips away an everyday word of theirs
in a word of eight letters or more ("excercize"); of several, the one the articles use most (the
lowest BM25 idf), then the first in alphabetical order. A slip that keeps the stem of one of their
words ("dopamin": BM25 reads it as "dopamine", the embedding model splits it) is respelled as that
word, unless it is a regular form of an English word ("meds", "boosts" stay as typed). Only the
search reads the respelled text (the dense vector, BM25 and the sentences' shared words): the
coverage rules and the crisis patterns read the question as typed. A lay word the articles have a
standard word for (`app.lay_words`: "coke", "zoloft", "rls") is searched with that word beside it
("coke (cocaine)"): in its place, one MEDIQA question fell from first ("IBS" against "irritable
bowel syndrome", BENCHMARKS.md section 10, "Task 9o"). Out of scope: two slips in a shorter word
or into a name (not an everyday word: "tyramine" is two from "tyrosine"), slips into another real
word ("form" for "from"), words the articles never use.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.concepts import TWO_SLIP_LETTERS, common_words, is_english
from app.lay_words import plainly
from app.lexical import terms

LETTERS = "abcdefghijklmnopqrstuvwxyz"
TOKEN = re.compile(r"[A-Za-z]+")
MIN_LETTERS = 4  # shorter words have too many neighbours one slip away
SUBSTITUTE_FROM = 5  # a mistyped letter is considered from this length on


def respell(index, text: str, lay: bool = True) -> str:
    """`text` with each unknown word replaced by the articles' word one slip away (see above);
    the same text when nothing is respelled."""
    if not text or index.words is None or not index.words.row:
        return text
    text = plainly(text, lambda standard: _used(index, standard), beside=True)[0] if lay else text
    out, at = [], 0
    for m in TOKEN.finditer(text):
        word = m.group()
        fixed = _fix(index, word.lower())
        if fixed:
            out += [text[at : m.start()], fixed]
            at = m.end()
    return "".join([*out, text[at:]]) if out else text


def respelled(index, query):
    """A `retrieve.Query` with its text and context respelled (itself when nothing changes)."""
    text, context = respell(index, query.text), respell(index, query.context)
    if text == query.text and context == query.context:
        return query
    return replace(query, text=text, context=context)


def _fix(index, word: str) -> str:
    if len(word) < MIN_LETTERS or _typed_known(index, word):
        return ""
    if _known(index, word):  # "dopamin": their stem, not their word; the model reads it apart
        return "" if is_english(word) else _same_stem(index, word)  # "meds", "boosts" as typed
    found = [w for w in _edits(word) if w in index.words.row]
    if not found and len(word) >= TWO_SLIP_LETTERS:  # "excercize": two slips in a long word
        found = index.words.slips.near(word)
    if not found:
        return ""
    return min(found, key=lambda w: (_idf(index, w), w))


def _used(index, standard: str) -> bool:
    """The articles use every word of a standard word a lay word stands for (`app.lay_words`)."""
    stems = terms(standard)
    return bool(stems) and all(s in index.lexical.vocab for s in stems)


def _same_stem(index, word: str) -> str:
    """The articles' word one slip from `word` with its stem ("dopamine" for "dopamin", whose
    stem BM25 knows but the embedding model splits), the one they use most; "" when none."""
    stem = terms(word)
    found = [
        w
        for w in _edits(word)
        if w in index.words.row and terms(w) == stem and w != word + "s" and word != w + "s"
    ]  # "symptom" is no slip of "symptoms"
    return min(found, key=lambda w: (_idf(index, w), w)) if found else ""


def _typed_known(index, word: str) -> bool:
    return word in index.words.row or word in common_words()


def _known(index, word: str) -> bool:
    if _typed_known(index, word):
        return True
    stems = terms(word)
    return not stems or all(s in index.lexical.vocab for s in stems)


def _idf(index, word: str) -> float:
    stems = terms(word)
    return min((index.lexical.idf(s) for s in stems), default=0.0)


def _edits(w: str) -> set[str]:
    """Every word one slip from `w`: one letter added, removed, two neighbours swapped, and (from
    `SUBSTITUTE_FROM` letters) one letter changed."""
    splits = [(w[:i], w[i:]) for i in range(len(w) + 1)]
    found = {a + c + b for a, b in splits for c in LETTERS}
    found |= {a + b[1:] for a, b in splits if b}
    found |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    if len(w) >= SUBSTITUTE_FROM:
        found |= {a + c + b[1:] for a, b in splits if b for c in LETTERS if c != b[0]}
    found.discard(w)
    return found
