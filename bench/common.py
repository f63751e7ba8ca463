"""Helpers shared by the benchmarks: data locations, the MedQuAD subset, timing statistics,
memory, machine facts. Benchmarks import the app; the app never imports this.

Data lives outside the repo: MedQuAD is unpacked into $HEALTHQA_DATA/medquad (default
/work/data), and every index a benchmark builds goes under $HEALTHQA_DATA too.
"""

from __future__ import annotations

import json
import os
import platform
import random
import resource
import shutil
import subprocess
import tarfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("HEALTHQA_DATA", "/work/data"))
SHARED = Path(os.environ.get("HEALTHQA_SHARED", "/work/shared"))
MEDQUAD_TAR = SHARED / "datasets/medquad/medquad-corpus.tar.gz"
DEV_QUESTIONS = SHARED / "datasets/medquad/dev-questions.jsonl"
SEED_QUESTIONS = REPO / "eval/seed-questions.jsonl"
SEED_CORPUS = REPO / "corpus"
SUBSET_SEED = 7
SUBSET_OTHERS = 1500


def floor_embedder(index, settings):
    """The floor's embedder: the index's own model file (ONNX), as `query_embedder` opens it, but
    its own session, keeping no vectors (`app.embed.kept`), so the floor runs the model for every
    question and the ask timed beside it neither shares nor fills the floor's kept vectors."""
    from app.embed import make_embedder

    folder = index.folder if index.model_files else None
    return make_embedder(settings.backend, settings.embed_batch, folder)


def medquad_corpus() -> Path:
    """The full MedQuAD corpus folder, unpacked on first use."""
    folder = DATA / "medquad"
    if not folder.is_dir():
        DATA.mkdir(parents=True, exist_ok=True)
        with tarfile.open(MEDQUAD_TAR) as tar:
            tar.extractall(DATA, filter="data")
    return folder


def dev_doc_ids(questions: Path = DEV_QUESTIONS, first: int | None = None) -> set[str]:
    """The documents the dev questions (the first `first` of them, or all) refer to."""
    ids = set()
    for line in questions.read_text("utf-8").splitlines()[:first]:
        item = json.loads(line)
        ids.add(item["doc_id"])
        ids.update(t["doc_id"] for t in item.get("also_correct") or [] if t.get("doc_id"))
    return ids


def sample_corpus(
    name: str,
    others: int,
    seed: int = SUBSET_SEED,
    with_dev: bool = True,
    first: int | None = None,
) -> Path:
    """A copy of part of MedQuAD: every document the dev questions (the first `first`, or all)
    refer to (when with_dev), plus `others` more drawn at random with `seed`. Same arguments,
    same files."""
    full = medquad_corpus()
    folder = DATA / name
    if folder.is_dir():
        return folder
    files = sorted(full.rglob("*.md"))
    wanted = dev_doc_ids(first=first) if with_dev else set()
    chosen = [f for f in files if f.stem in wanted]
    rest = [f for f in files if f.stem not in wanted]
    chosen += random.Random(seed).sample(rest, min(others, len(rest)))
    tmp = DATA / f".{name}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    for f in chosen:
        target = tmp / f.relative_to(full)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(f, target)
    tmp.rename(folder)
    return folder


def medquad_subset() -> Path:
    """The fixed subset for variants that need a rebuild: dev documents + 1,500 others, seed 7."""
    return sample_corpus("medquad-subset", SUBSET_OTHERS)


def percentiles(seconds: list[float]) -> dict:
    ms = np.array(seconds) * 1000
    return {
        "n": len(ms),
        "p50_ms": float(np.percentile(ms, 50)),
        "p95_ms": float(np.percentile(ms, 95)),
        "p99_ms": float(np.percentile(ms, 99)),
        "mean_ms": float(ms.mean()),
    }


def peak_rss_mb(children: bool = False) -> float:
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def du_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def questions(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def machine() -> dict:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem = Path("/proc/meminfo").read_text().splitlines()[0].split()[1]
    versions = {}
    for mod in ("torch", "sentence_transformers", "transformers", "faiss", "onnxruntime", "numpy"):
        try:
            versions[mod] = __import__(mod).__version__
        except ImportError:
            versions[mod] = None
    rev = subprocess.run(
        ["git", "-C", str(REPO), "describe", "--always", "--dirty"], capture_output=True, text=True
    ).stdout.strip()
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gb": round(int(mem) / 1024**2, 1),
        "python": platform.python_version(),
        "git": rev,
        "load_avg": os.getloadavg(),
        **versions,
    }


def save_json(name: str, data: dict) -> Path:
    """Results go to bench/out/NAME.json (committed; ruff skips the folder)."""
    out = REPO / "bench" / "out"
    out.mkdir(exist_ok=True)
    path = out / f"{name}.json"
    path.write_text(json.dumps(data, indent=2, default=str), "utf-8")
    return path
