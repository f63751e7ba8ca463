"""Answer quality side by side, in one run: the seed questions as readers type them (today's code
vs this tree, both through `python -m app ask --jsonl`), MEDIQA consumer questions and MedQuAD dev
questions (ranking modes of this tree, in process), and query latency against the floor.

    PYTHONPATH=. python bench/quality.py [--sets seed,mediqa,medquad,latency] [--split tune]
        [--old DIR] [--medquad-corpus DIR] [--mediqa-corpus DIR] [--questions PATH] [--out NAME]

--questions PATH (repeatable): another question file in the seed format over the seed corpus
(question, history, kind, contains / also_contains, offtopic, missing; `split` optional), scored
like the seed set and reported as its own set named after the file; `--sets ''` runs it alone.

--old DIR: a checkout of the code to compare with (default: `git archive` of --old-rev into a temp
folder). Seed figures (per split: tune, test, all):
  useful@1 / useful@3  the first / any of the first three quotes contains the answering text
  over-abstained       answerable questions answered "not covered"
  wrong-confident      uncovered or off-topic questions answered with quotes
  emphasis             of the useful first quotes, how often an emphasized span is the answer
  named                of the uncovered questions with a known missing concept, how often the
                       reply names it
  words                mean words per quote; disordered: replies whose scores are not descending
MEDIQA (per subset) and MedQuAD (`bench/rankings.py`): MRR@10 and success@3 by article (MEDIQA:
grade >= 3; MedQuAD: the expected section), hit@1, for each ranking mode. Embeddings come from a
SQLite cache under $HEALTHQA_DATA (bench/cached.py), so each text is embedded once across runs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import numpy as np

from app.config import Settings
from app.embed import make_embedder
from app.service import Assistant
from bench.cached import CachedEmbedder
from bench.common import (
    DATA,
    REPO,
    machine,
    percentiles,
    questions,
    save_json,
)
from bench.rankings import MODES, mediqa, medquad

SEED_QUESTIONS = REPO / "eval/seed-questions.jsonl"


# ---- seed: replies from `ask --jsonl`, scored the same way for both trees ----


def ask_all(tree: Path, corpus: Path, index: Path, items: list[dict]) -> list[dict]:
    lines = "".join(
        json.dumps({"question": i["question"], "history": i.get("history") or []}) + "\n"
        for i in items
    )
    env = {**os.environ, "PYTHONPATH": str(tree)}
    argv = [sys.executable, "-m", "app", "ask", "--jsonl", "--corpus", str(corpus)]
    out = subprocess.run(
        argv + ["--index", str(index)],
        input=lines,
        capture_output=True,
        text=True,
        cwd=tree,
        env=env,
        check=True,
    )
    return [json.loads(line) for line in out.stdout.splitlines()]


def targets(item: dict) -> list[str]:
    return [item["contains"], *item.get("also_contains", [])]


LABELS = REPO / "eval/labels"


def with_alternatives(items: list[dict], name: str, labels: Path = LABELS) -> list[dict]:
    """The items with the other answering texts a blind labeller listed for them
    (`eval/labels/<name>-also.json`, `eval/briefs/alternatives-labeller.md`) added to
    `also_contains`; the items as they are when the file has none."""
    path = labels / f"{name}-also.json"
    if not path.exists():
        return items
    also = json.loads(path.read_text())
    more = lambda i: [*i.get("also_contains", []), *also[i["id"]]]  # noqa: E731
    return [{**i, "also_contains": more(i)} if i["id"] in also else i for i in items]


def useful(quote: dict, item: dict) -> bool:
    """The quote holds an answering text, white space aside: a writer copies a list's items from
    the raw article ("Muscle stiffness\u00a0\n\n  • Muscle cramps"), the quote is the cleaned
    text ("• Muscle stiffness\n\n• Muscle cramps"), the same words in the same order."""
    text = _spaced(quote["text"])
    return any(_spaced(t) in text for t in targets(item))


def _spaced(text: str) -> str:
    return " ".join(text.split())


def emphasized(quote: dict, item: dict) -> bool:
    for t in targets(item):
        at = quote["text"].find(t)
        if at >= 0 and any(a < at + len(t) and at < b for a, b in quote["highlights"]):
            return True
    return False


def score_seed(items: list[dict], replies: list[dict]) -> dict:
    ans = [(i, r) for i, r in zip(items, replies, strict=True) if answerable(i)]
    unc = [(i, r) for i, r in zip(items, replies, strict=True) if i.get("offtopic")]
    first = [r["quotes"][0] for i, r in ans if r["quotes"] and useful(r["quotes"][0], i)]
    firsts = [(i, r["quotes"][0]) for i, r in ans if r["quotes"] and useful(r["quotes"][0], i)]
    named = [(i, r) for i, r in unc if i.get("missing")]
    quotes = [q for _, r in ans + unc for q in r["quotes"]]
    return {
        "answerable": len(ans),
        "uncovered": len(unc),
        "useful@1": _share(len(first), len(ans)),
        "useful@3": _share(
            sum(any(useful(q, i) for q in r["quotes"][:3]) for i, r in ans), len(ans)
        ),
        "over_abstained": _share(sum(r["abstained"] for _, r in ans), len(ans)),
        "wrong_confident": _share(sum(not r["abstained"] for _, r in unc), len(unc)),
        "emphasis": _share(sum(emphasized(q, i) for i, q in firsts), len(firsts)),
        "named": _share(sum(_names(i, r) for i, r in named), len(named)),
        "words": round(float(np.mean([len(q["text"].split()) for q in quotes])), 1)
        if quotes
        else 0,
        "disordered": sum(_disordered(r) for _, r in ans + unc),
    }


def answerable(item: dict) -> bool:
    return bool(item.get("contains")) and not item.get("offtopic") and item["kind"] != "crisis"


def _names(item: dict, reply: dict) -> bool:
    text = reply["markdown"].lower()
    return all(m.lower() in text for m in item["missing"])


def _disordered(reply: dict) -> bool:
    scores = [q["score"] for q in reply["quotes"]]
    return any(a < b for a, b in zip(scores, scores[1:], strict=False))


def _share(n: int, d: int) -> float | None:
    return round(n / d, 3) if d else None


def seed(args) -> list[dict]:
    return question_set(args, "seed", questions(SEED_QUESTIONS))


def question_set(args, name: str, items: list[dict]) -> list[dict]:
    """Before and after on a question file in the seed format, per split (a file without
    `split` fields is reported as one split, "all")."""
    old = args.old or (None if args.skip_before else _export(args.old_rev))
    rows = []
    trees = [("before", old), ("after", REPO)][1 if args.skip_before else 0 :]
    splits = sorted({i.get("split", "all") for i in items} - {"all"}) + ["all"]
    for code, tree in trees:
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            replies = ask_all(tree, REPO / "corpus", Path(tmp) / "index", items)
            seconds = time.perf_counter() - started
        for split in splits:
            part = [
                (i, r)
                for i, r in zip(items, replies, strict=True)
                if split in (i.get("split", "all"), "all")
            ]
            if args.split and split != args.split:
                continue
            row = {"set": name, "code": code, "split": split}
            row.update(score_seed([i for i, _ in part], [r for _, r in part]))
            # ... and with the other answering texts a blind labeller listed (`eval/labels/`)
            also = with_alternatives([i for i, _ in part], _label_name(name))
            alt = score_seed(also, [r for _, r in part])
            row.update({f"{k} (alternatives)": alt[k] for k in ("useful@1", "useful@3")})
            rows.append(row)
        rows[-1]["seconds"] = round(seconds, 1)
        if args.show_misses and code == "after":
            _print_misses(items, replies, args.split)
    return rows


def _label_name(name: str) -> str:
    """The labels file's name for a question set ("seed" is eval/seed-questions.jsonl)."""
    return "seed-questions" if name == "seed" else name


def _print_misses(items, replies, split):
    for i, r in zip(items, replies, strict=True):
        if split and i.get("split", "all") != split:
            continue
        first = r["quotes"][0]["text"][:90].replace("\n", " ") if r["quotes"] else "-"
        if answerable(i) and not (r["quotes"] and useful(r["quotes"][0], i)):
            print(f"  miss {i['id']} {i['question']!r} -> {first!r}", file=sys.stderr)
        if i.get("offtopic") and not r["abstained"]:
            print(f"  wrong {i['id']} {i['question']!r} -> {first!r}", file=sys.stderr)


def _export(rev: str) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="healthqa-old-"))
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", rev], capture_output=True, check=True
    )
    with tarfile.open(fileobj=__import__("io").BytesIO(archive.stdout)) as tar:
        tar.extractall(folder, filter="data")
    return folder


# ---- latency: in-process ask vs the floor (embed + FAISS search), turn by turn ----


def latency(args) -> list[dict]:
    items = [i for i in questions(SEED_QUESTIONS)][: args.latency_questions]
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.from_env(corpus_dir=REPO / "corpus", index_dir=Path(tmp) / "index")
        embedder = make_embedder(settings.backend, settings.embed_batch)
        assistant = Assistant.open(settings, embedder)
        for i in items[:5]:
            assistant.ask(i["question"], i.get("history") or [])
        floor, ask = [], []
        for n, item in enumerate(items):
            calls = [
                ("floor", lambda i=item: _floor(assistant, i)),
                ("ask", lambda i=item: assistant.ask(i["question"], i.get("history") or [])),
            ]
            for name, call in calls if n % 2 else calls[::-1]:
                time.sleep(0.05)
                started = time.perf_counter()
                call()
                (floor if name == "floor" else ask).append(time.perf_counter() - started)
    f, a = percentiles(floor), percentiles(ask)
    return [
        {
            "set": "latency",
            "floor_p50_ms": round(f["p50_ms"], 1),
            "ask_p50_ms": round(a["p50_ms"], 1),
            "ratio_p50": round(a["p50_ms"] / f["p50_ms"], 2),
            "n": len(items),
        }
    ]


def _floor(assistant: Assistant, item: dict) -> None:
    vec = assistant.embedder.embed([item["question"]])
    assistant.index.vectors.search(
        vec, min(assistant.settings.candidates, assistant.index.vectors.ntotal)
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default="seed,mediqa,medquad,latency")
    ap.add_argument("--split", choices=["tune", "test", "all"], help="print one seed split only")
    ap.add_argument("--old", type=Path, help="tree of the code to compare with")
    ap.add_argument("--old-rev", default="a39ff4e", help="commit to export when --old is not given")
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--mediqa-corpus", type=Path)
    ap.add_argument(
        "--mediqa-first",
        metavar="SET:K",
        help="MEDIQA: only the first K questions of SET (alexa, validation, test), over the "
        "articles judged for them",
    )
    ap.add_argument("--medquad-corpus", type=Path, default=DATA / "medquad")
    ap.add_argument(
        "--medquad-subset",
        type=int,
        metavar="N",
        help="MedQuAD: every dev question's article plus N others drawn with seed 7",
    )
    ap.add_argument(
        "--medquad-questions",
        type=int,
        metavar="K",
        help="MedQuAD: only the first K dev questions (and, with --medquad-subset, their articles)",
    )
    ap.add_argument(
        "--embed",
        default="torch",
        help="MEDIQA/MedQuAD: the embedding backend (torch fp32; bf16 is ~2x faster, own cache)",
    )
    ap.add_argument("--latency-questions", type=int, default=60)
    ap.add_argument("--show-misses", action="store_true")
    ap.add_argument("--skip-before", action="store_true", help="seed: this tree only")
    ap.add_argument(
        "--questions",
        type=Path,
        action="append",
        default=[],
        help="another question file in the seed format (same corpus), reported as its own set",
    )
    ap.add_argument("--out", default="quality")
    args = ap.parse_args()
    sets = [s for s in args.sets.split(",") if s]
    embedder = None
    if {"mediqa", "medquad"} & set(sets):
        DATA.mkdir(parents=True, exist_ok=True)
        cache = (
            "embeddings.sqlite3" if args.embed == "torch" else f"embeddings-{args.embed}.sqlite3"
        )
        embedder = CachedEmbedder(make_embedder(args.embed), DATA / cache)
    rows = []
    for path in args.questions:
        new = question_set(args, path.stem, questions(path))
        for row in new:
            print(json.dumps(row))
        rows += new
    for name in sets:
        fn = {
            "seed": lambda: seed(args),
            "mediqa": lambda: mediqa(args, embedder),
            "medquad": lambda: medquad(args, embedder),
            "latency": lambda: latency(args),
        }[name]
        new = fn()
        for row in new:
            print(json.dumps(row))
        rows += new
    save_json(args.out, {"machine": machine(), "args": vars(args), "rows": rows})


if __name__ == "__main__":
    main()
