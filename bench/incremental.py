"""Incremental rebuild: copy the MedQuAD corpus and its built index, change one sentence of one
article, run `python -m app build` again, and report its seconds and "N embedded, M reused".

    PYTHONPATH=. python bench/incremental.py [--index /work/data/idx-medquad] [--doc GARD_0000004]

Also times `build` with nothing changed (the staleness check alone). Copies go to
$HEALTHQA_DATA/medquad-edit and idx-medquad-edit, fresh each run.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench.common import DATA, REPO, machine, medquad_corpus, save_json

SENTENCE_END = re.compile(r"(?<=[a-z])\. (?=[A-Z])")


def run_build(corpus: Path, index: Path) -> tuple[float, str]:
    cmd = [sys.executable, "-m", "app", "build", "--corpus", str(corpus), "--index", str(index)]
    started = time.perf_counter()
    out = subprocess.run(
        cmd,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    return time.perf_counter() - started, out


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
    args = ap.parse_args()
    corpus, index = DATA / "medquad-edit", DATA / "idx-medquad-edit"
    for folder in (corpus, index):
        shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(medquad_corpus(), corpus)
    shutil.copytree(args.index, index)
    unchanged_s, unchanged = run_build(corpus, index)
    path = next(corpus.rglob(f"{args.doc}.md"))
    sentence = edit_one_sentence(path)
    edited_s, edited = run_build(corpus, index)
    print(f"nothing changed: {unchanged} ({unchanged_s:.1f} s command)")
    print(f"edited {path.relative_to(corpus)} (...{sentence!r} + ', as the source reports')")
    print(f"rebuild: {edited} ({edited_s:.1f} s command)")
    save_json(
        "incremental",
        {
            "machine": machine(),
            "doc": args.doc,
            "unchanged": unchanged,
            "unchanged_command_s": unchanged_s,
            "edited": edited,
            "edited_command_s": edited_s,
        },
    )


if __name__ == "__main__":
    main()
