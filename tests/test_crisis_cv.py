"""The bank's cross-validation helpers without the model (bench/crisis_cv.py) and the appending of
the labelled sets (bench/crisis_add_sets.py): batched scores equal the detector's own, the budget
counts only the bank's own ordinary lines, and appending skips twins and two-sided texts."""

import numpy as np

from app.safety.bank import Example
from app.safety.meaning import NearestExamples
from bench import crisis_add_sets, crisis_cv


def _unit(rows: int, seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=(rows, 16)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_batched_scores_equal_the_detectors_own():
    bank = [Example(f"line {i}", "suicide" if i % 3 else "none") for i in range(40)]
    vectors, queries = _unit(40, 0), _unit(700, 1)  # more than one block of 512
    crisis = np.array([e.crisis for e in bank])
    for k in (1, 3, 7, 20):
        own = NearestExamples(bank, vectors, k).scores(queries)
        batched = crisis_cv.knn_scores(vectors[crisis], vectors[~crisis], queries, k)
        assert np.allclose(own, batched, atol=1e-5)


def test_out_of_fold_scores_leave_the_fold_out():
    bank = [Example(f"line {i}", "none" if i % 2 else "overdose") for i in range(30)]
    vectors = _unit(30, 2)
    fold = np.arange(30) % crisis_cv.FOLDS
    scores = crisis_cv.out_of_fold(bank, vectors, fold, 3)
    for i in (0, 7, 29):
        rest = [e for e, f in zip(bank, fold, strict=True) if f != fold[i]]
        own = NearestExamples(rest, vectors[fold != fold[i]], 3).judge(vectors[i]).score
        assert abs(scores[i] - own) < 1e-5


def test_the_budget_counts_the_banks_own_ordinary_lines():
    bank = [
        Example("a", "none"),
        Example("b", "none", source="eval/crisis/heldout-3.jsonl"),
        Example("c", "suicide"),
        Example("d", "suicide", source="eval/crisis/heldout-3.jsonl"),
    ]
    assert crisis_cv.budgeted(bank).tolist() == [True, False, False, False]


def test_appending_skips_twins_and_texts_labelled_on_both_sides():
    bank = [Example("I want to die", "suicide"), Example("how do i bake bread", "none")]
    sets = {
        "eval/crisis/a.jsonl": [
            Example("i  want to DIE", "suicide"),  # a twin of a bank line
            Example("he hit me again", "violence"),
            Example("what is an overdose", "none"),
        ],
        "eval/crisis/b.jsonl": [
            Example("He hit me again", "violence"),  # a twin of an earlier set's line
            Example("what is an overdose", "overdose"),  # ordinary in a, crisis here
            Example("my chest hurts and my arm is numb", "medical"),
        ],
    }
    lines = crisis_add_sets.new_lines(bank, sets, crisis_only=False)
    assert lines == [
        {"text": "he hit me again", "category": "violence", "source": "eval/crisis/a.jsonl"},
        {
            "text": "my chest hurts and my arm is numb",
            "category": "medical",
            "source": "eval/crisis/b.jsonl",
        },
    ]
    again = bank + [Example(x["text"], x["category"], source=x["source"]) for x in lines]
    assert crisis_add_sets.new_lines(again, sets, crisis_only=False) == []
    only = crisis_add_sets.new_lines(bank, {"s": [Example("fine", "none")]}, crisis_only=True)
    assert only == []


def test_a_buried_crisis_joins_the_bank_without_its_carrier_question():
    """`crisis_parts` keeps the part the patterns flag or that scores at the threshold; the
    ordinary carrier question is dropped, and a cut text on the other side is not added."""
    from app.embed.fake import FakeEmbedder
    from app.safety.meaning import NearestExamples
    from bench.crisis_bank_parts import crisis_parts, kept

    assert kept(["a b c", "d e f"], [0.01, 0.2], [False, False], 0.1) == [1]
    assert kept(["a b c", "d e f"], [0.01, 0.02], [True, False], 0.1) == [0]
    assert kept(["a b c", "d e f"], [0.03, 0.02], [False, False], 0.1) == [0]  # the best
    embedder = FakeEmbedder()
    bank = [
        Example("what is a good dose of tyrosine for focus", "none"),
        Example("i want to kill myself tonight", "suicide"),
    ]
    nearest = NearestExamples(bank, np.asarray(embedder.embed([e.text for e in bank])), 1)
    buried = Example(
        "whats a good dose of tyrosine for focus? also i want to kill myself", "suicide"
    )
    whole = Example("i want to die. i took all my pills", "overdose")  # every part flagged
    ordinary = Example("whats a good dose of tyrosine? asking for focus", "none")
    cut = crisis_parts([buried, whole, ordinary], embedder, nearest, 0.1)
    assert [e.text for e in cut] == ["also i want to kill myself", whole.text, ordinary.text]
    sets = {"eval/crisis/x.jsonl": [buried, Example("also i want to kill myself", "none")]}
    cutter = lambda lines: crisis_parts(lines, embedder, nearest, 0.1)  # noqa: E731
    assert crisis_add_sets.new_lines(bank, sets, False, cutter) == [
        {"text": "also i want to kill myself", "category": "none", "source": "eval/crisis/x.jsonl"}
    ]


def test_the_benchmarks_add_the_sets_cut_with_the_vectors_of_the_cut_lines():
    from app.embed.fake import FakeEmbedder
    from app.safety.meaning import NearestExamples
    from bench.crisis_bank_parts import cut_sets

    embedder = FakeEmbedder()
    bank = [Example("how much tyrosine a day", "none"), Example("i want to die", "suicide")]
    nearest = NearestExamples(bank, np.asarray(embedder.embed([e.text for e in bank])), 1)
    buried = Example("how much tyrosine a day? also i want to die tonight", "suicide")
    data = {"s": [buried, Example("fine thanks", "none")], "seed": [buried]}
    stored = {n: np.zeros((len(ex), embedder.dim), np.float32) for n, ex in data.items()}
    out = cut_sets(data, ("seed",), stored, embedder, nearest, 0.1)
    assert out["s"][0].text == "also i want to die tonight" and out["seed"] == [buried]
    want = np.asarray(embedder.embed(["also i want to die tonight"])[0])
    assert np.allclose(stored["s"][0], want, atol=1e-3) and not stored["s"][1].any()
    assert not stored["seed"].any()  # a public set is never cut
