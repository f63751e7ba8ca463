"""Follow-ups with the real model on the seed corpus: a follow-up that names nothing new is read
with the conversation's topic and answered; one that names a new topic is read alone; "what about
X", and a question not marked as a follow-up, are refused when the quote says nothing of them."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "question,history,expected",
    [
        # Once a crisis false alarm (the short follow-up alone near the bank's crisis lines,
        # BENCHMARKS section 9, 8s, 8t); read with its conversation since task 8z.
        (
            "which one do people overlook",
            ["what are the causes of depression"],
            "An often overlooked contribution to the depression epidemic",
        ),
        (
            "is the opposite true too",
            ["do serotonin drugs lower dopamine"],
            "the converse of this phenomenon is also true",
        ),
        (
            "does meditation help as well",
            ["how do i raise my dopamine naturally", "what should i eat"],
            "activities that boost your mood (like meditation",
        ),
        ("what is levodopa", ["does exercise help depression"], "Medications like levodopa"),
    ],
)
def test_a_follow_up_is_answered_as_a_reader_means_it(seed_assistant, question, history, expected):
    reply = seed_assistant.ask(question, history)
    assert not reply.abstained
    assert expected in reply.quotes[0].text, [q.text[:60] for q in reply.quotes]


@pytest.mark.parametrize(
    "question,history",
    [
        ("what about for kids", ["how do you treat depression"]),
        ("ok how about yoga?", ["does exercise help depression"]),
        # not marked as follow-ups: new topics of common words, not dragged into the old one
        ("how much water should i drink a day", ["what foods raise dopamine"]),
        ("is coffee bad for my heart", ["what causes low dopamine"]),
    ],
)
def test_what_about_x_is_refused_when_the_topic_says_nothing_of_x(
    seed_assistant, question, history
):
    reply = seed_assistant.ask(question, history)
    assert reply.abstained and not reply.quotes and reply.advice in reply.markdown
