"""The trained head of the meaning detector (app/safety/head.py, bench/crisis_head.py) without the
model: numpy scoring equals scikit-learn's, known answers per category through the detector, the
stored arrays round-trip, typed variants, folds that keep a line's variants out of its own model,
and the shipped calibration and head files agree with each other and with the bank."""

import numpy as np
import pytest

from app.embed.fake import FakeEmbedder
from app.errors import BadSetting
from app.safety import Detector, detector, head
from app.safety.bank import CATEGORIES, LABELS, Example, fingerprint, load_bank
from app.safety.head import Head, load_head, save_head
from bench import crisis_cv, crisis_head

pytest.importorskip("sklearn")

LINES = {  # a tiny bank: three lines per label, each label with its own words
    "suicide": ["i want to end my life", "thinking about ending my life", "end it all tonight"],
    "self_harm": ["i cut my arms again", "cutting my arms with a blade", "cut myself with a blade"],
    "overdose": ["swallowed the whole bottle of pills", "took all my pills at once", "ate pills"],
    "medical": ["he collapsed and isnt breathing", "she stopped breathing collapsed", "no pulse"],
    "sexual_assault": ["he raped me last night", "i was raped at a party", "raped by my ex"],
    "violence": ["my husband beats me", "he beats me and threatens me", "beats me every night"],
    "none": [
        "how do i bake bread",
        "best bread recipe",
        "what is a good pizza dough",
        "bake a cake",
    ],
}
KNOWN = {  # per category: a message sharing words with that category's lines only
    "suicide": "i keep thinking about ending my life",
    "self_harm": "i used a blade to cut my arms",
    "overdose": "my sister swallowed a bottle of pills",
    "medical": "dad collapsed and isnt breathing",
    "sexual_assault": "a guy raped me at the party",
    "violence": "my husband beats me when he drinks",
}


@pytest.fixture(scope="module")
def tiny():
    fake = FakeEmbedder()
    bank = [Example(t, label) for label, texts in LINES.items() for t in texts]
    vectors = fake.embed([e.text for e in bank])
    return fake, bank, vectors


def test_numpy_scoring_equals_scikit_learn(tiny):
    from sklearn.linear_model import LogisticRegression

    fake, bank, vectors = tiny
    labels = [e.category for e in bank]
    trained = crisis_head.fit(vectors, labels)
    model = LogisticRegression(C=crisis_head.C, class_weight="balanced", max_iter=5000)
    model.fit(vectors, labels)
    test = fake.embed([*KNOWN.values(), "how do i bake bread", "pizza dough"])
    p_none = model.predict_proba(test)[:, list(model.classes_).index("none")]
    expected = np.log(1 - p_none) - np.log(p_none)
    got = np.array([trained.logit(v) for v in test])
    np.testing.assert_allclose(got, expected, rtol=1e-4, atol=1e-4)
    assert trained.weights.shape == (len(LABELS), fake.dim) and trained.none == LABELS.index("none")


@pytest.mark.parametrize("category", CATEGORIES)
def test_known_answers_per_category_with_the_head(tiny, category):
    fake, bank, vectors = tiny
    trained = crisis_head.fit(vectors, [e.category for e in bank])
    found = Detector(bank, fake, threshold=0.05, k=1, head=trained.with_scale(0.01, 0.0))
    message = KNOWN[category]
    judged = found.detect(message, fake.embed([message])[0])
    assert judged.crisis and judged.categories[0] == category and "meaning" in judged.by
    ordinary = "whats a good bread to bake"
    assert not found.detect(ordinary, fake.embed([ordinary])[0]).crisis


def test_the_head_moves_the_score_by_half_its_mapped_logit(tiny):
    fake, bank, vectors = tiny
    trained = crisis_head.fit(vectors, [e.category for e in bank]).with_scale(0.02, -0.01)
    vector = fake.embed(["i want to end my life tonight"])[0]
    plain = Detector(bank, fake, k=2).nearest().judge(vector).score
    both = Detector(bank, fake, k=2, head=trained).nearest().judge(vector).score
    assert both == pytest.approx((plain + 0.02 * trained.logit(vector) - 0.01) / 2)


def test_the_stored_head_round_trips(tiny, tmp_path):
    fake, bank, vectors = tiny
    trained = crisis_head.fit(vectors, [e.category for e in bank]).with_scale(0.5, 0.25)
    path = tmp_path / "head.npz"
    save_head(trained, LABELS, path)
    again = load_head(path)
    vector = fake.embed(["he beats me"])[0]
    assert again.score(vector) == pytest.approx(trained.score(vector), abs=1e-6)
    assert (again.none, again.scale, again.shift) == (trained.none, 0.5, 0.25)
    assert load_head(tmp_path / "missing.npz") is None


def test_variants_are_plain_typed_and_fixed():
    line = "I can't stop thinking about it, honestly."
    out = crisis_head.variants(line)
    assert out[0] == "i cant stop thinking about it honestly"
    assert len(out) == 2 and out[1] != out[0] and len(out[1].split()) == len(out[0].split())
    assert crisis_head.variants(line) == out  # the same every time (no random seed)
    assert "i want to die" not in crisis_head.variants("i want to die")
    assert crisis_head.variants("") == []


def test_a_held_out_fold_never_trains_on_its_own_variants(tiny):
    fake, bank, vectors = tiny
    fold = np.arange(len(bank)) % crisis_cv.FOLDS
    variant_of, texts = crisis_head.augmented(bank)
    variants = fake.embed(texts)
    seen = []

    def fit(train, labels):
        seen.append(train)
        return lambda test: np.zeros(len(test))

    crisis_cv.out_of_fold_fit(bank, vectors, fold, fit, (variant_of, variants))
    for f, train in enumerate(seen):
        own = variants[fold[variant_of] == f]
        others = variants[fold[variant_of] != f]
        rows = {r.tobytes() for r in train}
        assert own.size and not any(v.tobytes() in rows for v in own)
        assert all(v.tobytes() in rows for v in others)


def test_a_calibration_naming_a_missing_head_is_refused(monkeypatch, tmp_path):
    calibration = {"model": "fake-hashing", "threshold": 0.1, "k": 3, "head": "bank-head.npz"}
    monkeypatch.setattr(detector, "read_calibration", lambda: calibration)
    monkeypatch.setattr(detector, "load_head", lambda: None)
    with pytest.raises(BadSetting, match="bank-head.npz"):
        Detector.open(FakeEmbedder())


def test_the_shipped_head_matches_the_calibration_and_the_bank():
    """A head ships only when calibration.json names it, trained on the bank as it is now."""
    calibration = detector.read_calibration()
    shipped = load_head()
    if calibration.get("head"):
        assert calibration["method"] == "knn+head"
        assert shipped is not None
        assert shipped.fingerprint == fingerprint(load_bank(), calibration["model"])
    else:
        assert calibration["method"] == "knn"
        assert not head.HEAD.exists()  # no stale head beside the bank


def test_scale_onto_matches_median_and_90th_percentile():
    rng = np.random.default_rng(0)
    logits, knn = rng.normal(size=200), rng.normal(size=200) * 0.03
    ordinary = np.ones(200, dtype=bool)
    scale, shift = crisis_head.scale_onto(logits, knn, ordinary)
    mapped = scale * logits + shift
    np.testing.assert_allclose(
        np.quantile(mapped, [0.5, 0.9]), np.quantile(knn, [0.5, 0.9]), atol=1e-9
    )


def test_a_head_is_a_plain_record():
    h = Head(np.zeros((7, 4), np.float32), np.zeros(7, np.float32), 6)
    assert h.logit(np.ones(4, np.float32)) == pytest.approx(np.log(6.0))  # uniform: 6 to 1
