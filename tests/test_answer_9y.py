"""Task 9y: seed held-out 24's first quotes, fixed by kind, with questions in my own wording (none
is in an eval file) and near misses that must keep their reading.

- An article's own question that echoes the reader's ("How do you fix low dopamine?" for "how can
  i fix my low dopamine") is answered by the sentence after it (`app.evidence.after_echo`).
- A teaser quoted with the list it promises is the answer, not a restatement: it keeps its place
  before the sentence after that list in the same passage, unless that sentence is the closer to
  the question ("what supplements boost dopamine") (`app.brief`).
- A yes/no question whether two things go together ("could low dopamine be linked to restless
  legs") is answered by a sentence that states the link and names the other thing (`app.together`).
- A brief first quote yields to a body quote only within 0.09 of its evidence (0.1 before).
"""

import numpy as np
import pytest

from app.brief import body_first
from app.evidence import after_echo, content_terms
from app.records import Hit, Passage
from app.together import asks_link, states_link

CAUSES = [
    "what can cause deficiency of dopamine?",
    "low levels of dopamine can be the result of a few different things.",
    "how do you fix low dopamine?",
    "to treat dopamine deficiency, you'll want to get to the bottom of what is causing it.",
]


def test_content_terms_leave_the_function_words_out():
    assert content_terms("How do you fix low dopamine?") == ["fix", "low", "dopamin"]
    assert content_terms("") == []


@pytest.mark.parametrize(
    "question", ["how can i fix my low dopamine", "whats the best way to fix low dopamine levels"]
)
def test_the_sentence_after_an_echoed_question_answers(question):
    lifted = after_echo([0.3, 0.5, 0.93, 0.6], CAUSES, [7, 7, 7, 7], 0.8, question)
    assert lifted.tolist() == [0, 0, 0, 1]


@pytest.mark.parametrize(
    ("question", "scores", "owners"),
    [
        # a content word of the article's question the reader never typed ("fix")
        ("how do i get my dopamine back to normal", [0.3, 0.5, 0.84, 0.6], [7, 7, 7, 7]),
        ("what conditions are linked to dopamine deficiency", [0.89, 0.5, 0.6, 0.6], [7] * 4),
        # not close enough, or the answer in another passage
        ("how do i fix low dopamine", [0.3, 0.5, 0.75, 0.6], [7, 7, 7, 7]),
        ("how do i fix low dopamine", [0.3, 0.5, 0.95, 0.6], [7, 7, 7, 8]),
    ],
)
def test_no_echo(question, scores, owners):
    assert not after_echo(scores, CAUSES, owners, 0.8, question).any()


def test_no_echo_when_switched_off():
    off = after_echo([0.3, 0.5, 0.99, 0.6], CAUSES, [7] * 4, 0.0, "how do i fix low dopamine")
    assert not off.any()


@pytest.mark.parametrize(
    "question",
    [
        "could low dopamine be linked to restless legs",
        "restless legs at night, is that dopamine related",
        "does low dopamine have any link to restless legs",
        "is low dopamine conected to addiction",
        "is depression anything to do with dopamine",
    ],
)
def test_a_link_asked(question):
    assert asks_link(question)


@pytest.mark.parametrize(
    "question",
    [
        "what illnesses are tied to low dopamine",  # a list asked
        "is the exercise depression link proven or just a theory",  # the link's standing asked
        "is dopamine a hormone or just a brain thing",
        "is low dopamine bad",
    ],
)
def test_no_link_asked(question):
    assert not asks_link(question)


def test_a_link_stated():
    assert states_link("it's linked to many other diagnoses, such as movement disorders")
    assert states_link("this medical condition is connected to low dopamine levels.")
    assert not states_link("physical symptoms a healthcare provider may look for include:")
    assert not states_link("they'll be able to assess your symptoms and get to the bottom of it.")


TEXT = (
    "Intro. There are even natural methods. Here's what you can try:\n\n"
    "• Eat a diet rich in magnesium.\n\nCertain supplements are also thought to help."
)
TEASER = (7, TEXT.index("\n\nCertain"))  # the teaser, its lead-in and its list


def _hit(span, score, support, section="Raise"):
    p = Passage("a#1", "a", "1", "A", section, 0, len(TEXT), TEXT)
    return Hit(p, score, score, span=span, support=support)


def _teaser_first(second):
    """body_first over a teaser quote with its list (brief), then `second` (the same point)."""
    teaser = _hit(TEASER, 0.70, 0.74)
    vectors = lambda rows: np.ones((len(rows), 2)) / np.sqrt(2)  # noqa: E731 - every point the same
    found = [(teaser, 0, 1, [1]), (second, 0, 5, [5])]
    return body_first(found, lambda pid, row: row == 1, vectors)[0][0]


def test_a_teaser_with_its_list_stays_before_the_sentence_after_the_list():
    after = _hit((TEXT.index("Certain"), len(TEXT)), 0.65, 0.69)
    assert _teaser_first(after).span == TEASER


def test_the_sentence_after_the_list_goes_first_when_it_is_the_closer():
    after = _hit((TEXT.index("Certain"), len(TEXT)), 0.69, 0.81)
    assert _teaser_first(after).span[0] == TEXT.index("Certain")


def test_a_brief_quote_far_enough_ahead_keeps_its_place():
    brief = _hit((0, 6), 0.674, 0.59)
    body = _hit((7, 38), 0.581, 0.60)  # 0.093 under: yielded to with 0.1 as the margin
    vectors = lambda rows: np.ones((len(rows), 2)) / np.sqrt(2)  # noqa: E731
    found = [(brief, 0, 0, [0]), (body, 0, 1, [1])]
    assert body_first(found, lambda pid, row: row == 0, vectors)[0][0] is brief


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("how can i fix my low dopamine", "get to the bottom"),
        ("how do i fix my low dopamine levels", "get to the bottom"),
        ("which foods raise dopamine levels", "Foods that can help"),
        ("which foods boost dopamine levels naturally", "Foods that can help"),
        ("how do i get my dopamine back to normal", "raise your dopamine levels"),
        ("could low dopamine be linked to restless legs", "restless legs syndrome"),
        ("does low dopamine have any link to restless legs", "restless legs syndrome"),
        ("is low dopamine connected with restless legs syndrome", "restless legs syndrome"),
    ],
)
def test_known_answers_first_as_readers_type(seed_assistant, question, answer):
    reply = seed_assistant.ask(question)
    assert reply.quotes and answer in reply.quotes[0].text


@pytest.mark.model
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("what supplements boost dopamine", "Certain supplements"),
        ("what supplements help with dopamine", "Certain supplements"),
        ("what causes low dopamine", "result of a few different things"),
        ("whats the cause of low dopamine", "result of a few different things"),
        ("how do you fix low dopamine", "get to the bottom"),
        ("what foods are good for dopamine", "Foods that can help"),
        ("is low dopamine linked to addiction", "addiction"),
        ("is parkinsons connected to low dopamine", "Parkinson"),
        ("im always sleepy and moody, could it be dopamine", "These unpleasant symptoms"),
    ],
)
def test_neighbours_keep_their_first_quote(seed_assistant, question, answer):
    reply = seed_assistant.ask(question)
    assert reply.quotes and answer in reply.quotes[0].text
