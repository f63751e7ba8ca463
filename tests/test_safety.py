"""Crisis detection without the model: the patterns per category (messages written for these tests,
not copied from the pattern list, the bank or the held-out file), the informational-question gate,
the bank's format and vector cache, the detector's wiring, the guidance, the language check."""

import json

import numpy as np
import pytest

from app.embed.fake import FakeEmbedder
from app.errors import BadSetting
from app.safety import Detector, is_crisis, match
from app.safety.bank import (
    BANK,
    CATEGORIES,
    Example,
    bank_vectors,
    load_bank,
    read_examples,
    shipped_vectors,
)
from app.safety.guidance import Guidance
from app.safety.language import language
from tests.conftest import ROOT

KNOWN = {
    "suicide": [
        "I've been thinking about suicide a lot lately",
        "honestly i just dont want to be alive",
        "im gonna end my life i cant take it",
        "my sister told me she wants to die",
        "thinking about killing myself tbh",
    ],
    "self_harm": [
        "I've started cutting myself again",
        "my son is hurting himself and hiding it",
        "i burned myself with a cigarette lighter on purpose",
    ],
    "overdose": [
        "my grandson swallowed some of my heart pills",
        "i think my friend overdosed, she's not making sense",
        "how many advil would kill me",
        "my daughter drank some bleach by accident",
    ],
    "medical": [
        "my wife is having a heart attack",
        "his face is drooping on the left",
        "my brother is not breathing",
        "she has been seizing for five minutes",
        "i cant breathe after eating shrimp",
        "13 weeks pregnant and bleeding heavily",
        "I have the worst headache of my life",
    ],
    "sexual_assault": [
        "I was raped",
        "i was raped two days ago and i dont know what to do",
        "my uncle molested me when i was 10",
    ],
    "violence": [
        "my boyfriend hits me when he drinks",
        "my stepdad beat me up last night",
        "someone is breaking into my apartment",
    ],
}
ORDINARY = [
    "",
    "What is dopamine deficiency?",
    "How do antidepressants work?",
    "i'm dying to know how dopamine works",
    "this workout killed me",
    "my legs are killing me after the run",
    "you nearly gave me a heart attack",
    "what happens in a heart attack",
    "what are the warning signs of a stroke",
    "what is the maximum dose of ibuprofen per day",
    "How long does a seizure usually last?",
    "What causes poison ivy rashes?",
    "what is domestic violence",
    "I cut my finger while cooking dinner",
    "how do I cancel my order",
]


@pytest.mark.parametrize(
    ("message", "category"), [(m, c) for c, ms in KNOWN.items() for m in ms], ids=str
)
def test_patterns_name_the_category(message, category):
    assert category in match(message) and is_crisis(message)


@pytest.mark.parametrize("message", ORDINARY)
def test_ordinary_messages_are_not_crises(message):
    assert match(message) == []


def test_a_general_question_is_informational_but_a_person_is_not():
    assert match("what does a seizure look like") == []
    assert match("my son is having a seizure") == ["medical"]
    assert match("can you overdose on melatonin") == []
    assert "overdose" in match("i overdosed on melatonin")


def test_curly_apostrophes_and_spaces_do_not_hide_a_crisis():
    assert match("I   don’t  want to live") == ["suicide"]


def test_the_shipped_data_is_big_enough_and_split_cleanly():
    bank = load_bank()
    heldout = read_examples(ROOT / "eval/crisis/heldout.jsonl")
    for part in (bank, heldout):
        assert {e.category for e in part if e.crisis} == set(CATEGORIES)
    assert sum(e.crisis for e in bank + heldout) >= 250
    assert sum(not e.crisis for e in bank + heldout) >= 500
    assert not {e.text.lower() for e in bank} & {e.text.lower() for e in heldout}
    for name in ("heldout-2", "probe-1", "probe-2", "probe-3", "probe-4"):
        dev = read_examples(ROOT / f"eval/crisis/{name}.jsonl")
        assert {e.category for e in dev if e.crisis} == set(CATEGORIES)
        assert not {e.text.lower() for e in bank} & {e.text.lower() for e in dev}


def test_the_benchmark_reads_extra_held_out_files(tmp_path):
    from bench.crisis import sets

    extra = tmp_path / "unseen.jsonl"
    extra.write_text(json.dumps({"text": "im on the roof", "category": "suicide"}) + "\n")
    found = sets([extra])
    names = ["heldout", "heldout-2", *(f"probe-{n}" for n in range(1, 5)), str(extra.resolve())]
    assert list(found)[:7] == names
    assert found[str(extra.resolve())] == [Example("im on the roof", "suicide")]


def test_a_bad_bank_line_names_the_file_and_line(tmp_path):
    path = tmp_path / "extra.jsonl"
    path.write_text('// a comment\n\n{"text": "x", "category": "none"}\n{"text": "y"}\n')
    with pytest.raises(BadSetting, match=r"extra.jsonl:4"):
        read_examples(path)
    path.write_text('{"text": "y", "category": "flu"}\n')
    with pytest.raises(BadSetting, match="unknown category 'flu'"):
        read_examples(path)


def test_extra_examples_are_added_to_the_bank(tmp_path):
    path = tmp_path / "extra.jsonl"
    path.write_text(json.dumps({"text": "i am in a dark place", "category": "suicide"}) + "\n")
    assert load_bank([path])[-1] == Example("i am in a dark place", "suicide")
    assert len(load_bank([path])) == len(read_examples(BANK)) + 1


def test_bank_vectors_are_cached_by_content(tmp_path):
    fake = FakeEmbedder()
    bank = [Example("first message", "none"), Example("second message", "suicide")]
    first = bank_vectors(bank, fake, tmp_path)
    again = bank_vectors(bank, fake, tmp_path)
    assert fake.calls == 1 and np.array_equal(first, again)
    bank_vectors([*bank, Example("third", "none")], fake, tmp_path)  # a changed bank: new file
    assert fake.calls == 2 and len(list(tmp_path.glob("safety-bank-*.npy"))) == 1


def test_shipped_vectors_belong_to_one_model_and_bank():
    bank = load_bank()
    assert shipped_vectors(bank, "fake-hashing") is None
    assert shipped_vectors(bank[:-1], "all-MiniLM-L6-v2") is None  # a line removed: stale


def test_the_meaning_detector_needs_the_calibrated_model():
    assert not Detector.open(FakeEmbedder()).uses_meaning  # patterns only with another model
    assert not Detector.open(None).uses_meaning


def test_meaning_adds_what_the_patterns_miss():
    fake = FakeEmbedder()
    bank = [
        Example("everything feels grey and heavy and pointless", "suicide"),
        Example("grey heavy pointless days", "suicide"),
        Example("how do i bake bread", "none"),
    ]
    detector = Detector(bank, fake, threshold=0.1, k=1)
    message = "all grey and heavy and pointless"
    assert match(message) == []
    found = detector.detect(message, fake.embed([message])[0])
    assert found.crisis and found.categories == ("suicide",) and found.by == ("meaning",)
    assert not detector.detect("bread recipe", fake.embed(["bread recipe"])[0]).crisis
    assert detector.detect(message).categories == ()  # no vector: patterns only


def test_guidance_lines_fit_first_then_the_general_line(tmp_path):
    guidance = Guidance.load()
    lines = guidance.for_categories(["overdose", "suicide", "medical"], "CALL 112")
    assert lines == (guidance.lines["overdose"], guidance.lines["suicide"], "CALL 112")
    assert guidance.for_categories([], "CALL 112") == ("CALL 112",)
    assert "1-800-656-4673" in guidance.lines["sexual_assault"]
    override = tmp_path / "guidance.json"
    override.write_text(json.dumps({"suicide": "Call Lifeline on 13 11 14."}))
    assert Guidance.load(override).for_categories(["suicide"], "000")[0].startswith("Call Life")
    override.write_text(json.dumps({"flu": "x"}))
    with pytest.raises(BadSetting, match="keys must be among"):
        Guidance.load(override)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("¿qué es la deficiencia de dopamina?", "es"),
        ("comment augmenter la dopamine naturellement", "fr"),
        ("wie kann ich meinen dopaminspiegel erhöhen", "de"),
        ("what is dopamine deficiency", "en"),
        ("levodopa", "en"),
        ("is venlafaxine an snri", "en"),
    ],
)
def test_language(message, expected):
    assert language(message) == expected


# Negation never hides a crisis: a message that mentions suicide or self-harm, even to deny it,
# shows the guidance (a false alarm costs a paragraph; a miss can cost a life). A message that
# names no crisis at all stays ordinary, whatever it denies.
NEGATED = [
    ("im not suicidal just wondering how sertraline works", "suicide"),
    ("i would never hurt myself but some nights i wish i wasnt here", "suicide"),
    ("im not ok i want to die", "suicide"),
    ("i'm not going to do anything stupid, i just have the pills ready", "suicide"),
    ("dont worry i dont self harm anymore, mostly", "self_harm"),
]


@pytest.mark.parametrize(("message", "category"), NEGATED, ids=str)
def test_negation_never_hides_a_crisis(message, category):
    assert category in match(message)


@pytest.mark.parametrize(
    "message",
    [
        "not an emergency but my heel hurts in the morning",
        "no rush, just curious what a normal resting pulse is",
    ],
)
def test_a_denial_without_a_crisis_stays_ordinary(message):
    assert match(message) == []


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("my cat swallowed a hair tie", []),  # an animal's poisoning is for a vet
        ("our puppy chewed through a tube of ibuprofen gel", []),
        ("the dog knocked my son over and hes bleeding a lot from his head", ["medical"]),
        ("in the film the hero gets shot twice, could he still run", []),
        ("the news reported a woman was stabbed near the station", []),
        ("my mum had a stroke in 2018, is her blood pressure pill still needed", []),
        ("can i lower my risk of a heart attack with fish oil", []),
        ("my dad had a seizure years ago and is having another one now", ["medical"]),
        ("i overdosed a long time ago and want to try again", ["overdose"]),
    ],
)
def test_pets_stories_and_past_context(message, expected):
    assert match(message) == expected


@pytest.mark.parametrize(
    ("message", "category"),
    [
        ("我真的不想活了", "suicide"),
        ("я хочу покончить с собой сегодня", "suicide"),
        ("أريد أن أنتحر الليلة", "suicide"),
        ("chcę się zabić dzisiaj", "suicide"),
        ("bu gece intihar edeceğim", "suicide"),
        ("tôi định tự tử", "suicide"),
        ("gusto ko nang mamatay ngayon", "suicide"),
        ("domani sera la faccio finita", "suicide"),
        ("mi amiga se corta los brazos", "self_harm"),
        ("ma soeur se brûle? non: je me brûle les mains exprès", "self_harm"),
        ("mein vater hat einen herzinfarkt", "medical"),
        ("meu avô não está respirando", "medical"),
        ("我妈妈昏倒了", "medical"),
    ],
)
def test_other_languages(message, category):
    assert category in match(message)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("我头疼", "zh"),  # one "word" but not English
        ("болит живот", "ru"),
        ("صداع", "not en"),  # one Arabic word: Arabic or Persian, never English
        ("tengo tos", "en"),  # two Latin words: counted as English (reply wording only)
    ],
)
def test_language_of_short_messages(message, expected):
    if expected == "not en":
        assert language(message) != "en"
    else:
        assert language(message) == expected
