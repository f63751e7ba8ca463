"""Every labelled crisis set through two trees' code, side by side: which crisis lines a change
catches or loses and which ordinary lines it flags or clears, over the product's whole decision
(patterns, meaning, conversations), not the patterns alone (`bench/patterns_labelled.py`).

Each tree runs its own `bench/crisis.py --no-latency --show-lines` over its default sets
(eval/crisis/, followups/, unseen/, the seed files, MedQuAD + MEDIQA) plus every file of THIS
tree's eval/crisis/read/ (singles with `--heldout`, `*conversations*` with `--followups`), so both
read the same development files. A tree is a `git archive` or a copy of app, bench, eval, corpus
with `index` beside them (a symlink to a built index is enough). Sets in one run only (a file
added since) are named, not compared; the unseen sets' lines stay hidden either way.

    git archive <commit> | tar -x -C /tmp/old && ln -s $PWD/index /tmp/old/index
    PYTHONPATH=. python bench/crisis_side_by_side.py /tmp/old /tmp/new   # ~8 minutes a tree
    PYTHONPATH=. python bench/crisis_side_by_side.py --compare OLD.json NEW.json

Helpers for one message (which pattern part fired, and the product's decision with a history):
`bench/crisis_why.py`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
READ = REPO / "eval/crisis/read"


def run(tree: Path, out: Path) -> None:
    singles = sorted(str(p) for p in READ.glob("*.jsonl") if "conversations" not in p.name)
    convs = sorted(str(p) for p in READ.glob("*conversations*.jsonl"))
    cmd = [sys.executable, "bench/crisis.py", "--no-latency", "--show-lines", "--out", str(out)]
    cmd += ["--heldout", *singles, "--followups", *convs]
    subprocess.run(cmd, cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)}, check=True)


def _key(name: str) -> str:
    """A set's name without the tree it was read from."""
    return re.sub(r"^.*?/eval/", "eval/", name)


def _unseen(name: str) -> bool:
    """A set of eval/crisis/unseen (named by its stem, or by its path under `unseen/`): its lines
    stay hidden here even though the runs write them (`--show-lines` reads the development sets
    given by `--heldout` too)."""
    stems = {p.stem for p in (REPO / "eval/crisis/unseen").rglob("*.jsonl")}
    return "/unseen/" in name or name in stems or name.removeprefix("followups-") in stems


def load(path: Path) -> dict[str, dict]:
    data = json.loads(path.read_text("utf-8"))
    sets = {}
    for part in ("sets", "conversations"):
        for name, figures in data[part].items():
            if name.endswith(" alone"):
                continue
            missed, flagged = figures["missed"], figures["false_alarm_messages"]
            sets[_key(name)] = {
                "crisis": figures["both"]["crisis"],
                "ordinary": figures["both"]["ordinary"],
                "hidden": isinstance(missed, str) or _unseen(_key(name)),
                "missed": set(missed) if isinstance(missed, list) else set(),
                "flagged": {m[0] for m in flagged} if isinstance(flagged, list) else set(),
                "figures": figures["both"],
            }
    return sets


def compare(old: dict[str, dict], new: dict[str, dict]) -> dict:
    """The changed lines and the totals over the sets both runs read (unseen sets by figures)."""
    totals = {"crisis": 0, "ordinary": 0, "caught": [0, 0], "false_alarms": [0, 0]}
    for name in sorted(set(old) | set(new)):
        if name not in old or name not in new:
            print(f"in one run only: {name}")
            continue
        a, b = old[name], new[name]
        if a["hidden"] or b["hidden"]:
            print(f"{name} (unseen): {a['figures']} -> {b['figures']}")
            continue
        totals["crisis"] += a["crisis"]
        totals["ordinary"] += a["ordinary"]
        for i, s in enumerate((a, b)):
            totals["caught"][i] += s["crisis"] - len(s["missed"])
            totals["false_alarms"][i] += len(s["flagged"])
        for label, lines in (
            ("GAINED ", a["missed"] - b["missed"]),
            ("LOST   ", b["missed"] - a["missed"]),
            ("CLEARED", a["flagged"] - b["flagged"]),
            ("FLAGGED", b["flagged"] - a["flagged"]),
        ):
            for line in sorted(lines):
                print(f"{label} {name} | {line}")
    return totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old", type=Path, help="old tree (or OLD.json with --compare)")
    parser.add_argument("new", type=Path, help="new tree (or NEW.json with --compare)")
    parser.add_argument("--compare", action="store_true", help="compare two earlier outputs")
    parser.add_argument("--out", type=Path, default=None, help="folder for the two outputs")
    args = parser.parse_args()
    if args.compare:
        old, new = args.old, args.new
    else:
        folder = args.out or Path(tempfile.mkdtemp(prefix="crisis-side-by-side-"))
        old, new = folder / "old.json", folder / "new.json"
        for tree, out in ((args.old, old), (args.new, new)):
            run(tree.resolve(), out)
        print(f"outputs: {old} {new}")
    t = compare(load(old), load(new))
    print(
        f"crises caught {t['caught'][0]} -> {t['caught'][1]} of {t['crisis']}; "
        f"false alarms {t['false_alarms'][0]} -> {t['false_alarms'][1]} of {t['ordinary']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
