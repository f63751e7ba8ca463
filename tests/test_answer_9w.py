"""Task 9w: seed held-out 21's misses, fixed by kind, with questions in my own wording (none is in
an eval file) and near misses that must keep their reading.

- The thing a question asks to raise or lower ("how can i boost serotonin without meds") must be
  named by the quote: ways to raise dopamine do not answer it (`app.must_say.changed`); a word it
  modifies ("dopamine boosting meds"), a clause ("meds that boost serotonin"), a common word
  ("my mood") or a risk lowered is no such thing.
- What lowers a substance ("what drinks lower dopamine") is answered only by a passage that speaks
  of a fall, not by one on raising it (`app.aspects` "lowering").
- A scan asked for (`app.aspects` "imaging") and people under or over an age (`app.amounts`) are
  answered only by a passage that speaks of them.
- A state told, then "is that common", asks whether it is usual, not how many people have it.
- Who to consult ("who do i see about getting antidepressants") is answered first by a sentence
  that names a professional (`app.who`).
- "depression definition simple", "definition of apathy" ask for a definition (`app.defines`).
- Lay words, where the articles use the standard word (`app.lay_words`): "wiped out", "worn out",
  "drained", "exhaustion" are fatigue; "hooked on" is addicted to; "not moving much" is physical
  inactivity; "plenty of" is enough.
"""

import pytest

from app import amounts, aspects
from app.defines import defined
from app.lay_words import plainly
from app.must_say import changed, names_what_is_changed
from app.who import asks_who, names_professional

RARE = 10000  # `Settings.rare_rank`
RAISING = (
    "If you're low in dopamine, it makes sense you'd want to raise it. Luckily, there are a few "
    "ways you can raise your dopamine levels. There are even natural methods of boosting dopamine. "
    "Eat a diet rich in magnesium and tyrosine, both of which are building blocks for dopamine."
)
PARKINSONS = (
    "The average onset age for Parkinson's is 60 years, impacting an estimated 1 percent of people "
    "over that age."
)


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("how can i boost serotonin without meds", "serotonin"),
        ("whats the best way to raise my serotonin", "serotonin"),
        ("ways of increasing oxytocin naturally", "oxytocin"),
        ("can boosting only dopamine drop your serotonin", "dopamine"),
        ("how to lower cortisol fast", "cortisol"),
    ],
)
def test_the_thing_asked_to_be_raised_or_lowered(question, thing):
    assert changed(question, RARE) == [thing]


@pytest.mark.parametrize(
    "question",
    [
        "would a dopamine boosting pill help me",  # a modifier
        "can meds that boost serotonin drop your dopamine",  # a clause naming a thing
        "how do i boost my mood",  # a common word: said in many ways
        "can exercise lower my risk of depression",  # a risk lowered: prevention
        "how do i raise my levels",  # a level names no thing
        "what is dopamine",
    ],
)
def test_no_thing_asked_to_be_changed(question):
    assert changed(question, RARE) == []


def test_the_thing_changed_is_checked_against_a_quote_that_changes_another():
    serotonin = "how can i boost serotonin without meds"
    quoted = frozenset(["raise", "dopamin", "level", "natur", "method", "boost"])
    assert not names_what_is_changed(RAISING, quoted, serotonin, RARE, None)
    # a quote that raises nothing else: the question's subject decides ("chocolate" in a list)
    foods = "Foods that can help are chicken, almonds, apples, beets, chocolate and greens."
    assert names_what_is_changed(foods, frozenset(["food", "chocol"]), serotonin, RARE, None)
    dopamine = "what are natural ways to boost dopamine"
    assert names_what_is_changed(RAISING, quoted, dopamine, RARE, None)


@pytest.mark.parametrize(
    "question",
    [
        "what drinks lower dopamine",
        "which foods reduce ur serotonin",
        "what drains your dopamine levels",
        "what makes dopamine drop",
        "how do i lower my dopamine",
        "what kills dopamine",
    ],
)
def test_what_lowers_a_substance_needs_a_fall(question):
    assert aspects.unsaid(question, RAISING) == "lowering"
    fall = "Unilateral support of serotonin leads to a compensatory decrease in dopamine."
    assert aspects.unsaid(question, fall) == ""


@pytest.mark.parametrize(
    "question",
    [
        "what foods raise dopamine",
        "can boosting dopamine drop your serotonin",  # an object follows: no fall of dopamine asked
        "can exercise lower my risk of depression",  # prevention, its own aspect
        "does exercise reduce depression symptoms",
        "does sugar make dopamine drop",  # whether a thing named lowers it: that thing decides
        "can a brain injury lower dopamine",
    ],
)
def test_no_lowering_asked(question):
    assert aspects.unsaid(question, RAISING) != "lowering"


@pytest.mark.parametrize(
    "question",
    [
        "what scan shows parkinsons",
        "can a brain scan tell if my dopamine is low",
        "do u need an mri",
    ],
)
def test_a_scan_asked_for_needs_imaging(question):
    assert aspects.unsaid(question, PARKINSONS) == "imaging"
    assert aspects.unsaid(question, "An MRI scan can rule out other causes.") == ""


@pytest.mark.parametrize(
    "question",
    [
        "is there a test for low dopamine",
        "can a blood test show low dopamine",
        "how is it diagnosed",
    ],
)
def test_no_scan_asked(question):
    assert aspects.unsaid(question, PARKINSONS) == ""


@pytest.mark.parametrize(
    "question",
    [
        "too tired and sad to even get out of bed, is that common",
        "cant stop crying at night and i dont know why, is this common",
    ],
)
def test_a_state_told_then_is_that_common_asks_if_it_is_usual(question):
    assert aspects.unsaid("is that common", "Depression can make you avoid things.", question) == ""


@pytest.mark.parametrize("question", ["is parkinsons common", "is it common", "how common is it"])
def test_how_common_still_asks_prevalence(question):
    assert aspects.unsaid(question, "Depression can make you avoid things.", question) == (
        "prevalence"
    )


@pytest.mark.parametrize(
    "question",
    [
        "what percent of people under 60 get parkinsons",
        "how many ppl under 50 get parkinsons",
        "can u get parkinsons under 40",
        "is it rare in people younger than 45 years old",
    ],
)
def test_people_under_an_age_need_that_side(question):
    assert not amounts.answered(question, PARKINSONS)
    assert amounts.answered(question, "Young-onset Parkinson's begins before age 50.")


@pytest.mark.parametrize(
    "question",
    [
        "how many people over 60 get parkinsons",
        "is parkinsons common after 60",
        "should i exercise for under 30 minutes a day",  # a unit: no age
        "is under 5 percent normal",
    ],
)
def test_an_age_on_the_side_given_or_no_age(question):
    assert amounts.answered(question, PARKINSONS) or "minutes" in question or "percent" in question


@pytest.mark.parametrize(
    "question",
    [
        "who can tell if i have low dopamine",
        "who do i see about getting antidepressants",
        "who should i talk to about my mood",
        "who decides what antidepressant i get",
        "who diagnoses low dopamine",
    ],
)
def test_who_to_consult(question):
    assert asks_who(question)


@pytest.mark.parametrize(
    "question", ["who gets parkinsons", "who is at risk", "who wrote this", "what is dopamine"]
)
def test_no_one_to_consult(question):
    assert not asks_who(question)


def test_a_sentence_naming_a_professional():
    assert names_professional("a mental health professional can assess your depression")
    assert names_professional("your gp can refer you")
    assert not names_professional("most prescriptions for antidepressants are for serotonin agents")


@pytest.mark.parametrize(
    ("question", "standard"),
    [
        ("im wiped out all the time", "fatigued"),
        ("why am i so worn out", "fatigued"),
        ("feeling drained after work", "fatigued"),
        ("what causes the exhaustion", "fatigue"),
        ("do people get hooked on stuff easier", "addicted"),
        ("are they more likely to be hooked on drugs", "addicted to"),
        ("could not moving enough make me depressed", "physical inactivity"),
        ("my brain makes plenty of dopamine", "enough"),
    ],
)
def test_lay_words_read_as_standard_words(question, standard):
    assert standard in plainly(question)[0]


@pytest.mark.parametrize(
    "question", ["i feel exhausted", "what drains your dopamine", "is moving house stressful"]
)
def test_lay_words_left_as_typed(question):
    assert plainly(question)[0] == question


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "history", "answer"),
    [
        ("who do i see about getting antidepressants", [], "A mental health professional can"),
        ("who decides what antidepressant i get", [], "A mental health professional can"),
        (
            "can you be more likely to get hooked on drugs with low dopamine",
            [],
            "more susceptible to addiction",
        ),
        ("and not moving much?", ["why do people get depressed"], "inactivity"),
    ],
)
def test_known_answers_first_as_readers_type(seed_assistant, question, history, answer):
    reply = seed_assistant.ask(question, history)
    assert reply.quotes and answer in reply.quotes[0].text


@pytest.mark.model
@pytest.mark.parametrize(
    "question",
    [
        "how can i boost serotonin without meds",
        "whats the best way to raise my serotonin",
        "what drinks lower dopamine",
        "can a brain scan tell if my dopamine is low",
        "is there a scan that shows depression",
        "how many ppl under 50 get parkinsons",
        "can u get parkinsons under 40",
    ],
)
def test_uncovered_near_misses_stay_not_covered(seed_assistant, question):
    assert not seed_assistant.ask(question).quotes


@pytest.mark.model
@pytest.mark.parametrize(
    "question",
    [
        "how do i raise my dopamine naturally",
        "does cocaine lower your dopamine",
        "is there a test for low dopamine",
        "how many people over 60 get parkinsons",
        "why would serotonin meds lower dopamine",
    ],
)
def test_covered_neighbours_still_answered(seed_assistant, question):
    assert seed_assistant.ask(question).quotes


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("depression definition simple", "depression"),
        ("anhedonia definition", "anhedonia"),
        ("definition of apathy", "apathy"),
        ("whats the definition of a neurotransmitter", "neurotransmitter"),
    ],
)
def test_a_definition_asked_by_keyword(question, head):
    assert defined(question) == head


@pytest.mark.parametrize(
    "question", ["the definition is unclear to me", "is there a definition that doctors use for it"]
)
def test_no_definition_asked(question):
    assert defined(question) == ""
