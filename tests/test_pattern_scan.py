"""The crisis patterns read faster with the same findings (task 11p): the guarded concept groups are
ruled in or out in one pass over the message (`guard.Scan`) instead of one prefix-tree search per
group, and a message's readings are kept, since a conversation's earlier turns are read again at
every follow-up. Each is checked against the way it replaced, on every labelled message."""

from __future__ import annotations

import re

import pytest

from app.safety import patterns
from app.safety.patterns import concepts
from app.safety.patterns.guard import Guarded, Scan
from tests.test_pattern_guard import _messages


@pytest.fixture(scope="module")
def messages() -> list[str]:
    return _messages()


def _guards(*patterns_: str) -> list[Guarded]:
    return [Guarded(re.compile(p, re.I)) for p in patterns_]


@pytest.mark.parametrize(
    "text, allowed",
    [
        ("xabcd", {0, 1, 2}),  # "ab" inside "abc", "bcd" overlapping them
        ("xab", {0}),
        ("bc d", set()),
        ("the LAST time", {3}),  # read lowercased
        ("the last", set()),  # " last " needs its trailing space
        ("", set()),
    ],
)
def test_scan_finds_overlapping_and_nested_words(text, allowed):
    guards = _guards(r"ab\w*", r"\babc", r"bcd", r" last ")
    assert Scan(guards).allowed(text) == allowed
    assert allowed == {i for i, g in enumerate(guards) if g.possible(text)}


def test_scan_leaves_text_outside_ascii_to_the_patterns():
    guards = _guards(r"ab", r"自杀")  # the second can never match ASCII text
    scan = Scan(guards)
    assert scan.allowed("ab 自杀") is None  # every pattern runs, as `possible` says
    assert scan.allowed("ab") == {0}


def test_scan_allows_what_each_guard_allows(messages):
    guards = concepts._GUARDS
    scan = Scan(guards)
    for m in messages:
        allowed = scan.allowed(m)
        possible = {i for i, g in enumerate(guards) if g.possible(m)}
        if allowed is None:
            assert len(possible) == len(guards) and not m.isascii()
        else:
            assert allowed == possible, m


def _concepts_group_by_group(text: str, skip: tuple[str, ...] = ()) -> list[str]:
    """`concepts.match` as it was: every group run through its own guard, one after another."""
    text = text.lower()
    found = []
    for name, cat, groups in concepts._COMPILED:
        if name in skip or cat in found or not all(g.search(text) for g in groups):
            continue
        unless = concepts.UNLESS.get(name)
        if not (unless and unless.search(text)):
            found.append(cat)
    return found


def test_concepts_find_what_they_found_group_by_group(messages):
    fired = 0
    skip = concepts.ASKED_ABOUT
    for m in messages:
        found = concepts.match(m)
        assert found == _concepts_group_by_group(m), m
        assert concepts.match(m, skip) == _concepts_group_by_group(m, skip), m
        fired += bool(found)
    assert fired > 500  # the comparison saw rules fire, not only silence


def test_a_kept_reading_is_the_reading_and_a_new_list(messages):
    for m in messages[:3000]:
        assert patterns.match(m) == patterns._match(m)
        assert patterns.quiet_readings(m) == patterns.quiet_readings.__wrapped__(m)
    message = "i took 40 of my sleeping pills an hour ago"
    first = patterns.match(message)
    assert first
    first.append("changed by a caller")  # the detector extends the list it gets
    assert patterns.match(message) == patterns._match(message)
    assert "changed by a caller" not in patterns.match(message)


def test_a_category_fires_part_by_part_as_it_did_whole(messages):
    """`AnyPart.found` (only the alternatives the scan allows, one by one) against the whole
    alternation's search, on every labelled message, as `patterns.match` reads them."""
    fired = 0
    for m in messages:
        allowed = patterns._PART_SCAN.allowed(m)
        for table, wholes in (
            (patterns._STATEMENT_PARTS, patterns._STATEMENTS),
            (patterns._TOPIC_PARTS, patterns._TOPICS),
        ):
            for cat, anypart in table.items():
                whole = wholes[cat]
                bare = whole.rx if isinstance(whole, Guarded) else whole
                assert anypart.found(m, allowed) == bool(bare.search(m)), (cat, m)
                fired += anypart.found(m, allowed)
    assert fired > 1000


@pytest.mark.parametrize(
    "message",
    ["i want to kill myself tonight", "ya no quiero vivir, estoy cansado de todo", "我不想活了"],
)
def test_statements_outside_ascii_are_read_whole(message):
    allowed = patterns._PART_SCAN.allowed(message)
    assert (allowed is None) is (not message.isascii())
    assert patterns._STATEMENT_PARTS["suicide"].found(message, allowed)
