"""Why a message reads as it does: the product's decision (with the turns before it, if any), the
crisis patterns that fire after the gates (each statement and topic part that matches, and the
concept rules), and the gates that blanked part of the message. For development data only: it
prints the message.

    PYTHONPATH=. python bench/crisis_why.py 'earlier turn || another || the message' ...
"""

from __future__ import annotations

import re
import sys

from app.config import Settings
from app.safety import patterns as p
from app.safety.patterns import concepts
from app.service import Assistant


def parts_that_fire(message: str) -> list[str]:
    text = p.normalize(message)
    lines = []
    for name, gate in p._GATES.items():
        gated = p.blank_pets(text) if name == "pet" else gate.sub(p._KEEP.get(name, " "), text)
        if gated != text:
            lines.append(f"  gate {name}: {gated!r}")
        text = gated
    for kind, table in (("statement", p.STATEMENTS), ("topic", p.TOPICS)):
        for category, alternatives in table.items():
            for part in alternatives:
                found = re.search(p._START + "(?:" + part + ")", text, re.I)
                if found:
                    lines.append(f"  {kind} {category}: {found[0]!r} <- {part[:120]}")
    for name, category, groups, _ in concepts._RULES:
        if all(rx.search(text.lower()) for rx in groups):
            unless = concepts.UNLESS.get(name)
            quiet = bool(unless and unless.search(text.lower()))
            lines.append(f"  rule {name} ({category}){' unless' if quiet else ''}")
    return lines


def main() -> int:
    assistant = Assistant.open(Settings.from_env())
    for arg in sys.argv[1:]:
        *history, message = [turn.strip() for turn in arg.split("||")]
        reply = assistant.ask(message, history=history)
        decision = "CRISIS " + ",".join(reply.crisis_categories) if reply.crisis else "ordinary"
        print(f"{decision:30} | {arg}")
        print(f"  patterns alone: {p.match(message)}")
        print("\n".join(parts_that_fire(message)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
