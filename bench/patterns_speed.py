"""Time per message of the crisis patterns (`patterns.match` + `quiet_readings`), in-process, over
every message of eval/crisis/ and the seed questions, three passes: p50, p90, p99 and max. Give
`--code` another checkout (e.g. `git archive main | tar -x -C /tmp/main`) to time its patterns on
the same messages; run the two one after the other, several times, and compare the ratios
(timings on a shared machine are noisy). The readings are timed uncached (`patterns._match`).

    python bench/patterns_speed.py                      # this checkout's patterns
    python bench/patterns_speed.py --code /tmp/main     # another checkout's, same messages
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def messages() -> list[str]:
    found = []
    for path in sorted((REPO / "eval/crisis").glob("*.jsonl")):
        found += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line]
    seed = (REPO / "eval/seed-questions.jsonl").read_text("utf-8").splitlines()
    return found + [json.loads(line)["question"] for line in seed if line]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--code", type=Path, default=REPO, help="checkout whose patterns to time")
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    from app.safety import patterns

    # The reading itself, not the kept one: since task 11p a message's readings are kept, and
    # every pass after the first would time the lookup.
    match = getattr(patterns, "_match", patterns.match)
    quiet_readings = getattr(patterns.quiet_readings, "__wrapped__", patterns.quiet_readings)

    texts = messages()
    for text in texts[:200]:  # warm the regex cache
        match(text), quiet_readings(text)
    times = []
    for _ in range(args.passes):
        for text in texts:
            start = time.perf_counter()
            match(text), quiet_readings(text)
            times.append(time.perf_counter() - start)
    times.sort()
    at = {q: times[min(len(times) - 1, int(len(times) * q))] * 1e6 for q in (0.5, 0.9, 0.99)}
    print(
        f"{args.code}: {len(texts)} messages x {args.passes}: p50 {at[0.5]:.0f} us, "
        f"p90 {at[0.9]:.0f} us, p99 {at[0.99]:.0f} us, max {times[-1] * 1e3:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
