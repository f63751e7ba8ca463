"""Resident memory of a `serve` worker: where it goes, stage by stage, and checkouts side by side.

    PYTHONPATH=. python bench/memory.py [--repos /tmp/main-tree,.] [--rounds 3] [--answers 60]
                                        [--index DIR] [--backend onnx] [--out NAME]
                                        [--corpus DIR --questions FILE]

1. Stages (one fresh process per checkout): the worker's start-up replayed step by step from
   that checkout's code - the heavy imports (numpy, tokenizers, faiss, onnxruntime, fastapi,
   uvicorn, gradio, after `quiet_gradio` as `serve` does), the app's modules, the index, the ONNX
   session and a first embedding, the Assistant (crisis detector, vocabulary, near words), the
   crisis bank's vectors, the language identifier, the web app, a first `/api/ask` - with VmRSS,
   RssAnon and RssFile (/proc/self/status) after each, and glibc's `malloc_trim(0)` at the end.
2. `serve` side by side: each round starts `python -m app serve` from every checkout in turn (who
   goes first rotates), each on its seed index: start -> first answer (and the CPU seconds the
   process used for it, which other processes' load moves less), then VmRSS / RssAnon /
   RssFile / VmHWM of the serving process after one real question, and again after `--answers`
   seed questions (plus a few in other languages, one at a time: their /api/ask p50) and a chat
   page load. Each checkout's replies are kept, and the run says whether every reply was the same
   in all checkouts. Figures are min/median over the rounds.
Each checkout builds its own index of the seed corpus (an index format changed by one is refused
by another), with the default backend or `--backend`; `--index` reuses one for every checkout
(same format only). `--corpus` and `--questions` replace the seed corpus and questions, e.g. the
full MedQuAD corpus (`bench.common.medquad_corpus()`), its index given with `--index`, and its dev
questions. 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from bench.common import REPO, SEED_CORPUS, SEED_QUESTIONS, machine, questions, save_json
from bench.web_bench import start_server, stop

OTHER_LANGUAGES = [
    "¿Qué es la dopamina y para qué sirve?",
    "Je me sens très fatigué tous les jours, pourquoi?",
    "Was sind die Symptome von Dopaminmangel?",
    "多巴胺是什么",
    "что такое дофамин",
]
FIELDS = ("VmRSS", "RssAnon", "RssFile", "VmHWM")

STAGES = r"""
import ctypes, json, os, sys, tempfile, time
from pathlib import Path
started = time.perf_counter()
def stage(name):
    fields = {}
    for line in open("/proc/self/status"):
        key, _, value = line.partition(":")
        if key in ("VmRSS", "RssAnon", "RssFile"):
            fields[key] = round(int(value.split()[0]) / 1024, 1)
    fields["s"] = round(time.perf_counter() - started, 2)
    print(json.dumps({"stage": name, **fields}), flush=True)
stage("python")
for name in ("numpy", "tokenizers", "faiss", "onnxruntime", "fastapi", "uvicorn"):
    __import__(name)
    stage("import " + name)
from app.web.serve import quiet_gradio
quiet_gradio()
stage("import app.web.serve, quiet_gradio()")
import gradio
stage("import gradio")
import app.service
import app.web.server
stage("import app (service, web)")
from app import store
from app.config import Settings
from app.safety import language
from app.service import Assistant, query_embedder
from app.web.settings import WebSettings
settings = Settings.from_env(corpus_dir=Path(sys.argv[1]), index_dir=Path(sys.argv[2]))
index = store.load(settings.index_dir)
stage("index loaded (store.load)")
embedder = query_embedder(index, settings)
embedder.embed(["warm-up"])
stage("ONNX session + first embedding")
assistant = Assistant(index, embedder, settings)
stage("Assistant (detector, vocabulary, near words)")
assistant.detector.warm()
stage("crisis bank vectors")
language.warm()
stage("language identifier")
web = WebSettings(feedback_db=Path(tempfile.mkdtemp()) / "feedback.sqlite3")
app = app.web.server.create_app(assistant, web)
stage("web app (create_app)")
from fastapi.testclient import TestClient
client = TestClient(app)
assert client.post("/api/ask", json={"question": "What is dopamine?"}).status_code == 200
stage("first /api/ask")
ctypes.CDLL("libc.so.6").malloc_trim(0)
stage("malloc_trim(0)")
"""


def stages(repo: Path, corpus: Path, index: Path) -> list[dict]:
    env = {**os.environ, "PYTHONPATH": str(repo), "HEALTHQA_RATE_LIMIT": "0"}
    cmd = [sys.executable, "-c", STAGES, str(corpus), str(index)]
    done = subprocess.run(cmd, cwd=repo, env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"stages failed in {repo}:\n{done.stderr[-3000:]}")
    rows = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    for row, before in zip(rows, [{}, *rows], strict=False):
        row["added"] = round(row["VmRSS"] - before.get("VmRSS", 0.0), 1)
    return rows


def memory(pid: int) -> dict:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in FIELDS:
            fields[key] = round(int(value.split()[0]) / 1024, 1)
    return fields


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process so far (all its threads)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return round((int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"), 2)


def serve_once(repo: Path, corpus: Path, index: Path, texts: list[str], log: Path) -> dict:
    env = {"HEALTHQA_RATE_LIMIT": "0"}
    process, url, timings = start_server(corpus, index, log, env, repo=repo)
    timings["start_cpu_s"] = cpu_seconds(process.pid)  # start-up's CPU, less moved by load
    try:
        with httpx.Client(base_url=url, timeout=120) as client:
            client.post("/api/ask", json={"question": "What is dopamine?"}).raise_for_status()
            first = memory(process.pid)
            replies = [_reply(client, text) for text in texts]
            client.get("/").raise_for_status()
            after = memory(process.pid)
        p50 = statistics.median(r.pop("s") for r in replies) * 1000
        return {
            **timings,
            "ask_p50_ms": round(p50, 2),
            "after_first": first,
            "after_all": after,
            "replies": replies,
        }
    finally:
        stop(process)


def _reply(client: httpx.Client, text: str) -> dict:
    started = time.perf_counter()
    response = client.post("/api/ask", json={"question": text})
    seconds = time.perf_counter() - started
    body = response.json()
    body.pop("elapsed_ms", None)
    body.pop("timings", None)
    return {"status": response.status_code, "body": body, "s": seconds}


def summary(runs: list[dict]) -> dict:
    def stats(values: list[float]) -> dict:
        middle = round(statistics.median(values), 2)
        return {"min": min(values), "median": middle, "max": max(values)}

    out = {k: stats([r[k] for r in runs]) for k in ("first_answer_s", "start_cpu_s", "ask_p50_ms")}
    for when in ("after_first", "after_all"):
        out[when] = {f: stats([r[when][f] for r in runs]) for f in FIELDS}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repos", default=".", help="checkouts, comma-separated")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--answers", type=int, default=60)
    parser.add_argument("--index", type=Path, help="a built index (of --corpus) to reuse")
    parser.add_argument("--corpus", type=Path, default=SEED_CORPUS, help="default: the seed")
    parser.add_argument("--questions", type=Path, default=SEED_QUESTIONS, help="JSONL to ask")
    parser.add_argument("--backend", help="HEALTHQA_BACKEND for the build and every process")
    parser.add_argument("--out", default="memory")
    args = parser.parse_args()
    if args.backend:
        os.environ["HEALTHQA_BACKEND"] = args.backend
    repos = [Path(r).resolve() for r in args.repos.split(",")]
    work = Path(tempfile.mkdtemp(prefix="memory-"))
    corpus = args.corpus.resolve()
    indexes = {r: args.index or build(r, corpus, work / f"index-{n}") for n, r in enumerate(repos)}
    texts = [q["question"] for q in questions(args.questions)][: args.answers] + OTHER_LANGUAGES
    result = {"machine": machine(), "repos": [str(r) for r in repos]}
    result["indexes"] = {str(r): str(i) for r, i in indexes.items()}
    result["corpus"], result["questions"] = str(corpus), str(args.questions)
    result["stages"] = {str(r): stages(r, corpus, indexes[r]) for r in repos}
    runs: dict[str, list[dict]] = {str(r): [] for r in repos}
    for round_ in range(args.rounds):
        shift = round_ % len(repos)
        for repo in repos[shift:] + repos[:shift]:
            run = serve_once(repo, corpus, indexes[repo], texts, work / "serve.log")
            runs[str(repo)].append(run)
            print(repo.name, round_, run["first_answer_s"], run["ask_p50_ms"], run["after_first"])
    replies = [json.dumps([r["replies"] for r in rs], sort_keys=True) for rs in runs.values()]
    result["same_replies"] = len(set(replies)) == 1
    result["replies_compared"] = len(texts) * args.rounds
    result["runs"] = {k: [{**r, "replies": len(r["replies"])} for r in v] for k, v in runs.items()}
    result["summary"] = {k: summary(v) for k, v in runs.items()}
    report(result)
    print(f"saved {save_json(args.out, result)}")


def report(result: dict) -> None:
    for repo, rows in result["stages"].items():
        print(f"stages, {repo}: stage, VmRSS (+added), RssAnon, RssFile, seconds")
        for r in rows:
            print(
                f"  {r['stage']:42} {r['VmRSS']:6.1f} ({r['added']:+6.1f}) {r['RssAnon']:6.1f}"
                f" {r['RssFile']:5.1f} {r['s']:6.2f}"
            )
    for repo, s in result["summary"].items():
        first, ask = s["first_answer_s"], s["ask_p50_ms"]
        cpu = s["start_cpu_s"]
        line = f"{repo}: first answer {first['min']}/{first['median']} s"
        line += f" ({cpu['min']}/{cpu['median']} s CPU)"
        line += f", /api/ask p50 {ask['min']}/{ask['median']} ms"
        for when in ("after_first", "after_all"):
            line += f"; {when} " + ", ".join(
                f"{f} {s[when][f]['min']}/{s[when][f]['median']}" for f in FIELDS
            )
        print(line + " (min/median MB)")
    print(
        f"same replies in every checkout: {result['same_replies']} "
        f"({result['replies_compared']} per checkout)"
    )


def build(repo: Path, corpus: Path, index: Path) -> Path:
    env = {**os.environ, "PYTHONPATH": str(repo)}
    cmd = [
        sys.executable,
        "-m",
        "app",
        "build",
        "--corpus",
        str(corpus),
        "--index",
        str(index),
    ]
    subprocess.run(cmd, cwd=repo, env=env, check=True, capture_output=True)
    return index


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    main()
