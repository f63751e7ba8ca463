import pytest

from app.safety import is_crisis

CRISIS = [
    "I want to kill myself",
    "i've been thinking about suicide",
    "I don't want to live anymore",
    "i dont see the point in living anymore",
    "I keep cutting myself",
    "my friend took too many pills",
    "I think I took an overdose of my antidepressants",
    "my child swallowed bleach",
    "crushing chest pain spreading to my arm",
    "his face is drooping and he has slurred speech",
    "I can't breathe",
    "I want to end it all, my dopamine is low",
]
SAFE = [
    "What is dopamine deficiency?",
    "How do antidepressants work?",
    "Can exercise help depression?",
    "What causes poison ivy rashes?",
    "What helps with insomnia?",
    "",
]


@pytest.mark.parametrize("message", CRISIS)
def test_crisis_messages_are_detected(message):
    assert is_crisis(message)


@pytest.mark.parametrize("message", SAFE)
def test_ordinary_questions_are_not_crises(message):
    assert not is_crisis(message)
