"""Retrieval quality on a JSONL question set: hit@1/3/10, MRR@10, abstention precision/recall,
crisis detection, and the questions that missed.

A line: {"question", "history"?: [...], "doc_id"?, "section"?, "also_correct"?: [{"doc_id",
"section"}], "contains"?: "text the passage must contain", "also_contains"?: [other texts that
answer it too], "offtopic"?: bool, "crisis"?: bool}.
MedQuAD's dev-questions.jsonl is read as it is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from app.config import Settings
from app.errors import BadQuestion
from app.records import Passage

KS = (1, 3, 10)


@dataclass
class Outcome:
    item: dict
    rank: int | None  # 1-based rank of the first correct passage in the top 10, None if absent
    abstained: bool
    crisis: bool


def load_questions(path: Path) -> list[dict]:
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError as err:
        raise BadQuestion(f"{path}: not UTF-8 text") from err
    except OSError as err:  # not there, a folder, not readable
        raise BadQuestion(f"{path}: cannot read the question file ({err.strerror})") from err
    items = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError as err:
            raise BadQuestion(f"{path}:{n}: not valid JSON ({err})") from err
        if not isinstance(item, dict) or not isinstance(item.get("question"), str):
            raise BadQuestion(f'{path}:{n}: expected an object with a "question"')
        if not item["question"].strip():
            raise BadQuestion(f"{path}:{n}: the question is empty")
        history = item.get("history") or []
        if not isinstance(history, list) or not all(isinstance(h, str) for h in history):
            raise BadQuestion(f'{path}:{n}: "history" must be a list of earlier questions')
        items.append(item)
    if not items:
        raise BadQuestion(f"{path}: no questions in the file")
    return items


def is_correct(passage: Passage, item: dict) -> bool:
    targets = [item] + list(item.get("also_correct") or [])
    for t in targets:
        if t.get("doc_id") and passage.doc_id != t["doc_id"]:
            continue
        if t.get("section") and passage.section != t["section"]:
            continue
        texts = [item["contains"], *item.get("also_contains", [])] if item.get("contains") else []
        if t is item and texts and not any(x in passage.text for x in texts):
            continue
        if t.get("doc_id") or t.get("section") or item.get("contains"):
            return True
    return False


def evaluate(assistant, items: list[dict], batch: int = 64) -> list[Outcome]:
    """Each item through the assistant's own retrieval and crisis path (`Assistant.find_many`)."""
    top_k = assistant.settings.top_k
    outcomes = []
    for start in range(0, len(items), batch):
        chunk = items[start : start + batch]
        asked = [(i["question"], i.get("history") or [], top_k) for i in chunk]
        for item, found in zip(chunk, assistant.find_many(asked), strict=True):
            ranked = found.hits[:10]
            rank = next((r for r, h in enumerate(ranked, 1) if is_correct(h.passage, item)), None)
            outcomes.append(Outcome(item, rank, not found.chosen, found.crisis.crisis))
    return outcomes


def summarize(outcomes: list[Outcome]) -> dict:
    answerable = [o for o in outcomes if not o.item.get("offtopic") and _has_target(o.item)]
    offtopic = [o for o in outcomes if o.item.get("offtopic")]
    n = len(answerable) or 1
    summary = {f"hit@{k}": sum(bool(o.rank and o.rank <= k) for o in answerable) / n for k in KS}
    summary["mrr@10"] = sum(1 / o.rank for o in answerable if o.rank) / n
    summary["answerable"] = len(answerable)
    abstained = [o for o in answerable + offtopic if o.abstained]
    right = [o for o in abstained if o.item.get("offtopic")]
    summary["abstain_precision"] = len(right) / len(abstained) if abstained else None
    summary["abstain_recall"] = len(right) / len(offtopic) if offtopic else None
    summary["answerable_abstained"] = sum(o.abstained for o in answerable)
    summary["offtopic"] = len(offtopic)
    crisis = [o for o in outcomes if o.item.get("crisis")]
    summary["crisis_recall"] = sum(o.crisis for o in crisis) / len(crisis) if crisis else None
    summary["crisis_false_alarms"] = sum(o.crisis for o in outcomes if not o.item.get("crisis"))
    return summary


def _has_target(item: dict) -> bool:
    return bool(item.get("doc_id") or item.get("section") or item.get("contains"))


def misses(outcomes: list[Outcome]) -> list[str]:
    lines = []
    for o in outcomes:
        q, label = o.item["question"], o.item.get("id", "")
        if o.item.get("offtopic") and not o.abstained:
            lines.append(f"{label} answered an off-topic question: {q}")
        elif _has_target(o.item) and not o.item.get("offtopic"):
            if o.rank is None or o.rank > 3:
                lines.append(f"{label} expected passage not in top 3 (rank {o.rank}): {q}")
            if o.abstained:
                lines.append(f"{label} abstained on an answerable question: {q}")
        if o.item.get("crisis") and not o.crisis:
            lines.append(f"{label} crisis not detected: {q}")
    return lines


def table(summary: dict) -> str:
    rows = [(k, v) for k, v in summary.items()]
    width = max(len(k) for k, _ in rows)
    fmt = lambda v: "-" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v))  # noqa: E731
    return "\n".join(f"{k:<{width}}  {fmt(v)}" for k, v in rows)


def run_eval(settings: Settings, questions: Path) -> tuple[dict, list[str]]:
    """Open the assistant (building the index if needed) and evaluate the question file: the
    summary and the misses. Printing is the caller's (the CLI)."""
    from app.service import Assistant

    items = load_questions(questions)
    outcomes = evaluate(Assistant.open(settings), items)
    return summarize(outcomes), misses(outcomes)
