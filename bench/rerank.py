"""A learned order for the quote windows of a covered question (issue 9, task 9s; measured, not
adopted: BENCHMARKS.md section 10, "Task 9s"): a logistic regression over evidence the pipeline
already has for each window (its evidence score and rank, its answering sentence's cosine, BM25,
the question's rare words in the answering sentence, the quote and the heading, answer-type cues,
whether the window opens its article or sits under a summary heading, a list, its length).

Pure functions over `Hit`s and the index's word rarities; `bench/rerank_fit.py` fits and judges
it. Out of scope: whether the question is covered (`app.coverage` judges that on the evidence
order first, so abstention never moves).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.concepts import key_concepts
from app.defines import defined, defines
from app.lexical import terms
from app.records import Hit

FORMAT = 1
POOL = 10  # windows reordered (the evidence order's first ten above the quote floor)

WHO = re.compile(r"^\W*(?:\w+\W+){0,4}?who\b", re.I)
WHEN = re.compile(r"\b(?:when|what year|which year|how long ago|since when)\b", re.I)
HOW_MANY = re.compile(
    r"\bhow (?:many|much|often|long|common|likely)\b|\bwhat (?:percent|share)", re.I
)
ROLE = re.compile(
    r"\b(?:doctor|physician|professional|provider|specialist|neurologist|psychiatrist|"
    r"therapist|clinician|nurse|pharmacist|researchers?|scientists?|expert)s?\b",
    re.I,
)
YEAR = re.compile(
    r"\b(?:1[89]|20)\d\d\b|\b(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\b",
    re.I,
)
NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|"
    r"thousand|million|half|percent)\b",
    re.I,
)
BULLET = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s", re.M)
BRIEF_HEAD = re.compile(
    r"\b(?:summary|key (?:points|takeaways?)|takeaways?|bottom line|"
    r"overview|in brief|conclusion)\b",
    re.I,
)

NAMES = (
    "rank",
    "inverse_rank",
    "score",
    "gap",
    "support",
    "support_gap",
    "own",
    "bm25",
    "rare_marked",
    "rare_quote",
    "terms_marked",
    "terms_quote",
    "terms_heading",
    "who_role",
    "when_year",
    "many_number",
    "defines",
    "has_role",
    "has_year",
    "has_number",
    "opening",
    "brief_heading",
    "list",
    "words",
    "marks",
)


def features(pool: Sequence[Hit], question: str, idf: Callable[[str], float]) -> list[list[float]]:
    """One row of `NAMES` per window of `pool` (in the evidence order)."""
    if not pool:
        return []
    top, best_support = pool[0].score, max(h.support for h in pool)
    bm_max = max(h.bm25 for h in pool) or 1.0
    weights = {t: w for t in set(terms(question)) if (w := idf(t)) > 0}
    rare = {t: weights[t] for c in key_concepts(question) for t in terms(c) if t in weights}
    head = defined(question)
    asks = (
        bool(WHO.search(question)),
        bool(WHEN.search(question)),
        bool(HOW_MANY.search(question)),
    )
    rows = []
    for i, h in enumerate(pool):
        quote, marked = _texts(h)
        low_q, low_m = quote.lower(), marked.lower()
        heading = f"{h.passage.title} {h.passage.section}".lower()
        cues = (bool(ROLE.search(marked)), bool(YEAR.search(marked)), bool(NUMBER.search(marked)))
        rows.append(
            [
                i,
                1 / (1 + i),
                h.score,
                h.score - top,
                h.support,
                h.support - best_support,
                h.own,
                h.bm25 / bm_max,
                _share(low_m, rare),
                _share(low_q, rare),
                _share(low_m, weights),
                _share(low_q, weights),
                _share(heading, weights),
                asks[0] and cues[0],
                asks[1] and cues[1],
                asks[2] and cues[2],
                bool(head) and defines(head, marked),
                *cues,
                h.passage.section in ("", h.passage.title),
                bool(BRIEF_HEAD.search(heading)),
                bool(BULLET.search(quote)),
                math.log1p(len(quote.split())),
                len(h.marks),
            ]
        )
    return [[float(v) for v in row] for row in rows]


def _texts(hit: Hit) -> tuple[str, str]:
    """The quote's text and its answering (marked) sentences' text."""
    p = hit.passage
    a, b = hit.span or (p.start, p.end)
    marked = " ".join(p.text[x - p.start : y - p.start] for x, y in hit.marks)
    return p.text[a - p.start : b - p.start], marked


def _share(low: str, weights: dict[str, float]) -> float:
    total = sum(weights.values())
    return sum(w for t, w in weights.items() if t in low) / total if total else 0.0


@dataclass(frozen=True)
class Reranker:
    """Standardized features, one weight each, and an intercept: a window's log-odds of holding
    the answer."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    intercept: float

    def logits(self, rows: Sequence[Sequence[float]]) -> list[float]:
        return [
            self.intercept
            + sum(
                w * (x - m) / s
                for w, x, m, s in zip(self.weights, row, self.mean, self.scale, strict=True)
            )
            for row in rows
        ]

    def order(self, pool: Sequence[Hit], question: str, idf: Callable[[str], float]) -> list[Hit]:
        """`pool` by the model's log-odds, best first (ties keep the evidence order)."""
        scores = self.logits(features(pool, question, idf))
        return [pool[i] for i in sorted(range(len(pool)), key=lambda i: -scores[i])]

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "names": list(NAMES),
            "mean": list(self.mean),
            "scale": list(self.scale),
            "weights": list(self.weights),
            "intercept": self.intercept,
        }


def load(path: Path) -> Reranker:
    """The weights `bench/rerank_fit.py --weights` wrote (checked against today's features)."""
    data = json.loads(Path(path).read_text())
    if data.get("format") != FORMAT or tuple(data.get("names", ())) != NAMES:
        raise ValueError(f"{path}: not a reranker of format {FORMAT} with today's features")
    return Reranker(
        tuple(data["mean"]), tuple(data["scale"]), tuple(data["weights"]), float(data["intercept"])
    )
