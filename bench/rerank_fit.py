"""A learned order for the quote windows (`bench/rerank.py`), fit and judged with every part held
out once: each seed file, and (with --rankings) each fifth of MedQuAD dev's first 100 questions and
of MEDIQA's 278. For each part a model fit on the other parts orders it: a seed file's covered
questions through the full product (`Assistant.ask_many`, with `app.choose.quotes` wrapped so that
the windows are reordered after coverage is judged), a ranking fifth's evidence-mode hits. The
held-out figures are pooled against today's order.

    PYTHONPATH=. python bench/rerank_fit.py OUT.json [--kind pointwise|pairwise] [--c 1.0]
        [--rankings] [--rank-weight 0] [--near-tie D] [--weights PATH]

--kind boosted: gradient-boosted trees (`HistGradientBoostingClassifier`, depth 3, 200 trees,
pointwise) on the same features instead of a logistic regression (no --weights file).

--rank-weight W: the weight of a MedQuAD / MEDIQA question in training, against 1 for a seed
question (0: the ranking sets are only judged, by models fit on the seed files alone).
--near-tie D: only the windows within D of the first window's evidence score are reordered.
--weights PATH: also write the model fit on every part (the JSON `bench.rerank.load` reads).
A seed label: the window's quote holds the item's `contains` / `also_contains`
(`bench.quality.useful`); MedQuAD: the window's passage is the expected section
(`app.evaluate.is_correct`); MEDIQA: its article is graded >= 3. The seed index is the one
`bench/seed_files.py` builds (/tmp/seed-files-index-<tree name>); the ranking indexes are those of
`bench/quality.py --sets mediqa,medquad --medquad-subset 60 --medquad-questions 100` under
$HEALTHQA_DATA (int8 embeddings from its cache).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from app import choose, retrieve
from app.config import Settings
from app.service import Assistant
from bench import rerank
from bench.quality import answerable, score_seed, useful
from bench.seed_files import FILES

TREE = Path(__file__).resolve().parent.parent
FOLDS = 5  # parts of each ranking set


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--kind", choices=("pointwise", "pairwise", "boosted"), default="pointwise")
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularization strength")
    ap.add_argument("--rankings", action="store_true")
    ap.add_argument("--rank-weight", type=float, default=0.0)
    ap.add_argument("--near-tie", type=float)
    ap.add_argument("--weights", type=Path)
    args = ap.parse_args()
    index = Path(f"/tmp/seed-files-index-{TREE.name}")
    assistant = Assistant.open(Settings.from_env(corpus_dir=TREE / "corpus", index_dir=index))
    files = {name: _items(name) for name in FILES}
    parts = {
        ("seed", name): collect(assistant, items, args.near_tie) for name, items in files.items()
    }
    if args.rankings:
        parts |= ranking_parts(args.near_tie)
    weight = {"seed": 1.0, "medquad": args.rank_weight, "mediqa": args.rank_weight}

    def fit_without(held):
        train = [(g, weight[p[0]]) for p, gs in parts.items() if p != held for g in gs]
        return fit([(g, w) for g, w in train if w > 0], args.kind, args.c)

    report = {"args": {k: str(v) for k, v in vars(args).items()}, "per": {}, "rankings": []}
    for name, items in files.items():
        model = fit_without(("seed", name))
        report["per"][name] = {
            "today": judge(assistant, items, None, args.near_tie),
            "learned": judge(assistant, items, model, args.near_tie),
        }
    report["pooled"] = {how: _pooled(report["per"], how) for how in ("today", "learned")}
    if args.rankings:
        for name in ("medquad", "mediqa"):
            held = {k: fit_without((name, k)) for k in range(FOLDS)}
            for how in ("today", "learned"):
                ranks = [
                    _rank_of(name, g, held[k] if how == "learned" else None, args.near_tie)
                    for k in range(FOLDS)
                    for g in parts[(name, k)]
                ]
                report["rankings"].append({"set": name, "how": how, **_rank_figures(ranks)})
    Path(args.out).write_text(json.dumps(report, indent=1, default=float))
    print(json.dumps(report["pooled"]))
    for name, r in report["per"].items():
        print(f"  {name:16} {r['today']['counts']} -> {r['learned']['counts']}")
    for row in report["rankings"]:
        print(json.dumps(row))
    if args.weights and args.kind != "boosted":
        everything = [(g, weight[p[0]]) for p, gs in parts.items() for g in gs]
        model = fit([(g, w) for g, w in everything if w > 0], args.kind, args.c)
        args.weights.write_text(json.dumps(model.to_json(), indent=1) + "\n")


def _items(name: str) -> list[dict]:
    lines = (TREE / "eval" / f"{name}.jsonl").read_text().splitlines()
    return [json.loads(line) for line in lines if line.strip()]


# ---- the seed files, through the product ----


ORIGINAL = choose.quotes


def reordering(reorder):
    """`app.choose.quotes` with a covered question's windows (the first `rerank.POOL` above the
    quote floor) put in `reorder`'s order before the quotes are chosen; coverage, and a refusal
    reconsidered from a later quote (`choose.LATER`), as today."""
    original = ORIGINAL

    def quotes(hits, question, query, k, settings, *rest):
        shown, missing = original(hits, question, query, k, settings, *rest)
        today = retrieve.select(hits, settings, k, question)
        if not shown or [id(h) for h in shown] != [id(h) for h in today]:
            return shown, missing
        floor = settings.relative_floor * hits[0].score
        pool = [h for h in hits if h.span and h.score >= floor][: rerank.POOL]
        return retrieve._distinct(reorder(pool, question), settings, k), missing

    return quotes


def _near(pool: list, near_tie: float | None) -> int:
    """How many of the first windows are reordered."""
    if near_tie is None or not pool:
        return len(pool)
    return sum(h.score >= pool[0].score - near_tie for h in pool)


def collect(assistant: Assistant, items: list[dict], near_tie: float | None) -> list[tuple]:
    """(features, labels) of the windows of each answerable question judged covered (today's
    order; with `near_tie`, the near-tied first ones), for those with a window that holds the
    answer."""
    found = []
    idf = assistant.index.lexical.idf

    def record(pool, question, item):
        pool = pool[: _near(pool, near_tie)]
        labels = [useful({"text": _quote(h)}, item) for h in pool]
        if any(labels):
            found.append((np.array(rerank.features(pool, question, idf)), np.array(labels, int)))
        return pool

    saved = choose.quotes
    try:
        for item in filter(answerable, items):
            choose.quotes = reordering(lambda p, q, item=item: record(p, q, item))
            assistant.ask_many([(item["question"], item.get("history") or [], None)])
    finally:
        choose.quotes = saved
    return found


def _quote(hit) -> str:
    p = hit.passage
    return p.text[hit.span[0] - p.start : hit.span[1] - p.start]


def order(model: rerank.Reranker, pool: list, question: str, idf, near_tie) -> list:
    n = _near(pool, near_tie)
    return model.order(pool[:n], question, idf) + pool[n:]


def judge(assistant: Assistant, items: list[dict], model, near_tie) -> dict:
    """The file's figures through the full product, with the model's order (None: today's)."""
    idf = assistant.index.lexical.idf
    saved = choose.quotes
    if model is not None:
        choose.quotes = reordering(lambda p, q: order(model, p, q, idf, near_tie))
    try:
        asked = [(i["question"], i.get("history") or [], None) for i in items]
        replies = [r.to_dict() for r in assistant.ask_many(asked)]
    finally:
        choose.quotes = saved
    pairs = [(i, r) for i, r in zip(items, replies, strict=True) if answerable(i)]
    figures = score_seed(items, replies)
    figures["counts"] = {
        "useful@1": sum(bool(r["quotes"]) and useful(r["quotes"][0], i) for i, r in pairs),
        "useful@3": sum(any(useful(q, i) for q in r["quotes"][:3]) for i, r in pairs),
    }
    return figures


def _pooled(per: dict, how: str) -> dict:
    rows = [r[how] for r in per.values()]
    ans = sum(r["answerable"] for r in rows)
    unc = sum(r["uncovered"] for r in rows)
    return {
        "useful@1": round(sum(r["counts"]["useful@1"] for r in rows) / ans, 4),
        "useful@3": round(sum(r["counts"]["useful@3"] for r in rows) / ans, 4),
        "over_abstained": round(sum(r["over_abstained"] * r["answerable"] for r in rows) / ans, 4),
        "wrong_confident": round(sum(r["wrong_confident"] * r["uncovered"] for r in rows) / unc, 4),
        "emphasis": round(float(np.mean([r["emphasis"] for r in rows])), 3),
        "disordered": sum(r["disordered"] for r in rows),
    }


# ---- MedQuAD dev and MEDIQA: evidence-mode rankings ----


def ranking_parts(near_tie: float | None) -> dict:
    """(set, fifth) -> each question's (features, labels, item, windows, other hits)."""
    from app.embed import make_embedder
    from app.evaluate import is_correct
    from bench.cached import CachedEmbedder
    from bench.common import DATA, questions, sample_corpus
    from bench.rankings import MEDIQA, MEDQUAD_DEV, _open

    embedder = CachedEmbedder(make_embedder("onnx-int8"), DATA / "embeddings-onnx-int8.sqlite3")
    corpus = sample_corpus("medquad-dev100+60", 60, first=100)
    sets = {
        "medquad": (
            _open(corpus, DATA / f"idx-{corpus.name}-i9", embedder),
            questions(MEDQUAD_DEV)[:100],
            is_correct,
        ),
        "mediqa": (
            _open(DATA / "mediqa-consumer", DATA / "idx-mediqa-i9", embedder),
            questions(MEDIQA / "questions.jsonl"),
            lambda p, i: i["relevant"].get(p.doc_id, 0) >= 3,
        ),
    }
    parts = {}
    for name, (assistant, items, good) in sets.items():
        settings = assistant.settings.with_(mode="evidence")
        queries = [i["question"] for i in items]
        hit_lists = retrieve.search_many(assistant.index, assistant.embedder, queries, settings)
        idf = assistant.index.lexical.idf
        for n, (item, hits) in enumerate(zip(items, hit_lists, strict=True)):
            floor = settings.relative_floor * hits[0].score if hits else 0.0
            pool = [h for h in hits if h.span and h.score >= floor][: rerank.POOL]
            rest = [h for h in hits if all(h is not p for p in pool)]
            pool, rest = pool[: _near(pool, near_tie)], pool[_near(pool, near_tie) :] + rest
            x = np.array(rerank.features(pool, item["question"], idf)).reshape(len(pool), -1)
            y = np.array([good(h.passage, item) for h in pool], int)
            parts.setdefault((name, n % FOLDS), []).append((x, y, item, pool, rest))
    return parts


def _rank_of(name: str, group: tuple, model, near_tie) -> int | None:
    """The rank of the first right passage (MedQuAD) or article (MEDIQA) in the first ten."""
    x, _y, item, pool, rest = group
    if model is not None and len(pool):
        scores = model.logits(x)
        pool = [pool[i] for i in sorted(range(len(pool)), key=lambda i: -scores[i])]
    hits = pool + rest
    if name == "medquad":
        from app.evaluate import is_correct

        return next((n for n, h in enumerate(hits[:10], 1) if is_correct(h.passage, item)), None)
    docs = list(dict.fromkeys(h.passage.doc_id for h in hits))[:10]
    good = {d for d, g in item["relevant"].items() if g >= 3}
    return next((n for n, d in enumerate(docs, 1) if d in good), None)


def _rank_figures(ranks: list[int | None]) -> dict:
    n = len(ranks)
    return {
        "n": n,
        "hit@1": round(sum(r == 1 for r in ranks) / n, 3),
        "success@3": round(sum(bool(r and r <= 3) for r in ranks) / n, 3),
        "mrr@10": round(sum(1 / r for r in ranks if r) / n, 3),
    }


# ---- the model ----


class Boosted:
    """Gradient-boosted trees over `rerank.features`, ordering as `rerank.Reranker` does."""

    def __init__(self, model):
        self.model = model

    def logits(self, rows) -> list[float]:
        return self.model.decision_function(np.asarray(rows)).tolist()

    def order(self, pool, question, idf) -> list:
        scores = self.logits(rerank.features(pool, question, idf))
        return [pool[i] for i in sorted(range(len(pool)), key=lambda i: -scores[i])]


def boosted(groups: list[tuple]) -> Boosted:
    from sklearn.ensemble import HistGradientBoostingClassifier

    trees = HistGradientBoostingClassifier(
        max_depth=3, max_iter=200, learning_rate=0.05, random_state=0
    )
    x = np.vstack([g[0] for g, _ in groups])
    y = np.concatenate([g[1] for g, _ in groups])
    w = np.concatenate([np.full(len(g[1]), w) for g, w in groups])
    return Boosted(trees.fit(x, y, sample_weight=w))


def fit(groups: list[tuple], kind: str, c: float) -> rerank.Reranker | Boosted:
    """Logistic regression on standardized features: each window (pointwise) or each pair of a
    window that holds the answer and one that does not, as their difference (pairwise);
    `groups`: ((features, labels, ...), weight)."""
    groups = [(g, w) for g, w in groups if len(g[0]) and g[1].any()]
    if kind == "boosted":
        return boosted(groups)
    x = np.vstack([g[0] for g, _ in groups])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    xs, ys, ws = [], [], []
    for (rows, labels, *_), w in groups:
        z = (rows - mean) / scale
        if kind == "pointwise":
            xs.append(z)
            ys.append(labels)
            ws.append(np.full(len(labels), w))
            continue
        d = [z[i] - z[j] for i in np.flatnonzero(labels) for j in np.flatnonzero(1 - labels)]
        if d:
            xs += [np.array(d), -np.array(d)]
            ys += [np.ones(len(d)), np.zeros(len(d))]
            ws += [np.full(len(d), w)] * 2
    lr = LogisticRegression(C=c, max_iter=3000, fit_intercept=kind == "pointwise")
    lr.fit(np.vstack(xs), np.concatenate(ys), sample_weight=np.concatenate(ws))
    intercept = float(lr.intercept_[0]) if kind == "pointwise" else 0.0
    return rerank.Reranker(tuple(mean), tuple(scale), tuple(lr.coef_[0]), intercept)


if __name__ == "__main__":
    main()
