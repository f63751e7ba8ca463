"""The site owner's report on a synthetic log of unanswered questions made from known topics
(bench/report_topics.py: 26 topics the seed articles do not cover, lay paraphrases with typing
slips): the time to produce it - embedding and clustering, side by side - and how well its groups
match the topics (adjusted Rand index, purity, and the share of each topic in its largest group),
with the tests' fake embedder and the real model (onnx).

    PYTHONPATH=. python bench/report.py                  # 2,000 questions, fake + onnx
    PYTHONPATH=. python bench/report.py --sizes 2000,10000 --backends fake

The clustering threshold is chosen on the `tune` log (the even templates) per backend, by ARI;
the figures are for the `test` log (the odd templates, another seed) at the shipped threshold
(app/report/groups.THRESHOLD) and at the tune log's best. k-means (faiss) with k chosen by the
silhouette is measured beside it. Output: stdout and bench/out/report.json."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from functools import partial
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from report_topics import TOPICS, synthetic_log  # noqa: E402

from app.db.records import Unanswered  # noqa: E402
from app.embed import make_embedder  # noqa: E402
from app.report.groups import THRESHOLD, cluster, key  # noqa: E402
from app.report.make import make_report  # noqa: E402
from app.safety import is_crisis  # noqa: E402

OUT = Path(__file__).parent / "out" / "report.json"
SWEEP = [round(t, 2) for t in np.arange(0.30, 0.96, 0.05)]


def ari(truth: list, found: list) -> float:
    """Adjusted Rand index (Hubert & Arabie), from the contingency table."""
    _, t = np.unique(truth, return_inverse=True)
    _, f = np.unique(found, return_inverse=True)
    table = np.zeros((t.max() + 1, f.max() + 1))
    np.add.at(table, (t, f), 1)
    pairs = lambda x: (x * (x - 1) / 2).sum()  # noqa: E731
    index, rows, cols = pairs(table), pairs(table.sum(1)), pairs(table.sum(0))
    expected = rows * cols / pairs(np.array([len(t)]))
    top = (rows + cols) / 2
    return float((index - expected) / (top - expected)) if top != expected else 1.0


def purity(truth: list, found: list) -> float:
    """Share of questions whose group's most common topic is their own."""
    groups: dict = {}
    for t, f in zip(truth, found, strict=True):
        groups.setdefault(f, Counter())[t] += 1
    return sum(c.most_common(1)[0][1] for c in groups.values()) / len(truth)


def kept_together(truth: list, found: list) -> float:
    """Share of questions in their topic's largest group (purity the other way round)."""
    return purity(found, truth)


def scores(truth: list, found: list) -> dict:
    return {
        "ari": round(ari(truth, found), 4),
        "purity": round(purity(truth, found), 4),
        "kept_together": round(kept_together(truth, found), 4),
        "groups": len(set(found)),
        "groups_of_5_or_more": sum(1 for c in Counter(found).values() if c >= 5),
    }


def distinct(questions: list[str]) -> tuple[list[str], np.ndarray, list[int]]:
    """What group_questions embeds: distinct questions, their counts, each question's row."""
    rows: dict[str, int] = {}
    shown: list[str] = []
    for q in questions:
        if key(q) not in rows:
            rows[key(q)] = len(shown)
            shown.append(q.strip())
    counts = np.bincount([rows[key(q)] for q in questions]).astype(np.float64)
    return shown, counts, [rows[key(q)] for q in questions]


def silhouette_kmeans(vectors: np.ndarray, weights: np.ndarray, ks: range) -> np.ndarray:
    """faiss k-means for each k; the labels of the k with the best (cosine) silhouette."""
    import faiss

    distances = 1 - vectors @ vectors.T
    best, best_score = None, -2.0
    for k in ks:
        km = faiss.Kmeans(
            vectors.shape[1],
            k,
            niter=25,
            seed=1,
            spherical=True,
            verbose=False,
            min_points_per_centroid=1,
        )
        km.train(vectors)
        labels = km.index.search(vectors, 1)[1].ravel()
        score = silhouette(distances, labels)
        if score > best_score:
            best, best_score = labels, score
    return best


def silhouette(distances: np.ndarray, labels: np.ndarray) -> float:
    _, labels = np.unique(labels, return_inverse=True)
    onehot = np.eye(labels.max() + 1)[labels]
    sizes = onehot.sum(0)
    sums = distances @ onehot  # n x k: summed distance to each group
    own = sizes[labels] - 1
    a = np.where(own > 0, sums[np.arange(len(labels)), labels] / np.maximum(own, 1), 0)
    other = sums / sizes
    other[np.arange(len(labels)), labels] = np.inf
    b = other.min(1)
    s = np.where(own > 0, (b - a) / np.maximum(a, b), 0)
    return float(s.mean())


def timed(work, repeat: int = 3) -> tuple[float, object]:
    """The median seconds of `repeat` runs (the machine is shared), and the result."""
    seconds = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = work()
        seconds.append(time.perf_counter() - started)
    return sorted(seconds)[len(seconds) // 2], result


def run(backend: str, n: int, embedder) -> dict:
    results = {"backend": backend, "questions": n}
    for part, seed in (("tune", 1), ("test", 2)):
        questions, topics = synthetic_log(n, part, seed)
        keep = [i for i, q in enumerate(questions) if not is_crisis(q)]
        questions, topics = [questions[i] for i in keep], [topics[i] for i in keep]
        texts, counts, rows = distinct(questions)
        started = time.perf_counter()
        vectors = np.asarray(embedder.embed(texts), dtype=np.float32)
        embed_s = time.perf_counter() - started
        cluster_s, labels = timed(partial(cluster, vectors, counts, THRESHOLD))
        sweep = {t: scores(topics, cluster(vectors, counts, t)[rows].tolist()) for t in SWEEP}
        results[part] = {
            "questions": len(questions),
            "withheld_as_crisis": n - len(questions),
            "distinct": len(texts),
            "embed_s": round(embed_s, 3),
            "cluster_s": round(cluster_s, 3),
            "at_shipped": {"threshold": THRESHOLD, **scores(topics, labels[rows].tolist())},
            "sweep": sweep,
        }
    best = max(SWEEP, key=lambda t: results["tune"]["sweep"][t]["ari"])
    results["best_on_tune"] = best
    results["test"]["at_best_on_tune"] = {"threshold": best, **results["test"]["sweep"][best]}
    return results


def kmeans_side(embedder, n: int) -> dict:
    questions, topics = synthetic_log(n, "test", 2)
    keep = [i for i, q in enumerate(questions) if not is_crisis(q)]
    questions, topics = [questions[i] for i in keep], [topics[i] for i in keep]
    texts, counts, rows = distinct(questions)
    vectors = np.asarray(embedder.embed(texts), dtype=np.float32)
    agg_s, agglomerative = timed(lambda: cluster(vectors, counts, THRESHOLD))
    km_s, km = timed(lambda: silhouette_kmeans(vectors, counts, range(10, 61, 5)), repeat=1)
    return {
        "agglomerative": {
            "seconds": round(agg_s, 3),
            **scores(topics, agglomerative[rows].tolist()),
        },
        "kmeans_silhouette_k10_60": {
            "seconds": round(km_s, 3),
            **scores(topics, km[rows].tolist()),
        },
    }


class Store:
    def __init__(self, questions: list[str]) -> None:
        from datetime import UTC, datetime

        self.rows = [Unanswered(datetime(2026, 11, 2, tzinfo=UTC), q) for q in questions]

    def unanswered(self, since=None, until=None):
        return self.rows

    def votes(self, since=None, until=None):
        return []

    def daily_outcomes(self, since=None, until=None):
        return []


def whole_report(embedder, n: int) -> dict:
    """`make_report` end to end on the test log (crisis check, redaction, embedding, grouping)."""
    questions, _ = synthetic_log(n, "test", 2)
    started = time.perf_counter()
    report = make_report(Store(questions), lambda _: None, embedder)
    seconds = time.perf_counter() - started
    return {
        "seconds": round(seconds, 3),
        "groups": len(report.groups),
        "largest": [(g.count, g.representative) for g in report.groups[:8]],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="2000")
    parser.add_argument("--backends", default="fake,onnx")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows = []
    for backend in args.backends.split(","):
        embedder = make_embedder(backend)
        embedder.embed(["warm up"])  # loading the model is not the report's time
        for n in map(int, args.sizes.split(",")):
            row = run(backend, n, embedder)
            row["kmeans_side_by_side"] = kmeans_side(embedder, n) if n <= 4000 else None
            row["whole_report"] = whole_report(embedder, n)
            rows.append(row)
            print_row(row)
    args.out.parent.mkdir(exist_ok=True)
    args.out.write_text(json.dumps({"topics": len(TOPICS), "rows": rows}, indent=2), "utf-8")


def print_row(row: dict) -> None:
    test = row["test"]
    print(
        f"\n{row['backend']}, {row['questions']} questions ({test['distinct']} distinct, "
        f"{test['withheld_as_crisis']} withheld as crisis), {len(TOPICS)} topics"
    )
    print(
        f"  embed {test['embed_s']:.2f} s, cluster {test['cluster_s']:.2f} s, "
        f"whole report {row['whole_report']['seconds']:.2f} s"
    )
    for name in ("at_shipped", "at_best_on_tune"):
        s = test[name]
        print(
            f"  {name} (threshold {s['threshold']}): ARI {s['ari']:.3f}, purity "
            f"{s['purity']:.3f}, kept together {s['kept_together']:.3f}, {s['groups']} groups "
            f"({s['groups_of_5_or_more']} of 5+)"
        )
    print("  sweep on test:", " ".join(f"{t}:{v['ari']:.2f}" for t, v in test["sweep"].items()))
    if row["kmeans_side_by_side"]:
        for name, s in row["kmeans_side_by_side"].items():
            print(
                f"  {name}: {s['seconds']:.2f} s, ARI {s['ari']:.3f}, purity {s['purity']:.3f},"
                f" {s['groups']} groups"
            )
    print("  largest groups:", row["whole_report"]["largest"][:5])


if __name__ == "__main__":
    main()
