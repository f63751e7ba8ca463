"""Worker for bench/compare.py, run with the comparison venv's Python (/work/data/venv-compare,
which has langchain-community, langchain-huggingface, sentence-transformers and torch 2.13.0).
It imports nothing from the app.

    python bench/compare_langchain.py PASSAGES_JSONL MODEL_DIR [--text plain|context]

Builds LangChain's FAISS vector store from the passages (line i = row i), with
HuggingFaceEmbeddings on the given model folder, prints {"ready", "build_s", "passages"}, then
reads one query per stdin line and answers each with {"rows": [...top 10 rows], "seconds"}.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time


def page_text(p: dict, mode: str) -> str:
    if mode == "plain":
        return p["text"]
    context = p["title"] if p["section"] in ("", p["title"]) else f"{p['title']}. {p['section']}"
    return f"{context}\n{p['text']}"


def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    from langchain_community.vectorstores import FAISS
    from langchain_huggingface import HuggingFaceEmbeddings

    ap = argparse.ArgumentParser()
    ap.add_argument("passages")
    ap.add_argument("model")
    ap.add_argument("--text", choices=("plain", "context"), default="plain")
    args = ap.parse_args()
    with open(args.passages, encoding="utf-8") as fh:
        passages = [json.loads(line) for line in fh if line.strip()]
    started = time.perf_counter()
    embeddings = HuggingFaceEmbeddings(
        model_name=args.model,
        model_kwargs={"device": "cpu", "local_files_only": True},
        encode_kwargs={"normalize_embeddings": True, "batch_size": 32},
    )
    store = FAISS.from_texts(
        [page_text(p, args.text) for p in passages],
        embeddings,
        metadatas=[{"row": i} for i in range(len(passages))],
    )
    build_s = time.perf_counter() - started
    store.similarity_search_with_score("warm up", k=10)
    print(json.dumps({"ready": True, "build_s": build_s, "passages": len(passages)}), flush=True)
    for line in sys.stdin:
        query = json.loads(line)["query"]
        t = time.perf_counter()
        docs = store.similarity_search_with_score(query, k=10)
        seconds = time.perf_counter() - t
        rows = [d.metadata["row"] for d, _ in docs]
        print(json.dumps({"rows": rows, "seconds": seconds}), flush=True)


if __name__ == "__main__":
    main()
