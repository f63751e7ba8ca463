"""How `/api/ask` scales with clients: one client, then 32, in turns, against one server.

    PYTHONPATH=. python bench/scaling.py [--url http://127.0.0.1:PORT] [--clients 1,32]
        [--seconds 15] [--rounds 2] [--workers 1] [--out scaling]

Without --url it starts `python -m app serve` on a free 127.0.0.1 port (seed corpus, the
settings' backend, rate limit off; bench/load.start_server). Each client is a thread with its own
keep-alive connection (http.client), asking seed questions one after the other, each waiting for
its answer; a run lasts --seconds, the client counts take turns for --rounds rounds. Reports
requests/s per run, the ratio of the best many-client run to the best one-client run, p50
latency, errors (any non-200 or a reply without the advice). 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import http.client
import json
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

from bench.common import machine, save_json
from bench.load import questions, start_server


def client(host: str, port: int, pool: list[str], start: int, stop: float, out: list) -> None:
    conn = http.client.HTTPConnection(host, port, timeout=60)
    i = start
    while time.monotonic() < stop:
        body = json.dumps({"question": pool[i % len(pool)]})
        t0 = time.perf_counter()
        try:
            conn.request("POST", "/api/ask", body, {"Content-Type": "application/json"})
            response = conn.getresponse()
            data = response.read()
            ok = response.status == 200 and b'"advice"' in data
        except (OSError, http.client.HTTPException):
            conn.close()
            conn = http.client.HTTPConnection(host, port, timeout=60)
            ok = False
        out.append((time.perf_counter() - t0, ok))
        i += 97
    conn.close()


def run(url: str, clients: int, seconds: float) -> dict:
    parts = urlsplit(url)
    pool = questions()
    results: list[list] = [[] for _ in range(clients)]
    stop = time.monotonic() + seconds
    threads = [
        threading.Thread(
            target=client, args=(parts.hostname, parts.port, pool, n, stop, results[n])
        )
        for n in range(clients)
    ]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    done = sorted(s for r in results for s, _ in r)
    errors = sum(not ok for r in results for _, ok in r)
    return {
        "clients": clients,
        "seconds": round(elapsed, 1),
        "requests": len(done),
        "errors": errors,
        "requests_per_s": round(len(done) / elapsed, 1),
        "p50_ms": round(1000 * done[len(done) // 2], 1) if done else None,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--url")
    ap.add_argument("--clients", default="1,32")
    ap.add_argument("--seconds", type=float, default=15.0)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--out", default="scaling")
    args = ap.parse_args()
    if args.url and urlsplit(args.url).hostname not in ("127.0.0.1", "localhost"):
        ap.error("--url: 127.0.0.1 only")
    counts = [int(c) for c in args.clients.split(",")]
    rows = []
    with tempfile.TemporaryDirectory(prefix="healthqa-scaling-") as tmp:
        process, url = (None, args.url) if args.url else start_server(Path(tmp), args.workers)
        try:
            run(url, 1, 2.0)  # warm-up, not counted
            for n in range(args.rounds):
                for c in counts if n % 2 == 0 else counts[::-1]:
                    rows.append(run(url, c, args.seconds) | {"round": n + 1})
                    print(json.dumps(rows[-1]), flush=True)
        finally:
            if process is not None:
                process.terminate()
                process.wait(30)
    best = {c: max(r["requests_per_s"] for r in rows if r["clients"] == c) for c in counts}
    ratio = round(best[counts[-1]] / best[counts[0]], 2)
    print(f"best requests/s: {best}; {counts[-1]} clients / {counts[0]}: {ratio}x")
    save_json(args.out, {"machine": machine(), "args": vars(args), "rows": rows, "ratio": ratio})
    return 1 if any(r["errors"] for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
