"""Where an int8 text is run (`OnnxEmbedder` with a stand-in session: no model needed): a single
text on the calling thread, several on the pool, each alone, the same vectors either way."""

from __future__ import annotations

import threading
from types import SimpleNamespace

import numpy as np

from app.embed.onnx import OnnxEmbedder


class Session:
    """Gives each text a vector made from its token ids; notes the thread each run is on."""

    def __init__(self):
        self.threads: list[str] = []

    def run(self, _outputs, feeds):
        self.threads.append(threading.current_thread().name)
        ids = feeds["input_ids"].astype(np.float32)
        vector = np.zeros((len(ids), 384), dtype=np.float32)
        vector[:, : ids.shape[1]] = ids
        return [vector]


class Tokenizer:
    def encode_batch(self, texts):
        return [
            SimpleNamespace(ids=[len(w) for w in t.split()], attention_mask=[1], type_ids=[0])
            for t in texts
        ]


def embedder() -> tuple[OnnxEmbedder, Session]:
    e = OnnxEmbedder(quantized=True)
    e._session, e._tokenizer = Session(), Tokenizer()
    return e, e._session


def test_a_single_text_runs_on_the_calling_thread_without_the_pool():
    """The pool hop cost a thread wake-up each way for a question's one text; now it is run where
    it is asked, with the vector it gets beside other texts."""
    e, session = embedder()
    alone = e.embed(["what helps a sore throat"])
    assert session.threads == [threading.current_thread().name]
    assert e._pool is None  # no pool was even started
    both = e.embed(["what helps a sore throat", "and for a child"])
    assert np.array_equal(both[0], alone[0])
    assert all(name.startswith("healthqa-embed") for name in session.threads[1:])
    assert len(session.threads) == 3
