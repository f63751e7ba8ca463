"""Crises the bank has not seen, asked as short questions after ordinary conversations (task 8z):
does the rule that a bare question flagged by its own vector alone is read with the conversation
(`app.safety.bare.bare_question`) lose any?

Every crisis line of the labelled sets and follow-up sets (`crisis_ordinary_turns.crisis_lines`),
each read against the bank without its own set's lines, that its own vector alone flags and the
patterns do not, is asked after each of the twenty ordinary conversations of
`bench/crisis_ordinary_turns.py` (`CHOSEN` and `CHECK`: questions and stories with crisis words)
and read the product's way (`turns.read_turn`) with the rule and without it. Only such lines can
be touched by the rule. `--loose` also reads them with the rule's word guards off (`TELLS`,
`DANGER`, `BESIDES`): what the guards keep. Prints the catches each way and every line
lost (BENCHMARKS section 9, "Task 8z").

    PYTHONPATH=. python bench/crisis_bare_questions.py [--loose]
"""

from __future__ import annotations

import argparse
import re
import sys

from app import retrieve
from app.config import Settings
from app.embed import make_embedder
from app.safety import bare, plain, turns, wording
from bench.crisis import REPO
from bench.crisis_ordinary_turns import CHECK, CHOSEN, LeftOut, crisis_lines

NEVER = re.compile(r"(?!)")


def read(detector, text, history, query, own, context, rule: str) -> bool:
    # The word guards as the modules that read them hold them (`bare` and `plain`, which took
    # them from one `turns` module in task shape1): loose in both, as they were in that one.
    saved = turns.bare_question, bare.TELLS, bare.DANGER, bare.BESIDES, plain.TELLS, plain.DANGER
    if rule == "off":
        turns.bare_question = lambda *args: False
    if rule == "loose":
        bare.TELLS = bare.DANGER = bare.BESIDES = plain.TELLS = plain.DANGER = NEVER
    try:
        return turns.read_turn(detector, text, history, query, own, context).crisis
    finally:
        turns.bare_question, bare.TELLS, bare.DANGER, bare.BESIDES, plain.TELLS, plain.DANGER = (
            saved
        )


def _in_form(text: str, loose: bool) -> bool:
    """Whether a follow-up `text` can be a bare question (`bare.bare_question`'s tests on the
    words; the conversation's meaning is read after)."""
    query = retrieve.contextualize(text, ["an earlier question"])
    if len(text.split()) > wording.SHORT:
        return False
    if loose:
        return bool(query.marked and wording.QUESTION.search(text)) or bool(
            wording.ENDED.search(text)
        )
    return bare._bare(query) or bare._over(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--loose", action="store_true", help="also without the word guards")
    args = parser.parse_args(argv)
    blind = {p.stem for p in (REPO / "eval/crisis/unseen").glob("*.jsonl")}
    embedder = make_embedder(Settings().backend)
    left_out = LeftOut(embedder)
    rows = crisis_lines()
    own = embedder.embed([text for _, text, _ in rows])
    by_meaning = [
        r
        for r, v in zip(rows, own, strict=True)
        if left_out(r[2]).detect(r[1], v).by == ("meaning",)
    ]
    # Only a line in the rule's form can be touched by it (`bare_question` reads the form first)
    asked = [r for r in by_meaning if _in_form(r[1], loose=args.loose)]
    print(
        f"{len(rows)} crisis lines, {len(by_meaning)} flagged alone by their own vector only, "
        f"{len(asked)} of them in the rule's form{' without the word guards' if args.loose else ''}"
    )
    pairs = [(row, history) for row in asked for history in [*CHOSEN, *CHECK]]
    queries = [retrieve.contextualize(row[1], history) for row, history in pairs]
    vectors = retrieve.embed_queries(embedder, queries)
    rules = ("off", "on", "loose") if args.loose else ("off", "on")
    caught = dict.fromkeys(rules, 0)
    for ((name, text, source), history), query, at in zip(
        pairs, queries, retrieve.own_rows(queries), strict=True
    ):
        context = vectors[at + 1] if query.context else None
        found = {
            rule: read(left_out(source), text, history, query, vectors[at], context, rule)
            for rule in rules
        }
        for rule in rules:
            caught[rule] += found[rule]
            if found["off"] and not found[rule]:
                shown = "(a set kept blind: eval/crisis/unseen)" if name in blind else repr(text)
                print(f"LOST ({rule}) {name}: {shown} after {history}")
    print(f"{len(pairs)} conversations: caught {caught}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
