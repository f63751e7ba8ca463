"""An ordinary question asked right after a crisis message keeps the guidance (the crisis is read
from the conversation: `Detection.carried`), and after a disclosure of violence or sexual assault
it is also answered as asked, under the guidance. After suicide, self-harm, overdose or a medical
emergency, what may be quoted stays as before: nothing after self-harm or overdose, and no
passage naming a medicine, a dose or a method after the others. Seen on the page (session of
2026-12-02 evening): "what foods help with low dopamine" asked after "my boyfriend keeps hitting
me" got the guidance and nothing else, every passage that answers it naming supplements."""

import pytest

from app.answer import safe_hits
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
