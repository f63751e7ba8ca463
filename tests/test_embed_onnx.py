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


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("onnx")  # one export for the module's tests


@pytest.mark.parametrize("quantized, floor", [(False, 0.9999), (True, 0.97)])
def test_onnx_matches_sentence_transformers(cache, reference, quantized, floor):
    from app.embed.onnx import OnnxEmbedder

    vectors = OnnxEmbedder(quantized=quantized, cache=cache).embed(TEXTS)
    assert vectors.shape == reference.shape and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-3)
    cosines = (vectors * reference).sum(axis=1)
    assert cosines.min() >= floor, cosines


@pytest.mark.parametrize("quantized", [False, True])
def test_a_texts_vector_does_not_depend_on_the_texts_beside_it(cache, quantized):
    """int8 scales a batch's activations together: in a batch, a question's vector moved with its
    neighbours (cosine 0.980-0.994 against itself alone), so a reply could depend on what other
    readers asked at the same moment. Each text is run alone: the same bits in any company."""
    from app.embed.onnx import OnnxEmbedder

    embedder = OnnxEmbedder(quantized=quantized, cache=cache)
    question = "does l-tyrosine help with focus? also how do i sleep better"
    alone = embedder.embed([question])[0]
    neighbours = ["hi", "what is dopamine", "tremors " * 120, *TEXTS]
    for other in neighbours:
        for batch in ([question, other], [other, question]):
            got = embedder.embed(batch)[batch.index(question)]
            if quantized:
                assert np.array_equal(got, alone), (other, float(got @ alone))
            else:  # fp32 batches: the same vector up to rounding
                assert float(got @ alone) > 0.99999, other
