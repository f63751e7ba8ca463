"""Where the time of one `ask` goes, stage by stage, warm, in process (what `ask --jsonl` does for
one line, minus the pipe), next to the floor (embed + FAISS) measured the same way.

    PYTHONPATH=. python bench/ask_stages.py --index DIR [--questions N] [--rounds R]

Each stage is timed by wrapping the function that does it (perf_counter before and after):
check (`Assistant._check`), embed (`retrieve.embed_queries`), faiss (the index's `search`),
evidence (`retrieve.search_embedded` minus faiss), crisis (`Detector.detect`, all its calls for
the turn), choose (coverage judgement + `select`), reply (`Assistant._reply`), json
(`Reply.to_dict` + `json.dumps`, as `app.jsonl` writes it), other (the rest) and total
(`ask_many` + json). A
question's stage time is the sum of its calls; the table gives each stage's p50 and mean over the
questions. The floor embeds with its own session and keeps no vectors
(`bench.common.floor_embedder`), so it runs the model for every question and the ask gets nothing
from it. Each call (floor and ask) follows a pause (`--pause`, 0.1 s as in
`bench/ask_latency.py`): an ask that comes after idle time runs with cold caches, which is what a
reader's question meets; `--pause 0` times a tight loop instead. The wrapping itself adds ~1 µs
a call. It runs whichever `app` is on PYTHONPATH, so `PYTHONPATH=/path/to/other/checkout python
bench/ask_stages.py` profiles another tree the same way. `--cpu` times the stages in CPU time of
the asking thread instead (the floor stays wall time): on a loaded machine a preemption lands in
any stage and wall-time p50s of the parts stop adding up; CPU time does not see it, but it also
misses the model's work in onnxruntime's other threads (the embed row is then only its share).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

from app import retrieve
from app.config import Settings
from app.safety import Detector
from app.service import Assistant
from bench.common import SEED_CORPUS, SEED_QUESTIONS, floor_embedder, questions

CLOCK = time.perf_counter  # --cpu: time.thread_time
STAGES = (
    "check",
    "embed",
    "faiss",
    "evidence",
    "crisis",
    "choose",
    "reply",
    "json",
    "other",
    "total",
)


class Clock:
    """Per-question sums of the wrapped stages."""

    def __init__(self):
        self.now: dict[str, float] = defaultdict(float)
        self.rows: list[dict[str, float]] = []

    def wrap(self, owner, name: str, stage: str) -> None:
        inner = getattr(owner, name)

        def timed(*args, **kwargs):
            t = CLOCK()
            try:
                return inner(*args, **kwargs)
            finally:
                self.now[stage] += CLOCK() - t

        setattr(owner, name, timed)

    def done(self) -> None:
        row = dict(self.now)
        row["evidence"] = row.get("evidence", 0.0) - row.get("faiss", 0.0)
        if "total" in row:  # what no stage holds (the loop around them, the log line)
            row["other"] = row["total"] - sum(v for k, v in row.items() if k != "total")
        self.rows.append(row)
        self.now = defaultdict(float)


class TimedVectors:
    """The FAISS index with its `search` timed; everything else passed through."""

    def __init__(self, vectors, clock: Clock):
        self._vectors, self._clock = vectors, clock

    def search(self, *args):
        t = CLOCK()
        try:
            return self._vectors.search(*args)
        finally:
            self._clock.now["faiss"] += CLOCK() - t

    def __getattr__(self, name):
        return getattr(self._vectors, name)


def run(index: Path, items: list[dict], warmup: int, rounds: int, pause: float) -> dict:
    settings = Settings.from_env(corpus_dir=SEED_CORPUS, index_dir=index)
    assistant = Assistant.open(settings)
    assistant.warm()
    loaded = assistant.index
    embedder = floor_embedder(loaded, settings)  # never the ask's kept vectors
    embedder.embed(["warm-up"])
    k = min(settings.candidates, loaded.vectors.ntotal)
    clock = Clock()
    for owner, name, stage in (
        (Assistant, "_check", "check"),
        (retrieve, "embed_queries", "embed"),
        (retrieve, "search_embedded", "evidence"),
        (Detector, "detect", "crisis"),
        (Assistant, "_choose", "choose"),
        (Assistant, "_reply", "reply"),
    ):
        clock.wrap(owner, name, stage)
    loaded.vectors = TimedVectors(loaded.vectors, clock)
    floor: list[float] = []
    for n, item in enumerate(items * rounds):
        time.sleep(pause)
        t = time.perf_counter()
        loaded.vectors.search(embedder.embed([item["question"]]), k)
        if n >= warmup:
            floor.append(time.perf_counter() - t)
        clock.now.clear()
        time.sleep(pause)
        t = CLOCK()
        (reply,) = assistant.ask_many([(item["question"], item.get("history") or [], None)])
        j = CLOCK()
        json.dumps(reply.to_dict(), ensure_ascii=False)
        end = CLOCK()
        clock.now["json"] += end - j
        clock.now["total"] += end - t
        clock.done()
    rows = clock.rows[warmup:]
    table = {
        s: {
            "p50_ms": float(np.percentile([r.get(s, 0.0) for r in rows], 50) * 1000),
            "mean_ms": float(np.mean([r.get(s, 0.0) for r in rows]) * 1000),
        }
        for s in STAGES
    }
    table["floor"] = {
        "p50_ms": float(np.percentile(floor, 50) * 1000),
        "mean_ms": float(np.mean(floor) * 1000),
    }
    return {"n": len(rows), "backend": settings.backend, "stages": table}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", type=Path, required=True, help="a built index (seed corpus)")
    ap.add_argument("--questions-file", type=Path, default=SEED_QUESTIONS)
    ap.add_argument("--questions", type=int, default=0, help="first N questions (0: all)")
    ap.add_argument("--rounds", type=int, default=1, help="passes over the questions")
    ap.add_argument("--warmup", type=int, default=10)
    ap.add_argument(
        "--pause", type=float, default=0.1, help="seconds idle before each call, as a reader's"
    )
    ap.add_argument("--json-out", type=Path)
    ap.add_argument(
        "--cpu",
        action="store_true",
        help="time the stages in CPU seconds of this thread (not wall): robust to other load",
    )
    args = ap.parse_args()
    if args.cpu:
        global CLOCK
        CLOCK = time.thread_time
    pool = questions(args.questions_file)
    items = pool[: args.questions] if args.questions else pool
    result = run(args.index, items, args.warmup, args.rounds, args.pause)
    print(f"backend {result['backend']}, {result['n']} asks, warm, in process")
    print(f"{'stage':<9} {'p50 ms':>8} {'mean ms':>8}")
    for stage, t in result["stages"].items():
        print(f"{stage:<9} {t['p50_ms']:8.3f} {t['mean_ms']:8.3f}")
    if args.json_out:
        args.json_out.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
