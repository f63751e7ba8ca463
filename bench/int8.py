"""Model files of the embedding variants the gate compares, each in its own folder as an index
generation holds them (`model.onnx` + `tokenizer.json`), made from the product's fp32 export:

  onnx                   the fp32 export itself
  int8                   every weight MatMul quantized (int8 per output channel, dynamic)
  int8-keep-ffn-out      ...except the six feed-forward output MatMuls, kept in fp32
  int8-keep-first-last   ...except every MatMul of the first and the last layer
  int8-keep-last         ...except every MatMul of the last layer

Quantization is `app.embed.onnx.quantize`, the product's own recipe with a `keep` list.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from app.embed import model_path
from app.embed.onnx import ensure_export, quantize
from bench.common import DATA


def _layer(i: int, parts=None) -> list[str]:
    parts = parts or (
        "attention/self/query",
        "attention/self/key",
        "attention/self/value",
        "attention/output/dense",
        "intermediate/dense",
        "output/dense",
    )
    return [f"/bert/encoder/layer.{i}/{p}/MatMul" for p in parts]


KEEP = {
    "int8": [],
    "int8-keep-ffn-out": [n for i in range(6) for n in _layer(i, ["output/dense"])],
    "int8-keep-first-last": _layer(0) + _layer(5),
    "int8-keep-last": _layer(5),
}


def model_folder(variant: str) -> Path:
    folder = DATA / "models" / variant
    if (folder / "model.onnx").is_file():
        return folder
    source = ensure_export(Path(model_path()))
    tmp = folder.with_name(f".{variant}.{os.getpid()}")
    tmp.mkdir(parents=True, exist_ok=True)
    if variant == "onnx":
        shutil.copyfile(source / "model.onnx", tmp / "model.onnx")
    else:
        quantize(source / "model.onnx", tmp / "model.onnx", KEEP[variant])
    shutil.copyfile(Path(model_path()) / "tokenizer.json", tmp / "tokenizer.json")
    tmp.rename(folder)
    return folder
