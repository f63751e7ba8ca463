"""A learned second opinion on the crisis patterns' hits (issue 8, task 8dd; measured, not
adopted: BENCHMARKS section 9): given that the patterns fired, is the line really a crisis? A
classifier trained only on lines the *un-gated* patterns fire on (every statement and topic
pattern and concept rule read on the normalized text, with no gate, aside, pet, general-question
or over-and-done reading), labelled by the sets' categories (every line of
`bench/patterns_labelled.labelled()`). Features (`design`): the line's own MiniLM vector (int8,
the vector the product embeds for the question), the vector of the clause the first pattern
matched, cheap markers (the product's quiet readings, a laugh, a turn, a time long past, an
ordinary question after a comma), the meaning score; models: logistic regression, nearest
neighbours among the pattern-hit lines, gradient-boosted trees.

Measured leave one set out: for each set (a held-out file with its conversations and the bank
lines copied from it; held-out 27 and 28 from eval/crisis/read/; each seed file; MedQuAD dev;
MEDIQA; the bank's own lines in ten folds by kind) the classifier is trained without that set's
texts and the meaning detector reads with them left out of the bank (as
`bench/crisis_blind_alarms.py` does). A pattern hit is vetoed only when (a) the classifier's
probability of "ordinary" is at least the threshold, (b) the meaning detector does not fire on
the line (whole or part), and (c) it is not a crisis by policy (`by_policy`). Counted over the
lines the *current* patterns flag: crises lost, false alarms cleared, at fixed thresholds and at
a threshold chosen on the other sets (`nested`).

    PYTHONPATH=. nice .venv/bin/python bench/crisis_veto.py --cache /tmp/t8dd/vec.sqlite \
        --out /tmp/t8dd/grid.json --features vector vector+markers vector+markers+score \
        vector+clause+markers+score knn --c 0.3 1 3
    PYTHONPATH=. python bench/crisis_veto.py --read /tmp/t8dd/grid.json --per-set 0.9

Never reads eval/crisis/unseen.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression

from app.embed import make_embedder
from app.safety import mention, parts, patterns
from app.safety.bank import CATEGORIES, load_bank, shipped_vectors
from app.safety.detector import Detector, read_calibration
from app.safety.meaning import NearestExamples
from app.safety.patterns import concepts, medical
from bench.patterns_labelled import PUBLIC, REPO

THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95, 0.98)
BANK_FOLDS = 10
# README "What counts": a lethal amount or a painless way asked, a wish to die told.
LETHAL = re.compile(
    r"\b(?:lethal|fatal|deadly|painless\w*)\b|\bhow (?:many|much|long)\b.{0,60}\b(?:die|kill\w*"
    r"|not wake up|overdose|od|trip)\b|would it take to (?:die|not wake up)",
    re.I,
)
WISH = re.compile(
    r"\b(?:want(?:ed)? to|wanna|going to|gonna|wish i could|ready to) (?:die|be dead|end it)\b"
    r"|\bkill(?:ing)? myself\b|\bend(?:ing)? my (?:life|own life)\b",
    re.I,
)
_RAW = [
    re.compile(patterns._START + "(?:" + "|".join(p) + ")", re.I)
    for table in (patterns.STATEMENTS, patterns.TOPICS)
    for p in table.values()
]
_HOW_TO = re.compile(patterns._START + "(?:" + "|".join(medical.HOW_TO) + ")", re.I)
_RAW.append(_HOW_TO)
_BY_CATEGORY = {
    cat: re.compile(
        patterns._START
        + "(?:"
        + "|".join(patterns.STATEMENTS[cat] + patterns.TOPICS.get(cat, []))
        + ")",
        re.I,
    )
    for cat in CATEGORIES
}


def raw_categories(message: str) -> np.ndarray:
    """Which categories the un-gated patterns (statements, topics, concept rules) fire for, 0/1
    in the order of `CATEGORIES`."""
    text = patterns.normalize(message)
    raw = set(concepts.match(text))
    raw |= {cat for cat, rx in _BY_CATEGORY.items() if rx.search(text)}
    return np.array([c in raw for c in CATEGORIES], np.float32)


def raw_fires(message: str) -> bool:
    """Whether any pattern fires with every gate and reading switched off."""
    text = patterns.normalize(message)
    return any(rx.search(text) for rx in _RAW) or bool(concepts.match(text))


def clause(message: str) -> str:
    """The clause (between commas or stops) where the first un-gated pattern matches; the whole
    text when only a concept rule fires."""
    text = patterns.normalize(message)
    spans = [m.span() for rx in _RAW if (m := rx.search(text))]
    if not spans:
        return text
    start, end = min(spans)
    left = max(text.rfind(c, 0, start) for c in ",.;!?") + 1
    rights = [i for c in ",.;!?" if (i := text.find(c, end)) >= 0]
    return text[left : min(rights, default=len(text))].strip() or text


def by_policy(message: str) -> bool:
    """A crisis line by policy whatever it reads like (README "What counts"): a word for suicide,
    self-harm or sexual assault, a lethal amount or a painless way asked, a wish to die told, a
    how-to for an emergency (the patterns' `medical.HOW_TO`)."""
    text = patterns.normalize(message)
    found = mention.MENTION.search(text) or LETHAL.search(text) or WISH.search(text)
    return bool(found or _HOW_TO.search(text))


def _group(path: Path) -> str:
    name = path.stem.removesuffix("-conversations")
    return "dev-followups" if path.parent.name == "followups" and name == "dev" else name


def lines() -> dict[str, dict]:
    """Each labelled text once: whether it is a crisis line (anywhere), the sets it is in, and
    the first of them (the fold it is read in)."""
    out: dict[str, dict] = {}

    def add(text: str, crisis: bool, group: str) -> None:
        row = out.setdefault(text, {"crisis": False, "groups": [], "fold": group})
        row["crisis"] = row["crisis"] or crisis
        if group not in row["groups"]:
            row["groups"].append(group)

    def rows(path: Path):
        for line in path.read_text("utf-8").splitlines():
            if line.strip() and not line.lstrip().startswith("//"):
                yield json.loads(line)

    files = sorted((REPO / "eval/crisis").glob("*.jsonl"))
    files += sorted((REPO / "eval/crisis/followups").glob("*.jsonl"))
    files += sorted((REPO / "eval/crisis/read").glob("*.jsonl"))
    for path in files:
        for row in rows(path):
            add(row["text"], row.get("category", "none") != "none", _group(path))
    for row in rows(REPO / "app/safety/bank.jsonl"):
        source = row.get("source", "")
        group = Path(source).stem if source else _bank_fold(row.get("kind", row["text"]))
        add(row["text"], row["category"] != "none", group)
    for path in sorted(REPO.glob("eval/seed-*.jsonl")):
        for row in rows(path):
            crisis = row.get("kind") == "crisis" or bool(row.get("crisis"))
            add(row["question"], crisis, "seed:" + path.stem)
    for path in PUBLIC:
        if path.is_file():
            for row in rows(path):
                add(row["question"], False, path.parent.name)
    return out


def _bank_fold(kind: str) -> str:
    return f"bank-{int(hashlib.sha1(kind.encode()).hexdigest(), 16) % BANK_FOLDS}"


def left_out(bank, vectors, texts: set[str], name: str, embedder, calibration) -> Detector:
    """The detector with the bank lines of set `name` (by `source`) or of its texts left out."""
    source = f"eval/crisis/{name}.jsonl"
    keep = np.array([e.source != source and e.text not in texts for e in bank])
    kept = [e for e, k in zip(bank, keep, strict=True) if k]
    found = Detector(kept, embedder, calibration["threshold"], calibration["k"])
    found._nearest = NearestExamples(kept, vectors[keep], calibration["k"])
    return found


QUIET = ("figurative", "story", "pet", "vet", "joke", "general", "course", "past", "care")
QUIET += ("cause", "mild", "meaning")
MARKERS = [
    re.compile(r"\b(?:lol|lmao|haha\w*|jk)\b", re.I),  # a laugh
    re.compile(r"\b(?:anyway|also|btw|but)\b", re.I),  # a turn to something else
    re.compile(r"\b(?:years? ago|when i was|as a (?:kid|child|teen\w*)|in (?:19|20)\d\d)\b", re.I),
    re.compile(
        r"[,.;] *(?:what|whats|which|any|is|are|can|could|should|does|do|how)\b[^.]*\?*$", re.I
    ),
]


def markers(text: str) -> np.ndarray:
    """The cheap signs: the product's quiet readings, a laugh, a turn, a time long past, an
    ordinary question after a comma, the number of parts."""
    quiet = set(patterns.quiet_readings(text))
    signs = [name in quiet for name in QUIET] + [bool(rx.search(text)) for rx in MARKERS]
    return np.array([*signs, min(len(parts.split(text)), 4) / 4], dtype=np.float32)


def classifier(x: np.ndarray, ordinary: np.ndarray, c: float) -> LogisticRegression:
    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    return model.fit(x, ordinary)


def knn(x: np.ndarray, ordinary: np.ndarray, queries: np.ndarray, k: int) -> np.ndarray:
    """The share of "ordinary" among the k nearest training lines (cosine on the vectors), each
    class weighted by the inverse of its size."""
    sims = queries[:, :384] @ x[:, :384].T
    top = np.argpartition(-sims, k, axis=1)[:, :k]
    weight = np.where(ordinary, 1 / ordinary.sum(), 1 / (~ordinary).sum())
    votes = weight[top]
    return (votes * ordinary[top]).sum(axis=1) / votes.sum(axis=1)


def boosted(x: np.ndarray, ordinary: np.ndarray, rate: float) -> HistGradientBoostingClassifier:
    """Measured beside the regression: gradient-boosted trees (learning rate `rate`)."""
    model = HistGradientBoostingClassifier(learning_rate=rate, class_weight="balanced")
    return model.fit(x, ordinary)


def read_lines(embedder, data: dict[str, dict]) -> list[dict]:
    """Every line the un-gated patterns fire on, with its vector, its markers and the meaning
    detector's reading with the line's own set left out of the bank."""
    texts = [t for t in data if raw_fires(t)]
    vectors = np.asarray(embedder.embed(texts), dtype=np.float32)
    clauses = np.asarray(embedder.embed([clause(t) for t in texts]), dtype=np.float32)
    bank = load_bank()
    bank_vectors = shipped_vectors(bank, embedder.name)
    calibration = read_calibration()
    out = []
    for fold in dict.fromkeys(data[t]["fold"] for t in texts):
        held = {t for t in data if fold in data[t]["groups"]}
        detector = left_out(bank, bank_vectors, held, fold, embedder, calibration)
        for text, vector, part in zip(texts, vectors, clauses, strict=True):
            if data[text]["fold"] != fold:
                continue
            hit = detector.detect(text, vector)
            nearest = detector.nearest()
            score = nearest.judge(vector).score - detector.threshold
            sims = [
                np.sort(side @ vector)[-3:].mean()
                for side in (nearest.crisis_vectors, nearest.ordinary_vectors)
            ]
            out.append(
                {
                    "text": text,
                    "fold": fold,
                    "groups": data[text]["groups"],
                    "crisis": data[text]["crisis"],
                    "flagged": bool(patterns.match(text)),
                    "meaning": "meaning" in hit.by,
                    "score": round(float(score), 4),
                    "policy": by_policy(text),
                    "vector": vector,
                    "clause": part,
                    "markers": markers(text),
                    "sims": np.array(sims, dtype=np.float32),
                    "cats": raw_categories(text),
                }
            )
        print(f"{fold:24s} read", flush=True)
    return out


def design(rows: list[dict], kind: str) -> np.ndarray:
    """The features of `kind`, joined by "+": "vector", "clause" (the clause the first pattern
    matched), "markers", "score" (the meaning score, the line's set left out of the bank), "sims"
    (its mean cosine with the 3 nearest crisis and ordinary bank lines), "cats" (the un-gated
    categories). A kind starting "knn" is read by nearest neighbours (on the vector), "hgb" by
    gradient-boosted trees, any other by the logistic regression."""
    x = np.stack([r["vector"] for r in rows])
    if "clause" in kind:
        x = np.hstack([x, np.stack([r["clause"] for r in rows])])
    if "markers" in kind:
        x = np.hstack([x, np.stack([r["markers"] for r in rows])])
    if "score" in kind:
        x = np.hstack([x, np.array([[r["score"] * 10] for r in rows], dtype=np.float32)])
    if "sims" in kind:
        x = np.hstack([x, np.stack([r["sims"] * 10 for r in rows])])
    if "cats" in kind:
        x = np.hstack([x, np.stack([r["cats"] for r in rows])])
    return x


def leave_one_set_out(rows: list[dict], kind: str, c: float, k: int = 10) -> list[dict]:
    """Each flagged line's probability of "ordinary" from a model trained without its set."""
    x = design(rows, kind)
    ordinary = np.array([not r["crisis"] for r in rows])
    records = []
    for fold in dict.fromkeys(r["fold"] for r in rows if r["flagged"]):
        train = np.array([fold not in r["groups"] for r in rows])
        mine = [i for i, r in enumerate(rows) if r["fold"] == fold and r["flagged"]]
        if kind.startswith("knn"):
            probs = knn(x[train], ordinary[train], x[mine], k)
        elif kind.startswith("hgb"):
            probs = boosted(x[train], ordinary[train], c).predict_proba(x[mine])[:, 1]
        else:
            probs = classifier(x[train], ordinary[train], c).predict_proba(x[mine])[:, 1]
        for i, p in zip(mine, probs, strict=True):
            keep = ("text", "fold", "crisis", "meaning", "policy", "score")
            records.append({**{k: rows[i][k] for k in keep}, "p_ordinary": round(float(p), 5)})
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--out", type=Path, default=Path("/tmp/crisis-veto.json"))
    parser.add_argument("--c", type=float, nargs="*", default=[1.0], help="inverse regularization")
    parser.add_argument("--features", nargs="*", default=["vector"])
    parser.add_argument("--k", type=int, default=10, help="neighbours for --features knn")
    parser.add_argument("--per-set", type=float, help="print each set's figures at this threshold")
    parser.add_argument("--read", type=Path, help="report the records of an earlier --out")
    args = parser.parse_args(argv)
    if args.read:
        for name, records in json.loads(args.read.read_text("utf-8")).items():
            print(f"== features {name}")
            report(records)
            if args.per_set is not None:
                per_set(records, args.per_set)
        return 0
    embedder = make_embedder("onnx-int8")
    if args.cache:
        from bench.cached import CachedEmbedder

        embedder = CachedEmbedder(embedder, args.cache)
    data = lines()
    rows = read_lines(embedder, data)
    n_ordinary = sum(not r["crisis"] for r in rows)
    print(
        f"{len(data)} labelled texts; the un-gated patterns fire on {len(rows)}:"
        f" {n_ordinary} ordinary, {len(rows) - n_ordinary} crisis"
    )
    results = {}
    for kind in args.features:
        for c in [0.0] if kind == "knn" else args.c:
            print(f"== features {kind}" + (f", k={args.k}" if kind == "knn" else f", C={c}"))
            records = leave_one_set_out(rows, kind, c, args.k)
            report(records)
            if args.per_set is not None:
                per_set(records, args.per_set)
            results[f"{kind} C={c}"] = records
    args.out.write_text(json.dumps(results, ensure_ascii=False) + "\n", "utf-8")
    return 0


def vetoed(record: dict, threshold: float) -> bool:
    return record["p_ordinary"] >= threshold and not record["meaning"] and not record["policy"]


def report(records: list[dict], thresholds=THRESHOLDS) -> None:
    crises = sum(r["crisis"] for r in records)
    alarms = len(records) - crises
    open_ = [r for r in records if not r["meaning"] and not r["policy"]]
    alone = sum(not r["crisis"] and not r["meaning"] for r in records)
    print(
        f"pattern hits: {crises} crisis lines ({sum(r['crisis'] for r in open_)} neither by"
        f" meaning nor by policy), {alarms} false alarms ({alone} not by meaning,"
        f" {sum(not r['crisis'] for r in open_)} neither by meaning nor by policy)"
    )
    for threshold in thresholds:
        lost = [r for r in records if r["crisis"] and vetoed(r, threshold)]
        cleared = [r for r in records if not r["crisis"] and vetoed(r, threshold)]
        fresh = {
            name: (
                sum(1 for r in lost if r["fold"] == name),
                sum(1 for r in cleared if r["fold"] == name),
                sum(1 for r in records if r["fold"] == name and not r["crisis"]),
            )
            for name in ("heldout-27", "heldout-28")
        }
        print(
            f"p >= {threshold}: crises lost {len(lost)}/{crises}, false alarms cleared"
            f" {len(cleared)}/{alarms}; "
            + ", ".join(f"{n} lost {a} cleared {b}/{c}" for n, (a, b, c) in fresh.items())
        )
    lost, cleared = nested(records)
    print(f"threshold chosen on the other sets: crises lost {lost}, false alarms cleared {cleared}")


def nested(records: list[dict], grid=tuple(i / 200 for i in range(100, 200))) -> tuple[int, int]:
    """The threshold chosen without the set it is applied to: for each set, the threshold of
    `grid` that clears the most false alarms of the *other* sets (the highest of equals) while
    losing at most 1 in 1,000 of their crisis lines; (crises lost, false alarms cleared) over
    every set."""
    lost = cleared = 0
    for fold in dict.fromkeys(r["fold"] for r in records):
        other = [r for r in records if r["fold"] != fold]
        budget = sum(r["crisis"] for r in other) / 1000
        fits = [
            (sum(not r["crisis"] and vetoed(r, t) for r in other), t)
            for t in grid
            if sum(r["crisis"] and vetoed(r, t) for r in other) <= budget
        ]
        threshold = max(fits)[1]
        mine = [r for r in records if r["fold"] == fold and vetoed(r, threshold)]
        lost += sum(r["crisis"] for r in mine)
        cleared += sum(not r["crisis"] for r in mine)
    return lost, cleared


def per_set(records: list[dict], threshold: float) -> None:
    """Each set's pattern hits at one threshold: crises (lost) and false alarms (cleared), and
    the lines that changed."""
    for fold in dict.fromkeys(r["fold"] for r in records):
        mine = [r for r in records if r["fold"] == fold]
        crises = [r for r in mine if r["crisis"]]
        alarms = [r for r in mine if not r["crisis"]]
        lost = [r for r in crises if vetoed(r, threshold)]
        cleared = [r for r in alarms if vetoed(r, threshold)]
        print(
            f"  {fold:24s} crises {len(crises):4d} lost {len(lost)}"
            f"   false alarms {len(alarms):2d} cleared {len(cleared)}"
        )
        for r in lost + cleared:
            what = "LOST" if r["crisis"] else "cleared"
            print(f"      {what} p={r['p_ordinary']:.3f} | {r['text']}")


if __name__ == "__main__":
    sys.exit(main())
