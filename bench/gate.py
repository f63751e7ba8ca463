"""The quality gate for a faster embedding variant: every variant against fp32, in one run,
on three question sets, with a paired bootstrap interval on each difference.

    PYTHONPATH=. python bench/gate.py [--variants int8,...] [--sets seed,mediqa,medquad] [--fill]
        [--boot 5000] [--out gate]

Sets (one index per variant and corpus, built in process by the product's own build, passage
embeddings through a per-variant SQLite cache so each text is embedded once across runs):
  seed     eval/seed-questions.jsonl over corpus/, the product's default mode (`evidence`): the
           answerable questions (with their history), scored on the reply (top_k 10): MRR@10 and
           useful@3 of its quotes (bench/quality.useful)
  mediqa   the 278 MEDIQA consumer questions over their 1,663 articles: MRR@10 and success@3 by
           article, grade >= 3 (as bench/quality.py)
  medquad  the 300 MedQuAD dev questions over a fixed SUBSET of MedQuAD (too heavy in full for
           several variants on a shared 2-core machine): every article a dev question refers to +
           GATE_OTHERS distractor articles drawn with random.Random(7); the same files for every
           variant. MRR@10 and success@3 by section (app.evaluate.is_correct).
  On mediqa and medquad the passages are ranked in `dense` and `hybrid` mode: the sentence vectors
  of evidence mode (six times as many texts) are not embedded there (zeros), to fit the machine.
The reference is fp32: sentence-transformers (`torch`) on seed and MEDIQA; on the MedQuAD subset
the ONNX fp32 export (`onnx`), whose vectors are torch's (each run prints their cosine on 128
MEDIQA passages), because torch there too did not fit the session on the shared machine. Variants
(`--variants`): `onnx` and the int8 recipes of bench/int8.py, each a model file embedded by
OnnxEmbedder(folder). `--fill` only builds the indexes (several processes can fill the caches).
Gate: a variant passes when, pooled over all questions (seed + the other two in dense mode; and
again in hybrid mode), MRR@10 and useful@3/success@3 fall by at most 1 point with the 95 % interval
reaching 0 (including it, or above it), and no set's interval lies wholly below -1 point.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

from app.build import embed_text
from app.config import Settings
from app.embed import make_embedder
from app.embed.onnx import OnnxEmbedder
from app.evaluate import is_correct
from app.service import Assistant
from bench import int8
from bench.cached import CachedEmbedder
from bench.common import DATA, DEV_QUESTIONS, REPO, machine, questions, sample_corpus, save_json
from bench.quality import answerable, useful
from bench.rankings import MEDIQA, _unpack, ranked_docs, ranked_passages

GATE_OTHERS = 200  # distractor articles in the MedQuAD subset (dev articles: 340)
SETS = ("seed", "mediqa", "medquad")


class Skipping:
    """Zero vectors while `skip` is set (the sentence stage of a build); never cached."""

    def __init__(self, inner):
        self.inner, self.name, self.dim, self.skip = inner, inner.name, inner.dim, False

    def embed(self, texts):
        if self.skip:
            return np.zeros((len(texts), self.dim), dtype=np.float32)
        return self.inner.embed(texts)


class Timed:
    """Counts the seconds the model spends on cache misses (texts embedded, not looked up)."""

    def __init__(self, inner):
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self.seconds, self.texts = 0.0, 0

    def embed(self, texts):
        started = time.perf_counter()
        out = self.inner.embed(texts)
        self.seconds += time.perf_counter() - started
        self.texts += len(texts)
        return out


def embedder(variant: str) -> tuple[CachedEmbedder, Timed, str]:
    """The cached embedder of a variant and the backend its index records."""
    if variant == "torch":
        inner, backend = make_embedder("torch", 32), "torch"
    else:
        inner, backend = OnnxEmbedder(batch_size=32, folder=int8.model_folder(variant)), "onnx"
    timed = Timed(inner)
    return CachedEmbedder(timed, DATA / f"gate-{variant}.sqlite3"), timed, backend


def medquad_gate() -> Path:
    return sample_corpus(f"medquad-gate-{GATE_OTHERS}", GATE_OTHERS)


def corpora() -> dict[str, Path]:
    return {
        "seed": REPO / "corpus",
        "mediqa": _unpack(MEDIQA / "mediqa-consumer-corpus.tar.gz", "mediqa-consumer"),
        "medquad": medquad_gate(),
    }


def assistant(name: str, corpus: Path, variant: str, cached, backend: str) -> Assistant:
    """The backend only names the index's fingerprint here: the cached embedder embeds both the
    passages and the questions, so each variant's questions meet its own passages. Outside the
    seed set, the build's sentence stage gets zero vectors (the dense and hybrid modes never read
    them)."""
    settings = Settings(corpus_dir=corpus, index_dir=DATA / f"gate-idx-{name}-{variant}")
    skipping = Skipping(cached)

    def progress(stage: str, done: int, total: int) -> None:
        skipping.skip = stage == "sentences" and name != "seed"

    a = Assistant.open(settings.with_(backend=backend), skipping, progress)
    skipping.skip = False
    return a


def seed_scores(a: Assistant) -> tuple[list[float], list[float]]:
    items = [i for i in questions(REPO / "eval/seed-questions.jsonl") if answerable(i)]
    replies = a.ask_many([(i["question"], i.get("history") or [], 10) for i in items])
    ranks = [
        next((n for n, q in enumerate(r.quotes, 1) if useful({"text": q.text}, i)), None)
        for i, r in zip(items, replies, strict=True)
    ]
    return _rr(ranks), _at3(ranks)


def mediqa_scores(a: Assistant, mode: str) -> tuple[list[float], list[float]]:
    items = questions(MEDIQA / "questions.jsonl")
    docs = ranked_docs(a, items, mode)
    ranks = [
        next((n for n, d in enumerate(ds, 1) if i["relevant"].get(d, 0) >= 3), None)
        for i, ds in zip(items, docs, strict=True)
    ]
    return _rr(ranks), _at3(ranks)


def medquad_scores(a: Assistant, mode: str) -> tuple[list[float], list[float]]:
    items = questions(DEV_QUESTIONS)
    passages = ranked_passages(a, items, mode)
    ranks = [
        next((n for n, p in enumerate(ps, 1) if is_correct(p, i)), None)
        for i, ps in zip(items, passages, strict=True)
    ]
    return _rr(ranks), _at3(ranks)


def _rr(ranks) -> list[float]:
    return [1 / r if r and r <= 10 else 0.0 for r in ranks]


def _at3(ranks) -> list[float]:
    return [1.0 if r and r <= 3 else 0.0 for r in ranks]


SCORERS = {"mediqa": mediqa_scores, "medquad": medquad_scores}
MODES = ("dense", "hybrid")


def scored(name: str, a: Assistant) -> dict[str, tuple[list[float], list[float]]]:
    """{row name: (reciprocal ranks, hits at 3)}: seed in evidence mode, the others per mode."""
    if name == "seed":
        return {"seed": seed_scores(a)}
    return {f"{name}/{mode}": SCORERS[name](a, mode) for mode in MODES}


def paired_ci(a: np.ndarray, b: np.ndarray, boot: int, seed: int = 11) -> tuple[float, ...]:
    """Mean of b - a and its 95 % percentile interval over `boot` resamples of the questions."""
    d = b - a
    rng = np.random.default_rng(seed)
    means = d[rng.integers(0, len(d), size=(boot, len(d)))].mean(axis=1)
    return float(d.mean()), float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def passes(rows: list[dict]) -> bool:
    pooled = [r for r in rows if r["set"].startswith("all/")]
    sets = [r for r in rows if not r["set"].startswith("all/")]
    ok = all(r["delta"] >= -0.01 and r["ci_high"] >= 0 for r in pooled)
    return ok and all(r["ci_high"] >= -0.01 for r in sets)


# The fp32 reference per set. On the MedQuAD subset it is the ONNX fp32 export, whose vectors are
# torch's (checked in every run: `equivalence`), at about twice torch's speed on this machine:
# torch there as well did not fit the session.
REFERENCE = {"seed": "torch", "mediqa": "torch", "medquad": "onnx"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--variants", default="int8")
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--boot", type=int, default=5000)
    ap.add_argument("--out", default="gate")
    ap.add_argument("--fill", action="store_true", help="only build the indexes (fill caches)")
    args = ap.parse_args()
    variants, sets = args.variants.split(","), args.sets.split(",")
    DATA.mkdir(parents=True, exist_ok=True)
    where = corpora()
    plan = [(REFERENCE[name], name) for name in sets] + [(v, n) for v in variants for n in sets]
    scores: dict[tuple[str, str], tuple[list[float], list[float]]] = {}
    embedders = {}
    for v, name in dict.fromkeys(plan):
        if v not in embedders:
            embedders[v] = embedder(v)
        cached, timed, backend = embedders[v]
        started = time.perf_counter()
        a = assistant(name, where[name], v, cached, backend)
        if args.fill:
            continue
        for row, got in scored(name, a).items():
            scores[v, row] = got
        print(
            f"{v} {name}: {a.passage_count} passages, {time.perf_counter() - started:.0f} s, "
            f"embedded {timed.texts} texts in {timed.seconds:.0f} s",
            file=sys.stderr,
            flush=True,
        )
    if args.fill:
        return
    rows = table(variants, sorted({row for _, row in scores}), scores, args.boot)
    verdict = {v: passes([r for r in rows if r["variant"] == v]) for v in variants}
    same = equivalence(where["mediqa"], embedders)
    show(rows, verdict)
    print(json.dumps({"torch_vs_onnx_cosine": same}))
    save_json(
        args.out,
        {
            "machine": machine(),
            "args": vars(args),
            "reference": REFERENCE,
            "rows": rows,
            "pass": verdict,
            "torch_vs_onnx_cosine": same,
        },
    )


def equivalence(corpus: Path, embedders: dict, n: int = 128) -> dict:
    """Cosine between torch's cached vectors and the ONNX fp32 export's, on n MEDIQA passages."""
    settings = Settings(corpus_dir=corpus, index_dir=DATA / "gate-idx-mediqa-torch")
    a = Assistant.load(settings.with_(backend="torch"), embedders["torch"][0])
    texts = [embed_text(p, settings) for p in a.index.passages[:: max(1, a.passage_count // n)]]
    onnx = embedders.get("onnx") or embedder("onnx")
    cos = np.sum(embedders["torch"][0].embed(texts) * onnx[1].inner.embed(texts), axis=1)
    return {"n": len(texts), "mean": float(cos.mean()), "min": float(cos.min())}


def table(variants, sets, scores, boot) -> list[dict]:
    rows = []
    for v in variants:
        pooled = {f"all/{m}": [r for r in sets if "/" not in r or r.endswith(m)] for m in MODES}
        for name in [*sets, *pooled]:
            parts = pooled.get(name, [name])
            for m, label in ((0, "mrr@10"), (1, "useful@3")):
                ref = np.concatenate([scores[REFERENCE[s.split("/")[0]], s][m] for s in parts])
                mine = np.concatenate([scores[v, s][m] for s in parts])
                delta, low, high = paired_ci(ref, mine, boot)
                rows.append(
                    {
                        "variant": v,
                        "set": name,
                        "metric": label,
                        "n": len(mine),
                        "reference": "/".join(sorted({REFERENCE[s.split("/")[0]] for s in parts})),
                        "ref_value": round(float(ref.mean()), 4),
                        "value": round(float(mine.mean()), 4),
                        "delta": round(delta, 4),
                        "ci_low": round(low, 4),
                        "ci_high": round(high, 4),
                    }
                )
    return rows


def show(rows: list[dict], verdict: dict) -> None:
    print("variant   set             n   metric    fp32 (ref)    variant  delta [95% CI], points")
    for r in rows:
        print(
            f"{r['variant']:<9} {r['set']:<14} {r['n']:>4} {r['metric']:<9} {r['ref_value']:.3f}"
            f" ({r['reference']:<10}) {r['value']:.3f}  {100 * r['delta']:+.2f}"
            f" [{100 * r['ci_low']:+.2f}, {100 * r['ci_high']:+.2f}]"
        )
    print(json.dumps({"pass": verdict}))


if __name__ == "__main__":
    main()
