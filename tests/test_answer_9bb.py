"""Task 9bb: an honest "not covered" and fewer needless refusals, fixed by kind, with questions in
my own wording (none is in an eval file) and near misses that must keep their reading.

- What a named thing does ("what does serotonin actually do", "whats the role of X", "what is X
  for") is answered only by a passage where the thing is a clause's subject (`app.function`); what
  a thing does TO something, and a pronoun, are not read.
- A share ("what percent of ...") is never given by a year or a list item's number
  (`app.amounts`).
- "else" is a function word ("what else does it do"); a likeness for how the reader feels ("feel
  numb like a zombie") and "side effects" beside an effect the quote names ("ssri side effects
  apathy") only frame the question (`app.framing`).
"""

import pytest

from app import amounts, function
from app.concepts import FUNCTION, key_concepts
from app.framing import effect_beside, framing
from app.lexical import terms

RARE = 10000  # `Settings.rare_rank`


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("what does serotonin actually do in the body", "serotonin"),
        ("whats serotonin for", "serotonin"),
        ("wat does norepinephrine even do", "norepinephrine"),
        ("what is the role of serotonin in ur brain", "serotonin"),
        ("what does venlafaxine do exactly", "venlafaxine"),
        ("what does dopamin do in your head", "dopamin"),
    ],
)
def test_what_a_thing_does_is_asked(question, thing):
    assert function.thing_asked(question, RARE) == thing


@pytest.mark.parametrize(
    "question",
    [
        "what does parkinsons do to your body",  # its effects on something named
        "what does it do",  # the topic's: a pronoun
        "and what do they do",
        "what does exercise do for depression",  # a common word
        "what do i do if my dopamine is low",
        "what is the outlook for parkinsons",  # "for" a thing: not what it is for
    ],
)
def test_not_what_a_thing_does(question):
    assert function.thing_asked(question, RARE) == ""


@pytest.mark.parametrize(
    ("thing", "text"),
    [
        ("dopamine", "Dopamine is a neurotransmitter, meaning it helps send messages."),
        ("dopamin", "Dopamine also affects feelings of pleasure."),
        ("levodopa", "There's no cure. Medications like levodopa could help increase dopamine."),
        ("dopamine", "Dopamine transporters play a role in memory."),
        ("norepinephrine", "Dopamine and norepinephrine are neurotransmitters."),
    ],
)
def test_a_passage_that_says_what_it_does(thing, text):
    assert function.says_what_it_does(thing, text)


@pytest.mark.parametrize(
    ("thing", "text"),
    [
        ("serotonin", "Not only will disproportionate support of serotonin miss many symptoms."),
        ("serotonin", "This is because unilateral support of serotonin leads to a decrease."),
        ("serotonin", "Unilateral support of dopamine can lower serotonin levels."),
        ("venlafaxine", "a serotonin-norepinephrine reuptake inhibitor, like venlafaxine."),
        ("norepinephrine", "The beauty of increasing dopamine and norepinephrine transmission is"),
    ],
)
def test_a_passage_that_only_names_it(thing, text):
    assert not function.says_what_it_does(thing, text)


@pytest.mark.parametrize(
    "text",
    [
        "the findings of a 2013 study are so interesting",
        "  1. Such an intervention can directly help",
        "Physical activity improves symptoms of depression",
    ],
)
def test_a_year_or_a_list_number_gives_no_share(text):
    assert not amounts.answered("what percent of depressed ppl get better from exercise", text)


@pytest.mark.parametrize(
    "text",
    [
        "impacting an estimated 1 percent of people over that age",
        "about 30% of patients improve",
        "3 in 10 people recover",
        "half of them get better",
    ],
)
def test_a_share_given(text):
    assert amounts.answered("what percentage of people get better", text)


def test_else_is_a_function_word():
    assert "else" in FUNCTION
    assert key_concepts("parkinsons shaking and wobbly what else does it do") == [
        "parkinsons",
        "shaking",
        "wobbly",
    ]


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("my ssri makes me feel numb and flat like a zombie, is that a thing", "zombie"),
        ("i feel like a zombie on my antidepressants is that normal", "zombie"),
        ("im like a robot since starting sertraline", "robot"),
        ("these meds make me feel like an empty shell", "shell"),
    ],
)
def test_a_likeness_for_a_feeling_only_frames(question, word):
    assert word in framing(question)


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("is parkinsons like alzheimers", "alzheimers"),  # a thing compared, not a feeling
        ("does dopamine work like a drug", "drug"),
        ("foods like bananas", "bananas"),
        ("im scared its like a stroke", "stroke"),  # a thing compared, after its own subject
        ("my dad was like a statue when he walked, is that parkinsons", "statue"),
    ],
)
def test_a_comparison_is_no_likeness(question, word):
    assert word not in framing(question)


QUOTED = frozenset(terms("most medications cause fatigue, apathy, emotional numbness"))


@pytest.mark.parametrize(
    "question",
    [
        "ssri side effects apathy",
        "is feeling numb a side effect of ssris",
        "antidepressant side effects like apathy",
        "is apathy a common side effect",
    ],
)
def test_side_effects_beside_an_effect_quoted(question):
    assert effect_beside("side effects", question, QUOTED) or effect_beside(
        "side effect", question, QUOTED
    )


@pytest.mark.parametrize(
    "question",
    [
        "what are the side effects of levodopa",
        "and the side effects?",
        "does levodopa have side effects like nausea",  # nausea is not quoted
        "levodopa side effects",
    ],
)
def test_side_effects_without_an_effect_quoted(question):
    quoted = QUOTED | set(terms("levodopa"))
    assert not effect_beside("side effects", question, quoted)


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "history", "answer"),
    [
        ("parkinsons tremors and stiff what else does it do to u", [], "balance difficulties"),
        ("is feeling numb a side effect of ssris", [], "emotional numbness"),
        ("ssri side effects like apathy", [], "emotional numbness"),
        ("is apathy a common side effect of antidepressants", [], "emotional numbness"),
    ],
)
def test_known_answers_first_as_readers_type(seed_assistant, question, history, answer):
    reply = seed_assistant.ask(question, history)
    assert reply.quotes and answer in reply.quotes[0].text


@pytest.mark.model
def test_a_likeness_no_longer_refuses(seed_assistant):
    reply = seed_assistant.ask("i feel like a zombie on my antidepressants is that normal")
    assert reply.quotes


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("what does norepinephrine actually do", []),
        ("whats serotonin for in the body", []),
        ("what is the role of serotonin", []),
        ("what does venlafaxine do exactly", []),
        ("what are the side effects of levodopa", []),
        ("and the side effects?", ["how is parkinsons treated"]),
        ("does exercise have side effects", []),
        ("is parkinsons like alzheimers", []),
    ],
)
def test_uncovered_near_misses_stay_not_covered(seed_assistant, question, history):
    assert not seed_assistant.ask(question, history).quotes


@pytest.mark.model
@pytest.mark.parametrize(
    "question",
    [
        "what does dopamine even do",
        "what does levodopa do",
        "what do dopamine agonists do",
        "what does parkinsons do to your body",
        "what percent of people over 60 get parkinsons",
        "dopamine is for pleasure right, what else does it do",
    ],
)
def test_covered_neighbours_still_answered(seed_assistant, question):
    assert seed_assistant.ask(question).quotes
