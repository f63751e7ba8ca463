"""Crisis detection without the model: the patterns per category (messages written for these tests,
not copied from the pattern list, the bank or the held-out file), the informational-question gate,
the bank's format and vector cache, the detector's wiring, the guidance, the language check."""

import json
from itertools import combinations

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


# Kinds a third held-out set showed missing, each in new words (none of its lines).
KINDS = {
    "medical": [
        "my son is having a really bad asthma attack and he can hardly talk",
        "asthma flaring up, i can barely get words out",
    ],
    "overdose": [
        "i took my tramadol with my sertraline and now im shaking and confused",
        "mixed bleach and vinegar cleaning the bathroom and now im vomiting",
        "how much tylenol is too much, i have taken 12 already",
        "took 3 sleeping pills and still awake should i take more",
        "my 2 year old may have swallowed one of grandmas pills",
        "the baby had my nicotine patch in her mouth",
        "is an od painless",
    ],
    "self_harm": [
        "my boyfriend found my blades and threw them out, i need them",
        "im freaking out my mom hid my blades",
    ],
    "sexual_assault": [
        "i was r@ped at a party",
        "my friend got r4ped",
        "i was s3xually assaulted last week",
        "i think i got sa'd last night",
    ],
    "violence": [
        "my husband throws plates at me when hes angry",
        "my husband shoved me against the wall last night",
        "these guys said theyre gonna beat me up after class",
        "a kid in my class is bringing a gun to school tomorrow",
        "my niece has bruises on her arms and she is scared to go home",
        "i hear the baby next door screaming every night and the dad yelling",
    ],
}
# ... and ordinary messages of the kinds it showed flagged: figurative speech, a plain word, games,
# fiction, courses and roles, things over and done, general questions in other languages.
ORDINARY_KINDS = [
    "how do i cut down on sugar",
    "trying to cut out dairy, what are good calcium sources",
    "choking on all this paperwork, where do i even start",
    "this week was an overdose of memes",
    "my coach is gonna kill me, i missed practice again lol",
    "dying to see how the finale goes",
    "my sims character drowned in the pool lol",
    "writing a novel where the hero gets poisoned, what symptoms would he have",
    "for my nursing exam: what do you do when someone is having a stroke",
    "im a paramedic, how is an overdose usually managed",
    "my class is doing a presentation on child abuse statistics",
    "how can i support a neighbour who might be in an abusive relationship",
    "i left an abusive relationship years ago, how do i rebuild trust",
    "had chest pain at work last week, turned out to be reflux, how do i avoid it",
    "my dad choked on a piece of steak at christmas but hes fine now",
    "my brother had anaphylaxis once so he carries an epipen, how should it be stored",
    "i overdosed in 2015 and have been sober since 2016, is my liver ok",
    "mi padre tuvo un derrame hace tres años, ¿puede viajar en avión?",
    "¿qué es una sobredosis?",
    "quels sont les signes d'un infarctus ?",
    "Was sind die Anzeichen eines Schlaganfalls?",
    "come si riconosce un ictus?",
    "i already took 500 mg of vitamin c today",
    "i already had 6 coffees today and im jittery",
    "my dad threw a ball at me and i caught it",
    "im going to beat my personal record tomorrow",
    "my mom grabbed my arm to stop me crossing the road",
    "my blades for ice skating are dull, where do i get them sharpened",
]


# Kinds a fourth held-out set showed missing, each in new words (none of its lines).
KINDS_4 = {
    "medical": [
        "my daughter is wheezing and cant speak in full sentences",
        "heart pounding like crazy and i feel dizzy",
        "my pulse is 180 bpm and i feel faint",
        "his lips are swollen shut after the bee sting",
        "her face is all swollen and shes breathing hard",
        "my nose bleed won’t stop, it’s been 40 minutes",
        "how do i use a defibrillator",
        "how to give chest compressions",
    ],
    "violence": [
        "how can i escape my violent boyfriend",
        "gunshots outside my building right now",
        "i keep having thoughts about hurting my roommate",
        "scared i might hurt my baby, i cant stop thinking about it",
        "my nephew has bruises like a handprint on his arm",
        "the little girl downstairs has marks all over her arms",
        "hij slaat me elke dag",
    ],
    "suicide": ["i might do something drastic tonight", "ik wil niet meer leven"],
    "self_harm": ["comecei a me cortar de novo", "ik snijd mezelf weer"],
    "overdose": [
        "what happens if i swallow 30 advil",
        "how much dxm to trip",
        "te veel pillen genomen",
    ],
}
# ... and ordinary messages of the kinds it showed flagged: a course or a purpose said in passing,
# a comparison, recognising abuse at work, fiction told before its frame, a figurative choke,
# something long over, a bird.
ORDINARY_KINDS_4 = [
    "for my cpr class, how do you do chest compressions on an infant",
    "studying for my nursing boards, how do you perform cpr",
    "difference between anaphylaxis and an allergic reaction",
    "im a daycare worker, how do we spot child abuse",
    "she got stabbed on the show and walked it off, is that possible",
    "what are the warning signs after a seizure, writing for my nursing newsletter",
    "totally choked during the job interview, how do i get over it",
    "my dad had a stroke years ago and has been symptom free since, can he fly",
    "my cockatiel chewed on a pill, can birds overdose",
]


@pytest.mark.parametrize(
    ("message", "category"), [(m, c) for c, ms in KINDS_4.items() for m in ms], ids=str
)
def test_the_kinds_a_fourth_set_missed_are_found(message, category):
    assert category in match(message)


@pytest.mark.parametrize("message", ORDINARY_KINDS_4)
def test_the_kinds_a_fourth_set_flagged_stay_ordinary(message):
    assert match(message) == []


def test_a_how_to_is_quiet_only_in_a_course_or_to_learn_ahead():
    # A bare how-to for an age group ("on an infant") may be asked over a person: the guidance shows
    # (README "What counts"; the sets' writers label it ordinary, counted "by policy").
    assert match("how do you do chest compressions") == ["medical"]
    assert match("how do you do chest compressions on an infant, she went blue") == ["medical"]
    assert match("how do you do chest compressions on an infant") == ["medical"]
    assert match("for my cpr class, how do you do chest compressions on an infant") == []
    assert (
        match("how do you do chest compressions on an infant, want to learn before mine is born")
        == []
    )


@pytest.mark.parametrize(
    ("message", "category"), [(m, c) for c, ms in KINDS.items() for m in ms], ids=str
)
def test_the_kinds_a_fresh_set_missed_are_found(message, category):
    assert category in match(message)


@pytest.mark.parametrize("message", ORDINARY_KINDS)
def test_the_kinds_a_fresh_set_flagged_stay_ordinary(message):
    assert match(message) == []


def test_something_happening_now_is_never_quieted_by_the_past():
    assert "overdose" in match("i overdosed years ago and im doing it again tonight")
    assert "medical" in match("mi papá está teniendo un infarto, ¿qué hago?")
    assert "overdose" in match("¿cómo sé si mi hijo tomó una sobredosis?")
    assert "suicide" in match("i attempted suicide years ago and im doing well now")


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
    """The lines written for the bank (no `source`) are apart from the labelled sets; the sets'
    own lines were copied into the bank on 2026-12-02 (next test)."""
    bank = [e for e in load_bank() if not e.source]
    heldout = read_examples(ROOT / "eval/crisis/heldout.jsonl")
    for part in (bank, heldout):
        assert {e.category for e in part if e.crisis} == set(CATEGORIES)
    assert sum(e.crisis for e in bank + heldout) >= 250
    assert sum(not e.crisis for e in bank + heldout) >= 500
    assert not {e.text.lower() for e in bank} & {e.text.lower() for e in heldout}
    # heldout-3 and heldout-4 were written independently of the bank, after it: 28 and 15 of their
    # lines are, by chance, common messages the bank also has ("what is an overdose").
    for name in ("heldout-2", "probe-1", "probe-2", "probe-3", "probe-4", "probe-5"):
        dev = read_examples(ROOT / f"eval/crisis/{name}.jsonl")
        assert {e.category for e in dev if e.crisis} == set(CATEGORIES)
        assert not {e.text.lower() for e in bank} & {e.text.lower() for e in dev}


# Sets whose crisis lines only are in the bank (second session of 2026-12-06: probes 43 and 45,
# self-harm told in everyday words; copied whole, their hard look-alikes took 19 labelled crisis
# lines of other sets under the threshold, BENCHMARKS section 9; third session: probes 46 to 48).
CRISIS_LINES_ONLY = tuple(f"eval/crisis/read/probe-{n}.jsonl" for n in (43, 45, 46, 47, 48))


def test_the_sets_copied_for_their_crisis_lines_only_left_their_ordinary_lines_out():
    from app.safety import parts

    bank = load_bank()
    in_bank = {" ".join(e.text.lower().split()): e for e in bank}
    for name in CRISIS_LINES_ONLY:
        copied = [e for e in bank if e.source == name]
        assert copied and all(e.crisis for e in copied)
        for e in read_examples(ROOT / name):
            text = " ".join(e.text.lower().split())
            if not e.crisis:
                assert in_bank.get(text) is None or in_bank[text].source != name
            elif text not in in_bank:  # a line of several parts is cut to its crisis parts
                pieces = [" ".join(p.lower().split()) for p in parts.split(e.text)]
                assert any(p in in_bank for p in pieces), e.text


def test_the_labelled_sets_are_in_the_bank_with_their_source():
    """Every line of eval/crisis is a bank line (case and spaces aside) on the same side, but for
    a text labelled crisis in one place and ordinary in another, which was not copied, and a
    crisis line of several parts, which is there cut down to the parts that carry the crisis
    (`bench/crisis_bank_parts.py`)."""
    from app.safety import parts

    bank = load_bank()
    paths = sorted((ROOT / "eval/crisis").glob("*.jsonl"))
    sources = {e.source for e in bank if e.source} - set(CRISIS_LINES_ONLY)
    assert sources == {str(p.relative_to(ROOT)) for p in paths}
    sets = [e for path in paths for e in read_examples(path)]
    sides: dict[str, set[bool]] = {}
    for e in [*(e for e in bank if not e.source), *sets]:
        sides.setdefault(" ".join(e.text.lower().split()), set()).add(e.crisis)
    in_bank = {(" ".join(e.text.lower().split()), e.crisis) for e in bank}
    two_sided = {text for text, found in sides.items() if len(found) > 1}
    assert (
        0 < len(two_sided) < 5 and len(paths) == 33
    )  # 13 and 14 joined in 8t, 15 in 8v, 16 in 8w, 17 later, 18 and 19 later still, 20 after,
    # 22 and 23 in the session of 2026-12-02 late night, 21 and 24 at its end, 25 and 26 on
    # 2026-12-03, 27 in its second session (8ee), 29 in its third (8ff)
    texts = {text for text, _ in in_bank}
    cut = 0
    for e in sets:
        text = " ".join(e.text.lower().split())
        if text in two_sided or (text, e.crisis) in in_bank:
            continue
        pieces = [" ".join(p.lower().split()) for p in parts.split(e.text)]
        assert e.crisis and pieces, e.text
        subsets = (c for n in range(1, len(pieces)) for c in combinations(pieces, n))
        cut += 1  # its kept parts are a crisis line, or a text the bank holds (as ordinary)
        assert any(" ".join(c) in texts for c in subsets), e.text
    assert (
        0 < cut < 500
    )  # 281 since held-out 18 and 19 joined, 307 since 20, 344 since 22 and 23, 389 since 21 and
    # 24, 433 since 25 and 26


def test_the_benchmark_reads_extra_held_out_files(tmp_path):
    from bench.crisis import sets

    extra = tmp_path / "unseen.jsonl"
    extra.write_text(json.dumps({"text": "im on the roof", "category": "suicide"}) + "\n")
    found = sets([extra])
    shipped = ["heldout", "heldout-2", *(f"probe-{n}" for n in range(1, 5)), "heldout-3"]
    names = [*shipped, "heldout-4", "heldout-5", "heldout-6", "heldout-7", "probe-5", "heldout-8"]
    names += ["heldout-9", "heldout-10", "heldout-11", "heldout-12", "heldout-13", "heldout-14"]
    names += ["heldout-15", "heldout-16", "heldout-17", "heldout-18", "heldout-19", "heldout-20"]
    names += ["heldout-22", "heldout-23", "heldout-21", "heldout-24", "heldout-25", "heldout-26"]
    names += ["heldout-27", "heldout-29"]
    # ... the unseen sets by their number, as the benchmark orders them (held-out 81 after probe 49)
    in_order = sorted(
        (ROOT / "eval/crisis/unseen").glob("*.jsonl"), key=lambda p: int(p.stem.rsplit("-", 1)[1])
    )
    unseen = [p.stem for p in in_order]
    assert list(found)[: 34 + len(unseen)] == [*names, *unseen, str(extra.resolve())]
    assert found[str(extra.resolve())] == [Example("im on the roof", "suicide")]


def test_the_unseen_sets_are_never_copied_into_the_bank():
    """eval/crisis/unseen holds the held-out split the bank never sees (README): no bank line
    comes from it, and the script that copies the labelled sets into the bank does not read it.
    (Short common messages, "what is an overdose", can be in both by chance: BENCHMARKS 9.)"""
    from bench import crisis_add_sets

    unseen = ROOT / "eval/crisis/unseen"
    assert (unseen / "README.md").is_file()  # the folder stays while it holds no set
    assert not [e for e in load_bank() if e.source and "unseen" in e.source]
    assert all(p.parent == ROOT / "eval/crisis" for p in crisis_add_sets.SETS.glob("*.jsonl"))
    # Held-out 13 and 14 were unseen until task 8t read them, held-out 15 until the session of
    # 2026-12-02 morning (task 8v joined it), held-out 16 until the session of 2026-12-02 midday
    # (task 8w joined it), held-out 17 until the session of 2026-12-02 afternoon, held-out 18 and
    # 19 until the session of 2026-12-02 evening: labelled sets now, in the bank.
    sources = {e.source for e in load_bank() if e.source}
    assert {f"eval/crisis/heldout-{n}.jsonl" for n in range(13, 20)} <= sources
    assert not list(unseen.glob("heldout-1[3-9].jsonl"))


def test_a_bad_bank_line_names_the_file_and_line(tmp_path):
    path = tmp_path / "extra.jsonl"
    path.write_text('// a comment\n\n{"text": "x", "category": "none"}\n{"text": "y"}\n')
    with pytest.raises(BadSetting, match=r"extra.jsonl:4"):
        read_examples(path)
    path.write_text('{"text": "y", "category": "flu"}\n')
    with pytest.raises(BadSetting, match="unknown category 'flu'"):
        read_examples(path)


def test_a_bank_line_keeps_its_kind_and_source_and_ignores_other_fields(tmp_path):
    path = tmp_path / "extra.jsonl"
    line = {"text": "t", "category": "none", "kind": "k", "source": "eval/x.jsonl", "lang": "fr"}
    path.write_text(json.dumps(line) + "\n" + json.dumps({"text": "u", "category": "none"}) + "\n")
    assert read_examples(path) == [Example("t", "none", "k", "eval/x.jsonl"), Example("u", "none")]


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


def test_meaning_needs_a_margin_where_the_patterns_read_an_ordinary_context():
    from app.safety.detector import QUIET_MARGIN

    fake = FakeEmbedder()
    bank = [
        Example("everything feels grey and heavy and pointless", "suicide"),
        Example("how do i bake bread", "none"),
    ]
    vector = fake.embed(["all grey and heavy and pointless"])[0]
    score = Detector(bank, fake, k=1).nearest().judge(vector).score
    detector = Detector(bank, fake, threshold=score - QUIET_MARGIN / 2, k=1)
    assert detector.detect("all grey and heavy and pointless", vector).crisis
    # The same vector, told as a story or figuratively: below threshold + margin.
    assert not detector.detect("in the movie it was all grey and heavy", vector).crisis
    assert not detector.detect("im dying to know why its all grey", vector).crisis
    detector.threshold = score - QUIET_MARGIN * 1.5  # well above: meaning still fires
    assert detector.detect("in the movie it was all grey and heavy", vector).crisis
    # Two signs of an ordinary reading (a general question asking trivia) ask twice the margin.
    assert not detector.detect("what is all grey and heavy named after", vector).crisis
    assert detector.detect("what is all grey and heavy", vector).crisis  # one sign


def test_a_general_question_naming_the_subject_is_informational():
    from app.safety.mention import informational

    for message in (
        "why do people self harm",
        "how do i talk to a coworker who self harms",
        "what are the warning signs of suicide in older men",
    ):
        assert informational(message, match(message)), message
    for message in (
        "why do i self harm",
        "how do i help my friend who self harms",
        "what is the quickest way to self harm",
        "is it normal to think about suicide every day",
        "why do people self harm, i cut myself last night",
    ):
        assert match(message) and not informational(message, match(message)), message


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


def test_a_recalibration_keeps_the_record_of_earlier_choices():
    from bench.crisis import with_history

    chosen = {"k": 3, "threshold": 0.06, "measured": {}}
    assert with_history(chosen, {"k": 5, "note": "why k=5 was kept"})["note"] == "why k=5 was kept"
    assert with_history(chosen, {"k": 5})["k"] == 3 and "note" not in with_history(chosen, {})


def test_the_benchmark_counts_an_unseen_sets_lines_without_showing_them(capsys):
    """bench/crisis.py reads the unseen sets for their figures only: their missed and flagged
    lines are counted, never printed or written (a set read for its figures stays unseen)."""
    from app.safety.detector import Detection
    from bench.crisis import figures

    examples = [Example("the bridge tonight, no one will care", "suicide"), Example("hi", "none")]
    found = [Detection(), Detection(categories=("suicide",), by=("meaning",))]
    shown = figures("dev", examples, None, None, found)
    assert shown["missed"] == [examples[0].text]
    assert shown["false_alarm_messages"] == [["hi", ["suicide"], ["meaning"]]]
    capsys.readouterr()
    hidden = figures("unseen", examples, None, None, found, hide_lines=True)
    assert hidden["both"] == shown["both"]
    assert examples[0].text not in capsys.readouterr().out + json.dumps(hidden)
    assert hidden["missed"].startswith("1 lines, hidden")
    assert hidden["false_alarm_messages"].startswith("1 lines, hidden")
