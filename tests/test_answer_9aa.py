"""Task 9aa: a question for the list of conditions that go with a thing ("what illnesses are tied
to low dopamine") is answered by the sentence that links the thing to conditions in the plural
("It's linked to many other diagnoses, such as movement disorders ..."), quoted with the sentence
it refers back to (`app.together.asks_linked_list`, `links_conditions`; lifted in
`app.sentence_search`); a brief first quote cut around it keeps its place (`app.quote_windows`).
Questions in my own wording (none is in an eval file) and near misses that must keep their
reading: a yes/no question whether two things go together, "how is X tied to Y", a list of
symptoms.
"""

import pytest

from app.together import asks_link, asks_linked_list, links_conditions


@pytest.mark.parametrize(
    "question",
    [
        "which diseases are linked to low dopamine levels",
        "what disorders r connected to low dopamin",
        "wat conditions are associated with dopamine deficiency",
        "which other illnesses are tied to not having enough dopamine",
        "what health problems are related to low dopamine",
        "what kind of illnesses go along with dopamine deficiency",
    ],
)
def test_asks_for_the_linked_conditions(question):
    assert asks_linked_list(question)
    assert not asks_link(question)  # not a yes/no question: the other rule stays out


@pytest.mark.parametrize(
    "question",
    [
        "is low dopamine linked to depression",
        "could low dopamine be connected to restless legs",
        "how is dopamine tied to mental health",
        "what symptoms are linked to low dopamine",
        "what illnesses cause low dopamine",
        "what is a health problem",
        "what are the genetic changes related to swyer syndrome",
        "what are the symptoms of x-linked charcot-marie-tooth disease",
    ],
)
def test_near_misses_do_not_ask_for_the_linked_conditions(question):
    assert not asks_linked_list(question)


@pytest.mark.parametrize(
    ("sentence", "links"),
    [
        ("It's linked to many other diagnoses, such as movement disorders and depression.", True),
        ("Obesity is associated with several chronic diseases.", True),
        ("This medical condition is connected to low dopamine levels.", False),
        ("The degenerative brain condition is connected to aging.", False),
        ("Many conditions cause fatigue.", False),
        ("Diseases of the heart are linked to smoking.", False),  # the plural before the link
    ],
)
def test_a_sentence_that_links_to_conditions(sentence, links):
    assert links_conditions(sentence.lower()) is links


@pytest.mark.model
@pytest.mark.parametrize(
    "question",
    [
        "which diseases are linked to low dopamine levels",
        "which other illnesses are tied to not having enough dopamine",
        "what kind of illnesses go along with dopamine deficiency",  # the introduction stays first
    ],
)
def test_the_linked_conditions_first_as_readers_type(seed_assistant, question):
    reply = seed_assistant.ask(question)
    assert reply.quotes and "many other diagnoses" in reply.quotes[0].text


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("is low dopamine linked to depression", "many other diagnoses"),
        ("how is dopamine tied to mental health", "very much connected to your mental health"),
        ("what symptoms are linked to low dopamine", "Knowing the symptoms"),
        ("is parkinsons connected to low dopamine", "Parkinson"),
    ],
)
def test_neighbours_keep_their_first_quote(seed_assistant, question, answer):
    reply = seed_assistant.ask(question)
    assert reply.quotes and answer in reply.quotes[0].text
