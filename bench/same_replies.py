"""Whether checkouts give byte-identical `ask --jsonl` replies from one index.

    PYTHONPATH=. python bench/same_replies.py --repos /tmp/main-tree,. --index DIR [--corpus DIR]
                                              FILE.jsonl [FILE.jsonl ...]

Each checkout runs one `python -m app ask --jsonl` process (its own code, the same index, which
must be of a format every checkout reads) over the question (and `history`, when given) of every
line of the files, one line answered at a time (batch size 1, as `bench/ask_latency.py` does: no
reply depends on which lines happened to arrive together), and the reply lines are compared
byte for byte. Prints the count of lines, of differing ones, and the first few differences.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from bench.ask_latency import BATCH1
from bench.common import REPO, SEED_CORPUS, questions


def replies(repo: Path, corpus: Path, index: Path, lines: list[str]) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(repo), "HEALTHQA_RATE_LIMIT": "0"}
    cmd = [sys.executable, "-c", BATCH1, "ask", "--jsonl", "--corpus", str(corpus)]
    cmd += ["--index", str(index)]
    done = subprocess.run(
        cmd, cwd=repo, env=env, input="\n".join(lines) + "\n", capture_output=True, text=True
    )
    if done.returncode:
        raise SystemExit(f"ask --jsonl failed in {repo}:\n{done.stderr[-3000:]}")
    out = done.stdout.splitlines()
    if len(out) != len(lines):
        raise SystemExit(f"{repo}: {len(out)} replies to {len(lines)} lines")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--repos", required=True, help="checkouts, comma-separated")
    ap.add_argument("--corpus", type=Path, default=SEED_CORPUS)
    ap.add_argument("--index", type=Path, required=True)
    args = ap.parse_args()
    lines = []
    for path in args.files:
        for q in questions(path):
            item = {"question": q["question"]}
            if q.get("history"):
                item["history"] = q["history"]
            lines.append(json.dumps(item, ensure_ascii=False))
    repos = [Path(r).resolve() for r in args.repos.split(",")]
    got = {repo: replies(repo, args.corpus, args.index, lines) for repo in repos}
    first = got[repos[0]]
    for repo in repos[1:]:
        differ = [i for i, (a, b) in enumerate(zip(first, got[repo], strict=True)) if a != b]
        print(f"{repo} vs {repos[0]}: {len(lines)} lines, {len(differ)} replies differ")
        for i in differ[:3]:
            print(f"  line {i + 1}: {lines[i]}\n    {first[i][:300]}\n    {got[repo][i][:300]}")
    if any(got[r] != first for r in repos[1:]):
        raise SystemExit(1)


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    main()
