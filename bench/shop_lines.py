"""Which labelled lines the shop rule (`app.asks.to_the_shop`, on the question a message asks:
`app.coverage.asked`) takes for a question to the site's shop, by label: the seed question files
(kinds answerable / offtopic / uncovered ...) and every crisis set's lines (health and crisis
messages, none of them to a shop). Distinct texts only. Prints the counts and writes every matched
line to JSON, so two runs (code before and after a change) can be compared line by line
(BENCHMARKS.md section 15).

    PYTHONPATH=. python bench/shop_lines.py --out bench/out/shop_lines_after.json

Left out: answering anything (no model); what a matched line's reply says is tested in
tests/test_shop.py and tests/test_coverage_model.py.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from app import asks
from app.asks import to_the_shop
from app.coverage import asked

ROOT = Path(__file__).resolve().parents[1]


def labelled() -> dict[str, str]:
    """Each distinct labelled text -> its label ("seed:answerable", "crisis:none", ...)."""
    lines: dict[str, str] = {}
    for path in sorted((ROOT / "eval").glob("seed-*.jsonl")):
        for row in map(json.loads, path.read_text().splitlines()):
            lines.setdefault(row["question"], f"seed:{row.get('kind', '?')}")
    for path in sorted((ROOT / "eval" / "crisis").rglob("*.jsonl")):
        for row in map(json.loads, path.read_text().splitlines()):
            text = row.get("text")
            if isinstance(text, str):
                lines.setdefault(text, f"crisis:{row.get('category', '?')}")
    return lines


def _told(text: str) -> bool:
    """The reply says the shop is not ours (`about_the_shop`; absent before that rule)."""
    rule = getattr(asks, "about_the_shop", None)
    return bool(rule and rule(asked(text)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the matched lines here (JSON)")
    args = parser.parse_args()
    lines = labelled()
    matched = {text: label for text, label in lines.items() if to_the_shop(asked(text))}
    told = {text for text in matched if _told(text)}  # the reply says it is the shop's
    totals, hits = Counter(lines.values()), Counter(matched.values())
    said = Counter(matched[text] for text in told)
    print(f"{len(lines)} distinct labelled lines, {len(matched)} taken for the shop")
    print(f"  {'label':28} {'shop':>4} {'told':>4} of")
    for label in sorted(totals):
        print(f"  {label:28} {hits[label]:4} {said[label]:4} of {totals[label]}")
    if args.out:
        rows = {text: [label, text in told] for text, label in sorted(matched.items())}
        args.out.write_text(json.dumps(rows, indent=1) + "\n")


if __name__ == "__main__":
    main()
