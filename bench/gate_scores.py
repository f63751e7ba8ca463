"""The gate's scoring (bench/gate.py): each set's questions ranked by an index, reciprocal ranks
and hits at 3 per question, and the paired bootstrap of a variant against the fp32 reference."""

from __future__ import annotations

import json

import numpy as np

from app.evaluate import is_correct
from app.service import Assistant
from bench.common import DEV_QUESTIONS, REPO, questions
from bench.quality import answerable, useful
from bench.rankings import MEDIQA, ranked_docs, ranked_passages

MODES = ("evidence", "dense", "hybrid")  # evidence: the product's default


def seed_scores(a: Assistant) -> tuple[list[float], list[float]]:
    items = [i for i in questions(REPO / "eval/seed-questions.jsonl") if answerable(i)]
    replies = a.ask_many([(i["question"], i.get("history") or [], 10) for i in items])
    ranks = [
        next((n for n, q in enumerate(r.quotes, 1) if useful({"text": q.text}, i)), None)
        for i, r in zip(items, replies, strict=True)
    ]
    return _rr(ranks), _at3(ranks)


def mediqa_scores(a: Assistant, mode: str) -> tuple[list[float], list[float]]:
    items = questions(MEDIQA / "questions.jsonl")
    docs = ranked_docs(a, items, mode)
    ranks = [
        next((n for n, d in enumerate(ds, 1) if i["relevant"].get(d, 0) >= 3), None)
        for i, ds in zip(items, docs, strict=True)
    ]
    return _rr(ranks), _at3(ranks)


def medquad_scores(a: Assistant, mode: str) -> tuple[list[float], list[float]]:
    items = questions(DEV_QUESTIONS)
    passages = ranked_passages(a, items, mode)
    ranks = [
        next((n for n, p in enumerate(ps, 1) if is_correct(p, i)), None)
        for i, ps in zip(items, passages, strict=True)
    ]
    return _rr(ranks), _at3(ranks)


def _rr(ranks) -> list[float]:
    return [1 / r if r and r <= 10 else 0.0 for r in ranks]


def _at3(ranks) -> list[float]:
    return [1.0 if r and r <= 3 else 0.0 for r in ranks]


SCORERS = {"mediqa": mediqa_scores, "medquad": medquad_scores}


def scored(name: str, a: Assistant) -> dict[str, tuple[list[float], list[float]]]:
    """{row name: (reciprocal ranks, hits at 3)}: seed in evidence mode (its replies), the others
    per ranking mode."""
    if name == "seed":
        return {"seed": seed_scores(a)}
    return {f"{name}/{mode}": SCORERS[name](a, mode) for mode in MODES}


def paired_ci(a: np.ndarray, b: np.ndarray, boot: int, seed: int = 11) -> tuple[float, ...]:
    """Mean of b - a and its 95 % percentile interval over `boot` resamples of the questions."""
    d = b - a
    rng = np.random.default_rng(seed)
    means = d[rng.integers(0, len(d), size=(boot, len(d)))].mean(axis=1)
    return float(d.mean()), float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def passes(rows: list[dict]) -> bool:
    """Pooled: at most 1 point lost and the interval reaching 0; no set wholly below -1 point."""
    pooled = [r for r in rows if r["set"].startswith("all/")]
    sets = [r for r in rows if not r["set"].startswith("all/")]
    ok = all(r["delta"] >= -0.01 and r["ci_high"] >= 0 for r in pooled)
    return ok and all(r["ci_high"] >= -0.01 for r in sets)


def table(variants, sets, scores, boot, reference: dict[str, str]) -> list[dict]:
    """One row per variant, set (and pooled mode: seed + every set's rows in that mode) and
    metric; `reference` names the fp32 variant of each set."""
    present = {r.split("/")[1] for r in sets if "/" in r}
    pooled = {
        f"all/{m}": [r for r in sets if "/" not in r or r.endswith(f"/{m}")]
        for m in MODES
        if m in present
    }
    rows = []
    for v in variants:
        for name in [*sets, *pooled]:
            parts = pooled.get(name, [name])
            refs = [reference[s.split("/")[0]] for s in parts]
            for m, label in ((0, "mrr@10"), (1, "useful@3")):
                ref = np.concatenate([scores[r, s][m] for r, s in zip(refs, parts, strict=True)])
                mine = np.concatenate([scores[v, s][m] for s in parts])
                delta, low, high = paired_ci(ref, mine, boot)
                rows.append(
                    {
                        "variant": v,
                        "set": name,
                        "metric": label,
                        "n": len(mine),
                        "reference": "/".join(sorted(set(refs))),
                        "ref_value": round(float(ref.mean()), 4),
                        "value": round(float(mine.mean()), 4),
                        "delta": round(delta, 4),
                        "ci_low": round(low, 4),
                        "ci_high": round(high, 4),
                    }
                )
    return rows


def show(rows: list[dict], verdict: dict) -> None:
    print("variant   set               n   metric    fp32 (ref)    variant  delta [95% CI], points")
    for r in rows:
        print(
            f"{r['variant']:<9} {r['set']:<16} {r['n']:>4} {r['metric']:<9} {r['ref_value']:.3f}"
            f" ({r['reference']:<10}) {r['value']:.3f}  {100 * r['delta']:+.2f}"
            f" [{100 * r['ci_low']:+.2f}, {100 * r['ci_high']:+.2f}]"
        )
    print(json.dumps({"pass": verdict}))
