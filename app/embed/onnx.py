"""all-MiniLM-L6-v2 through onnxruntime: int8 ("onnx-int8", the default) or fp32 ("onnx").

Serving needs onnxruntime and the tokenizer only, never torch: an ONNX index generation holds its
own `model.onnx` and `tokenizer.json` (`FILES`), and `OnnxEmbedder(folder=generation)` reads them,
so a query is embedded by the very file that embedded the passages. Only `build` exports, when it
has no such file to reuse: the packaged model is exported once with `torch.onnx.export` (never
downloaded, no optimum) into a cache folder, `$XDG_CACHE_HOME/healthqa/onnx/<key>/` (default
`~/.cache/...`), where the key changes whenever the model file, the export recipe or the library
versions change; the export runs in a child process, so torch never enters the caller. The
exported graph includes the pooling: mean over the attention mask, then L2 normalisation, as
sentence-transformers does, so its output is the same unit vector. int8 is onnxruntime's dynamic
quantization of the MatMul weights, per output channel; activations are quantized at run time.
Every weight MatMul is quantized: keeping the sensitive ones in fp32 (the feed-forward outputs, the
first and last layers) brought the vectors closer to fp32 but gave back most of the speed
(bench/int8.py, BENCHMARKS.md section 11), and int8 passed the quality gate without it.

With `keep`, the int8 vectors of the last `keep` distinct texts are kept (`app.embed.kept`), so a
question asked again runs no model; `query_embedder` keeps them for answering, `build` does not.

Left out: GPU providers, graph fusion beyond what onnxruntime does on load, static quantization.
Runtime: onnxruntime's default threads (one per core), with idle threads sleeping, not spinning
(one thread: less CPU but a slower question; spinning: 2.5-6x the CPU; BENCHMARKS.md section 13).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import warnings
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import numpy as np

from app.embed.kept import Kept
from app.embed.model import DIM, MODEL_NAME, model_path, offline
from app.errors import ModelUnavailable

RECIPE = "1"  # bump when the export or quantization recipe changes
MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json)
OPSET = 17
KEEP_FP32: tuple[str, ...] = ()  # MatMul nodes int8 leaves in fp32 (bench/gate.py chose them)
FILES = ("model.onnx", "tokenizer.json")  # what an ONNX index generation holds


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "healthqa" / "onnx"


def cache_key(model_dir: Path) -> str:
    """Changes with the weights file, the recipe and the library versions (read from the installed
    packages' metadata: nothing is imported)."""
    weights = model_dir / "model.safetensors"
    stat = weights.stat()
    parts = [RECIPE, str(stat.st_size), str(stat.st_mtime_ns), str(model_dir)]
    parts += [_version("torch"), _version("onnxruntime")]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "-"


def _pooled(model_dir: Path):
    """Transformer + masked mean pooling + L2 normalisation, as one torch module to export."""
    import torch
    from transformers import AutoModel

    class Pooled(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.bert = AutoModel.from_pretrained(str(model_dir), local_files_only=True)

        def forward(self, input_ids, attention_mask, token_type_ids):
            out = self.bert(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(out.dtype)
            mean = (out * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2.0, dim=1)

    return Pooled().eval()


def export(model_dir: Path, folder: Path) -> None:
    """Write folder/model.onnx (fp32) and folder/model-int8.onnx, each atomically; quietly (the
    exporter's and the quantizer's advice is for other models)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        root = logging.getLogger()
        level = root.level
        root.setLevel(logging.ERROR)
        try:
            _export(model_dir, folder)
        finally:
            root.setLevel(level)


def _export(model_dir: Path, folder: Path) -> None:
    import torch

    folder.mkdir(parents=True, exist_ok=True)
    module = _pooled(model_dir)
    ids = torch.ones((2, 8), dtype=torch.long)
    axes = {0: "batch", 1: "tokens"}
    fp32 = folder / "model.onnx"
    tmp = folder / f"model.onnx.{os.getpid()}.tmp"
    with torch.no_grad():
        torch.onnx.export(
            module,
            (ids, torch.ones_like(ids), torch.zeros_like(ids)),
            str(tmp),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["embedding"],
            dynamic_axes={
                "input_ids": axes,
                "attention_mask": axes,
                "token_type_ids": axes,
                "embedding": {0: "batch"},
            },
            opset_version=OPSET,
            dynamo=False,
            do_constant_folding=True,
        )
    os.replace(tmp, fp32)
    tmp = folder / f"model-int8.onnx.{os.getpid()}.tmp"
    quantize(fp32, tmp, KEEP_FP32)
    os.replace(tmp, folder / "model-int8.onnx")
    info = {"model": MODEL_NAME, "source": str(model_dir), "recipe": RECIPE, "opset": OPSET}
    (folder / "export.json").write_text(json.dumps(info, indent=2), "utf-8")


def quantize(fp32: Path, out: Path, keep: Sequence[str] = ()) -> None:
    """Dynamic int8 quantization of the weight MatMuls, per output channel, except the nodes in
    `keep` (left in fp32)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(
        fp32,
        out,
        op_types_to_quantize=["MatMul"],
        per_channel=True,
        weight_type=QuantType.QInt8,
        nodes_to_exclude=list(keep),
    )


def ensure_export(model_dir: Path, root: Path | None = None) -> Path:
    """The cache folder holding both ONNX files, exporting them first if needed (one process at a
    time, under a lock). The export runs in a child process, so torch is never imported into the
    caller: a `serve` that builds its first index stays torch-free."""
    from filelock import FileLock

    folder = (root or cache_root()) / cache_key(model_dir)
    if (folder / "export.json").is_file():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    with FileLock(str(folder / ".export.lock"), timeout=600):
        if not (folder / "export.json").is_file():
            try:
                _in_child(export, model_dir, folder)
            except (RuntimeError, OSError, ValueError) as err:  # BrokenProcessPool included
                raise ModelUnavailable(f"cannot export the model to ONNX: {err}") from err
    return folder


def _in_child(function, *args) -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        pool.submit(function, *args).result()


class OnnxEmbedder:
    """`embed(texts)` through onnxruntime on the CPU; same vectors as SentenceEmbedder (fp32) or
    close to them (int8). `folder` holds `FILES` (an index generation); without it, the export
    cache is used, exporting first if needed (which needs torch)."""

    dim = DIM

    def __init__(
        self,
        quantized: bool = False,
        batch_size: int = 32,
        cache: Path | None = None,
        folder: Path | None = None,
        keep: int = 0,
    ):
        self.name = MODEL_NAME
        self.backend = "onnx-int8" if quantized else "onnx"
        self.batch_size = batch_size
        self.cache = cache
        self.folder = folder
        self._quantized = quantized
        self._session = None
        self._tokenizer = None
        self._pool: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        # int8 only: a text's int8 vector is the same bits in any company (each text runs alone)
        self._kept = Kept(keep if quantized else 0)
        self.runs = 0  # texts the model has run (int8)

    def files(self) -> dict[str, Path]:
        """The ONNX model and tokenizer this embedder runs: to be stored with the index."""
        if self.folder is not None:
            return {name: self.folder / name for name in FILES}
        offline()
        model_dir = Path(model_path())
        exported = ensure_export(model_dir, self.cache)
        name = "model-int8.onnx" if self._quantized else "model.onnx"
        return {"model.onnx": exported / name, "tokenizer.json": model_dir / "tokenizer.json"}

    def _load(self):
        with self._lock:
            if self._session is None:
                try:
                    import onnxruntime
                    import tokenizers  # noqa: F401 (the check: _tokenizer imports it)
                except ImportError as err:
                    raise ModelUnavailable(
                        f"the {self.backend} backend needs onnxruntime and tokenizers: {err}"
                    ) from err
                files = self.files()
                self._tokenizer = _tokenizer(files["tokenizer.json"])
                self._session = _session(onnxruntime, files["model.onnx"])
        return self._session, self._tokenizer

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        session, tokenizer = self._load()
        # int8 runs each text alone: its model quantizes activations with one scale per tensor,
        # so in a batch a text's vector moved with the texts beside it (cosine 0.980 against
        # itself alone on seed questions) and a reply or a crisis score could depend on what
        # other readers asked at the same moment. Two texts run at a time: about as fast as a
        # batch for questions (0.71-1.01 against 0.59-0.80 ms each; 1.26-1.62 one after the
        # other) and faster for passages (no padding), with the same bits in any order.
        # A single text runs on the calling thread: handing it to the pool and waiting for it
        # cost a thread wake-up both ways for nothing (BENCHMARKS.md section 13, "Task 11l").
        # A text already run is not run again: its vector is kept (`keep`, the last texts; the
        # same bits, as each runs alone) and a text twice in one call runs once ("Task 11m").
        if self._quantized:
            return self._each_alone(texts, out)
        # Longest first, so each batch pads to similar lengths (as sentence-transformers does).
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        for start in range(0, len(order), self.batch_size):
            rows = order[start : start + self.batch_size]
            out[rows] = self._run(session, tokenizer, [texts[i] for i in rows])
        return out

    def _each_alone(self, texts: Sequence[str], out: np.ndarray) -> np.ndarray:
        """int8: each distinct text not kept (`app.embed.kept`) runs once, alone; one on the
        calling thread, several two at a time on the pool."""
        rows: dict[str, list[int]] = {}
        for row, text in enumerate(texts):
            vector = self._kept.get(text)
            if vector is None:
                rows.setdefault(text, []).append(row)
            else:
                out[row] = vector
        new = list(rows)
        if len(new) > 1:
            vectors = self._alone().map(self._one, new)
        else:
            vectors = [self._one(text) for text in new]
        for text, vector in zip(new, vectors, strict=True):
            out[rows[text]] = vector
            self._kept.put(text, vector)
        with self._lock:
            self.runs += len(new)
        return out

    def cache_info(self) -> dict[str, int]:
        """Texts run by the model, texts answered from the kept vectors, texts kept."""
        return {"runs": self.runs, "hits": self._kept.hits, "kept": len(self._kept)}

    def _one(self, text: str) -> np.ndarray:
        return self._run(self._session, self._tokenizer, [text])[0]

    def _alone(self) -> ThreadPoolExecutor:
        """The threads that run texts alone (onnxruntime's `run` may be called concurrently)."""
        with self._lock:
            if self._pool is None:
                workers = min(2, os.cpu_count() or 1)
                self._pool = ThreadPoolExecutor(workers, thread_name_prefix="healthqa-embed")
        return self._pool

    @staticmethod
    def _run(session, tokenizer, texts: list[str]) -> np.ndarray:
        encoded = tokenizer.encode_batch(texts)
        feeds = {
            "input_ids": np.array([e.ids for e in encoded], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encoded], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in encoded], dtype=np.int64),
        }
        (vectors,) = session.run(None, feeds)
        return vectors


def _tokenizer(path: Path):
    # One thread: a tokenizer that fans a batch out to its thread pool waited for those threads
    # on busy cores - 10 ms (p50) to 36 ms (p90) to tokenize a follow-up's two texts, against
    # 0.14 ms without (load ~15 on 2 cores); onnxruntime's threads do the heavy work anyway.
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from tokenizers import Tokenizer

    try:
        tokenizer = Tokenizer.from_file(str(path))
    except Exception as err:  # tokenizers raises its own untyped Exception for a bad file
        raise ModelUnavailable(f"cannot read the tokenizer {path}: {err}") from err
    tokenizer.enable_truncation(MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    return tokenizer


# The int8 model's MatMuls multiply uint8 activations by int8 weights (U8S8). With AVX-512 VNNI
# that product is exact; on x86 CPUs without VNNI (AVX2 only, e.g. an AMD EPYC) onnxruntime's fast
# U8S8 kernel saturates pairs of products to 16 bits, so the same model and text gave other vectors:
# 7 answer tests and 2 crisis tests failed on an AVX2 machine on the code of ebb0ad1 (second
# session of 2026-12-05). This option makes onnxruntime use the exact (slower) U8U8 kernel where
# U8S8 would saturate and changes nothing where VNNI is present; the model file is unchanged.
EXACT_INT8 = ("session.x64quantprecision", "1")


def _session(onnxruntime, path: Path):
    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3
    # Idle worker threads sleep instead of spinning: on shared cores (other workers, other
    # processes) spinning took the CPU a query needed - one query 18-33 ms with it, ~10 ms without
    # (bench/out/light.json); batches gain too.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    # Exact int8 products on every x86 CPU (`EXACT_INT8`).
    options.add_session_config_entry(*EXACT_INT8)
    try:
        return onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    except Exception as err:  # onnxruntime raises its own untyped errors for a bad file
        raise ModelUnavailable(f"cannot load the ONNX model {path}: {err}") from err
