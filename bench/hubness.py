"""Hubness of the seed passages against how often each one comes first (task 9aa).

    PYTHONPATH=. python bench/hubness.py OUT.json [K]

OUT.json: a `bench/seed_files.py` run (every question's first quote). For each passage of the seed
index (`/tmp/seed-files-index-<tree>`, built by that run): its hubness (the mean cosine of its
vector to its K nearest other passages, CSLS; K = 10), its cosine to the corpus centroid, how
often it gives the first quote of an answered question and how often that quote is the answering
one; then the correlation of each centrality with the firsts and the wrong firsts. A passage
near the centre of the corpus that comes first for many questions it does not answer is a hub.
The correction tried with it (the evidence's passage cosine minus `weight` x hubness, or the
sentence cosine minus its mean cosine to its K nearest passages) lost answers: BENCHMARKS.md
section 10, "Task 9aa".
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

import numpy as np

from app.hubs import hubness


def firsts(rows: list[dict], texts: list[str]) -> tuple[collections.Counter, collections.Counter]:
    """How often each passage gives the first quote of an answered question, and how often it
    is the answering one then."""
    count, right = collections.Counter(), collections.Counter()
    for r in rows:
        if not r["answerable"] or r["abstained"]:
            continue
        head = " ".join(r["first"][:60].split())
        pid = next((i for i, t in enumerate(texts) if head in t), None)
        count[pid] += 1
        right[pid] += bool(r["useful@1"])
    return count, right


def main() -> None:
    from app.store import load

    out, k = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10
    tree = Path.cwd()
    index = load(Path(f"/tmp/seed-files-index-{tree.name}"))
    vectors = index.vectors.reconstruct_n(0, index.vectors.ntotal)
    hub = hubness(vectors, k)
    centre = vectors.mean(axis=0)
    central = vectors @ (centre / np.linalg.norm(centre))
    texts = [" ".join(p.text.split()) for p in index.passages]
    count, right = firsts(json.loads(Path(out).read_text())["rows"], texts)
    print(f"{'passage':>7} {'hub':>6} {'centre':>6} {'first':>5} {'right':>5}  text")
    for pid in np.argsort(-hub):
        print(
            f"{pid:7} {hub[pid]:6.3f} {central[pid]:6.3f} {count[pid]:5} {right[pid]:5}  "
            f"{texts[pid][:60]}"
        )
    used = [p for p in range(len(texts)) if count[p]]
    first = [count[p] for p in used]
    wrong = [count[p] - right[p] for p in used]
    for name, v in (("hubness", hub), ("centre", central)):
        print(
            f"{name}: correlation with firsts {np.corrcoef(v[used], first)[0, 1]:.3f}, "
            f"with wrong firsts {np.corrcoef(v[used], wrong)[0, 1]:.3f}"
        )


if __name__ == "__main__":
    main()
