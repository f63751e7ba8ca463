"""The tables of a `bench/crisis_loso.py` run (its JSON), as Markdown: one per detector."""

from __future__ import annotations

PUBLIC = ("seed", "medquad+mediqa")
RATES = (0.02, 0.05, 0.10)  # the shares of S's ordinary lines of the matched recalls
HEAD = "| set | k, t | meaning alone | both | matched | at 2 / 5 / 10 % | AUC | seed / MedQuAD |"


def table(report: dict) -> str:
    """Markdown rows per left-out set: meaning alone and both as calibrated (recall, false
    alarms), the matched recalls, and the public sets' false alarms."""
    labels = list(next(iter(report["sets"].values()))["matched"])
    lines = []
    for label in labels:
        lines.append(f"\n{label}\n")
        lines.append(HEAD)
        lines.append("|---" * (HEAD.count("|") - 1) + "|")
        for name, r in report["sets"].items():
            row, m = r[label], r["matched"][label]
            alone, both = row[name]["meaning"], row[name]["both"]
            at = " / ".join(_pc(m[f"recall_at_{x:.0%}"]) for x in RATES)
            lines.append(
                f"| {name} | {row['k']}, {row['threshold']} | {_pc(alone['recall'])}, "
                f"{alone['false_alarms']} | {_pc(both['recall'])}, {both['false_alarms']} | "
                f"{_pc(m['recall'])} at {m['false_alarms']} | {at} | {m['auc']} | "
                + " / ".join(str(row[p]["both"]["false_alarms"]) for p in PUBLIC)
                + " |"
            )
    return "\n".join(lines)


def _pc(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f} %"
