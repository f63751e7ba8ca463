"""A crisis encoder: a copy of all-MiniLM-L6-v2 fine-tuned on the crisis bank's labels with
sentence-transformers' own trainer (SetFit-style contrastive training), exported to ONNX (fp32 and
int8, by the product's own recipe, `app/embed/onnx.export`) for `bench/crisis_encoder_eval.py`.
Trained from `app/safety/bank.jsonl` only, never from eval/. Weights go to --out (under /tmp),
never into the repo.

    PYTHONPATH=. nice -n 10 python bench/crisis_encoder.py --loss triplet --out /tmp/crisis-enc

The bank's grouped fold 0 (`bench/crisis_cv.folds`: whole kinds, else clusters of the shipped
vectors, seeded) is held out of training: its lines choose the threshold (--budget of its ordinary
lines) without looking at eval/. Losses (--loss):
  - triplet: BatchHardSoftMarginTripletLoss on the 7 labels (cosine distance), batches drawn by
    label (GROUP_BY_LABEL);
  - pairs: CosineSimilarityLoss on SetFit pairs, --pairs-per-line per line, alternately with a
    line of the same label (target 1) and a line of another label (target 0), the partner drawn
    with random.Random(seed).
Seeded (torch, data order, pairs) with a fixed thread count; --max-minutes ends training early
(at a step's end; the learning-rate schedule is then cut short). The run writes train.json: the
time, the loss, the weights' hash.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
import time
from pathlib import Path

from app.safety.bank import LABELS, Example, load_bank, shipped_vectors

CALIBRATION_FOLD = 0


def split(bank: list[Example]) -> tuple[list[Example], list[Example]]:
    """(training lines, calibration lines): the calibration lines are grouped fold 0."""
    from app.embed import MODEL_NAME
    from bench.crisis_cv import folds

    vectors = shipped_vectors(bank, MODEL_NAME)
    if vectors is None:
        sys.exit("app/safety/bank-vectors.npz is stale: run bench/crisis.py --calibrate first")
    fold = folds(bank, vectors)
    train = [e for e, f in zip(bank, fold, strict=True) if f != CALIBRATION_FOLD]
    held = [e for e, f in zip(bank, fold, strict=True) if f == CALIBRATION_FOLD]
    return train, held


def setfit_pairs(lines: list[Example], per_line: int, seed: int) -> dict[str, list]:
    """`per_line` pairs per line, alternately with a line of the same label (target 1.0) and a
    line of another label (0.0), the partner drawn with random.Random(seed)."""
    rng = random.Random(seed)
    by_label: dict[str, list[str]] = {}
    for e in lines:
        by_label.setdefault(e.category, []).append(e.text)
    a, b, target = [], [], []
    for n in range(per_line):
        for i, e in enumerate(lines):
            same = (i + n) % 2 == 0
            label = e.category if same else rng.choice([c for c in by_label if c != e.category])
            a.append(e.text)
            b.append(rng.choice(by_label[label]))
            target.append(1.0 if same else 0.0)
    return {"sentence1": a, "sentence2": b, "score": target}


def train(lines: list[Example], args) -> dict:
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
    from sentence_transformers.sentence_transformer import losses
    from sentence_transformers.sentence_transformer.training_args import BatchSamplers

    model = SentenceTransformer(model_path(), device="cpu", local_files_only=True)
    serving_length, model.max_seq_length = model.max_seq_length, args.max_seq_length
    if args.loss == "triplet":
        ids = {label: n for n, label in enumerate(LABELS)}
        data = Dataset.from_dict(
            {"sentence": [e.text for e in lines], "label": [ids[e.category] for e in lines]}
        )
        distance = losses.BatchHardTripletLossDistanceFunction.cosine_distance
        loss = losses.BatchHardSoftMarginTripletLoss(model, distance_metric=distance)
        sampler = BatchSamplers.GROUP_BY_LABEL
    else:
        data = Dataset.from_dict(setfit_pairs(lines, args.pairs_per_line, args.seed))
        loss, sampler = losses.CosineSimilarityLoss(model), BatchSamplers.BATCH_SAMPLER
    out = Path(args.out)
    settings = SentenceTransformerTrainingArguments(
        output_dir=str(out / "trainer"),
        num_train_epochs=args.epochs,
        per_device_train_batch_size=args.batch_size,
        learning_rate=args.lr,
        warmup_steps=0.1,  # a float: the share of the steps (Transformers 5)
        seed=args.seed,
        data_seed=args.seed,
        batch_sampler=sampler,
        save_strategy="no",
        logging_steps=20,
        report_to="none",
        use_cpu=True,
        dataloader_num_workers=0,
        disable_tqdm=True,
    )
    trainer = SentenceTransformerTrainer(model=model, args=settings, train_dataset=data, loss=loss)
    started, cpu = time.perf_counter(), time.process_time()
    result = trainer.train()
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    model.max_seq_length = serving_length  # serve as the base model does
    if (out / "model").exists():
        shutil.rmtree(out / "model")
    model.save_pretrained(str(out / "model"))
    weights = (out / "model" / "model.safetensors").read_bytes()
    return {
        "loss": args.loss,
        "lines": len(lines),
        "rows": len(data),
        "epochs": args.epochs,
        "steps": trainer.state.global_step,
        "planned_steps": trainer.state.max_steps,
        "wall_s": round(seconds, 1),
        "cpu_s": round(cpu, 1),
        "train_loss": round(float(result.training_loss), 4),
        "weights_sha256": hashlib.sha256(weights).hexdigest()[:16],
        "threads": torch.get_num_threads(),
    }


def export(out: Path) -> None:
    """out/onnx/{fp32,int8}/ each with model.onnx and tokenizer.json (what OnnxEmbedder reads)."""
    from app.embed.onnx import export as onnx_export

    work = out / "onnx"
    onnx_export(out / "model", work)
    for name, source in (("fp32", "model.onnx"), ("int8", "model-int8.onnx")):
        folder = work / name
        folder.mkdir(exist_ok=True)
        shutil.copyfile(work / source, folder / "model.onnx")
        shutil.copyfile(out / "model" / "tokenizer.json", folder / "tokenizer.json")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--loss", choices=("triplet", "pairs"), default="triplet")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--pairs-per-line", type=int, default=1)
    ap.add_argument("--max-seq-length", type=int, default=64)
    ap.add_argument("--lr", type=float, default=2e-5)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--max-minutes", type=float, default=0, help="stop training after this wall")
    ap.add_argument("--out", type=Path, default=Path("/tmp/crisis-encoder"))
    args = ap.parse_args(argv)
    lines, held = split(load_bank())
    print(f"training on {len(lines)} bank lines; {len(held)} held out (fold 0)", file=sys.stderr)
    args.out.mkdir(parents=True, exist_ok=True)
    figures = train(lines, args)
    started = time.perf_counter()
    export(args.out)
    figures["export_s"] = round(time.perf_counter() - started, 1)
    figures["args"] = {k: str(v) for k, v in vars(args).items()}
    (args.out / "train.json").write_text(json.dumps(figures, indent=2), "utf-8")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
