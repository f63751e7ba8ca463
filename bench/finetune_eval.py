"""The packaged all-MiniLM-L6-v2 against a fine-tuned copy (bench/finetune.py), side by side in one
run, both fp32 through sentence-transformers (torch), dense retrieval only, on material the
fine-tuning never saw, with a paired bootstrap interval on each difference (bench/gate.py's).

    HEALTHQA_DATA=/tmp/DIR PYTHONPATH=. nice -n 15 python bench/finetune_eval.py \
        --model /tmp/healthqa-ft/model [--boot 5000] [--crisis-lines 300] [--out finetune]

Sets (indexes built by the product's own build through bench/gate.py's `assistant`, one per model
and corpus; embeddings cached per model in SQLite under $HEALTHQA_DATA):
  seed, seed-heldout-2, seed-heldout-3  the lay question files over corpus/, answerable questions
           asked on their own (no history; follow-ups left out): a passage is useful when it
           contains the answering text (bench/quality.useful); MRR@10, hit@1, useful@3
  mediqa   the 278 MEDIQA consumer questions over their 1,663 articles, by article, grade >= 3
           (bench/gate_scores.mediqa_scores)
  medquad  the 300 MedQuAD dev questions over bench/gate.py's subset (dev articles + 200
           distractors), all held out of the fine-tuning; by section
           (bench/gate_scores.medquad_scores)
Crisis side effect: the cosine between the two models' vectors of the same bank lines
(app/safety/bank.jsonl, every k-th line), and how well the pairwise similarities among those lines
agree (Pearson r): how far the space moved under the detector's nearest-neighbour bank.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

from app.embed import make_embedder
from app.safety.bank import BANK
from bench import gate, gate_scores
from bench.cached import CachedEmbedder
from bench.common import DATA, REPO, machine, questions, save_json
from bench.quality import answerable, useful
from bench.rankings import ranked_passages

SEED_SETS = ("seed-questions", "seed-heldout-2", "seed-heldout-3")
METRICS = ("mrr@10", "hit@1", "useful@3")


class FolderEmbedder:
    """A sentence-transformers model from a local folder, fp32 on the CPU, unit vectors."""

    def __init__(self, folder: Path, batch_size: int = 32):
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
        self.name, self.dim, self.batch_size = "all-MiniLM-L6-v2", 384, batch_size

    def embed(self, texts):
        vectors = self.model.encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=False,
        )  # fmt: skip
        return np.ascontiguousarray(vectors, dtype=np.float32)


def embedders(folder: Path) -> dict[str, tuple[CachedEmbedder, gate.Timed]]:
    """{variant: (cached embedder, its timer)}; the fine-tuned variant is named by its weights."""
    digest = hashlib.sha256((folder / "model.safetensors").read_bytes()).hexdigest()[:12]
    out = {}
    for variant, inner in (("base", make_embedder("torch", 32)), (f"ft-{digest}", None)):
        timed = gate.Timed(inner or FolderEmbedder(folder))
        out[variant] = (CachedEmbedder(timed, DATA / f"finetune-{variant}.sqlite3"), timed)
    return out


def seed_items(name: str) -> list[dict]:
    items = questions(REPO / "eval" / f"{name}.jsonl")
    return [i for i in items if answerable(i) and not i.get("history")]


def seed_scores(a, items: list[dict]) -> tuple[list[float], list[float]]:
    passages = ranked_passages(a, items, "dense")
    ranks = [
        next((n for n, p in enumerate(ps, 1) if useful({"text": p.text}, i)), None)
        for i, ps in zip(items, passages, strict=True)
    ]
    return gate_scores._rr(ranks), gate_scores._at3(ranks)


def scores(variant: str, cached: CachedEmbedder, where: dict[str, Path]) -> dict:
    """{set: {metric: per-question values}} for one model."""
    out = {}
    for name in ("seed-dense", "mediqa", "medquad"):
        started = time.perf_counter()
        a = gate.assistant(name, where[name], variant, cached, "torch", sentences=False)
        if name == "seed-dense":
            got = {s: seed_scores(a, seed_items(s)) for s in SEED_SETS}
        else:
            got = {name: gate_scores.SCORERS[name](a, "dense")}
        for s, (rr, at3) in got.items():
            out[s] = {"mrr@10": rr, "hit@1": [float(r == 1.0) for r in rr], "useful@3": at3}
        print(f"{variant} {name}: {time.perf_counter() - started:.0f} s", file=sys.stderr)
    out["seed (3 files)"] = {m: sum((out[s][m] for s in SEED_SETS), []) for m in METRICS}
    return out


def table(base: dict, tuned: dict, boot: int) -> list[dict]:
    rows = []
    for name in base:
        for metric in METRICS:
            a, b = np.array(base[name][metric]), np.array(tuned[name][metric])
            delta, low, high = gate_scores.paired_ci(a, b, boot)
            rows.append(
                {"set": name, "metric": metric, "n": len(a), "base": round(float(a.mean()), 4),
                 "tuned": round(float(b.mean()), 4), "delta": round(delta, 4),
                 "ci_low": round(low, 4), "ci_high": round(high, 4)}
            )  # fmt: skip
    return rows


def crisis_shift(base, tuned, lines: int) -> dict:
    """How far the fine-tuning moved the crisis bank's vectors (a sample of its lines)."""
    texts = [json.loads(t)["text"] for t in BANK.read_text("utf-8").splitlines() if t[:1] == "{"]
    texts = texts[:: max(1, len(texts) // lines)]
    b, t = base.embed(texts), tuned.embed(texts)
    cos = np.sum(b * t, axis=1)
    upper = np.triu_indices(len(texts), 1)
    r = np.corrcoef((b @ b.T)[upper], (t @ t.T)[upper])[0, 1]
    same_nn = np.mean(_nearest(b) == _nearest(t))
    return {
        "lines": len(texts),
        "cos_mean": round(float(cos.mean()), 4),
        "cos_min": round(float(cos.min()), 4),
        "cos_p5": round(float(np.percentile(cos, 5)), 4),
        "pairwise_r": round(float(r), 4),
        "same_nearest_neighbour": round(float(same_nn), 4),
    }


def _nearest(v: np.ndarray) -> np.ndarray:
    sims = v @ v.T
    np.fill_diagonal(sims, -2)
    return sims.argmax(axis=1)


def show(rows: list[dict]) -> None:
    print("set               n    metric    base   tuned  delta [95% CI], points")
    for r in rows:
        print(
            f"{r['set']:<16} {r['n']:>4}  {r['metric']:<8} {r['base']:.3f}  {r['tuned']:.3f}"
            f"  {100 * r['delta']:+.1f} [{100 * r['ci_low']:+.1f}, {100 * r['ci_high']:+.1f}]"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", type=Path, required=True, help="the fine-tuned model folder")
    ap.add_argument("--boot", type=int, default=5000)
    ap.add_argument("--crisis-lines", type=int, default=300)
    ap.add_argument("--out", default="finetune")
    args = ap.parse_args()
    DATA.mkdir(parents=True, exist_ok=True)
    where = gate.corpora() | {"seed-dense": REPO / "corpus"}
    models = embedders(args.model)
    (base, tuned) = [scores(v, cached, where) for v, (cached, _) in models.items()]
    rows = table(base, tuned, args.boot)
    shift = crisis_shift(*(timed.inner for _, timed in models.values()), args.crisis_lines)
    show(rows)
    print(json.dumps({"crisis_bank_shift": shift}))
    train = args.model.parent / "train.json"
    save_json(
        args.out,
        {
            "machine": machine(),
            "args": vars(args),
            "training": json.loads(train.read_text("utf-8")) if train.is_file() else None,
            "embed_seconds": {v: round(t.seconds, 1) for v, (_, t) in models.items()},
            "rows": rows,
            "crisis_bank_shift": shift,
        },
    )


if __name__ == "__main__":
    main()
