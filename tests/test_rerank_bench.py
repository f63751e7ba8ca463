"""bench/rerank.py (task 9s, an experiment the app does not use): the features read from a quote
window, the order a model gives, and its weights' round trip."""

import json

import pytest

from app.records import Hit, Passage
from bench import rerank


def window(text: str, score: float, section: str = "Care", title: str = "Low moods") -> Hit:
    p = Passage("doc#p-1", "doc", "p-1", title, section, 0, len(text), text)
    return Hit(p, score, score, 1.0, span=(0, len(text)), marks=((0, len(text)),), support=score)


def idf(term: str) -> float:
    return {"nurs": 2.0, "check": 1.0, "sleep": 3.0}.get(term, 0.5)


def column(rows, name):
    return [row[rerank.NAMES.index(name)] for row in rows]


def test_who_question_notes_a_role_noun_only_in_the_window_that_has_one():
    pool = [
        window("There is no blood test for a low mood.", 0.61),
        window("A school nurse or a family doctor can check it.", 0.60),
    ]
    rows = rerank.features(pool, "who could check my mood", idf)
    assert column(rows, "who_role") == [0.0, 1.0]
    assert column(rows, "rank") == [0.0, 1.0]
    assert column(rows, "gap")[1] == pytest.approx(-0.01)


def test_rare_word_share_counts_the_questions_key_words():
    pool = [window("Sleep matters for mood.", 0.5), window("Walking helps mood.", 0.49)]
    rows = rerank.features(pool, "does sleep help", idf)
    assert column(rows, "rare_marked")[0] > column(rows, "rare_marked")[1] == 0.0


def test_a_near_tie_goes_to_the_window_the_weights_favour():
    pool = [
        window("There is no blood test for a low mood.", 0.61),
        window("A school nurse or a family doctor can check it.", 0.60),
    ]
    n = len(rerank.NAMES)
    weights = [0.0] * n
    weights[rerank.NAMES.index("who_role")] = 1.0
    model = rerank.Reranker((0.0,) * n, (1.0,) * n, tuple(weights), 0.0)
    assert model.order(pool, "who could check my mood", idf) == [pool[1], pool[0]]
    assert model.order(pool, "is there a test for a low mood", idf) == pool  # ties keep the order


def test_weights_round_trip_and_a_stale_file_is_refused(tmp_path):
    n = len(rerank.NAMES)
    model = rerank.Reranker(tuple(range(n)), (2.0,) * n, (0.5,) * n, -1.0)
    path = tmp_path / "rerank.json"
    path.write_text(json.dumps(model.to_json()))
    assert rerank.load(path) == model
    path.write_text(json.dumps({**model.to_json(), "names": ["score"]}))
    with pytest.raises(ValueError):
        rerank.load(path)


def test_an_empty_pool_has_no_rows():
    assert rerank.features([], "anything", idf) == []
