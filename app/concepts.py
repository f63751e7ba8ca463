"""The key concepts of a question, and whether the corpus or a quote mentions them.

A key concept is a content-bearing word of the question ("ADHD", "sertraline", "side effects"):
not a function word, not a question word, not a generic verb or adjective. A word counts as known
when its stem is in the BM25 vocabulary, also after one typing slip ("dopamin", "fods",
"depresion": one letter left out or added, two side by side swapped, or one replaced in a stem of
five letters or more; never a letter dropped at one end and another added at the other: "babies"
is no slip of "ability", nor "maois" of "many"). Out of scope: synonyms ("curable" is not
"cure"): the meaning-based evidence decides those.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from app.lexical import STOPWORDS, _stemmer

WORD = re.compile(r"(?:\d+-)?[A-Za-z][A-Za-z0-9'’-]*[A-Za-z0-9]|[A-Za-z]")  # "5-htp" whole
PHRASES = ("side effect", "side effects", "weight gain", "weight loss", "blood pressure")
# A condition is named by a word and one of these ("serotonin syndrome"): known only when the
# corpus has that pair, not when it has both words apart ("serotonin", "restless legs syndrome").
HEADS = ("syndrome", "disease", "disorder", "deficiency")
NAMED_IN_TEXT = re.compile(rf"\b(?=([a-z][a-z'’-]*[a-z])\s+((?:{'|'.join(HEADS)})s?)\b)")
CONDITION = re.compile(rf"\b([A-Za-z][A-Za-z'’-]*[A-Za-z])\s+({'|'.join(HEADS)})\b", re.I)
FUNCTION_WORDS = """
    a about above after again against all am an and any are aren't as at be because been
    before being below between both but by can can't cannot could couldn't did didn't do
    does doesn't doing don't down during each few for from further had hadn't has hasn't
    have haven't having he her here hers herself him himself his how i i'm i've if in into
    is isn't it it's its itself just let's me more most my myself no nor not of off on once
    only or other ought our ours ourselves out over own same she should shouldn't so some
    such than that that's the their theirs them themselves then there there's these they
    they're this those through to too under until up very was wasn't we were weren't what
    what's when where which while who whom why why's with won't would wouldn't you your
    yours yourself yourselves im ive dont cant wont isnt doesnt arent wat whats hows u ur
    pls please thanks thank hi hello hey ok okay yes also still even ever really actually
    just maybe anything something everything nothing anyone someone thing things stuff lot
    lots way ways kind sort much many get gets getting got take takes taking took make makes
    making made go goes going went come comes use used using work works working help helps
    helping good bad better best worse worst big small new old long short well tell know
    think feel feels feeling felt want need like say said see look give keep try people
    person day days time times year years week weeks today now later again always never
    often usually sometimes normal normally true real really right wrong possible anymore
    lately everyday lol lmao omg btw idk tbh smh plz haha ugh rn atm gf bf bff imo imho irl
    ngl fr bc cuz tho ya yo yep nope hmm um uh nowadays currently recently everyone everybody
    anybody somebody nobody basically essentially genuinely supposedly literally kinda lowkey
    else
"""
# Each contraction typed without its apostrophe too ("didnt", "shouldnt", "thats"), as in chat.
FUNCTION = frozenset(FUNCTION_WORDS.split()) | {w.replace("'", "") for w in FUNCTION_WORDS.split()}
SLIP_LETTERS = 6  # a swap or an added letter is forgiven in words this long ("importnat")
TWO_SLIP_LETTERS = 8  # two slips are forgiven in words this long ("excercize", "defficiancy")
SHORT_STEM = 4  # in a stem this short only two letters side by side swapped are a slip
LONG_WORD = re.compile(rf"[a-z]{{{TWO_SLIP_LETTERS - 2},}}")
_PHRASE_RX = [(p, re.compile(rf"\b{p}\b")) for p in PHRASES]


def _stem(word: str) -> str:
    return _stemmer().stemWord(word.lower().replace("’", "'").split("'")[0])


# A web address pasted into a message ("is this legit https://example.com/dopamine-detox"): its
# parts are no words of the question ("https" was named missing; task ux3's reader pass).
WEB_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+", re.I)


def key_concepts(question: str) -> list[str]:
    """The content-bearing words (and known two-word phrases) of a question, as typed, in order;
    never the parts of a web address."""
    question = WEB_ADDRESS.sub(" ", question)
    low = question.lower().replace("’", "'")
    found = [p for p, rx in _PHRASE_RX if rx.search(low)]
    taken = {w for p in found for w in p.split()}
    for word in WORD.findall(question):
        w = word.lower().replace("’", "'")
        if w in FUNCTION or w in STOPWORDS or w in taken or len(w) < 2 or w.isdigit():
            continue
        found.append(word)
    return list(dict.fromkeys(found))


KEPT_ANSWERS = 100_000  # `knows` / `knows_as_typed` answers a Vocabulary keeps (then starts over)


class Vocabulary:
    """Stems of a corpus (the BM25 vocabulary) with a one-slip lookup. What it answers about a
    word never changes, so answers are kept (readers ask about the same words again and again)."""

    def __init__(self, stems: Iterable[str], texts: Iterable[str] = ()):
        self.stems = {s for s in stems if s}
        # All texts as one, each apart (a NUL: no phrase, word or space of NAMED_IN_TEXT): one
        # scan instead of one per text.
        low = "\0".join(t.lower() for t in texts)
        self.phrases = {p for p in PHRASES if p in low}
        # The long words as written, for two slips (`two_slips`: stems of misspellings mislead).
        self.slips = EverydaySlips(set(LONG_WORD.findall(low)))
        self.named: dict[str, set[str]] = {}  # head stem -> the stems right before it
        pairs = named_pairs(low)  # a scan, no stemming of all
        for word, head in pairs:
            self.named.setdefault(_stem(head), set()).add(_stem(word))
        self._answers: dict[tuple[str, str], bool] = {}
        # Each stem of 4+ letters with one letter deleted (what a slip is looked up in).
        self._deletes: dict[str, set[int]] = {}  # deleted form -> the places of the letter
        for s in self.stems:
            for i in range(len(s)) if len(s) >= 4 else ():
                self._deletes.setdefault(s[:i] + s[i + 1 :], set()).add(i)

    def knows(self, word: str) -> bool:
        return self._kept("knows", word, self._knows)

    def knows_as_typed(self, word: str) -> bool:
        """Known without forgiving a slip: "kids" is not a slip of "kind", nor "music" of
        "muscle". A stem one letter longer than the corpus's is the same word ("injuri" for
        "injury", "injur" for "injured")."""
        return self._kept("typed", word, self._knows_as_typed)

    def _kept(self, how: str, word: str, answer) -> bool:
        key = (how, word)
        known = self._answers.get(key)
        if known is None:
            known = answer(word)
            if len(self._answers) >= KEPT_ANSWERS:
                self._answers = {}
            self._answers[key] = known
        return known

    def _knows(self, word: str) -> bool:
        if word.lower() in PHRASES:
            return word.lower() in self.phrases or word.lower().rstrip("s") in self.phrases
        parts = [p for p in re.split(r"[\s-]+", word) if len(p) >= 2 and not p.isdigit()]
        return all(self._knows_one(p) for p in parts)

    def _knows_as_typed(self, word: str) -> bool:
        parts = [p for p in re.split(r"[\s-]+", word) if len(p) >= 2 and not p.isdigit()]
        return all(any(self._has_stem(w) for w in _forms(p)) for p in parts)

    def joins(self, word: str) -> bool:
        """Two words the corpus has, typed as one ("bloodwork", "overprescribed"): a first part of
        3+ letters and a second of 4+, each known as typed."""
        low = word.lower()
        if not low.isalpha():
            return False
        return any(
            self.knows_as_typed(low[:i]) and self.knows_as_typed(low[i:])
            for i in range(3, len(low) - 3)
        )

    def _has_stem(self, word: str) -> bool:
        stem = _stem(word)
        return (
            stem in self.stems
            or word.lower() in self.stems
            or (len(stem) >= 5 and stem[:-1] in self.stems)
        )

    def _knows_one(self, word: str) -> bool:
        forms = _forms(word)
        if any(self._has_stem(w) for w in forms):
            return True
        if len(word) >= SLIP_LETTERS and word.lower() in common_words():
            return False  # a word spelled right is no slip of another ("stimulation", "simulate")
        if any(self._knows_stem(_stem(w)) or w.lower() in self.stems for w in forms):
            return True
        if len(word) < SLIP_LETTERS:
            return False
        english = common_words()
        if any(e in english and _stem(e) in self.stems for e in _edits(word)):
            return True
        return len(word) >= TWO_SLIP_LETTERS and bool(self.slips.near(word))

    def _knows_stem(self, stem: str) -> bool:
        if stem in self.stems:
            return True
        if len(stem) >= 3 and stem in self._deletes:
            return True
        if len(stem) < 4:
            return False
        return any(
            stem[:i] + stem[i + 1 :] in self.stems or self._swapped(stem, i)
            for i in range(len(stem))
        )

    def _swapped(self, stem: str, i: int) -> bool:
        """The stem without its letter `i` is a corpus stem without one letter at the same place
        (a letter replaced: only in a stem of five letters or more, "maoi" is no slip of "mani")
        or at the next (two letters swapped): "babi" is no slip of "abil", a letter dropped at one
        end and another added at the other."""
        places = self._deletes.get(stem[:i] + stem[i + 1 :], set())
        if len(stem) <= SHORT_STEM:
            return any(abs(i - j) == 1 for j in places)
        return any(abs(i - j) <= 1 for j in places)

    def missing(self, question: str) -> list[str]:
        """Key concepts of the question that the corpus never mentions, and the conditions it
        names ("serotonin syndrome") that the corpus never names."""
        absent = [c for c in key_concepts(question) if not self.knows(c)]
        for name, head in CONDITION.findall(question):
            word = name.lower().replace("’", "'")
            if word in FUNCTION or word in STOPWORDS or word in absent:
                continue
            if not _near(_stem(word), self.named.get(_stem(head), set())):
                absent.append(f"{name} {head}")
        return list(dict.fromkeys(absent))


def _forms(word: str) -> list[str]:
    """The word, and for an "-able"/"-ible" adjective its root ("curable" -> "cure", "treatable"
    -> "treat"): a question about whether something is curable is about its cure."""
    low = word.lower()
    if len(low) > 6 and low.endswith(("able", "ible")):
        return [word, low[:-4], low[:-4] + "e"]
    return [word]


def _edits(word: str) -> set[str]:
    """A word after one swap or one added letter, as typed ("importnat" -> "important",
    "specificaly" -> "specifically"): the stems then differ by more than one letter ("importnat"
    against "import"), so the slips on stems miss them. Only edits that give an English word (of
    the model's vocabulary) count: "autism" is not a slip of "acutism", stemmed "acut"."""
    w = word.lower()
    if not w.isalpha():
        return set()
    swaps = {w[:i] + w[i + 1] + w[i] + w[i + 2 :] for i in range(len(w) - 1)}
    adds = {w[:i] + c + w[i:] for i in range(len(w) + 1) for c in "abcdefghijklmnopqrstuvwxyz"}
    return swaps | adds


HEAD = re.compile("|".join(HEADS))
WORD_BEFORE = re.compile(r"\s*[a-z'’-]*")  # read backwards: the spaces and word before a head


def named_pairs(low: str) -> set[tuple[str, str]]:
    """`set(NAMED_IN_TEXT.findall(low))`, 3.5x faster over MedQuAD: the pattern tried only from
    the word right before each head word ("syndrome") rather than at every word. The same pairs:
    a pair's word is that word (or its part after a hyphen or apostrophe), and `findall` from
    `pos` to `endpos` sees the character before `pos` (for `\b`) and the two after the head."""
    back, n = low[::-1], len(low)
    pairs = set()
    for head in HEAD.finditer(low):
        start, end = head.span()
        word = start - (WORD_BEFORE.match(back, n - start).end() - (n - start))
        pairs.update(NAMED_IN_TEXT.findall(low, word, min(n, end + 2)))
    return pairs


def two_slips(word: str, known: Iterable[str]) -> list[str]:
    """The words of `known` at most two slips from `word` (a letter added, left out, changed, or
    two neighbours swapped: "excercize" -> "exercise"), beginning with its letter; [] for a word
    not all letters. Readers misspell long words twice ("excercize", "defficiancy"); one slip is
    looked up by deletions of stems, two by comparing the words as written (a misspelling's stem
    misleads: "excercize" stems to "excerc"), only for a long word nothing else knows. Callers
    pass everyday words only (the model's whole words: "exercise", "deficiency"), never a name of
    a substance or a condition, where two letters make another thing ("tyramine", "tyrosine";
    "hyperthyroidism", "hypothyroidism")."""
    low = word.lower()
    if not low.isalpha():
        return []
    letters = set(low)  # two slips change at most four letters of the set: a cheap test first
    return [
        k for k in known if k[:1] == low[:1] and len(letters ^ set(k)) <= 4 and _within_two(low, k)
    ]


class EverydaySlips:
    """The everyday words of a word list (the model's whole words, of `TWO_SLIP_LETTERS` - 2
    letters or more) by first letter and length, gathered on first use: what a long word two
    slips from one of them is looked up in. `two_slips` over every word of a MedQuAD-sized list
    (~70,000) takes ~27 ms a word; over the everyday words of its first letter and a length within
    two, well under one."""

    def __init__(self, words: Iterable[str]):
        self._words = words
        self._by_start: dict[tuple[str, int], list[str]] | None = None

    def near(self, word: str) -> list[str]:
        """The everyday words at most two slips from `word` (`two_slips`)."""
        if self._by_start is None:
            english, by_start = common_words(), {}
            for w in self._words:
                if len(w) >= TWO_SLIP_LETTERS - 2 and w in english:
                    by_start.setdefault((w[:1], len(w)), []).append(w)
            self._by_start = by_start
        low = word.lower()
        lengths = range(len(low) - 2, len(low) + 3)
        return two_slips(low, [w for n in lengths for w in self._by_start.get((low[:1], n), ())])


def _within_two(a: str, b: str) -> bool:
    """Optimal string alignment distance (with swaps of neighbours) of at most 2."""
    if abs(len(a) - len(b)) > 2:
        return False
    before, row = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (ca != cb))
            if before is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        if min(current) > 2:
            return False
        before, row = row, current
    return row[-1] <= 2


def _deletions(s: str) -> set[str]:
    return {s[:i] + s[i + 1 :] for i in range(len(s))}


def mentions(text_stems: set[str], concept: str) -> bool:
    """Whether a text (given as its set of stems) mentions a concept, allowing one slip."""
    parts = [p for p in re.split(r"[\s-]+", concept) if len(p) >= 2 and not p.isdigit()]
    return all(any(_near(_stem(f), text_stems) for f in _forms(p)) for p in parts)


def _near(stem: str, stems: set[str]) -> bool:
    if stem in stems:
        return True
    if len(stem) < 4:
        return False
    dels = _deletions(stem)
    return any(
        s in dels or stem in _deletions(s) or (_deletions(s) & dels)
        for s in stems
        if abs(len(s) - len(stem)) <= 1 and len(s) >= 4
    )


@lru_cache(maxsize=1)
def common_words() -> dict[str, int]:
    """The model's WordPiece vocabulary, word -> position (lower = more common). Empty when the
    model package is absent, which makes every unknown word rare."""
    from app.embed import model_path
    from app.errors import ModelUnavailable

    try:
        path = Path(model_path()) / "vocab.txt"
        return {w: i for i, w in enumerate(path.read_text("utf-8").split("\n"))}
    except (ModelUnavailable, OSError):
        return {}


def is_rare(concept: str, rank: int) -> bool:
    """A concept is rare when it is a known phrase ("side effects") or every word of it is outside
    the first `rank` entries of the embedding model's vocabulary (roughly: not common English)."""
    if " " in concept or concept.lower() in PHRASES:
        return True
    common = common_words()
    parts = [w for w in concept.lower().replace("-", " ").split() if len(w) > 1]
    return all(common.get(w, rank) >= rank for w in parts)


INFLECTIONS = ("s", "es", "ing", "ed", "er", "ers", "ings")


def is_english(word: str) -> bool:
    """A word of general English as typed: a whole word of the embedding model's vocabulary
    ("weed", "showers") or a regular form of one ("fasting" of "fast", "shopping" of "shop"):
    the model splits many such forms ("fast", "##ing"). "dopamin" and "depresion" are not."""
    low = word.lower()
    common = common_words()
    if not low.isalpha() or low in common:
        return low in common
    for ending in INFLECTIONS:
        base = low.removesuffix(ending)
        if base == low or len(base) < 3:
            continue
        if any(
            f in common for f in (base, base + "e", base[:-1] if base[-1] == base[-2] else base)
        ):
            return True
    return low[-3:] in ("ies", "ied") and low[:-3] + "y" in common  # "worried"; plurals below


def is_name(concept: str) -> bool:
    """A name or technical term ("wellbutrin", "ADHD"): no word of it is a whole word of the
    embedding model's general English vocabulary ("grandma", "lazy" are, and "hobbies")."""
    common = common_words()
    parts = [w for w in concept.lower().replace("-", " ").split() if len(w) > 1]
    return bool(parts) and not any(w in common or _plural_in_ies(w, common) for w in parts)


def _plural_in_ies(word: str, common: dict[str, int]) -> bool:
    """A plural in -ies of a whole word ("hobbies" of "hobby", which the model splits)."""
    return word.endswith("ies") and word[:-3] + "y" in common
