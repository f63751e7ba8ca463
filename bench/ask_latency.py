"""Per-question latency of `python -m app ask --jsonl`, warm, next to the floor, in one run.

    PYTHONPATH=. python bench/ask_latency.py [--corpus corpus] [--index DIR] [--questions N]
                                             [--profile] [--repos /path/to/other/checkout,...]

1. Build time: `python -m app build` into a fresh index folder in a temp dir (wall time of the
   command, model load included, and the build's own figure).
2. The CLI: one `ask --jsonl` process; each question is written as one line and its reply line
   read before the next is sent. After a few warm-up questions, N questions are timed.
3. The floor, in this process: the embedder of the same backend, `embed([question])`, then
   FAISS `search` of `candidates` on the same index; its own session, which keeps no vectors
   (`floor_embedder`), so every question runs the model.
4. In-process `Assistant.ask` (no pipe, no JSON), to split the gap into core and CLI costs.
5. With `--repos`: the `ask --jsonl` of each other checkout too (e.g. main before a change), so
   that two versions are compared side by side in one run; each answers from an index built by
   its own code from the same corpus (a fresh build in the temp dir: an index format changed by
   one is not read by the other), the same passages and vectors.
CPU time is counted too (a CLI's whole process from /proc, the floor's and the in-process calls'
`process_time`), a view of the work that other processes' load does not stretch.
They take turns question by question (who goes first rotates), with a 0.1 s pause before
each call so that one process's idle worker threads do not eat into the next one's time.

If `ask --jsonl` does not answer a line until it has a batch of them (it waited for 16 lines or
the end of input when this was written), the run says so, and times the same command with that
batch size set to 1 (`app.cli.ask_jsonl` default), which is what an interactive caller needs.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import selectors
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from app import store
from app.config import Settings
from app.service import Assistant, query_embedder
from bench.common import (
    REPO,
    SEED_CORPUS,
    SEED_QUESTIONS,
    floor_embedder,
    machine,
    percentiles,
    questions,
)
from bench.common import save_json as save

PROBE_SECONDS = 30
PAUSE = 0.1
BATCH1 = "import sys, app.cli as c; c.ask_jsonl.__defaults__ = (1,); sys.exit(c.main(sys.argv[1:]))"


class JsonlClient:
    """A running `ask --jsonl` process: send one line, read one reply line."""

    def __init__(self, argv: list[str], repo: Path = REPO):
        env = {**os.environ, "PYTHONPATH": str(repo)}
        self.proc = subprocess.Popen(
            argv,
            cwd=repo,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            bufsize=1,
        )
        self.sel = selectors.DefaultSelector()
        self.sel.register(self.proc.stdout, selectors.EVENT_READ)

    def ask(self, item: dict, timeout: float | None = None) -> dict | None:
        line = {"question": item["question"], "history": item.get("history") or []}
        self.proc.stdin.write(json.dumps(line) + "\n")
        self.proc.stdin.flush()
        if not self.sel.select(timeout):
            return None
        return json.loads(self.proc.stdout.readline())

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


def timed_build(corpus: Path, index: Path, repo: Path = REPO) -> dict:
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "app", "build", "--corpus", str(corpus), "--index", str(index)],
        cwd=repo,
        env={**os.environ, "PYTHONPATH": str(repo)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {"command_s": time.perf_counter() - started, "output": out.strip()}


def open_client(
    corpus: Path, index: Path, warm: list[dict], repo: Path = REPO
) -> tuple[JsonlClient, bool]:
    """Start the CLI of `repo`; answer the first warm-up question within PROBE_SECONDS or fall
    back."""
    args = ["ask", "--jsonl", "--corpus", str(corpus), "--index", str(index)]
    client = JsonlClient([sys.executable, "-m", "app", *args], repo)
    if client.ask(warm[0], timeout=PROBE_SECONDS) is not None:
        return client, False
    client.close()  # end of input makes it answer; we only needed to know that it waits
    client = JsonlClient([sys.executable, "-c", BATCH1, *args], repo)
    client.ask(warm[0])
    return client, True


def floor_search(embedder, index, query: str, k: int) -> None:
    index.vectors.search(embedder.embed([query]), k)


def measure(
    corpus: Path,
    index: Path,
    items: list[dict],
    warmup: int,
    others: Mapping[Path, Path] = MappingProxyType({}),
) -> dict:
    """`others`: more checkouts whose `ask --jsonl` takes its turn too ("cli <path>"), each
    with its own index (checkout -> index folder)."""
    settings = Settings.from_env(corpus_dir=corpus, index_dir=index)
    client, batched = open_client(corpus, index, items[:warmup])
    more = {
        f"cli {repo}": open_client(corpus, own, items[:warmup], repo)[0]
        for repo, own in others.items()
    }
    loaded = store.load(index)
    embedder = floor_embedder(loaded, settings)
    assistant = Assistant(loaded, query_embedder(loaded, settings), settings)
    k = min(settings.candidates, loaded.vectors.ntotal)
    flat = [i["question"] for i in items]  # the floor embeds the question as typed
    for item, q in zip(items[:warmup], flat[:warmup], strict=True):
        client.ask(item)
        for other in more.values():
            other.ask(item)
        floor_search(embedder, loaded, q, k)
        assistant.ask(item["question"], item.get("history") or [])
    calls = {
        "cli": lambda item, q: client.ask(item),
        **{name: other.ask for name, other in more.items()},
        "floor": lambda item, q: floor_search(embedder, loaded, q, k),
        "in_process": lambda item, q: assistant.ask(item["question"], item.get("history") or []),
    }
    times: dict[str, list[float]] = {name: [] for name in calls}
    cpu = {name: 0.0 for name in calls}  # CPU seconds: a CLI's whole process, the floor's calls
    clients = {"cli": client, **more}
    cpu_start = {name: _cpu_seconds(c.proc.pid) for name, c in clients.items()}
    order = list(calls)
    for n, (item, q) in enumerate(zip(items[warmup:], flat[warmup:], strict=True)):
        turn = n % len(order)
        for name in order[turn:] + order[:turn]:  # rotate who goes first
            time.sleep(PAUSE)  # let the other process's idle threads stop spinning
            t, c = time.perf_counter(), time.process_time()
            result = calls[name](item) if name.startswith("cli ") else calls[name](item, q)
            times[name].append(time.perf_counter() - t)
            cpu[name] += time.process_time() - c
            if name.startswith("cli"):
                assert result is not None and "error" not in result, result
    for name, c in clients.items():
        cpu[name] = _cpu_seconds(c.proc.pid) - cpu_start[name]
    client.close()
    for other in more.values():
        other.close()
    n = len(times["floor"])
    return {
        "backend": settings.backend,
        "cli_batched_16": batched,
        **{name: percentiles(t) for name, t in times.items()},
        "cpu_ms_per_question": {name: 1000 * c / n for name, c in cpu.items()},
    }


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process, all its threads (clock ticks: summed over many
    questions, the 10 ms tick is fine)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def profile(corpus: Path, index: Path, items: list[dict]) -> None:
    settings = Settings.from_env(corpus_dir=corpus, index_dir=index)
    assistant = Assistant.open(settings)
    for item in items[:5]:
        assistant.ask(item["question"], item.get("history") or [])
    prof = cProfile.Profile()
    prof.enable()
    for item in items:
        assistant.ask(item["question"], item.get("history") or [])
    prof.disable()
    stats = pstats.Stats(prof).sort_stats("cumulative")
    stats.print_stats(25)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=SEED_CORPUS)
    ap.add_argument("--index", type=Path, help="existing index (default: fresh build in a tmp dir)")
    ap.add_argument("--questions", type=int, default=60)
    ap.add_argument("--questions-file", type=Path, default=SEED_QUESTIONS)
    ap.add_argument("--warmup", type=int, default=5)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument(
        "--repos",
        type=lambda s: [Path(p) for p in s.split(",") if p],
        default=[],
        help="other checkouts (comma-separated) whose `ask --jsonl` takes turns too",
    )
    ap.add_argument("--out", default="ask_latency")
    args = ap.parse_args()
    pool = questions(args.questions_file)
    items = [pool[i % len(pool)] for i in range(args.warmup + args.questions)]
    result: dict = {"machine": machine(), "corpus": str(args.corpus)}
    with tempfile.TemporaryDirectory(prefix="healthqa-bench-") as tmp:
        index = args.index
        if index is None:
            index = Path(tmp) / "index"
            result["build"] = timed_build(args.corpus, index)
            print(
                f"build (fresh, {args.corpus}): {result['build']['command_s']:.1f} s command; "
                f"{result['build']['output']}"
            )
        others = {repo: Path(tmp) / f"index-{n}" for n, repo in enumerate(args.repos)}
        for repo, own in others.items():
            timed_build(args.corpus, own, repo)
        result.update(measure(args.corpus, index, items, args.warmup, others))
        if args.profile:
            profile(args.corpus, index, items)
    cli, floor, inproc = result["cli"], result["floor"], result["in_process"]
    ratio = cli["p50_ms"] / floor["p50_ms"]
    result["ratio_p50"] = ratio
    if result["cli_batched_16"]:
        print(
            f"NOTE: `ask --jsonl` gave no reply to a single line within {PROBE_SECONDS} s (it "
            "waits for 16 lines or end of input); timed it with batch size 1 instead"
        )
    print(f"backend {result['backend']}, {cli['n']} questions, warm, one at a time")
    for name, p in (("ask --jsonl", cli), ("in-process ask", inproc), ("floor", floor)):
        print(
            f"  {name:<15} p50 {p['p50_ms']:7.2f} ms  p95 {p['p95_ms']:7.2f} ms  "
            f"p99 {p['p99_ms']:7.2f} ms"
        )
    for repo in args.repos:
        p = result[f"cli {repo}"]
        result[f"ratio_p50 {repo}"] = p["p50_ms"] / floor["p50_ms"]
        print(
            f"  ask --jsonl of {repo}: p50 {p['p50_ms']:7.2f} ms  p95 {p['p95_ms']:7.2f} ms  "
            f"p99 {p['p99_ms']:7.2f} ms  ratio {p['p50_ms'] / floor['p50_ms']:.2f}"
        )
    work = result["cpu_ms_per_question"]
    print(
        "  CPU per question (all threads; the floor's calls in this process): "
        + ", ".join(f"{name} {ms:.2f} ms" for name, ms in work.items())
        + f"; ask --jsonl / floor {work['cli'] / work['floor']:.2f}"
    )
    verdict = "met" if ratio <= 1.3 else "MISSED"
    print(f"  ratio ask p50 / floor p50 = {ratio:.2f} (target <= 1.3: {verdict})")
    save(args.out, result)


if __name__ == "__main__":
    main()
