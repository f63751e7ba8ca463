"""MEDIQA consumer questions and MedQuAD dev questions: every ranking mode of this tree on one
index, in process (the MEDIQA/MedQuAD sets of `bench/quality.py`). MRR@10, success@3 and hit@1 by
article (MEDIQA: grade >= 3) or by expected section (MedQuAD); documented subsets for a loaded
machine (`--mediqa-first`, `--medquad-subset`, `--medquad-questions`) and a build row that times
the embedding stages. Embeddings come from a SQLite cache under $HEALTHQA_DATA."""

from __future__ import annotations

import shutil
import sys
import tarfile
import time
from pathlib import Path

import numpy as np

from app import retrieve
from app.config import Settings
from app.service import Assistant
from bench.common import DATA, SHARED, medquad_corpus, questions, sample_corpus

MEDIQA = SHARED / "datasets/mediqa-consumer"
MEDQUAD_DEV = SHARED / "datasets/medquad/dev-questions.jsonl"

MODES = ("evidence", "hybrid", "dense", "bm25")


def ranked_docs(assistant: Assistant, items: list[dict], mode: str) -> list[list[str]]:
    settings = assistant.settings.with_(mode=mode)
    queries = [i["question"] for i in items]
    hits = retrieve.search_many(assistant.index, assistant.embedder, queries, settings)
    return [list(dict.fromkeys(h.passage.doc_id for h in hs))[:10] for hs in hits]


def ranked_passages(assistant: Assistant, items: list[dict], mode: str) -> list[list]:
    settings = assistant.settings.with_(mode=mode)
    queries = [i["question"] for i in items]
    hits = retrieve.search_many(assistant.index, assistant.embedder, queries, settings)
    return [[h.passage for h in hs[:10]] for hs in hits]


def mediqa(args, embedder) -> list[dict]:
    corpus = args.mediqa_corpus or _unpack(
        MEDIQA / "mediqa-consumer-corpus.tar.gz", "mediqa-consumer"
    )
    items = questions(MEDIQA / "questions.jsonl")
    index = DATA / "idx-mediqa-i9"
    if args.mediqa_first:  # the first K questions of one set, over their judged articles only
        items, corpus = _mediqa_part(items, corpus, args.mediqa_first)
        index = DATA / f"idx-{corpus.name}-i9"
    stages: dict[str, list[float]] = {}
    assistant = _open(corpus, index, embedder, stages)
    rows = [_build_row(f"mediqa:{corpus.name}", assistant, stages)] if stages else []
    for mode in _modes(args):
        docs = ranked_docs(assistant, items, mode)
        for subset in ("alexa", "validation", "test", "all"):
            part = [(i, d) for i, d in zip(items, docs, strict=True) if subset in (i["set"], "all")]
            if not part:
                continue
            rel = [{k for k, g in i["relevant"].items() if g >= 3} for i, _ in part]
            ranks = [_rank(d, r) for (_, d), r in zip(part, rel, strict=True)]
            grade1 = [i["relevant"].get(d[0], 0) if d else 0 for i, d in part]
            rows.append(_rank_row("mediqa", subset, mode, ranks) | {"grade@1": _mean(grade1)})
    return rows


def _mediqa_part(items: list[dict], corpus: Path, spec: str) -> tuple[list[dict], Path]:
    """`spec` "test:80": the first 80 questions of the test set, and a corpus folder of the
    articles judged for them (the pool their answers were graded in)."""
    name, k = spec.split(":")
    part = [i for i in items if i["set"] == name][: int(k)]
    folder = DATA / f"mediqa-{name}{k}"
    if not folder.is_dir():
        tmp = DATA / f".{folder.name}.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        for doc in sorted({d for i in part for d in i["relevant"]}):
            shutil.copyfile(corpus / f"{doc}.md", tmp / f"{doc}.md")
        tmp.rename(folder)
    return part, folder


def medquad(args, embedder) -> list[dict]:
    from app.evaluate import is_correct

    corpus = args.medquad_corpus
    if corpus == DATA / "medquad":  # the default: unpacked from ../shared on first use
        corpus = medquad_corpus()
    first = args.medquad_questions
    if args.medquad_subset is not None:  # the dev questions' articles + N others (seed 7)
        name = f"medquad-dev{first or ''}+{args.medquad_subset}"
        corpus = sample_corpus(name, args.medquad_subset, first=first)
    stages: dict[str, list[float]] = {}
    assistant = _open(corpus, DATA / f"idx-{corpus.name}-i9", embedder, stages)
    items = questions(MEDQUAD_DEV)[:first]
    rows = [_build_row(f"medquad:{corpus.name}", assistant, stages)] if stages else []
    for mode in _modes(args):
        passages = ranked_passages(assistant, items, mode)
        ranks = [
            next((n for n, p in enumerate(ps, 1) if is_correct(p, i)), None)
            for i, ps in zip(items, passages, strict=True)
        ]
        rows.append(_rank_row(f"medquad:{corpus.name}", "dev", mode, ranks))
    return rows


def _modes(args) -> list[str]:
    return [m for m in args.modes.split(",") if m]


def _rank(docs: list[str], relevant: set[str]) -> int | None:
    return next((n for n, d in enumerate(docs, 1) if d in relevant), None)


def _rank_row(name: str, subset: str, mode: str, ranks: list[int | None]) -> dict:
    n = len(ranks) or 1
    return {
        "set": name,
        "subset": subset,
        "mode": mode,
        "n": len(ranks),
        "hit@1": round(sum(r == 1 for r in ranks) / n, 3),
        "success@3": round(sum(bool(r and r <= 3) for r in ranks) / n, 3),
        "mrr@10": round(sum(1 / r for r in ranks if r) / n, 3),
    }


def _mean(values) -> float:
    return round(float(np.mean(values)), 3) if values else 0.0


def _open(corpus: Path, index: Path, embedder, stages: dict | None = None) -> Assistant:
    """Open (building when needed) the index of a corpus; `stages` gets each build stage's first
    and last progress time and its total."""
    settings = Settings.from_env(corpus_dir=corpus, index_dir=index)
    started = time.perf_counter()

    def progress(stage: str, done: int, total: int) -> None:
        now = time.perf_counter()
        stages.setdefault(stage, [now, now, total])[1:] = [now, total]

    assistant = Assistant.open(settings, embedder, progress if stages is not None else None)
    report = assistant.build_report
    if report:
        print(
            f"built {index}: {report.passages} passages, {report.embedded} embedded "
            f"(cache misses {embedder.embedded}), {time.perf_counter() - started:.0f} s",
            file=sys.stderr,
        )
    return assistant


def _build_row(name: str, assistant: Assistant, stages: dict) -> dict:
    """What the build embedded and how long each embedding stage took (cache misses only)."""
    sents = assistant.index.sentences.rows if assistant.index.sentences else []
    row = {"set": name, "subset": "build", "passages": len(assistant.index.passages)}
    row |= {"sentences": len(sents), "quotable": sum(s.kind == "text" for s in sents)}
    for stage in ("embedding", "sentences"):
        if stage in stages:
            first, last, total = stages[stage]
            row[f"{stage}_texts"] = total
            row[f"{stage}_s"] = round(last - first, 1)
    return row


def _unpack(tar: Path, name: str) -> Path:
    folder = DATA / name
    if not folder.is_dir():
        DATA.mkdir(parents=True, exist_ok=True)
        with tarfile.open(tar) as t:
            t.extractall(DATA, filter="data")
    return folder
