"""Choose the `hybrid` mode's abstention threshold (`abstain_below`): sweep the cosine cut-off on a
question set with answerable and off-topic questions, print precision/recall of abstaining at each,
and the best balanced one. The default `evidence` mode is calibrated by bench/abstain_curve.py.

    python bench/calibrate.py [eval/seed-questions.jsonl] [--corpus corpus --index index]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from app import retrieve
from app.config import Settings
from app.evaluate import load_questions
from app.service import Assistant


def best_scores(assistant: Assistant, items: list[dict]) -> np.ndarray:
    queries = [retrieve.contextualize(i["question"], i.get("history") or []) for i in items]
    settings = assistant.settings.with_(mode="hybrid")
    hits = retrieve.search_many(assistant.index, assistant.embedder, queries, settings)
    return np.array([max((h.score for h in hs[:10]), default=0.0) for hs in hits])


def sweep(scores: np.ndarray, offtopic: np.ndarray, answerable: np.ndarray):
    rows = []
    for t in np.arange(0.20, 0.70, 0.01):
        abstain = scores < t
        tp = int((abstain & offtopic).sum())
        fp = int((abstain & answerable).sum())
        recall = tp / max(1, offtopic.sum())
        kept = 1 - fp / max(1, answerable.sum())  # share of answerable questions still answered
        rows.append(
            (round(float(t), 2), tp, fp, recall, kept, 2 * recall * kept / max(1e-9, recall + kept))
        )
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("questions", nargs="?", type=Path, default=Path("eval/seed-questions.jsonl"))
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--index", type=Path)
    args = ap.parse_args()
    settings = Settings.from_env(corpus_dir=args.corpus, index_dir=args.index)
    items = load_questions(args.questions)
    assistant = Assistant.open(settings)
    scores = best_scores(assistant, items)
    offtopic = np.array([bool(i.get("offtopic")) for i in items])
    answerable = np.array(
        [bool(i.get("doc_id") or i.get("contains")) and not i.get("offtopic") for i in items]
    )
    print(f"{answerable.sum()} answerable, {offtopic.sum()} off-topic questions")
    a, o = scores[answerable], scores[offtopic]
    print(f"best cosine, answerable: min {a.min():.3f} median {np.median(a):.3f}")
    print(f"best cosine, off-topic:  max {o.max():.3f} median {np.median(o):.3f}")
    print("threshold  off-topic abstained  answerable abstained  recall  answered  F1")
    rows = sweep(scores, offtopic, answerable)
    for t, tp, fp, recall, kept, f1 in rows:
        print(f"{t:9.2f}  {tp:19d}  {fp:20d}  {recall:6.2f}  {kept:8.2f}  {f1:.3f}")
    best = max(rows, key=lambda r: (round(r[5], 3), -r[0]))
    print(f"chosen (best F1 of abstain recall and answered share, lowest on ties): {best[0]:.2f}")


if __name__ == "__main__":
    main()
