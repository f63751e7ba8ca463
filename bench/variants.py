"""Retrieval variants side by side: one setting changed at a time from the defaults, evaluated
with the product's own evaluation (app.evaluate) on the question sets, in one process.

    PYTHONPATH=. python bench/variants.py [--sets seed,subset,full] [--axes mode,max_words,...]

Sets: `seed` = corpus/ + eval/seed-questions.jsonl; `subset` = MedQuAD dev documents + 1,500
others (seed 7) + the 300 dev questions; `full` = all of MedQuAD (5,490 documents), which runs
only the variants that need no rebuild (mode) unless --rebuild-full. Axes: mode (dense / bm25 /
hybrid, retrieval only), max_words (100 / 160 / 250), embed_context (true / false), backend
(torch / bf16 / onnx / onnx-int8). Each index-affecting variant gets its own folder under
$HEALTHQA_DATA (default /work/data), reused while it is current.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from app.build import build_index, is_stale
from app.config import Settings, _convert
from app.embed import make_embedder
from app.evaluate import evaluate, load_questions, summarize
from app.service import Assistant
from bench.common import (
    DATA,
    DEV_QUESTIONS,
    SEED_CORPUS,
    SEED_QUESTIONS,
    machine,
    medquad_corpus,
    medquad_subset,
    save_json,
)

AXES = {
    "mode": ("dense", "bm25", "hybrid"),
    "max_words": (100, 160, 250),
    "embed_context": (True, False),
    "backend": ("torch", "bf16", "onnx", "onnx-int8"),
}
REBUILD = {"max_words", "embed_context", "backend"}


def sets() -> dict:
    return {
        "seed": (lambda: SEED_CORPUS, SEED_QUESTIONS),
        "subset": (medquad_subset, DEV_QUESTIONS),
        "full": (medquad_corpus, DEV_QUESTIONS),
    }


def index_dir(name: str, s: Settings) -> Path:
    if name == "full" and s.index_params() == Settings().index_params():
        return DATA / "idx-medquad"  # the product's full build, as in BENCHMARKS.md
    ctx = "ctx" if s.embed_context else "noctx"
    return DATA / f"idx-{name}-{s.backend}-w{s.max_words}-{ctx}"


def variants(axes: list[str], base: Settings) -> list[tuple[str, dict]]:
    out = [("default", {})]  # the defaults, after --base
    for axis in axes:
        for value in AXES[axis]:
            if value != getattr(base, axis):
                out.append((f"{axis}={value}", {axis: value}))
    return out


class Runner:
    def __init__(self, base: Settings):
        self.base = base
        self.embedders: dict = {}

    def embedder(self, backend: str):
        if backend not in self.embedders:
            self.embedders[backend] = make_embedder(backend, self.base.embed_batch)
        return self.embedders[backend]

    def run(self, name: str, corpus: Path, qpath: Path, label: str, changes: dict) -> dict:
        s = self.base.with_(corpus_dir=corpus, **changes)
        s = s.with_(index_dir=index_dir(name, s))
        embedder = self.embedder(s.backend)
        row = {"set": name, "variant": label, "index": str(s.index_dir)}
        if is_stale(s):
            report = build_index(s, embedder)
            row.update(passages=report.passages, build_s=report.seconds, embedded=report.embedded)
        assistant = Assistant.open(s, embedder)
        row.setdefault("passages", assistant.passage_count)
        items = load_questions(qpath)
        started = time.perf_counter()
        summary = summarize(evaluate(assistant, items))
        row["eval_s"] = time.perf_counter() - started
        row.update(summary)
        return row


def print_table(rows: list[dict]) -> None:
    head = (
        f"{'set':<7} {'variant':<22} {'passages':>8} {'hit@1':>6} {'hit@3':>6} {'hit@10':>6} "
        f"{'MRR':>6} {'abst.ans':>8} {'abst.off':>8} {'build s':>8}"
    )
    print(head)
    for r in rows:
        rec = r.get("abstain_recall")
        off = "-" if rec is None else f"{rec:.2f}"
        build = f"{r['build_s']:.1f}" if "build_s" in r else "reused"
        print(
            f"{r['set']:<7} {r['variant']:<22} {r['passages']:>8} {r['hit@1']:6.3f} "
            f"{r['hit@3']:6.3f} {r['hit@10']:6.3f} {r['mrr@10']:6.3f} "
            f"{r['answerable_abstained']:>8} {off:>8} {build:>8}"
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="seed,subset")
    ap.add_argument("--axes", default="mode,max_words,embed_context,backend")
    ap.add_argument("--rebuild-full", action="store_true")
    ap.add_argument("--only", help="labels to run, e.g. default,mode=bm25,seed:backend=onnx")
    ap.add_argument("--base", default="", help="change the defaults first, e.g. backend=bf16")
    ap.add_argument("--out", default="variants")
    args = ap.parse_args()
    base = Settings()
    for pair in filter(None, args.base.split(",")):
        key, value = pair.split("=", 1)
        base = base.with_(**{key: _convert(value, getattr(base, key))})
    runner = Runner(base)
    rows = []
    for name in args.sets.split(","):
        corpus_of, qpath = sets()[name]
        corpus = corpus_of()
        for label, changes in variants(args.axes.split(","), base):
            if args.only and not {label, f"{name}:{label}"} & set(args.only.split(",")):
                continue
            if name == "full" and REBUILD & set(changes) and not args.rebuild_full:
                continue
            rows.append(runner.run(name, corpus, qpath, label, changes))
            print_table(rows[-1:])
    print()
    print_table(rows)
    print("abst.ans = answerable questions abstained on; abst.off = off-topic abstention recall")
    save_json(args.out, {"machine": machine(), "defaults": base.to_dict(), "rows": rows})


if __name__ == "__main__":
    main()
