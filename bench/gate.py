"""The quality gate for a faster embedding variant: every variant against fp32, in one run,
on three question sets, with a paired bootstrap interval on each difference.

    PYTHONPATH=. python bench/gate.py [--variants int8,...] [--sets seed,mediqa,medquad] [--fill]
        [--reference seed=torch,mediqa=torch,medquad=onnx] [--boot 5000] [--out gate]

Sets (one index per variant and corpus, built in process by the product's own build - passages
and sentence vectors - every text embedded through a per-variant SQLite cache, so each text is
embedded once per variant across runs):
  seed     eval/seed-questions.jsonl over corpus/, the product's default mode (`evidence`): the
           answerable questions (with their history), scored on the reply (top_k 10): MRR@10 and
           useful@3 of its quotes (bench/quality.useful)
  mediqa   the 278 MEDIQA consumer questions over their 1,663 articles: MRR@10 and success@3 by
           article, grade >= 3 (as bench/quality.py)
  medquad  the 300 MedQuAD dev questions over a fixed SUBSET of MedQuAD (too heavy in full for
           several variants on a shared 2-core machine): every article a dev question refers to +
           GATE_OTHERS distractor articles drawn with random.Random(7); the same files for every
           variant. MRR@10 and success@3 by section (app.evaluate.is_correct).
  On mediqa and medquad the passages are ranked in `evidence` (the product's default), `dense` and
  `hybrid` mode (bench/gate_scores.py).
The reference is fp32 (`--reference SET=VARIANT,...`): by default sentence-transformers (`torch`)
on seed and MEDIQA, and on the MedQuAD subset the ONNX fp32 export (`onnx`), whose vectors are
torch's (each run prints their cosine on 128 MEDIQA passages) at about twice torch's speed here.
Variants (`--variants`): `int8` is the product's `onnx-int8` embedder (each text alone); `onnx`
and the int8 recipes of bench/int8.py, each a model file run by OnnxEmbedder(folder). `--fill`
only builds the indexes of the variants named (`torch` and `onnx` too): one process per variant
fills the caches side by side.
Gate: a variant passes when, pooled over all questions (seed + the other two sets in one mode, for
each mode), MRR@10 and useful@3/success@3 fall by at most 1 point with the 95 % interval reaching 0
(including it, or above it), and no set's interval lies wholly below -1 point.
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
from app.service import Assistant
from bench import int8
from bench.cached import CachedEmbedder
from bench.common import DATA, REPO, machine, sample_corpus, save_json
from bench.gate_scores import passes, scored, show, table
from bench.rankings import MEDIQA, _unpack

GATE_OTHERS = 200  # distractor articles in the MedQuAD subset (dev articles: 340)
SETS = ("seed", "mediqa", "medquad")


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
    """The cached embedder of a variant and the backend its index records. The int8 variants run
    each text alone, as the product's onnx-int8 does (in a batch their vectors move with the
    texts beside it); their caches are named so, apart from the batched vectors of earlier runs."""
    if variant == "torch":
        inner, backend, cache = make_embedder("torch", 32), "torch", "torch"
    elif variant == "int8":
        inner, backend, cache = make_embedder("onnx-int8", 32), "onnx-int8", "int8-alone"
    else:
        quantized = variant != "onnx"
        folder = int8.model_folder(variant)
        inner = OnnxEmbedder(quantized, batch_size=32, folder=folder)
        backend, cache = "onnx", f"{variant}-alone" if quantized else variant
    timed = Timed(inner)
    return CachedEmbedder(timed, DATA / f"gate-{cache}.sqlite3"), timed, backend


def medquad_gate() -> Path:
    return sample_corpus(f"medquad-gate-{GATE_OTHERS}", GATE_OTHERS)


def corpora() -> dict[str, Path]:
    return {
        "seed": REPO / "corpus",
        "mediqa": _unpack(MEDIQA / "mediqa-consumer-corpus.tar.gz", "mediqa-consumer"),
        "medquad": medquad_gate(),
    }


class Skipping:
    """Zero vectors while `skip` is set (the sentence stage of a build); never cached."""

    def __init__(self, inner):
        self.inner, self.name, self.dim, self.skip = inner, inner.name, inner.dim, False

    def embed(self, texts):
        if self.skip:
            return np.zeros((len(texts), self.dim), dtype=np.float32)
        return self.inner.embed(texts)


def index_dir(name: str, variant: str, sentences: bool = True) -> Path:
    """`-ev`: with sentence vectors; without (zeros), as bench/finetune_eval.py builds them."""
    return DATA / f"gate-idx-{name}-{variant}{'-ev' if sentences else ''}"


def assistant(
    name: str, corpus: Path, variant: str, cached, backend: str, sentences: bool = True
) -> Assistant:
    """The backend only names the index's fingerprint here: the cached embedder embeds the
    passages, the sentences and the questions, so each variant's questions meet its own index.
    Without `sentences` the build's sentence stage gets zero vectors (for the dense and hybrid
    modes, which never read them)."""
    settings = Settings(corpus_dir=corpus, index_dir=index_dir(name, variant, sentences))
    skipping = Skipping(cached)

    def progress(stage: str, done: int, total: int) -> None:
        skipping.skip = stage == "sentences" and not sentences

    a = Assistant.open(settings.with_(backend=backend), skipping, progress)
    skipping.skip = False
    return a


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--variants", default="int8")
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--reference", default="seed=torch,mediqa=torch,medquad=onnx")
    ap.add_argument("--boot", type=int, default=5000)
    ap.add_argument("--out", default="gate")
    ap.add_argument("--fill", action="store_true", help="only build the variants' indexes")
    args = ap.parse_args()
    variants, sets = args.variants.split(","), args.sets.split(",")
    reference = dict(part.split("=") for part in args.reference.split(","))
    DATA.mkdir(parents=True, exist_ok=True)
    where = corpora()
    plan = [(v, n) for v in variants for n in sets]
    if not args.fill:
        plan = [(reference[name], name) for name in sets] + plan
    scores: dict[tuple[str, str], tuple[list[float], list[float]]] = {}
    embedders = {}
    for v, name in dict.fromkeys(plan):
        if v not in embedders:
            embedders[v] = embedder(v)
        cached, timed, backend = embedders[v]
        started = time.perf_counter()
        a = assistant(name, where[name], v, cached, backend)
        if not args.fill:
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
    rows = table(variants, sorted({row for _, row in scores}), scores, args.boot, reference)
    verdict = {v: passes([r for r in rows if r["variant"] == v]) for v in variants}
    show(rows, verdict)
    result = {"machine": machine(), "args": vars(args), "reference": reference, "rows": rows}
    save_json(args.out, result | {"pass": verdict})
    if "mediqa" in sets:  # after the table is saved: torch may have to embed these passages
        same = equivalence(where["mediqa"], reference["mediqa"])
        print(json.dumps({"torch_vs_onnx_cosine": same}))
        save_json(args.out, result | {"pass": verdict, "torch_vs_onnx_cosine": same})


def equivalence(corpus: Path, variant: str, n: int = 128) -> dict:
    """Cosine between torch's vectors and the ONNX fp32 export's on n passages of the MEDIQA
    index of `variant` (torch's through its cache: embedded once)."""
    settings = Settings(corpus_dir=corpus, index_dir=index_dir("mediqa", variant))
    cached, _, backend = embedder(variant)
    a = Assistant.load(settings.with_(backend=backend), cached)
    texts = [embed_text(p, settings) for p in a.index.passages[:: max(1, a.passage_count // n)]]
    torch, onnx = embedder("torch")[0], embedder("onnx")[1].inner
    cos = np.sum(torch.embed(texts) * onnx.embed(texts), axis=1)
    return {"n": len(texts), "mean": float(cos.mean()), "min": float(cos.min())}


if __name__ == "__main__":
    main()
