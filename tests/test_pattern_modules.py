"""The crisis pattern modules define each name once. A second `AFFAIRS = ...` lower in
`patterns/means.py` (the session of 2026-12-02 late night; split since, task shape1) silently
replaced the first one in an older rule defined after both, widening it; nothing else would have
told."""

import ast
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
