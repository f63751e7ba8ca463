"""Fine-tune all-MiniLM-L6-v2 on MedQuAD question -> answer pairs with sentence-transformers' own
training API (SentenceTransformerTrainer, MultipleNegativesRankingLoss: in-batch negatives), from
the packaged model, offline. Weights go to a folder under /tmp, never into the repo. Seeded, with
a fixed thread count, so meant to be repeatable (not yet checked by training twice).

    HEALTHQA_DATA=/tmp/DIR PYTHONPATH=. nice -n 15 python bench/finetune.py --pairs 2000 \
        [--epochs 1] [--batch-size 32] [--max-seq-length 128] [--lr 2e-5] [--seed 9] \
        [--threads 2] [--max-minutes 0] [--out /tmp/healthqa-ft] [--dry-run]

Training pairs: one per MedQuAD section ('## question' + answer; "(part N)" dropped from the
question), duplicate answers once. Left out, so that every evaluation runs on unseen material:
  - every article of the MedQuAD evaluation subset of bench/gate.py: the articles the 300 dev
    questions refer to (`doc_id` and `also_correct`) and its 200 distractors;
  - every article whose URL or whose focus (title) is that of a MEDIQA judged answer (all 1,663
    articles of the MEDIQA corpus are judged answers; "Flu (Symptoms)" names the focus "flu");
  - every section that shares a 12-word run of text with any MEDIQA answer, unless that run is
    boilerplate (found in more than MAX_DF MedQuAD sections, like GARD's "The Human Phenotype
    Ontology provides the following list of signs and symptoms").
The seed corpus is not MedQuAD: its text can never be in a pair (MedQuAD does cover its topics).
`--pairs N` draws N of the remaining pairs with random.Random(seed). `--dry-run` only counts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bench.common import DEV_QUESTIONS, dev_doc_ids, medquad_corpus

SHINGLE = 12  # words in a run of text that counts as shared
MAX_DF = 10  # a run found in more MedQuAD sections than this is boilerplate
PART = re.compile(r"\s*\(part \d+\)$")


@dataclass(frozen=True)
class Pair:
    doc_id: str
    question: str
    answer: str


@dataclass(frozen=True)
class Marks:
    """What links a MedQuAD article or section to a MEDIQA judged answer."""

    urls: frozenset[str]
    titles: frozenset[str]
    shingles: frozenset[str]


def read_md(text: str) -> tuple[dict[str, str], str]:
    """Front matter (JSON-style quoted values, as both datasets write them) and the body."""
    if not text.startswith("---\n"):
        return {}, text
    head, _, body = text[4:].partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        value = value.strip()
        meta[key.strip()] = json.loads(value) if value.startswith('"') else value
    return meta, body


def sections(body: str) -> list[tuple[str, str]]:
    """(question, answer) per '## ' heading of a MedQuAD article."""
    out = []
    for chunk in re.split(r"^## ", body, flags=re.M)[1:]:
        heading, _, answer = chunk.partition("\n")
        out.append((PART.sub("", heading.strip()), answer.strip()))
    return out


def norm_url(url: str) -> str:
    url = re.sub(r"^https?://(www\.)?", "", url.strip().lower())
    return url.split("#")[0].split("?")[0].rstrip("/")


def norm_title(title: str) -> str:
    """ "Flu (Symptoms)" -> "flu": MEDIQA titles name the focus, then the part of the page."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", title).strip().lower()


def shingles(text: str, n: int = SHINGLE) -> set[str]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def mediqa_marks(docs: list[tuple[dict, str]]) -> Marks:
    urls = {norm_url(m.get("url", "")) for m, _ in docs} - {"", "#"}
    titles = {norm_title(m.get("title", "")) for m, _ in docs} - {""}
    runs: set[str] = set()
    for _, body in docs:
        runs |= shingles(body)
    return Marks(frozenset(urls), frozenset(titles), frozenset(runs))


def build_pairs(
    docs: list[tuple[dict, str]], heldout: set[str], marks: Marks, max_df: int = MAX_DF
) -> tuple[list[Pair], Counter]:
    """Every allowed (question, answer) pair of MedQuAD articles `docs`, and why others were
    left out (counts)."""
    why: Counter = Counter()
    found = [(meta, q, a, shingles(a)) for meta, body in docs for q, a in sections(body) if q and a]
    df = Counter(run for *_, runs in found for run in runs)  # over all sections: boilerplate
    kept = []
    for meta, question, answer, runs in found:
        reason = _doc_reason(meta, heldout, marks)
        if reason:
            why[reason] += 1
        else:
            kept.append((meta["id"], question, answer, runs))
    pairs, seen = [], set()
    for doc, question, answer, runs in kept:
        if any(df[r] <= max_df for r in runs & marks.shingles):
            why["shares text with a MEDIQA answer"] += 1
        elif answer in seen:
            why["duplicate answer"] += 1
        else:
            seen.add(answer)
            pairs.append(Pair(doc, question, answer))
    return pairs, why


def _doc_reason(meta: dict, heldout: set[str], marks: Marks) -> str:
    if meta["id"] in heldout:
        return "article held out for MedQuAD evaluation"
    if norm_url(meta.get("url", "")) in marks.urls:
        return "article URL is a MEDIQA answer's"
    if norm_title(meta.get("title", "")) in marks.titles:
        return "article focus is a MEDIQA answer's"
    return ""


def read_folder(folder: Path) -> list[tuple[dict, str]]:
    return [read_md(p.read_text("utf-8")) for p in sorted(folder.rglob("*.md"))]


def heldout_docs() -> set[str]:
    """The MedQuAD evaluation subset (bench/gate.py): dev questions' articles + distractors."""
    from bench.gate import medquad_gate

    return dev_doc_ids(DEV_QUESTIONS) | {p.stem for p in medquad_gate().rglob("*.md")}


def all_pairs() -> tuple[list[Pair], Counter]:
    from bench.gate import MEDIQA, _unpack

    mediqa = _unpack(MEDIQA / "mediqa-consumer-corpus.tar.gz", "mediqa-consumer")
    marks = mediqa_marks(read_folder(mediqa))
    return build_pairs(read_folder(medquad_corpus()), heldout_docs(), marks)


def train(pairs: list[Pair], args) -> dict:
    """One training run; returns its figures (wall time, pairs/s, the weights' hash)."""
    import torch

    from app.embed import model_path, offline

    offline()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    try:
        from datasets import Dataset
    except ImportError:
        sys.exit("training needs datasets and accelerate: pip install -r requirements-finetune.txt")
    from sentence_transformers import (
        SentenceTransformer,
        SentenceTransformerTrainer,
        SentenceTransformerTrainingArguments,
    )
    from sentence_transformers.sentence_transformer.losses import MultipleNegativesRankingLoss
    from sentence_transformers.sentence_transformer.training_args import BatchSamplers

    model = SentenceTransformer(model_path(), device="cpu", local_files_only=True)
    serving_length, model.max_seq_length = model.max_seq_length, args.max_seq_length
    data = Dataset.from_dict(
        {"anchor": [p.question for p in pairs], "positive": [p.answer for p in pairs]}
    )
    out = Path(args.out)
    settings = SentenceTransformerTrainingArguments(
        output_dir=str(out / "trainer"),
        num_train_epochs=args.epochs,
        per_device_train_batch_size=args.batch_size,
        learning_rate=args.lr,
        warmup_steps=0.1,  # a float: the share of the steps (Transformers 5)
        seed=args.seed,
        data_seed=args.seed,
        batch_sampler=BatchSamplers.NO_DUPLICATES,
        save_strategy="no",
        logging_steps=10,
        report_to="none",
        use_cpu=True,
        dataloader_num_workers=0,
        disable_tqdm=True,
    )
    trainer = SentenceTransformerTrainer(
        model=model,
        args=settings,
        train_dataset=data,
        loss=MultipleNegativesRankingLoss(model),
        callbacks=[_deadline(args.max_minutes)],
    )
    started, cpu = time.perf_counter(), time.process_time()
    result = trainer.train()
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    model.max_seq_length = serving_length  # serve as the base model does
    model.save_pretrained(str(out / "model"))
    weights = (out / "model" / "model.safetensors").read_bytes()
    seen = min(trainer.state.global_step * args.batch_size, len(pairs) * args.epochs)
    return {
        "pairs": len(pairs),
        "epochs": args.epochs,
        "steps": trainer.state.global_step,
        "planned_steps": trainer.state.max_steps,
        "pairs_seen": seen,
        "wall_s": round(seconds, 1),
        "pairs_per_s": round(seen / seconds, 2),
        "cpu_s": round(cpu, 1),  # user + system seconds of this process: the quiet-machine cost
        "train_loss": round(float(result.training_loss), 4),
        "weights_sha256": hashlib.sha256(weights).hexdigest()[:16],
        "threads": torch.get_num_threads(),
    }


def _deadline(minutes: float):
    """A callback that ends training after `minutes` of wall time (0: never), at a step's end."""
    from transformers import TrainerCallback

    class Deadline(TrainerCallback):
        started = time.monotonic()

        def on_train_begin(self, args, state, control, **kwargs):
            self.started = time.monotonic()

        def on_step_end(self, args, state, control, **kwargs):
            if minutes and time.monotonic() - self.started > 60 * minutes:
                control.should_training_stop = True

    return Deadline()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pairs", type=int, default=0, help="pairs to train on (0: all allowed)")
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--max-seq-length", type=int, default=128)
    ap.add_argument("--lr", type=float, default=2e-5)
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--max-minutes", type=float, default=0, help="stop training after this wall")
    ap.add_argument("--out", default="/tmp/healthqa-ft")
    ap.add_argument("--dry-run", action="store_true", help="only count the pairs")
    args = ap.parse_args()
    pairs, why = all_pairs()
    print(json.dumps({"allowed_pairs": len(pairs), "left_out": dict(why)}), file=sys.stderr)
    if args.pairs:
        pairs = random.Random(args.seed).sample(pairs, min(args.pairs, len(pairs)))
    if args.dry_run:
        return
    figures = train(pairs, args) | {"args": vars(args), "left_out": dict(why)}
    (Path(args.out) / "train.json").write_text(json.dumps(figures, indent=2), "utf-8")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
