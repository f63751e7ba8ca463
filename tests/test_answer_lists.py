"""A question that asks for a list is answered by the list whose lead-in names it (`app.lists`).
On 6b85ade "what are the symptoms of low dopamine" quoted "Knowing the symptoms of dopamine
deficiency can help you catch the condition early", the definition and a treatment sentence, and
not the list of physical symptoms at all. Questions in my own wording (the ones in
`eval/seed-basics.jsonl` are the plainest forms), and near misses that keep their reading."""

import pytest

from app.lacking import says_low
from app.lists import asks_list, lead_ins, lifted, subject_terms


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("what are the symptoms of low dopamine", ("symptoms",)),
        ("SYMPTOMS OF LOW DOPAMINE", ("symptoms",)),
        ("low dopamine signs??", ("symptoms",)),
        ("whats the warning signs of parkinsons", ("symptoms",)),
        ("which foods boost dopamine", ("foods",)),
        ("list the supplements for dopamine", ("supplements",)),
        ("what are the side effects of levodopa", ("side effects",)),
        ("best ways to raise dopamine", ("ways",)),
        ("what are the causes of dopamine deficiency", ("causes",)),
    ],
)
def test_a_question_that_asks_for_a_list(question, kinds):
    assert asks_list(question) == kinds


@pytest.mark.parametrize(
    "question",
    [
        "is a tremor one of the signs",  # whether, of one thing
        "are cramps a symptom of low dopamine",
        "does low dopamine cause tremors",
        "can low dopamine make you tired",
        "what is dopamine",
        "what is a symptom",  # singular: not a list
        "why bother learning the symptoms of low dopamine",  # a purpose
        "whats the point of knowing the warning signs early",
        "what good is knowing low dopamine symptoms",
    ],
)
def test_no_list_asked(question):
    assert asks_list(question) == ()


def test_the_subject_leaves_the_words_that_ask_for_the_list():
    assert subject_terms("what are the symptoms of low dopamine", ("symptoms",)) == {
        "low",
        "dopamin",
    }


LOWS = [
    "knowing the symptoms of dopamine deficiency can help you catch the condition early.",
    "common psychological dopamine deficiency symptoms include:",  # nothing listed after it
    "physical symptoms a healthcare provider may look for include:",
    "• tremors, particularly in your hands",
    "• loss of balance",
    "foods that can help are chicken and almonds:",  # another kind
    "• chicken",
]
PIDS = [6, 6, 6, 6, 6, 6, 6]
HEAD = "low production of dopamine: signs and symptoms "
HEADS = [HEAD + low for low in LOWS]


def test_the_lead_in_is_the_one_that_names_the_kind_with_items_after_it():
    assert lead_ins(("symptoms",), LOWS, HEADS, PIDS) == [0, 0, 1, 0, 0, 0, 0]
    assert lead_ins(("foods",), LOWS, HEADS, PIDS) == [0, 0, 0, 0, 0, 1, 0]


def test_items_of_another_passage_do_not_count():
    assert lead_ins(("symptoms",), LOWS, HEADS, [6, 6, 6, 7, 7, 7, 7]) == [0] * 7


def test_the_subject_must_be_in_the_lead_in_or_its_heading():
    known = lambda t: True  # noqa: E731
    assert lifted("what are the symptoms of low dopamine", LOWS, HEADS, PIDS, known)[2] == 1.0
    # the subject may be named by the article's title alone
    deficiency = "symptoms of dopamine deficiency"
    assert lifted(deficiency, LOWS, HEADS, PIDS, known)[2] == 0.0
    titles = {6: "Dopamine Deficiency: Causes, Symptoms, and Treatment"}
    assert lifted(deficiency, LOWS, HEADS, PIDS, known, titles)[2] == 1.0
    # "norepinephrine" is asked too: a dopamine-only list does not answer it
    both = "what symptoms come from low dopamine and norepinephrine"
    assert lifted(both, LOWS, HEADS, PIDS, known) == [0.0] * 7
    # a word the articles never use is no subject to look for
    unknown = lambda t: t != "norepinephrin"  # noqa: E731
    assert lifted(both, LOWS, HEADS, PIDS, unknown)[2] == 1.0


def test_a_list_of_signs_speaks_of_the_lack_through_its_passage():
    quote = "Physical symptoms a provider may look for include:\n\n• Tremors\n\n• Loss of balance"
    passage = "Knowing the symptoms of dopamine deficiency can help you catch it early.\n\n" + quote
    need = "what are the symptoms of low dopamine"
    assert says_low(quote, frozenset({"tremor"}), need, 5000, passage)
    # a paragraph (no list) still has to speak of the lack itself
    plain = "Physical symptoms a healthcare provider may look for are many."
    assert not says_low(plain, frozenset({"physic"}), need, 5000, passage)


@pytest.mark.model
@pytest.mark.parametrize(
    "question",
    [
        "what are the symptoms of low dopamine",
        "WHAT ARE THE SYMPTOMS OF LOW DOPAMINE",
        "symptoms of low dopamine",
        "low dopamine symptoms",
        "signs of low dopamine",
        "what r the signs of low dopamine",
        "symptoms of dopamine deficiency?",
        "what are the main symptoms of low dopamine levels",
    ],
)
def test_the_list_of_symptoms_comes_first(seed_assistant, question):
    reply = seed_assistant.ask(question)
    assert reply.quotes and "Tremors, particularly in your hands" in reply.quotes[0].text


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # near misses: a yes/no of one sign, another list
        ("is restless legs a symptom of low dopamine", "Restless leg syndrome"),
        ("which foods boost dopamine", "Foods that can help"),
    ],
)
def test_near_misses_keep_their_first_quote(seed_assistant, question, answer):
    reply = seed_assistant.ask(question)
    assert reply.quotes and answer in reply.quotes[0].text


@pytest.mark.model
@pytest.mark.parametrize(
    "question",
    [
        "why bother learning the symptoms of low dopamine",  # a purpose, not the list
        "whats the point in knowing the signs of low dopamine",
        "what symptoms come from low dopamine and norepinephrine",  # the list is dopamine's only
    ],
)
def test_the_dopamine_list_is_not_lifted_for_these(seed_assistant, question):
    reply = seed_assistant.ask(question)
    assert not reply.quotes or "Tremors" not in reply.quotes[0].text
