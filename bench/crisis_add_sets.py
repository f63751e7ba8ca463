"""Append the labelled sets of eval/crisis to the bank (app/safety/bank.jsonl), each line tagged
with its set as `source`: crisis lines with their category, ordinary lines as "none"
(`bench/crisis_loso.py` measured what this buys; BENCHMARKS section 9). A crisis line of several
parts is cut down to the parts that carry the crisis (`bench/crisis_bank_parts.py`: a buried
crisis's ordinary carrier question is dropped). Skipped: a line whose text (case and spaces aside)
is already in the bank or was appended before, and a text that one set calls a crisis and another
(or the bank) ordinary. Run it again and nothing is added.

    PYTHONPATH=. python bench/crisis_add_sets.py   # then: python bench/crisis.py --calibrate
    PYTHONPATH=. python bench/crisis_add_sets.py --crisis-only

Left out: embedding the bank and calibrating (`bench/crisis.py --calibrate` does both); the
script embeds only the crisis lines' parts (and the bank's own lines when the shipped vectors are
not theirs).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

from app.embed import make_embedder
from app.safety.bank import BANK, Example, read_examples, shipped_vectors
from app.safety.meaning import NearestExamples
from bench.crisis_bank_parts import crisis_parts

REPO = Path(__file__).resolve().parent.parent
SETS = REPO / "eval/crisis"


def key(text: str) -> str:
    return " ".join(text.lower().split())


def new_lines(
    bank: list[Example],
    sets: dict[str, list[Example]],
    crisis_only: bool,
    cut: Callable[[list[Example]], list[Example]] = list,
) -> list:
    """The lines to append, in set order, as dicts for bank.jsonl; `cut` makes a set's lines the
    bank's (`crisis_parts`; by default they are copied whole). A line cut to a text the bank or a
    set holds on the other side is skipped too."""
    sides: dict[str, set[bool]] = {}
    for e in [*bank, *(e for examples in sets.values() for e in examples)]:
        sides.setdefault(key(e.text), set()).add(e.crisis)
    seen = {key(e.text) for e in bank}
    out = []
    for source, examples in sets.items():
        chosen = [
            e for e in examples if len(sides[key(e.text)]) == 1 and (e.crisis or not crisis_only)
        ]
        for e in cut(chosen):
            k = key(e.text)
            if k in seen or len(sides.get(k, {e.crisis}) | {e.crisis}) > 1:
                continue
            seen.add(k)
            out.append({"text": e.text, "category": e.category, "source": source})
    return out


def cutter(bank: list[Example], backend: str) -> Callable[[list[Example]], list[Example]]:
    """`crisis_parts` against the bank's own lines at the calibration before the sets joined."""
    from bench.crisis_loso import BEFORE

    embedder = make_embedder(backend)
    own = [e for e in bank if not e.source]
    vectors = shipped_vectors(bank, embedder.name)
    if vectors is None:
        vectors = np.asarray(embedder.embed([e.text for e in own]), dtype=np.float32)
    else:
        vectors = vectors[np.array([not e.source for e in bank])]
    k, threshold = BEFORE
    nearest = NearestExamples(own, vectors, k)
    return lambda examples: crisis_parts(examples, embedder, nearest, threshold)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--crisis-only", action="store_true", help="append the crisis lines only")
    parser.add_argument("--whole", action="store_true", help="copy crisis lines whole (as 8q did)")
    parser.add_argument("--backend", default="onnx", help="embedding backend for the parts")
    args = parser.parse_args(argv)
    sets = {
        str(path.relative_to(REPO)): read_examples(path)
        for path in sorted(SETS.glob("*.jsonl"), key=_order)
    }
    bank = read_examples(BANK)
    cut = list if args.whole else cutter(bank, args.backend)
    lines = new_lines(bank, sets, args.crisis_only, cut)
    text = BANK.read_text("utf-8")
    if lines:
        block = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
        BANK.write_text(text + ("" if text.endswith("\n") else "\n") + block, "utf-8")
    total, crisis = sum(map(len, sets.values())), sum(x["category"] != "none" for x in lines)
    print(f"appended {len(lines)} of {total} lines ({crisis} crisis)")
    return 0


def _order(path: Path) -> tuple:
    """heldout, heldout-2 .. heldout-20, then probe-1 .. probe-5."""
    stem = path.stem
    name, _, number = stem.rpartition("-") if stem[-1].isdigit() else (stem, "", "1")
    return (name, int(number))


if __name__ == "__main__":
    sys.exit(main())
