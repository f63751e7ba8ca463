"""retrieve.py with the fake embedder: follow-up context, rank fusion, selection floors, dedup."""

from __future__ import annotations

import numpy as np
import pytest

from app import retrieve
from app.build import ensure_index
from app.config import Settings
from app.records import Hit, Passage
from app.retrieve import Query, contextualize, needs_context, search_many, select

SETTINGS = Settings(
    mode="hybrid", abstain_below=0.45, relative_floor=0.75, keyword_floor=0.2, top_k=3
)


def passage(n: int, text: str, section: str = "Section", title: str = "Title") -> Passage:
    return Passage(f"d#p-{n}", "d", f"p-{n}", title, section, 0, len(text), text)


def hit(n: int, score: float, text: str = "") -> Hit:
    return Hit(passage(n, text or f"distinct words number{n} only here"), score)


def test_a_question_after_others_carries_the_topic_and_whether_it_leans_on_it():
    """Every question after others gets the topic (evidence mode decides on the evidence whether
    it continues it); `leans` keeps the lexical rule the other modes and crisis patterns use."""
    assert not needs_context("How much sleep do adults need?")
    query = contextualize("How much sleep do adults need?", ["What is insomnia?"])
    context = "insomnia How much sleep do adults need?"
    assert query == Query(
        "How much sleep do adults need?", context, False, False, False, "insomnia"
    )
    assert contextualize("What is it?", []) == Query("What is it?")  # no history: nothing to add


def test_a_follow_up_is_read_with_the_earlier_questions():
    assert needs_context("What causes it?")  # refers back
    assert needs_context("And teenagers?")  # names almost nothing
    query = contextualize("What causes it?", ["a", "What is insomnia?", "How is it treated?"])
    assert query == Query(
        "What causes it?", "insomnia What causes it?", True, True, False, "insomnia", True
    )
    short = contextualize("teenagers?", ["How much sleep do adults need?"])
    assert short.context == "sleep adults teenagers?" and not short.anaphoric and short.leans


def test_a_follow_up_carries_the_topic_not_the_earlier_need():
    """ "What is X?" then "What causes it?": the new need is causes of X, not X's definition; a
    follow-up in the history carries no topic of its own; the topic a conversation opens with
    stays in front of a later one."""
    query = contextualize(
        "and how is it treated?", ["What is dopamine deficiency?", "What causes it?"]
    )
    assert query.context == "dopamine deficiency and how is it treated?"
    assert contextualize("why?", ["what?"]).context == "what? why?"  # no key word: as typed
    opened = ["is low dopamine linked to depression", "what are the physical symptoms"]
    assert retrieve.topic(opened) == "low dopamine linked depression physical symptoms"
    assert retrieve.topic(["it is bad", "what is insomnia"]) == "insomnia"  # refers back: no topic
    assert retrieve.topic(["insomnia causes", "insomnia treatment"]) == "insomnia causes treatment"


def test_weighted_reciprocal_rank_fusion_known_answer():
    fused = retrieve._rrf([([1, 2], 1.0), ([2, 3], 0.5)], k=60)
    assert fused == pytest.approx({1: 1 / 61, 2: 1 / 62 + 0.5 / 61, 3: 0.5 / 62})
    assert sorted(fused, key=fused.get, reverse=True) == [2, 1, 3]


def test_top_keeps_only_positive_scores_best_first():
    import numpy as np

    assert retrieve._top(np.array([0.0, 2.0, 1.0, 3.0, -1.0]), 2) == [3, 1]
    assert retrieve._top(np.array([0.0, 0.0]), 5) == []


def test_select_quotes_down_to_the_relative_floor():
    hits = [hit(1, 0.8), hit(2, 0.68), hit(3, 0.67), hit(4, 0.9)]
    chosen = select(hits, SETTINGS, top_k=3)
    assert [h.passage.anchor for h in chosen] == ["p-1", "p-2", "p-4"]  # 0.67 < 0.75 * 0.9
    assert len(select(hits, SETTINGS, top_k=1)) == 1


def test_select_abstains_below_the_floors():
    assert select([], SETTINGS, 3) == []
    assert select([hit(1, 0.44)], SETTINGS, 3, "how do I fix my car engine") == []
    assert select([hit(1, 0.19)], SETTINGS, 3, "levodopa") == []  # under the keyword floor


def test_a_keyword_query_is_answered_by_passages_that_contain_it():
    hits = [hit(1, 0.3, "Levodopa is a treatment."), hit(2, 0.35, "Nothing about it.")]
    chosen = select(hits, SETTINGS, 3, "levodopa")
    assert [h.passage.anchor for h in chosen] == ["p-1"]
    assert select(hits, SETTINGS, 3, "levodopa dose timing") == []  # too many terms for a keyword


def test_near_duplicates_are_quoted_once():
    same = "Regular sleep times help the body keep its rhythm every night"
    hits = [hit(1, 0.9, same), hit(2, 0.88, same + " too"), hit(3, 0.8)]
    assert [h.passage.anchor for h in select(hits, SETTINGS, 3)] == ["p-1", "p-3"]


def test_search_many_embeds_every_query_and_context_in_one_call(tiny_settings, fake):
    index, _ = ensure_index(tiny_settings, fake)
    fake.calls = 0
    queries = [
        Query("What helps with insomnia?"),
        contextualize("What helps with it?", ["What is insomnia?"]),
        "Signs of dehydration",
    ]
    results = search_many(index, fake, queries, tiny_settings)
    assert fake.calls == 1 and len(results) == 3
    for hits in results:
        assert hits and all(-1.0 <= h.score <= 1.0 for h in hits)
        assert [h.fused for h in hits] == sorted((h.fused for h in hits), reverse=True)
    assert results[0][0].passage.section == "What helps with insomnia?"
    assert results[2][0].passage.section == "Signs of Dehydration"
    assert search_many(index, fake, [], tiny_settings) == []


def test_search_modes_use_their_own_rankings(tiny_settings, fake):
    index, _ = ensure_index(tiny_settings, fake)
    for mode in ("dense", "bm25", "hybrid"):
        hits = search_many(index, fake, ["caffeine"], tiny_settings.with_(mode=mode))[0]
        assert "caffeine" in hits[0].passage.text.lower(), mode


class ThreadsSeen:
    """The index's vectors, noting the OpenMP threads FAISS may use at each search."""

    def __init__(self, vectors):
        self.vectors, self.seen = vectors, []

    def search(self, *args):
        import faiss

        self.seen.append(faiss.omp_get_max_threads())
        return self.vectors.search(*args)

    def __getattr__(self, name):
        return getattr(self.vectors, name)


def test_a_turns_few_vectors_are_searched_on_the_calling_thread_with_the_same_hits(
    tiny_settings, fake
):
    """A follow-up's two vectors made FAISS open a team of OpenMP threads: a fork and a join
    that cost milliseconds on busy cores, then a worker spinning. A few vectors are searched on
    the calling thread alone, with the hits of faiss's threads, and the thread's setting comes
    back; one vector (another way in faiss on a large index) and a large batch keep faiss's."""
    import dataclasses

    import faiss

    index, _ = ensure_index(tiny_settings, fake)
    queries = [contextualize("What helps with it?", ["What is insomnia?"]), "Signs of dehydration"]
    before = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(2)
    try:
        expected = search_many(index, fake, queries, tiny_settings)  # faiss's threads
        spy = ThreadsSeen(index.vectors)
        watched = dataclasses.replace(index, vectors=spy)
        assert search_many(watched, fake, queries, tiny_settings) == expected
        assert spy.seen == [1] and faiss.omp_get_max_threads() == 2
        many = np.stack([fake.embed([f"question {n}"])[0] for n in range(32)])
        retrieve.search_vectors(watched, many, 3)
        retrieve.search_vectors(watched, many[:1], 3)  # one vector: faiss's own way
        assert spy.seen == [1, 2, 2]
    finally:
        faiss.omp_set_num_threads(before)
