"""The guidance shown for each crisis category: `guidance.json` beside this file, overridden per
deployment by a JSON file of the same shape (setting `crisis_guidance`; any subset of the keys,
none blank).
A reply shows the heading, the lines of the (at most two) categories detected, then the general
emergency line (setting `emergency`)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.errors import BadSetting
from app.safety.bank import CATEGORIES

DEFAULTS = Path(__file__).parent / "guidance.json"
KEYS = ("heading", *CATEGORIES)


@dataclass(frozen=True)
class Guidance:
    heading: str
    lines: dict[str, str]

    @classmethod
    def load(cls, override: str | Path = "") -> Guidance:
        table = _read(DEFAULTS)
        if override:
            table |= _read(Path(override))
        return cls(table.pop("heading"), table)

    def for_categories(self, categories: Sequence[str], general: str) -> tuple[str, ...]:
        """The category lines (at most two), then the general line; never empty."""
        lines = [self.lines[c] for c in dict.fromkeys(categories) if self.lines.get(c)][:2]
        return tuple(line for line in (*lines, general) if line) or (general,)


def _read(path: Path) -> dict[str, str]:
    try:
        table = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as err:
        raise BadSetting(f"cannot read the crisis guidance file {path}: {err}") from err
    unknown = set(table) - set(KEYS) if isinstance(table, dict) else {"(not an object)"}
    if unknown or not all(isinstance(v, str) for v in table.values()):
        raise BadSetting(f"{path}: keys must be among {', '.join(KEYS)} with text values")
    blank = [key for key, value in table.items() if not value.strip()]
    if blank:  # a reader in that crisis would be shown a blank line, or no line of its own
        raise BadSetting(
            f"{path}: {', '.join(map(repr, blank))} is blank: a reader in crisis needs this line "
            "(leave the key out for the shipped one)"
        )
    return table
