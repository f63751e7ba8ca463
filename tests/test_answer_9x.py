"""Task 9x: seed held-out 22's and 23's misses, fixed by kind, with questions in my own wording
(none is in an eval file) and near misses that must keep their reading.

- A slip is a letter replaced or two swapped in place, never a letter dropped at one end and
  another added at the other ("babies" is no slip of "ability"), and in a four-letter stem only
  two letters swapped ("maois" is no slip of "many"): `app.concepts.Vocabulary`.
- People in a decade of life ("in your 30s", "in their seventies") need a passage on that side of
  an age (`app.amounts`); the young named ("can toddlers have it") are unknown when the articles
  never speak of the young (`app.asks.young_age`).
- The signs of too little of a rare thing ("symptoms of low serotonin") need a quote that speaks of
  that thing being low (`app.lacking`).
- A relative told before a question that refers back ("my stepdad has parkinsons, what does it
  do") is no name the articles must mention; a broad kind of substance after "feel good" frames
  the question (`app.framing.broad_kinds`).
- Lay words (`app.lay_words`): the couch or the sofa all day, lying around = sedentary; really,
  super ... tired or exhausted = profoundly fatigued; get moving = physical activity; junk food =
  calorie-rich nutrient-poor food (read by the coverage check only); what does not work right or
  properly has something wrong with it.
"""

import pytest

from app import amounts
from app.asks import young_age
from app.concepts import Vocabulary
from app.coverage import asked
from app.framing import broad_kinds
from app.lacking import lacking, says_low
from app.lay_words import plainly

RARE = 10000  # `Settings.rare_rank`
STEMS = ["mani", "abil", "food", "depress", "stress", "dopamin", "parkinson", "feel", "good"]


@pytest.fixture(scope="module")
def vocab():
    return Vocabulary(STEMS)


@pytest.mark.parametrize("word", ["maois", "maoi", "babies", "baby"])
def test_no_slip_of_a_corpus_word(vocab, word):
    assert not vocab.knows(word)


@pytest.mark.parametrize("word", ["fods", "depresion", "stres", "dopamin", "foods", "dopmaine"])
def test_slips_still_forgiven(vocab, word):
    assert vocab.knows(word)


@pytest.mark.parametrize(
    "question",
    [
        "can u get parkinsons in your 30s",
        "can you get parkinsons in your twenties",
        "how likely is depression for people in their early 40s",
        "do ppl in their thirties get parkinsons",
    ],
)
def test_a_young_decade_needs_a_passage_on_the_young(question):
    onset = "The average onset age for Parkinson's is 60 years, affecting 1 percent over that age."
    assert not amounts.answered(question, onset)
    assert amounts.answered(question, "Early-onset cases in younger adults are rare.")


@pytest.mark.parametrize(
    "question", ["can parkinsons start in your 70s", "is it common for people in their eighties"]
)
def test_an_old_decade_needs_a_passage_on_the_old(question):
    assert not amounts.answered(question, "Young people can get it too.")
    assert amounts.answered(question, "The degenerative brain condition is connected to aging.")


@pytest.mark.parametrize(
    "question",
    [
        "i used to do coke in my 20s could that have hurt my dopamine",  # the reader's own past
        "my dad got it in his 50s, is that early",
        "can you get parkinsons in your 60s",  # the articles' to judge
        "does it take 30s to kick in",
    ],
)
def test_no_decade_of_people_asked(question):
    assert amounts.answered(question, "Parkinson's disease may also lead to low dopamine.")


@pytest.mark.parametrize(
    ("question", "young"),
    [
        ("can toddlers have low dopamine", "toddlers"),
        ("can babies be born with it", "babies"),
        ("is dopamine deficiency something newborns get", "newborns"),
        ("my 12 yo seems flat all the time", "12 yo"),
    ],
)
def test_the_young_named_are_unknown_where_the_articles_never_speak_of_them(vocab, question, young):
    assert young_age(question, vocab) == young
    assert young_age(question, Vocabulary([*STEMS, "child"])) == ""


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("symptoms of low serotonin", "serotonin"),
        ("signs of a lack of norepinephrine", "norepinephrine"),
        ("low serotonin symptoms", "serotonin"),
        ("what are the signs of not enough oxytocin", "oxytocin"),
    ],
)
def test_the_signs_of_too_little_of_a_thing(question, thing):
    assert lacking(question, RARE) == thing


@pytest.mark.parametrize(
    "question",
    [
        "signs of low energy",  # a common word
        "why bother learning the symptoms of low dopamine",  # a purpose
        "what is serotonin",
        "signs of low levels",
    ],
)
def test_no_signs_of_a_lack_asked(question):
    assert lacking(question, RARE) == ""


def test_the_quote_must_speak_of_the_thing_being_low():
    misses = (
        "Not only will disproportionate support of serotonin miss many core symptoms of "
        "depression, it can make them worse: a compensatory decrease in dopamine follows."
    )
    stems = frozenset(["support", "serotonin", "symptom", "decreas", "dopamin"])
    assert not says_low(misses, stems, "symptoms of low serotonin", RARE)
    assert says_low(misses, stems, "symptoms of low dopamine", RARE)
    deficiency = "Knowing the symptoms of dopamine deficiency can help you catch it early."
    assert says_low(deficiency, frozenset(["dopamin", "defici"]), "signs of low dopamine", RARE)
    assert says_low(misses, stems, "what does serotonin do", RARE)  # no lack asked


@pytest.mark.parametrize(
    ("message", "left_out"),
    [
        ("my grandad has parkinsons, what does it do to your body", "grandad"),
        ("my stepdad was diagnosed with parkinsons, what does it do to the body", "stepdad"),
    ],
)
def test_a_relative_told_before_is_no_name_asked(message, left_out):
    assert left_out not in asked(message)
    assert "parkinsons" in asked(message)


def test_feel_good_narrows_a_broad_kind(vocab):
    assert "chemical" in broad_kinds("is dopamine the feel good chemical", vocab)
    assert "chemical" in broad_kinds("isnt dopamine the feel-good chemical", vocab)
    assert "chemical" not in broad_kinds("is bleach a dangerous chemical", vocab)


@pytest.mark.parametrize(
    ("question", "standard"),
    [
        ("can lying around on the sofa all day make you depressed", "sedentary"),
        ("does sitting on the couch all day cause depression", "sedentary"),
        ("why is it so hard to exercise when im super exhausted", "profoundly fatigued"),
        ("being really tired makes working out impossible", "profoundly fatigued"),
        ("do ssris make it harder to get moving", "physical activity"),
        ("is junk food bad for your dopamine", "calorie-rich nutrient-poor food"),
        ("i make loads of dopamine but it isnt working properly", "something is wrong"),
        ("what if my receptors dont work right", "something is wrong"),
    ],
)
def test_lay_words_read_as_standard_words(question, standard):
    assert standard in plainly(question)[0]


@pytest.mark.parametrize(
    "question",
    [
        "so could that be why im so tired",  # casual, not profound
        "always tired lately is that low dopamine",
        "my couch is old",
        "is my junk mail safe",
        "does exercise work right away",
    ],
)
def test_lay_words_left_as_typed(question):
    assert plainly(question)[0] == question


def test_junk_food_is_never_put_beside_the_search():
    question = "can junk food make you depressed"
    assert plainly(question, beside=True)[0] == question


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "history", "answer"),
    [
        ("is it bad to sit on the couch all day, can that cause depression", [], "sedentary"),
        ("my stepdad was diagnosed with parkinsons, what does it do to the body", [], "tremors"),
        ("isnt dopamine the feel-good chemical", [], "feelings of pleasure"),
        ("dopamine is the feel good chemical right", [], "feelings of pleasure"),
        ("my brain makes plenty of dopamine but it doesnt work properly", [], "receptors"),
        ("can you have enough dopamine but it doesnt work right", [], "receptors"),
    ],
)
def test_known_answers_first_as_readers_type(seed_assistant, question, history, answer):
    reply = seed_assistant.ask(question, history)
    assert reply.quotes and answer in reply.quotes[0].text


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("why is it so hard to work out when youre super exhausted and depressed", "Profound"),
        ("can being really tired make it hard to keep up with exercise when depressed", "Profound"),
        ("do antidepressants make it harder to get moving", "SSRIs"),
        # "why doesnt it work properly": the question's word order, not read; second
        ("my brain makes plenty of dopamine, so why doesnt it work properly", "receptors"),
    ],
)
def test_known_answers_in_the_first_three(seed_assistant, question, answer):
    reply = seed_assistant.ask(question)
    assert any(answer in q.text for q in reply.quotes[:3])


@pytest.mark.model
@pytest.mark.parametrize(
    "question",
    [
        "what are maois",
        "do maois help depression",
        "can toddlers have low dopamine",
        "is dopamine transporter deficiency something newborns get",
        "can you get parkinsons in your 20s",
        "is it normal to get parkinsons in your forties",
        "symptoms of low serotonin",
        "signs of a lack of serotonin",
    ],
)
def test_uncovered_near_misses_stay_not_covered(seed_assistant, question):
    assert not seed_assistant.ask(question).quotes


@pytest.mark.model
@pytest.mark.parametrize(
    "question",
    [
        "signs of low dopamine",
        "symptoms of dopamine deficiency",
        "how many people over 60 get parkinsons",
        "can parkinsons start in your 70s",
        "i used to do coke in my 20s could that have hurt my dopamine",
        "can junk food make you depressed",
        "why bother learning the symptoms of low dopamine",
    ],
)
def test_covered_neighbours_still_answered(seed_assistant, question):
    assert seed_assistant.ask(question).quotes
