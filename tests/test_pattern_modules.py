"""The crisis pattern modules define each name once. A second `AFFAIRS = ...` lower in
`patterns/means.py` (the session of 2026-12-02 late night; split since, task shape1) silently
replaced the first one in an older rule defined after both, widening it; nothing else would have
told."""

import ast
import re
from collections import Counter
from pathlib import Path

import pytest

PATTERNS = Path(__file__).resolve().parent.parent / "app/safety/patterns"


@pytest.mark.parametrize("module", sorted(PATTERNS.glob("*.py")), ids=lambda p: p.name)
def test_no_module_level_name_is_assigned_twice(module):
    names = Counter(
        target.id
        for node in ast.parse(module.read_text("utf-8")).body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    )
    assert [name for name, n in names.items() if n > 1] == []


def _every_pattern():
    from app.safety import patterns
    from app.safety.patterns.gates import STABLE

    for kind, table in (("statement", patterns.STATEMENTS), ("topic", patterns.TOPICS)):
        for cat, items in table.items():
            for i, pattern in enumerate(items):
                yield f"{kind}-{cat}-{i}", pattern
    yield "gates-STABLE", STABLE.pattern


@pytest.mark.parametrize(("name", "pattern"), list(_every_pattern()), ids=lambda v: str(v)[:30])
def test_no_pattern_matches_an_empty_or_plain_message(name, pattern):
    # A list item that starts with "|" (the continuation of the item before it, split by a
    # comma) adds an empty alternative that matches every message: one was written so in the third
    # session of 2026-12-05 and caught only because "hello" read as an overdose.
    for text in ("", "hello", "what foods help dopamine"):
        assert re.search(pattern, text, re.I) is None, (name, text)
