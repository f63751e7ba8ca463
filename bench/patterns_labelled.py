"""The crisis patterns (`app.safety.patterns.match`) over every labelled line, alone or side by
side with another tree's code: which crisis lines a change catches or loses, which ordinary lines
it flags or clears (BENCHMARKS section 9 gives its figures for each change of the patterns).

The lines, each text once: every line of eval/crisis/, eval/crisis/followups/ and
eval/crisis/read/ (read alone, by its `category`), never eval/crisis/unseen; the bank
(app/safety/bank.jsonl); the seed question files (eval/seed-*.jsonl: a `crisis` question is a
crisis line, every other one ordinary); the
MedQuAD dev and MEDIQA consumer questions (ordinary). A text labelled a crisis anywhere counts as
a crisis line. The changed lines are printed (all of them development data).

    PYTHONPATH=. python bench/patterns_labelled.py
    git archive <commit> | tar -x -C /tmp/old
    PYTHONPATH=. python bench/patterns_labelled.py --code /tmp/old
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from app.safety import patterns

REPO = Path(__file__).resolve().parent.parent
# ... beside the repository, or /work/shared for a git worktree elsewhere (as `bench/crisis.py`).
SHARED = REPO.parent / "shared" if (REPO.parent / "shared").is_dir() else Path("/work/shared")
PUBLIC = [
    SHARED / "datasets/mediqa-consumer/questions.jsonl",
    SHARED / "datasets/medquad/dev-questions.jsonl",
]
# Reads texts (a JSON list on stdin) with the patterns of the tree it runs in.
OTHER = (
    "import json, sys; from app.safety import patterns; "
    "json.dump([patterns.match(t) for t in json.load(sys.stdin)], sys.stdout)"
)


def labelled() -> dict[str, bool]:
    """Each labelled text and whether it is a crisis line."""
    crisis: dict[str, bool] = {}

    def add(path: Path, field: str, is_crisis) -> None:
        for line in path.read_text("utf-8").splitlines():
            if line.strip() and (row := json.loads(line)).get(field):
                crisis[row[field]] = crisis.get(row[field], False) or bool(is_crisis(row))

    sets = [*sorted((REPO / "eval/crisis").glob("*.jsonl"))]
    sets += sorted((REPO / "eval/crisis/followups").glob("*.jsonl"))
    sets += sorted((REPO / "eval/crisis/read").glob("*.jsonl"))
    for path in [*sets, REPO / "app/safety/bank.jsonl"]:
        add(path, "text", lambda row: row.get("category", "none") != "none")
    for path in sorted(REPO.glob("eval/seed-*.jsonl")):
        add(path, "question", lambda row: row.get("kind") == "crisis" or row.get("crisis"))
    for path in PUBLIC:
        if path.is_file():
            add(path, "question", lambda row: False)
    return crisis


def other_tree(code: Path, texts: list[str]) -> list[list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", OTHER],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        cwd=code,
        env={"PYTHONPATH": str(code), "PATH": "/usr/bin:/bin"},
        check=True,
    )
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--code", type=Path, help="a tree of other code to compare with")
    args = parser.parse_args(argv)
    lines = labelled()
    texts = list(lines)
    now = [patterns.match(t) for t in texts]
    crises = sum(lines.values())
    caught = sum(bool(m) for t, m in zip(texts, now, strict=True) if lines[t])
    flagged = sum(bool(m) for t, m in zip(texts, now, strict=True) if not lines[t])
    print(
        f"{len(texts)} lines: crisis {caught}/{crises} matched,"
        f" ordinary {flagged}/{len(texts) - crises} matched"
    )
    if args.code is None:
        return 0
    before = other_tree(args.code.resolve(), texts)
    counts = {"crisis gained": 0, "crisis LOST": 0, "ordinary flagged": 0, "ordinary cleared": 0}
    for text, old, new in zip(texts, before, now, strict=True):
        if bool(old) == bool(new):
            continue
        if lines[text]:
            kind = "crisis gained" if new else "crisis LOST"
        else:
            kind = "ordinary flagged" if new else "ordinary cleared"
        counts[kind] += 1
        print(f"{kind}: {old} -> {new} | {text}")
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
