"""Fewer model runs per question, the same vectors: kept vectors (`app.embed.kept`), a text asked
twice in one call run once, and a follow-up's context embedded only when something reads it
(`Query.reads_context`). BENCHMARKS.md section 13, "Task 11m"."""

from __future__ import annotations

import numpy as np
import pytest

from app import retrieve
from app.conversation import contextualize
from app.embed.kept import Kept

# --- the bound ------------------------------------------------------------------------------


def _v(x: float) -> np.ndarray:
    return np.full(4, x, dtype=np.float32)


def test_the_least_recently_used_text_goes_first():
    kept = Kept(2)
    kept.put("first", _v(1))
    kept.put("second", _v(2))
    assert kept.get("first") is not None  # now the more recent of the two
    kept.put("third", _v(3))
    assert len(kept) == 2
    assert kept.get("second") is None
    assert np.array_equal(kept.get("first"), _v(1))
    assert np.array_equal(kept.get("third"), _v(3))
    assert kept.hits == 3


def test_no_caller_can_change_a_kept_vector():
    kept = Kept(4)
    source = _v(5)
    kept.put("text", source)
    source[:] = 0  # the caller's array, changed after it was kept
    handed = kept.get("text")
    handed[:] = -1  # a copy handed out, changed by its reader
    assert np.array_equal(kept.get("text"), _v(5))


def test_size_zero_keeps_nothing():
    kept = Kept(0)
    kept.put("text", _v(1))
    assert len(kept) == 0 and kept.get("text") is None and kept.hits == 0


def test_a_text_put_again_is_kept_once():
    kept = Kept(3)
    for x in (1, 2, 3):
        kept.put("same", _v(x))
    assert len(kept) == 1 and np.array_equal(kept.get("same"), _v(3))


# --- a follow-up's context, embedded only when read ------------------------------------------


class Recording:
    name, dim = "recording", 4

    def __init__(self):
        self.texts: list[str] = []

    def embed(self, texts):
        self.texts += texts
        return np.zeros((len(texts), self.dim), np.float32)


def test_a_follow_up_on_a_new_topic_does_not_embed_its_context():
    query = contextualize("does levodopa stop working after years", ["how do doctors treat it"])
    assert query.context and query.alone and not query.leans
    assert not query.reads_context
    recording = Recording()
    vectors = retrieve.embed_queries(recording, [query])
    assert recording.texts == [query.text, query.text]  # the row is kept, the text not embedded
    assert vectors.shape == (2, 4)


@pytest.mark.parametrize(
    "question, history",
    [
        ("what causes it", ["what is a migraine aura"]),  # refers back
        ("and for teenagers?", ["how much sleep do adults need"]),  # names almost nothing
        ("is stiffness part of that", ["early signs of parkinsons"]),
    ],
)
def test_a_follow_up_that_leans_embeds_its_context(question, history):
    query = contextualize(question, history)
    assert query.reads_context
    recording = Recording()
    retrieve.embed_queries(recording, [query])
    assert recording.texts == [query.text, query.context]


def test_a_question_without_history_has_no_context_to_read():
    assert not contextualize("what is dopamine", []).reads_context


# --- with the real model -------------------------------------------------------------------


@pytest.mark.model
def test_a_kept_vector_is_the_bits_the_model_makes(seed_assistant):
    from app.embed.onnx import OnnxEmbedder

    folder = seed_assistant.index.folder
    plain = OnnxEmbedder(True, folder=folder)  # keeps nothing
    keeping = OnnxEmbedder(True, folder=folder, keep=8)
    texts = ["is it normal to feel shaky after coffee", "shaky", "what eases a stiff neck"]
    first = keeping.embed(texts)
    again = keeping.embed(["shaky", "a sentence never seen before", texts[0]])
    assert keeping.cache_info() == {"runs": 4, "hits": 2, "kept": 4}
    assert np.array_equal(first, plain.embed(texts))
    assert np.array_equal(again[0], first[1]) and np.array_equal(again[2], first[0])
    assert np.array_equal(again[1], plain.embed(["a sentence never seen before"])[0])


@pytest.mark.model
def test_a_text_twice_in_one_call_runs_once(seed_assistant):
    from app.embed.onnx import OnnxEmbedder

    embedder = OnnxEmbedder(True, folder=seed_assistant.index.folder)  # keeps nothing
    vectors = embedder.embed(["my knee clicks", "when i climb stairs", "my knee clicks"])
    assert embedder.cache_info()["runs"] == 2
    assert np.array_equal(vectors[0], vectors[2])
    assert np.array_equal(vectors[0], embedder.embed(["my knee clicks"])[0])


@pytest.mark.model
def test_an_embedder_that_batches_keeps_nothing(seed_assistant):
    """fp32 batches: a text's last bits depend on its company, so no vector is kept."""
    from app.embed.onnx import OnnxEmbedder

    embedder = OnnxEmbedder(False, folder=seed_assistant.index.folder, keep=8)
    embedder.embed(["my knee clicks", "my knee clicks"])
    assert embedder.cache_info()["kept"] == 0


@pytest.mark.model
def test_a_question_asked_again_runs_no_model(seed_assistant):
    embedder = seed_assistant.embedder
    question = "can poor sleep make tremors worse"
    first = seed_assistant.ask(question)
    runs = embedder.cache_info()["runs"]
    again = seed_assistant.ask(question)
    assert embedder.cache_info()["runs"] == runs
    assert again.to_dict() == first.to_dict()


@pytest.mark.model
@pytest.mark.parametrize(
    "question, history",
    [
        ("does levodopa stop working after years", ["how do doctors treat parkinsons"]),
        ("how much magnesium should an adult take", ["foods that boost dopamine"]),
        ("what are the side effects of sertraline", ["what meds treat parkinsons"]),
    ],
)
def test_an_unread_context_changes_no_reply(seed_assistant, monkeypatch, question, history):
    """The reply and the crisis reading are the same as with the context's own vector."""
    assert not contextualize(question, history).reads_context
    items = [(question, history, 3)]
    lean = seed_assistant.find_many(items)
    monkeypatch.setattr(retrieve, "_texts", _every_text)  # the context embedded, as before
    full = seed_assistant.find_many(items)
    assert lean == full  # every hit (scores, spans), the quotes chosen, the crisis reading
    assert seed_assistant._reply(question, lean[0]) == seed_assistant._reply(question, full[0])


def _every_text(query):
    return (query.text, query.context) if query.context else (query.text,)


def test_the_texts_themselves_are_not_kept():
    # Known by a digest: a reader's question does not stay in memory as text (SECURITY.md).
    from app.embed.kept import Kept

    kept = Kept(4)
    kept.put("my private question", np.ones(3, dtype=np.float32))
    assert kept.get("my private question") is not None
    assert all(isinstance(k, bytes) and b"private" not in k for k in kept._vectors)
