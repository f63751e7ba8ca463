"""The conversation kept in the page: remembered, capped, and checked when it comes back."""

from __future__ import annotations

from web_fakes import FakeAssistant

from app.web.conversation import MAX_ASKED, MAX_TURNS, earlier_questions, remember, turn_at


def reply(question: str = "symptoms", top_k: int = 2):
    return FakeAssistant().ask(question, top_k=top_k)


def test_remember_adds_the_question_and_the_turn():
    conversation = remember({}, "What is dopamine?", reply(), 1)
    assert earlier_questions(conversation) == ["What is dopamine?"]
    turn = turn_at(conversation, 1)
    assert turn["question"] == "What is dopamine?" and turn["abstained"] is False
    assert len(turn["passages"]) == 2 and turn["passages"][0].startswith("dopamine-deficiency#p-")
    assert turn_at(conversation, 2) is None


def test_sizes_are_capped():
    conversation: dict = {}
    for i in range(60):
        conversation = remember(conversation, f"q{i}", reply(), 2 * i + 1)
    assert earlier_questions(conversation) == [f"q{i}" for i in range(60 - MAX_ASKED, 60)]
    assert len(conversation["turns"]) == MAX_TURNS
    assert turn_at(conversation, 119)["question"] == "q59"
    assert turn_at(conversation, 1) is None  # the oldest replies are forgotten


def test_malformed_values_count_as_empty():
    for bad in (None, 3, "x", [], {"asked": {"a": 1}, "turns": []}):
        assert earlier_questions(bad) == []
        assert turn_at(bad, 1) is None
        assert remember(bad, "q", reply(), 1)["asked"] == ["q"]
    mixed = {"asked": ["a", 2, None, "b"], "turns": {"x": 1, "3": {"question": "q"}}}
    assert earlier_questions(mixed) == ["a", "b"]
    assert list(remember(mixed, "c", reply(), 5)["turns"]) == ["3", "5"]


def test_a_crisis_reply_keeps_no_question_text_for_its_vote():
    conversation = remember({}, "crisis: my dad collapsed", reply("crisis: my dad collapsed"), 1)
    turn = turn_at(conversation, 1)
    assert turn["question"] == "" and turn["passages"] == [
        p.link.removeprefix("/articles/") for p in reply("crisis: my dad collapsed").quotes
    ]
    assert earlier_questions(conversation) == ["crisis: my dad collapsed"]  # the page's own context
    assert turn_at(remember({}, "symptoms", reply(), 1), 1)["question"] == "symptoms"
