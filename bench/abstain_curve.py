"""The abstention trade-off on the seed questions, as curves (bench/abstain_curve.png) and a table.

    PYTHONPATH=. python bench/abstain_curve.py [--split tune]

For each threshold: recall (share of not-covered questions answered "not covered") and precision
(share of "not covered" answers that were right), for
  before   the best passage cosine of the hybrid mode against `abstain_below` (keyword rule on)
  support  the best answering sentence's cosine against `support_below` alone
  concepts the same plus the key-concept rules (app.coverage: named concepts, follow-ups)
The thresholds in app/config.py were chosen on the tune split: the point with the best F1 of
(recall, share of answerable questions answered); the held-out split is reported with them.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

import numpy as np

from app import coverage, retrieve
from app.config import Settings
from app.service import Assistant
from bench.common import REPO, questions, save_json

THRESHOLDS = np.round(np.arange(0.20, 0.80, 0.02), 2)


def decisions(assistant: Assistant, items: list[dict]) -> dict[str, list]:
    queries = [retrieve.contextualize(i["question"], i.get("history") or []) for i in items]
    s = assistant.settings
    hybrid = retrieve.search_many(
        assistant.index, assistant.embedder, queries, s.with_(mode="hybrid")
    )
    evidence = retrieve.search_many(assistant.index, assistant.embedder, queries, s)
    out: dict[str, list] = {"before": [], "support": [], "concepts": []}
    for t in THRESHOLDS:
        old = s.with_(mode="hybrid", abstain_below=float(t))
        new = s.with_(support_below=float(t))
        out["before"].append(
            [
                not retrieve.select(h, old, 3, i["question"])
                for h, i in zip(hybrid, items, strict=True)
            ]
        )
        out["support"].append([not h or h[0].support < t for h in evidence])
        out["concepts"].append(
            [
                not coverage.judge(h, i["question"], bool(q.context), assistant.vocab, new).covered
                for h, i, q in zip(evidence, items, queries, strict=True)
            ]
        )
    return out


def rates(abstained: list[bool], items: list[dict]) -> tuple[float, float, float]:
    uncovered = np.array([bool(i.get("offtopic")) for i in items])
    a = np.array(abstained)
    recall = (a & uncovered).sum() / max(1, uncovered.sum())
    precision = (a & uncovered).sum() / max(1, a.sum())
    answered = 1 - (a & ~uncovered).sum() / max(1, (~uncovered).sum())
    return float(recall), float(precision), float(answered)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="tune")
    args = ap.parse_args()
    items = [
        i
        for i in questions(REPO / "eval/seed-questions.jsonl")
        if i["kind"] != "crisis" and args.split in (i["split"], "all")
    ]
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.from_env(corpus_dir=REPO / "corpus", index_dir=Path(tmp) / "index")
        assistant = Assistant.open(settings)
        found = decisions(assistant, items)
    rows = []
    for name, per_t in found.items():
        for t, abstained in zip(THRESHOLDS, per_t, strict=True):
            recall, precision, answered = rates(abstained, items)
            f1 = 2 * recall * answered / max(1e-9, recall + answered)
            rows.append(
                {
                    "rule": name,
                    "threshold": float(t),
                    "recall": round(recall, 3),
                    "precision": round(precision, 3),
                    "answered": round(answered, 3),
                    "f1": round(f1, 3),
                }
            )
    for name in found:
        best = max((r for r in rows if r["rule"] == name), key=lambda r: (r["f1"], -r["threshold"]))
        print(json.dumps({"best": best}))
    plot(rows, args.split)
    save_json(f"abstain_curve_{args.split}", {"split": args.split, "n": len(items), "rows": rows})


def plot(rows: list[dict], split: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4.5))
    for name, style in (("before", "o--"), ("support", "s-"), ("concepts", "^-")):
        mine = [r for r in rows if r["rule"] == name]
        ax.plot([r["recall"] for r in mine], [r["answered"] for r in mine], style, ms=3, label=name)
    ax.set_xlabel('not-covered questions answered "not covered" (recall)')
    ax.set_ylabel("answerable questions answered")
    ax.set_title(f"Abstention, seed questions ({split} split): one point per threshold")
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(REPO / f"bench/abstain_curve_{split}.png", dpi=110)


if __name__ == "__main__":
    main()
