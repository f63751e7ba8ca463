"""Build throughput of the embedding variants, side by side in one run, on the same passages.

    PYTHONPATH=. python bench/build_speed.py [--passages 1536] [--group 256]
        [--variants torch,onnx,int8] [--out build_speed]

The passages are a fixed random sample (random.Random(7)) of the MedQuAD gate subset
(bench/gate.py), embedded as `build` embeds them (title/section + text,
`app.build_vectors.embed_chunks`: length-sorted chunks, batch 32). They are cut into groups of
`--group`; every variant embeds each group in turn, the first one rotating, so a change in the
machine's load hits all of them alike.
Rate = passages / seconds summed over the groups. Variants: `torch` (sentence-transformers fp32),
`onnx` (the fp32 export, the product's runtime settings) and the int8 recipes of bench/int8.py.
"""

from __future__ import annotations

import argparse
import random
import time

from app.build import embed_text
from app.build_vectors import embed_chunks
from app.config import Settings
from app.corpus import read_corpus
from app.embed import make_embedder
from app.embed.onnx import OnnxEmbedder
from app.split import split_article
from bench import int8
from bench.common import machine, save_json
from bench.gate import medquad_gate


def sample_texts(n: int, seed: int = 7) -> list[str]:
    settings = Settings()
    articles, _ = read_corpus(medquad_gate())
    passages = [
        p for a in articles for p in split_article(a, settings.min_words, settings.max_words)
    ]
    chosen = random.Random(seed).sample(passages, min(n, len(passages)))
    return [embed_text(p, settings) for p in chosen]


def embedder(variant: str):
    if variant == "torch":
        return make_embedder("torch", 32)
    return OnnxEmbedder(batch_size=32, folder=int8.model_folder(variant))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--passages", type=int, default=1536)
    ap.add_argument("--group", type=int, default=256)
    ap.add_argument("--variants", default="torch,onnx,int8")
    ap.add_argument("--out", default="build_speed")
    args = ap.parse_args()
    variants = args.variants.split(",")
    texts = sample_texts(args.passages)
    embedders = {v: embedder(v) for v in variants}
    for e in embedders.values():
        e.embed(["warm up"] + texts[:32])  # load the model, first-call allocations
    seconds = dict.fromkeys(variants, 0.0)
    groups = [texts[i : i + args.group] for i in range(0, len(texts), args.group)]
    for n, group in enumerate(groups):
        turn = variants[n % len(variants) :] + variants[: n % len(variants)]
        for v in turn:
            started = time.perf_counter()
            embed_chunks(embedders[v], group, None)
            seconds[v] += time.perf_counter() - started
        print(
            f"group {n + 1}/{len(groups)}: "
            + ", ".join(f"{v} {seconds[v]:.0f} s" for v in variants)
        )
    rows = [
        {
            "variant": v,
            "passages": len(texts),
            "seconds": round(seconds[v], 1),
            "passages_per_s": round(len(texts) / seconds[v], 2),
            "x_torch": round(seconds[variants[0]] / seconds[v], 2),
        }
        for v in variants
    ]
    print(f"{len(texts)} MedQuAD passages, groups of {args.group}, variants in turn")
    print("variant               passages/s  x " + variants[0])
    for r in rows:
        print(f"{r['variant']:<20} {r['passages_per_s']:11.2f} {r['x_torch']:8.2f}")
    save_json(args.out, {"machine": machine(), "args": vars(args), "rows": rows})


if __name__ == "__main__":
    main()
