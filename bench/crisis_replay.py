"""The first looks replayed: what the full detector would have given on each independently written
set at its first look, with the meaning detector of the shipped calibration and with the head
averaged in. The patterns and gates are those of the commit just before the set was first read
(`git archive` of app/ at that commit, run in a subprocess); the bank is the same at all three
commits and now, so only the meaning detector differs between the two rows of a set.

    PYTHONPATH=. python bench/crisis_replay.py --cache /tmp/int8.sqlite --out /tmp/replay.json

The head row is what `bench/crisis.py --calibrate --head` would ship: the bank embedded with the
backend given, k chosen by grouped cross-validation, the head trained with the typed variants,
the threshold at the same budget. Needs git and the repository's history.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

from app.embed import make_embedder
from app.safety.bank import load_bank, read_examples, shipped_vectors
from app.safety.detector import read_calibration
from app.safety.meaning import NearestExamples
from bench import crisis_cv, crisis_head
from bench.crisis import BUDGET, POLICY, REPO

FIRST_LOOK = {"heldout-3": "7068f32", "heldout-4": "1f8cb33", "heldout-5": "2cefab2"}
# Run inside the old app/: the patterns' verdict and the margin the meaning score had to clear.
OLD = """
import json, sys
from pathlib import Path
import app.safety.detector as d
from app.safety import patterns
from app.safety.bank import read_examples
margin = getattr(d, "QUIET_MARGIN", 0.0)
out = []
for e in read_examples(Path(sys.argv[1])):
    found = bool(patterns.match(e.text))
    if found:
        m = 0.0
    elif hasattr(patterns, "quiet_readings"):
        m = margin * min(len(patterns.quiet_readings(e.text)), 2)
    elif hasattr(patterns, "quiet_context"):
        m = margin if patterns.quiet_context(e.text) else 0.0
    else:
        m = 0.0
    out.append([found, m])
print(json.dumps(out))
"""


def old_patterns(commit: str, path: Path) -> list[tuple[bool, float]]:
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", commit, "app"], check=True, capture_output=True
    ).stdout
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        run = subprocess.run(
            [sys.executable, "-c", OLD, str(path)],
            cwd=tmp,
            env={**os.environ, "PYTHONPATH": tmp},
            check=True,
            capture_output=True,
            text=True,
        )
    return [tuple(x) for x in json.loads(run.stdout)]


def detectors(embedder) -> dict[str, tuple[NearestExamples, float]]:
    """The shipped meaning detector, and the one `--calibrate --head` would make."""
    bank = load_bank()
    calibration = read_calibration()
    shipped = shipped_vectors(bank, embedder.name)
    main = NearestExamples(bank, shipped, calibration["k"])
    vectors = embedder.embed([e.text for e in bank])
    measured = crisis_cv.measure(bank, vectors, BUDGET)
    k = max(crisis_cv.KS, key=lambda k: measured[f"grouped k={k}"]["recall_alone"])
    variant_of, texts = crisis_head.augmented(bank)
    variants = embedder.embed(texts)
    cv = crisis_cv.with_head(bank, vectors, (variant_of, variants), k, BUDGET)
    head = crisis_head.train(bank, vectors, variant_of, variants, cv["scale"], cv["shift"], "")
    with_head = NearestExamples(bank, vectors, k, head)
    return {
        f"shipped (k={calibration['k']}, threshold {calibration['threshold']})": (
            main,
            calibration["threshold"],
        ),
        f"with the head (k={k}, threshold {cv['knn+head']['threshold']})": (
            with_head,
            cv["knn+head"]["threshold"],
        ),
    }


def replay(embedder) -> dict:
    out = {}
    found = detectors(embedder)
    for name, commit in FIRST_LOOK.items():
        path = REPO / f"eval/crisis/{name}.jsonl"
        examples = read_examples(path)
        verdicts = old_patterns(commit, path)
        vectors = embedder.embed([e.text for e in examples])
        out[name] = {"patterns_of": commit}
        for label, (nearest, threshold) in found.items():
            scores = nearest.scores(vectors)
            meaning = [s >= threshold + m for s, (_, m) in zip(scores, verdicts, strict=True)]
            full = [p or m for (p, _), m in zip(verdicts, meaning, strict=True)]
            crisis = [e.crisis for e in examples]
            ordinary = [not e.crisis and e.text not in POLICY for e in examples]
            out[name][label] = {
                "recall": _share(full, crisis),
                "false_alarms": _share(full, ordinary),
                "meaning_alone_recall": _share(meaning, crisis),
                "meaning_alone_false_alarms": _share(meaning, ordinary),
            }
        print(name, json.dumps(out[name]))
    return out


def _share(flags, members) -> str:
    hit = sum(f for f, m in zip(flags, members, strict=True) if m)
    n = sum(members)
    return f"{hit}/{n} = {hit / n:.1%}"


def main(argv: list[str] | None = None) -> int:
    from bench.cached import CachedEmbedder

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", default="onnx-int8")
    parser.add_argument("--cache", type=Path, help="SQLite vector cache (one file per backend)")
    parser.add_argument("--out", type=Path, default=Path("/tmp/crisis-replay.json"))
    args = parser.parse_args(argv)
    embedder = make_embedder(args.backend)
    if args.cache:
        embedder = CachedEmbedder(embedder, args.cache)
    args.out.write_text(json.dumps(replay(embedder), indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
