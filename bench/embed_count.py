"""How many texts each `ask` embeds, why, and how many tokens each has, as `ask --jsonl` asks them.

    PYTHONPATH=. python bench/embed_count.py --index DIR FILE.jsonl [FILE.jsonl ...] [--out NAME]

Every line (its `question` or `text`, with its `history`) is asked in process, one at a time, of
an `Assistant` whose embedder is wrapped: each `embed` call is recorded with its texts and what
asked for them, read from the calling function (`embed_queries`: the question as typed, its
context - the conversation's topic + the question - and their respellings; the crisis detector's
`_strongest_part`: a message's parts; `NearWords`: a reader's word the articles lack). The model
runs as shipped; what the embedder spares (a cache hit, a text asked twice in one call) is
counted apart (`model_texts`) from what was asked of it (`texts`). Tokens are the model's,
[CLS] and [SEP] included. Prints the distribution of texts, calls and model runs per ask and,
per kind, the count and tokens; with `--out`, the JSON in bench/out/.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from app import store
from app.config import Settings
from app.service import Assistant, query_embedder
from bench.common import SEED_CORPUS, machine, percentiles, questions
from bench.common import save_json as save

KINDS = {"_strongest_part": "crisis part", "_vectors_of": "near word"}


class Counting:
    """An embedder that records each call's texts and why they were asked for."""

    def __init__(self, inner):
        self.inner = inner
        self.name, self.dim = inner.name, inner.dim
        self.calls: list[list[tuple[str, str]]] = []

    def embed(self, texts):
        self.calls.append(list(zip(_kinds(sys._getframe(1), texts), texts, strict=True)))
        return self.inner.embed(texts)

    def __getattr__(self, name):
        return getattr(self.inner, name)


def _kinds(frame, texts) -> list[str]:
    name = frame.f_code.co_name
    if name != "embed_queries":
        return [KINDS.get(name, name)] * len(texts)
    kinds = []
    for q in frame.f_locals["queries"]:
        kinds += ["question"] + (["context"] if q.context else [])
    kinds += ["respelled " + k for k in kinds][: len(texts) - len(kinds)]
    for at, (kind, text) in enumerate(zip(kinds, texts, strict=True)):
        if kind.endswith("context") and text == texts[at - 1]:  # not read: the question again
            kinds[at] = kind + ", not read"
    return kinds


def model_runs(embedder) -> int:
    """Texts the model has run so far, if the embedder counts them (`cache_info`)."""
    info = getattr(embedder, "cache_info", None)
    return info()["runs"] if info else -1


def count(index_dir: Path, items: list[dict]) -> dict:
    settings = Settings.from_env(corpus_dir=SEED_CORPUS, index_dir=index_dir)
    loaded = store.load(index_dir)
    real = query_embedder(loaded, settings)
    counting = Counting(real)
    assistant = Assistant(loaded, counting, settings)
    assistant.warm()
    tokenizer = real._load()[1]
    per_ask, kinds, tokens = [], Counter(), {}
    seen: set[str] = set()
    repeats = Counter()
    for item in items:
        counting.calls = []
        before = model_runs(real)
        assistant.ask(item.get("question") or item["text"], item.get("history") or [])
        texts = [t for call in counting.calls for t in call]
        per_ask.append(
            {
                "texts": len(texts),
                "calls": len(counting.calls),
                "model_texts": model_runs(real) - before if before >= 0 else len(texts),
                "kinds": sorted({k for k, _ in texts}),
            }
        )
        for kind, text in texts:
            kinds[kind] += 1
            tokens.setdefault(kind, []).append(len(tokenizer.encode(text).ids))
            repeats[kind, text in seen] += 1  # in this ask or an earlier one
            seen.add(text)
    return {
        "asks": len(items),
        "texts_per_ask": _histogram(a["texts"] for a in per_ask),
        "calls_per_ask": _histogram(a["calls"] for a in per_ask),
        "model_texts_per_ask": _histogram(a["model_texts"] for a in per_ask),
        "kinds": {k: {"texts": n, "tokens": _summary(tokens[k])} for k, n in kinds.most_common()},
        "asks_with_kind": dict(Counter(k for a in per_ask for k in a["kinds"]).most_common()),
        "asked_before": {k: repeats[k, True] for k in kinds},
        "texts": sum(a["texts"] for a in per_ask),
        "model_texts": sum(a["model_texts"] for a in per_ask),
    }


def _histogram(values) -> dict[str, int]:
    counts = Counter(values)
    return {str(k): counts[k] for k in sorted(counts)}


def _summary(values: list[int]) -> dict:
    p = percentiles([v / 1000 for v in values])  # percentiles() reports "ms" of seconds
    return {
        "mean": float(np.mean(values)),
        "p50": p["p50_ms"],
        "p95": p["p95_ms"],
        "max": max(values),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--out")
    args = ap.parse_args()
    items = [q for path in args.files for q in questions(path)]
    result = {"machine": machine(), "files": [str(f) for f in args.files]}
    result.update(count(args.index, items))
    print(f"{result['asks']} asks, {result['texts']} texts asked for, {result['model_texts']} run")
    for label in ("texts_per_ask", "calls_per_ask", "model_texts_per_ask"):
        print(f"  {label}: {result[label]}")
    for kind, facts in result["kinds"].items():
        t = facts["tokens"]
        print(
            f"  {kind:<20} {facts['texts']:6d} texts in {result['asks_with_kind'][kind]:5d} asks,"
            f" tokens mean {t['mean']:.1f} p50 {t['p50']:.0f} p95 {t['p95']:.0f} max {t['max']}"
        )
    print(f"  texts asked before (this ask or an earlier one), by kind: {result['asked_before']}")
    if args.out:
        save(args.out, result)


if __name__ == "__main__":
    main()
