"""A cheap test before a large pattern: words one of which every match must contain.

A crisis pattern is a long alternation ("suicide" alone is 16,000 characters), and Python's `re`
tries it at every position of the message: 80-250 µs a message. Most alternatives hold a literal
stretch that any match must contain ("talk", " last ", "insurance"); `required` reads them from the
pattern's parse tree (for a branch, one per alternative; for a sequence, the longest stretch or the
best part). When a message contains none of them, the pattern cannot match and is not run. The
words are looked for in the lowercased message with one prefix tree of them (`_trie`), a few µs.

Exact by construction, and only for text where it is simple to be exact: a message with any
character outside ASCII is always matched in full (case-insensitive matching pairs some non-ASCII
letters with ASCII ones, "K" with "k"). For ASCII text, a pattern character outside ASCII that no
ASCII letter matches even ignoring case makes its alternative impossible, which is kept. Out of
scope: anything but search / match / sub with a plain replacement (what the patterns use).
"""

from __future__ import annotations

import _sre
import re
import re._casefix as casefix
import re._parser as parser
from collections.abc import Iterable


def _ascii_pair(code: int) -> bool:
    """Whether a character can match some ASCII character (ignoring case, as `re` does)."""
    low = _sre.unicode_tolower(code)
    return low < 128 or any(c < 128 for c in casefix._EXTRA_CASES.get(low, ()))


# Words most messages hold: a requirement made of them filters little.
COMMON_WORDS = """
    a i the to of and in on for with at by my me you it is be do how what when will want going
    get all so this that
"""
COMMON = frozenset(COMMON_WORDS.split())


def _rank(words: list[str]) -> tuple[float, int]:
    """The better requirement: none possible first, then the longest shortest word (a common
    word counts as one letter), then fewer words. Any choice is exact; this one filters most."""
    sizes = (1 if w.strip() in COMMON else len(w.strip()) for w in words)
    return (min(sizes, default=float("inf")), -len(words))


def _sequence(items) -> list[str] | None:
    """Words one of which every match of this sequence contains; [] when it cannot match ASCII
    text; None when nothing is required."""
    best: list[str] | None = None
    run: list[str] = []

    def consider(words: list[str] | None) -> None:
        nonlocal best
        if words is not None and (best is None or _rank(words) > _rank(best)):
            best = words

    for op, av in items:
        if op is parser.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        consider(["".join(run)] if run else None)
        run = []
        if op is parser.LITERAL:  # outside ASCII
            if not _ascii_pair(av):
                return []
            continue
        consider(_item(op, av))
    consider(["".join(run)] if run else None)
    return best


def _item(op, av) -> list[str] | None:
    if op is parser.SUBPATTERN:
        return _sequence(av[3].data)
    if op is parser.ATOMIC_GROUP:
        return _sequence(av.data)
    if op is parser.ASSERT:  # a lookahead or lookbehind that must hold: the text contains it
        return _sequence(av[1].data)
    if op is parser.BRANCH:
        words: list[str] = []
        for branch in av[1]:
            need = _sequence(branch.data)
            if need is None:
                return None
            words += need
        return list(dict.fromkeys(words))
    if op in (parser.MAX_REPEAT, parser.MIN_REPEAT, parser.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _sequence(av[2].data)
    return None


def required(pattern: re.Pattern) -> list[str] | None:
    """Lowercase ASCII words one of which any match in ASCII text contains ([]: no match is
    possible in ASCII text); None when the pattern requires no literal word."""
    words = _sequence(parser.parse(pattern.pattern, pattern.flags).data)
    if not words:
        return words
    # A word that contains another is implied by it: keep the shortest ones.
    words = sorted(set(words), key=len)
    kept: list[str] = []
    for w in words:
        if not any(k in w for k in kept):
            kept.append(w)
    return kept


def _trie(words: list[str]) -> re.Pattern:
    """One pattern that finds any of `words` (none a substring of another), as a prefix tree."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items())]
        if not alts:
            return ""
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return re.compile(build(tree))


class Guarded:
    """A compiled pattern that is run only on text that could match it."""

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        self.pattern = rx.pattern
        words = required(rx)
        self.words = words
        self._finder = None if words is None else _trie(words) if words else None
        self._never = words == []

    def possible(self, text: str) -> bool:
        """False only when the pattern cannot match `text` (or any part of it)."""
        if self.words is None or not text.isascii():
            return True
        return not self._never and self._finder.search(text.lower()) is not None

    def search(self, text: str, *args):
        return self.rx.search(text, *args) if self.possible(text) else None

    def match(self, text: str, *args):
        return self.rx.match(text, *args) if self.possible(text) else None

    def sub(self, repl: str, text: str, count: int = 0) -> str:
        return self.rx.sub(repl, text, count) if self.possible(text) else text


class Scan:
    """Which of many guarded patterns could match a text, found in one pass instead of one
    prefix-tree search per pattern (`concepts` reads ~150 patterns a message).

    One pattern, a prefix tree of all their words that prefers the longer branch, is tried at
    each position of the lowercased text (in a lookahead, so the words found may overlap) and
    gives the longest word that starts there. Every word that starts there is a prefix of that
    one (they all match the same text), so the words the text holds are the prefixes, among the
    words, of those longest ones: exactly the words `Guarded.possible` looks for one pattern at a
    time. `allowed` gives the positions (in the order given) of the guards whose words the text
    holds; None for text with a character outside ASCII, where every guard runs its pattern."""

    def __init__(self, guards: Iterable[Guarded]):
        guards = list(guards)
        owners: dict[str, set[int]] = {}
        for i, g in enumerate(guards):
            for w in g.words or ():
                owners.setdefault(w, set()).add(i)
        # A longest word found stands for itself and every word that is a prefix of it.
        self._allows = {
            w: frozenset().union(*(owners.get(w[:n], ()) for n in range(1, len(w) + 1)))
            for w in owners
        }
        self._finder = re.compile(f"(?=({_longest(sorted(owners))}))") if owners else None

    def allowed(self, text: str) -> frozenset[int] | None:
        if not text.isascii():
            return None
        if self._finder is None:
            return frozenset()
        allows = self._allows
        return frozenset().union(*(allows[w] for w in self._finder.findall(text.lower())))


def _longest(words: list[str]) -> str:
    """A prefix tree of `words` that, at a node ending a word, tries the longer words first."""
    end = object()
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[end] = {}

    def build(node: dict) -> str:
        alts = [
            re.escape(ch) + build(child)
            for ch, child in sorted((k, v) for k, v in node.items() if k is not end)
        ]
        if not alts:
            return ""
        inner = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end in node:
            return f"(?:{inner})?"
        return inner

    return build(tree)


def guard(rx: re.Pattern) -> re.Pattern | Guarded:
    """`rx` behind its test when the test can rule out much (its words are not all common or a
    letter or two), else `rx` itself."""
    words = required(rx)
    if words is None or (words and _rank(words)[0] < 2):
        return rx
    return Guarded(rx)
