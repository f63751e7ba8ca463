"""An ordinary question asked right after a crisis message keeps the guidance (the crisis is read
from the conversation: `Detection.carried`), and after a disclosure of violence or sexual assault
it is also answered as asked, under the guidance. After suicide, self-harm, overdose or a medical
emergency, what may be quoted stays as before: nothing after self-harm or overdose, and no
passage naming a medicine, a dose or a method after the others. Seen on the page (session of
2026-12-02 evening): "what foods help with low dopamine" asked after "my boyfriend keeps hitting
me" got the guidance and nothing else, every passage that answers it naming supplements."""

import pytest

from app.answer import MEANS, safe_hits
from app.records import Hit, Passage
from app.safety.detector import Detection

SUPPLEMENT = "Some supplements and foods rich in tyrosine may support dopamine."
PLAIN = "Exercise raises dopamine levels in the brain."


def hit(text: str) -> Hit:
    return Hit(Passage("d#p-1", "d", "p-1", "T", "S", 0, len(text), text), 0.5)


def hits():
    return [hit(SUPPLEMENT), hit(PLAIN)]


@pytest.mark.parametrize("category", ["violence", "sexual_assault"])
def test_an_ordinary_question_after_violence_is_answered_as_asked(category):
    assert [h.passage.text for h in safe_hits(hits(), True, [category], carried=True)] == [
        SUPPLEMENT,
        PLAIN,
    ]


@pytest.mark.parametrize("category", ["violence", "sexual_assault"])
def test_the_message_that_tells_the_violence_still_quotes_no_means(category):
    assert [h.passage.text for h in safe_hits(hits(), True, [category])] == [PLAIN]


@pytest.mark.parametrize("category", ["suicide", "medical"])
def test_after_suicide_or_a_medical_emergency_no_means_even_when_carried(category):
    assert [h.passage.text for h in safe_hits(hits(), True, [category], carried=True)] == [PLAIN]
    assert [h.passage.text for h in safe_hits(hits(), True, ["violence", category], True)] == [
        PLAIN
    ]


@pytest.mark.parametrize("category", ["self_harm", "overdose"])
def test_after_self_harm_or_overdose_nothing_is_quoted_even_when_carried(category):
    assert safe_hits(hits(), True, [category], carried=True) == []


def test_a_detection_is_not_carried_by_default():
    assert not Detection(("violence",)).carried


def test_through_the_product(seed_assistant):
    first = "my boyfriend keeps hitting me and im scared to go home tonight"
    told = seed_assistant.ask(first)
    assert told.crisis and not seed_assistant.find_many([(first, [], 3)])[0].crisis.carried
    found = seed_assistant.find_many([("what foods help with low dopamine", [first], 3)])[0]
    assert found.crisis.crisis and found.crisis.carried
    reply = seed_assistant.ask("what foods help with low dopamine", [first])
    assert reply.crisis and reply.guidance and reply.quotes  # the guidance, then the answer
    assert reply.markdown.index("911") < reply.markdown.index("read it in the article")


FOODS = "Foods that can help are chicken, almonds, apples and greens. "
BOTH = FOODS + "Certain supplements are also thought to help."


def quoted(text: str, span: tuple[int, int]) -> Hit:
    """An evidence-mode hit whose quote shows only `span` of its passage."""
    return Hit(Passage("d#p-2", "d", "p-2", "T", "S", 0, len(text), text), 0.5, span=span)


def test_a_question_after_a_medical_emergency_is_judged_by_the_quote_it_shows():
    shows_foods = quoted(BOTH, (0, len(FOODS)))
    shows_all = quoted(BOTH, (0, len(BOTH)))
    asked = "wat fods help dopamin"
    for category in ("medical", "suicide"):
        kept = safe_hits([shows_foods, shows_all], True, [category], carried=True, question=asked)
        assert kept == [shows_foods]


def test_a_question_naming_a_means_or_asked_in_the_same_message_is_judged_by_the_passage():
    shows_foods = quoted(BOTH, (0, len(FOODS)))
    asked = "whats the best sleep supplement"
    assert safe_hits([shows_foods], True, ["suicide"], carried=True, question=asked) == []
    assert (
        safe_hits([shows_foods], True, ["medical"], carried=True, question="any pills for it") == []
    )
    # beside the crisis in the same message (not carried): nothing near a means
    assert safe_hits([shows_foods], True, ["medical"], question="wat fods help dopamin") == []
    assert safe_hits([shows_foods], True, ["overdose"], carried=True, question="foods?") == []


def test_foods_after_a_stroke_told_the_turn_before_through_the_product(seed_assistant):
    first = "my dad is slurring his words and one side of his face looks droopy"
    reply = seed_assistant.ask("wat fods help dopamin", [first])
    assert reply.crisis and "medical" in reply.crisis_categories and reply.quotes
    assert not any(MEANS.search(q.text) for q in reply.quotes)
    assert reply.markdown.index("911") < reply.markdown.index("read it in the article")
    plan = seed_assistant.ask("whats the best sleep supplement", ["i want to die"])
    assert plan.crisis and not plan.quotes


@pytest.mark.parametrize(
    ("history", "message"),
    [
        (
            ["how many tablets come in the 100mg sertraline box"],
            "ok thats enough then. thanks for everything",
        ),
        (["suddenly got a headache"], "worst ive ever had, came on like a bang, neck is stiff"),
        (["my bf hit me again last night"], "and what helps with it"),
    ],
)
def test_a_crisis_told_across_turns_is_never_answered_with_quotes(seed_assistant, history, message):
    """Carried from the conversation, but the message is the crisis itself (or leans on it), not
    a question of its own: the guidance alone, as for a crisis told in one message (the second
    was quoted the dopamine article's list of tremors before)."""
    reply = seed_assistant.ask(message, history)
    assert reply.crisis and reply.guidance and not reply.quotes
