"""Draw bench/plot.png from bench/out/scale.json: build time and query latency against the
number of documents.

    PYTHONPATH=. python bench/plot.py
"""

from __future__ import annotations

import json

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from bench.common import REPO  # noqa: E402


def main() -> None:
    data = json.loads((REPO / "bench/out/scale.json").read_text("utf-8"))
    rows = sorted(data["rows"], key=lambda r: r["documents"])
    docs = [r["documents"] for r in rows]
    m = data["machine"]
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    left.plot(docs, [r["build_s"] for r in rows], "o-", label="build (python -m app build)")
    for r in rows:
        left.annotate(
            f"{r['passages']:,} passages",
            (r["documents"], r["build_s"]),
            textcoords="offset points",
            xytext=(4, -12),
            fontsize=8,
        )
    left.set(
        xscale="log",
        yscale="log",
        xlabel="documents",
        ylabel="seconds",
        title="Fresh index build time",
    )
    for key, label, style in (
        ("cli", "ask --jsonl", "o-"),
        ("in_process", "in-process ask", "s--"),
        ("floor", "floor: embed + FAISS search", "^:"),
    ):
        right.plot(docs, [r[key]["p50_ms"] for r in rows], style, label=f"{label} p50")
    right.plot(docs, [r["cli"]["p95_ms"] for r in rows], "o-", alpha=0.4, label="ask --jsonl p95")
    right.set(
        xscale="log",
        xlabel="documents",
        ylabel="ms per question",
        title="Query latency, warm, one at a time",
    )
    right.set_ylim(bottom=0)
    for ax in (left, right):
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=8)
    fig.suptitle(
        f"backend {rows[0].get('backend')}; {m['nproc']} cores {m['cpu']}, "
        f"{m['ram_gb']} GB RAM; other jobs shared the machine",
        fontsize=9,
    )
    fig.tight_layout()
    fig.savefig(REPO / "bench/plot.png", dpi=110)
    print(REPO / "bench/plot.png")


if __name__ == "__main__":
    main()
