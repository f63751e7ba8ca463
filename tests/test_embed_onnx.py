"""The ONNX backends give the same vectors as sentence-transformers (fp32) or close ones (int8).
Exports the packaged model into tmp_path: nothing is downloaded."""

import numpy as np
import pytest

pytest.importorskip("onnxruntime", reason="pip install onnxruntime onnx (requirements-dev.txt)")
pytestmark = pytest.mark.model

TEXTS = ["What is dopamine deficiency?", "Tremors, loss of balance and muscle stiffness.", ""]


@pytest.fixture(scope="module")
def reference():
    from app.embed.sentence import SentenceEmbedder

    return SentenceEmbedder().embed(TEXTS)


@pytest.mark.parametrize("quantized, floor", [(False, 0.9999), (True, 0.97)])
def test_onnx_matches_sentence_transformers(tmp_path_factory, reference, quantized, floor):
    from app.embed.onnx import OnnxEmbedder

    cache = tmp_path_factory.mktemp("onnx")
    vectors = OnnxEmbedder(quantized=quantized, cache=cache).embed(TEXTS)
    assert vectors.shape == reference.shape and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-3)
    cosines = (vectors * reference).sum(axis=1)
    assert cosines.min() >= floor, cosines
