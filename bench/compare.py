"""Our retrieval side by side with LangChain's FAISS vector store + HuggingFaceEmbeddings (same
passages, read from our index's passages.jsonl; same packaged model), in one run: the LangChain
worker (bench/compare_langchain.py) runs in its own venv and the two answer the questions
alternately, question by question. Both are scored by app.evaluate.is_correct.

    PYTHONPATH=. python bench/compare.py [--sets seed,500,subset] [--text plain|context]

Sets: seed and subset use the indexes bench/variants.py builds with the defaults; 500 (the dev
documents + 160 others) the one bench/scale.py builds. Run those first.

Setup once: python3 -m venv /work/data/venv-compare && /work/data/venv-compare/bin/pip install
torch==2.13.0 && .../pip install torch==2.13.0 sentence-transformers==6.2.0 transformers==5.23.0
langchain-community langchain-huggingface faiss-cpu
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import time
from pathlib import Path

from app import retrieve
from app.config import Settings
from app.embed import make_embedder, model_path
from app.evaluate import is_correct
from app.service import Assistant
from bench.common import DATA, REPO, machine, percentiles, questions, save_json
from bench.scale import SIZES
from bench.variants import index_dir, sets

PAUSE = 0.1  # seconds before each timed call, so the other process's idle threads stop spinning
VENV = Path(os.environ.get("HEALTHQA_COMPARE_VENV", DATA / "venv-compare"))


def query_text(q) -> str:
    return q if isinstance(q, str) else (q.context or q.text)


def scores(ranks: list[int | None]) -> dict:
    n = len(ranks) or 1
    out = {f"hit@{k}": sum(bool(r and r <= k) for r in ranks) / n for k in (1, 3, 10)}
    out["mrr@10"] = sum(1 / r for r in ranks if r) / n
    return out


def answerable(item: dict) -> bool:
    return not item.get("offtopic") and bool(item.get("doc_id") or item.get("contains"))


def first_correct(passages, item) -> int | None:
    return next((r for r, p in enumerate(passages[:10], 1) if is_correct(p, item)), None)


def resolve(name: str) -> tuple[Path, Path, Path]:
    """(corpus, index, questions) of a set: seed and subset as bench/variants.py builds them
    with the defaults, 500 as bench/scale.py does."""
    if name == "500":
        corpus_of, index, qpath = SIZES["500"]
        return corpus_of(), index, qpath
    corpus_of, qpath = sets()[name]
    corpus = corpus_of()
    return corpus, index_dir(name, Settings().with_(corpus_dir=corpus)), qpath


def run_set(name: str, text_mode: str, embedder) -> dict:
    corpus, index, qpath = resolve(name)
    s = Settings().with_(corpus_dir=corpus, index_dir=index)
    assistant = Assistant.open(s, embedder)
    passages = assistant.index.passages
    items = [
        i
        for i in questions(qpath)
        if not i.get("offtopic") and (i.get("doc_id") or i.get("contains"))
    ]
    worker = subprocess.Popen(
        [
            str(VENV / "bin/python"),
            str(REPO / "bench/compare_langchain.py"),
            str(assistant.index.folder / "passages.jsonl"),
            model_path(),
            "--text",
            text_mode,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    ready = json.loads(worker.stdout.readline())
    ours_rank, lc_rank, search_t, ask_t, lc_t = [], [], [], [], []
    for item in [items[0], *items]:  # the first is a warm-up, not counted
        history = item.get("history") or []
        q = retrieve.contextualize(item["question"], history)
        time.sleep(PAUSE)
        t = time.perf_counter()
        hits = retrieve.search_many(assistant.index, embedder, [q], s)[0]
        search_t.append(time.perf_counter() - t)
        time.sleep(PAUSE)
        t = time.perf_counter()
        assistant.ask(item["question"], history)  # the whole reply, as users get it
        ask_t.append(time.perf_counter() - t)
        time.sleep(PAUSE)
        worker.stdin.write(json.dumps({"query": query_text(q)}) + "\n")
        worker.stdin.flush()
        reply = json.loads(worker.stdout.readline())
        lc_t.append(reply["seconds"])
        ours_rank.append(first_correct([h.passage for h in hits], item))
        lc_rank.append(first_correct([passages[r] for r in reply["rows"]], item))
    worker.stdin.close()
    worker.wait(timeout=60)
    return {
        "set": name,
        "passages": len(passages),
        "questions": len(items),
        "ours": {
            **scores(ours_rank[1:]),
            **percentiles(search_t[1:]),
            "mode": s.mode,
            "backend": s.backend,
            "ask": percentiles(ask_t[1:]),
        },
        "langchain": {
            **scores(lc_rank[1:]),
            **percentiles(lc_t[1:]),
            "build_s": ready["build_s"],
            "text": text_mode,
        },
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="seed,500")
    ap.add_argument("--text", choices=("plain", "context"), default="plain")
    args = ap.parse_args()
    embedder = make_embedder(Settings().backend)
    results = [run_set(name, args.text, embedder) for name in args.sets.split(",")]
    print(
        "latency: ours = retrieve.search_many (embed, FAISS, BM25, fusion), LangChain = "
        "similarity_search_with_score (embed, FAISS); last column: our whole assistant.ask"
    )
    print(
        f"{'set':<7} {'pipeline':<10} {'hit@1':>6} {'hit@3':>6} {'hit@10':>6} {'MRR':>6} "
        f"{'p50 ms':>7} {'p95 ms':>7} {'ask p50':>7}"
    )
    for r in results:
        for who in ("ours", "langchain"):
            m = r[who]
            print(
                f"{r['set']:<7} {who:<10} {m['hit@1']:6.3f} {m['hit@3']:6.3f} {m['hit@10']:6.3f} "
                f"{m['mrr@10']:6.3f} {m['p50_ms']:7.2f} {m['p95_ms']:7.2f} "
                + (f"{m['ask']['p50_ms']:7.2f}" if "ask" in m else "")
            )
        o, lc = r["ours"], r["langchain"]
        print(
            f"{r['set']:<7} {'ours/lc':<10} "
            + " ".join(
                f"{o[k] / lc[k]:6.2f}" if lc[k] else "     -"
                for k in ("hit@1", "hit@3", "hit@10", "mrr@10", "p50_ms", "p95_ms")
            )
        )
        print(
            f"        ({r['questions']} answerable questions, {r['passages']} passages; "
            f"LangChain store build {lc['build_s']:.1f} s, ours {o['mode']}/{o['backend']})"
        )
    save_json(f"compare-{args.text}", {"machine": machine(), "results": results})


if __name__ == "__main__":
    main()
