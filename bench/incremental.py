"""Incremental rebuild: copy the MedQuAD corpus and a built index, change one sentence of one
article, run `python -m app build` again, and report its seconds and "N embedded, M reused".

    PYTHONPATH=. python bench/incremental.py [--index /work/data/idx-medquad] [--doc GARD_0000004]
        [--out incremental]
    PYTHONPATH=. python bench/incremental.py --fresh --repos OLD_CHECKOUT,. --rounds 2

Also times `build` with nothing changed (the staleness check alone). Copies go to
$HEALTHQA_DATA/medquad-edit and idx-medquad-edit, fresh each run. With `--repos`, several
checkouts (e.g. a `git archive` of main and this one) take turns on the same edit, each on its
own index: side by side, wall and CPU seconds (user + sys of the build process). `--fresh` builds
each checkout's index first, from the unedited corpus, with the backend in HEALTHQA_BACKEND
(`fake` measures everything but the model: a full real build takes 15-36 minutes).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench.common import DATA, REPO, machine, medquad_corpus, save_json

SENTENCE_END = re.compile(r"(?<=[a-z])\. (?=[A-Z])")


def run_build(corpus: Path, index: Path, repo: Path = REPO) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (user + sys of the child) and the last line printed."""
    cmd = [sys.executable, "-m", "app", "build", "--corpus", str(corpus), "--index", str(index)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    out = subprocess.run(
        cmd,
        cwd=repo,
        env={**os.environ, "PYTHONPATH": str(repo)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, out.splitlines()[-1]


def edit_one_sentence(path: Path) -> str:
    """Rewrite the end of the first sentence after the first section heading; return the change."""
    text = path.read_text("utf-8")
    body = text.index("\n## ")
    m = SENTENCE_END.search(text, body)
    new = text[: m.start()] + ", as the source reports" + text[m.start() :]
    path.write_text(new, "utf-8")
    return text[max(body, m.start() - 60) : m.start() + 1].strip()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", type=Path, default=DATA / "idx-medquad")
    ap.add_argument("--doc", default="GARD_0000004")
    ap.add_argument("--repos", default=str(REPO), help="checkouts to compare, comma-separated")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--fresh", action="store_true", help="build each checkout's index first")
    ap.add_argument("--out", default="incremental", help="bench/out/OUT.json")
    args = ap.parse_args()
    repos = [Path(r).resolve() for r in args.repos.split(",")]
    original, corpus = medquad_corpus(), DATA / "medquad-edit"
    indexes = {r: DATA / f"idx-medquad-base-{n}" for n, r in enumerate(repos)}
    if args.fresh:
        for repo, index in indexes.items():
            shutil.rmtree(index, ignore_errors=True)
            print(f"fresh build with {repo}: {run_build(original, index, repo)}", flush=True)
    else:
        indexes = {r: args.index for r in repos}
    rows = []
    for r in range(args.rounds):
        for repo in repos[r % len(repos) :] + repos[: r % len(repos)]:
            rows.append(one_round(repo, original, corpus, indexes[repo], args.doc))
            print(rows[-1], flush=True)
    save_json(args.out, {"machine": machine(), "doc": args.doc, "rows": rows})


def one_round(repo: Path, original: Path, corpus: Path, base_index: Path, doc: str) -> dict:
    index = DATA / "idx-medquad-edit"
    for folder in (corpus, index):
        shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(original, corpus)
    shutil.copytree(base_index, index)
    unchanged_s, unchanged_cpu, unchanged = run_build(corpus, index, repo)
    path = next(corpus.rglob(f"{doc}.md"))
    sentence = edit_one_sentence(path)
    edited_s, edited_cpu, edited = run_build(corpus, index, repo)
    return {
        "repo": str(repo),
        "edit": f"...{sentence!r} + ', as the source reports'",
        "unchanged": unchanged,
        "unchanged_command_s": round(unchanged_s, 2),
        "unchanged_cpu_s": round(unchanged_cpu, 2),
        "edited": edited,
        "edited_command_s": round(edited_s, 2),
        "edited_cpu_s": round(edited_cpu, 2),
    }


if __name__ == "__main__":
    main()
