"""The markdown tables of `bench/crisis_encoder_eval.py` (its report JSON -> stdout): recall at
each false-alarm rate per set, pooled held-out 6-8 per category, real questions flagged."""

from __future__ import annotations

RATES = ("1%", "2%", "5%", "10%", "20%")


def table(report: dict, other: str) -> None:
    """Markdown: recall at each false-alarm rate, today -> `other`, per set."""
    print(f"\ntoday -> {other}")
    print("| set | crisis/ordinary | " + " | ".join(f"at {r}" for r in RATES) + " |")
    print("|---|---|" + "---|" * len(RATES))
    for s, a in report["today"]["sets"].items():
        b = report[other]["sets"][s]
        cells = [f"{a['recall_at'][r]:.1%} → {b['recall_at'][r]:.1%}" for r in a["recall_at"]]
        print(f"| {s} | {a['crisis']}/{a['ordinary']} | " + " | ".join(cells) + " |")


def details(report: dict) -> None:
    """Markdown: pooled held-out 6-8 per category, and false alarms on real questions."""
    names = ("today", "encoder", "average", "encoder head")
    pooled = {n: report[n]["sets"]["pooled 6-8"]["per_category"] for n in names}
    print("\npooled held-out 6-8, per category (today / encoder / average / encoder head)")
    print("| category | " + " | ".join(f"at {r}" for r in pooled["today"]) + " |")
    print("|---|" + "---|" * len(pooled["today"]))
    for c in pooled["today"]["2%"]:
        cells = [" / ".join(f"{pooled[n][r][c]:.1%}" for n in names) for r in pooled["today"]]
        print(f"| {c} | " + " | ".join(cells) + " |")
    print("\nreal ordinary questions flagged (today / encoder / average / encoder head)")
    keys = [k for k in report["today"]["real"]["seed"] if k.startswith("at")]
    print("| questions | " + " | ".join(keys) + " |")
    print("|---|" + "---|" * len(keys))
    for q, row in report["today"]["real"].items():
        cells = [" / ".join(str(report[n]["real"][q][k]) for n in names) for k in keys]
        print(f"| {q} ({row['questions']}) | " + " | ".join(cells) + " |")
    for n in names:
        at = report[n]["sets"]["pooled 6-8"]["at_shipping"]
        print(f"{n}: threshold {report[n]['threshold']:.4f}, pooled 6-8 at it: {at}")
    print(f"latency, one {report['backend']} forward pass: {report['latency']}")
