"""Embed the bank lines appended after the shipped vectors (`app/safety/bank-vectors.npz`) and
ship them too, the earlier rows kept bit for bit (float16, as shipped): for look-alikes or crisis
lines added to `app/safety/bank.jsonl` by hand. The new lines are embedded together in one call,
as `bench/crisis.py --calibrate` embeds the bank; the threshold is not recalibrated.

    cp app/safety/bank.jsonl app/safety/bank-vectors.npz /tmp/keep/   # to undo
    cat drafts.jsonl >> app/safety/bank.jsonl
    PYTHONPATH=. python bench/crisis_bank_append.py

Refuses when the shipped vectors are not those of the bank's first lines (a line edited or removed
above them: rebuild with `bench/crisis.py --calibrate` instead).
"""

from __future__ import annotations

import sys

import numpy as np

from app.config import Settings
from app.safety.bank import SHIPPED, fingerprint, load_bank
from app.service import Assistant


def main() -> int:
    embedder = Assistant.open(Settings.from_env()).embedder
    bank = load_bank()
    with np.load(SHIPPED) as data:
        count, stamp, old = int(data["count"]), str(data["fingerprint"]), data["vectors"]
    if fingerprint(bank[:count], embedder.name) != stamp:
        print("the shipped vectors are not the bank's first lines: --calibrate", file=sys.stderr)
        return 1
    new = np.asarray(embedder.embed([e.text for e in bank[count:]]), dtype=np.float32)
    vectors = np.vstack([old, new.astype(np.float16)]) if len(new) else old
    np.savez_compressed(
        SHIPPED,
        vectors=vectors,
        fingerprint=np.array(fingerprint(bank, embedder.name)),
        count=np.array(len(bank)),
    )
    print(f"bank {count} -> {len(bank)} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
