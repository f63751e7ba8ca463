"""Which labelled lines the shop rule (`app.shop.to_the_shop`, in `app.asks` before 2026-12-02;
on the question a message asks: `app.coverage.asked`) takes for a question to the site's shop, by
label: the seed question files (kinds answerable / offtopic / uncovered ...) and every crisis
set's lines (health and crisis messages, none of them to a shop). Distinct texts only. Prints the
counts and writes every matched line to JSON, so two runs (code before and after a change) can be
compared line by line (BENCHMARKS.md section 15).

    PYTHONPATH=. python bench/shop_lines.py --out bench/out/shop_lines_after.json

With `--ask`: every line of the given JSON files (the two runs' matched lines) is asked, with the
real model, of the app on PYTHONPATH (seed corpus; `--corpus`, `--index`), and what each reply
opens with is tallied (the shop's sentence, "don't mention X", "not covered", a quote, crisis
guidance) and written to `--out`:

    PYTHONPATH=. python bench/shop_lines.py --ask bench/out/shop_lines_before.json \
        bench/out/shop_lines_after.json --out bench/out/shop_replies_after.json
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

try:
    from app.shop import about_the_shop, to_the_shop
except ImportError:  # code before the rule had its own module: no shop sentence either
    from app.asks import to_the_shop

    about_the_shop = None
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
    return bool(about_the_shop and about_the_shop(asked(text)))


def opening(markdown: str) -> str:
    """What a reply opens with, by kind."""
    first = markdown.split("\n")[0]
    if first.startswith("I answer questions from our health articles only"):
        return "the shop's sentence"
    if "don't mention" in first:
        return "don't mention X"
    if first.startswith("From our articles"):
        return "quotes"
    return "crisis guidance" if first.startswith("**") else "not covered"


def ask(files: list[Path], corpus: Path, index: Path, out: Path | None) -> None:
    from app.config import Settings
    from app.service import Assistant

    lines = sorted({text for f in files for text in json.loads(f.read_text())})
    assistant = Assistant.open(Settings.from_env(corpus_dir=corpus, index_dir=index))
    said = {q: opening(assistant.ask(q, []).markdown) for q in lines}
    print(f"{len(lines)} lines asked:", dict(Counter(said.values()).most_common()))
    if out:
        out.write_text(json.dumps(said, indent=1) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the matched lines (or replies) here")
    parser.add_argument("--ask", type=Path, nargs="+", help="ask the lines of these JSON files")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--index", type=Path, default=Path("/tmp/healthqa-shop-index"))
    args = parser.parse_args()
    if args.ask:
        return ask(args.ask, args.corpus, args.index, args.out)
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
