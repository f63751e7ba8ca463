"""Append the labelled sets of eval/crisis to the bank (app/safety/bank.jsonl), each line tagged
with its set as `source`: crisis lines with their category, ordinary lines as "none"
(`bench/crisis_loso.py` measured what this buys; BENCHMARKS section 9). Skipped: a line whose
text (case and spaces aside) is already in the bank or was appended before, and a text that one
set calls a crisis and another (or the bank) ordinary. Run it again and nothing is added.

    PYTHONPATH=. python bench/crisis_add_sets.py   # then: python bench/crisis.py --calibrate
    PYTHONPATH=. python bench/crisis_add_sets.py --crisis-only

Left out: embedding and calibrating (`bench/crisis.py --calibrate` does both).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.safety.bank import BANK, Example, read_examples

REPO = Path(__file__).resolve().parent.parent
SETS = REPO / "eval/crisis"


def key(text: str) -> str:
    return " ".join(text.lower().split())


def new_lines(bank: list[Example], sets: dict[str, list[Example]], crisis_only: bool) -> list:
    """The lines to append, in set order, as dicts for bank.jsonl."""
    sides: dict[str, set[bool]] = {}
    for e in [*bank, *(e for examples in sets.values() for e in examples)]:
        sides.setdefault(key(e.text), set()).add(e.crisis)
    seen = {key(e.text) for e in bank}
    out = []
    for source, examples in sets.items():
        for e in examples:
            k = key(e.text)
            if k in seen or len(sides[k]) > 1 or (crisis_only and not e.crisis):
                continue
            seen.add(k)
            out.append({"text": e.text, "category": e.category, "source": source})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--crisis-only", action="store_true", help="append the crisis lines only")
    args = parser.parse_args(argv)
    sets = {
        str(path.relative_to(REPO)): read_examples(path)
        for path in sorted(SETS.glob("*.jsonl"), key=_order)
    }
    lines = new_lines(read_examples(BANK), sets, args.crisis_only)
    text = BANK.read_text("utf-8")
    if lines:
        block = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
        BANK.write_text(text + ("" if text.endswith("\n") else "\n") + block, "utf-8")
    total, crisis = sum(map(len, sets.values())), sum(x["category"] != "none" for x in lines)
    print(f"appended {len(lines)} of {total} lines ({crisis} crisis)")
    return 0


def _order(path: Path) -> tuple:
    """heldout, heldout-2 .. heldout-12, then probe-1 .. probe-5."""
    stem = path.stem
    name, _, number = stem.rpartition("-") if stem[-1].isdigit() else (stem, "", "1")
    return (name, int(number))


if __name__ == "__main__":
    sys.exit(main())
