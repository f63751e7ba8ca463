"""The real model on the seed corpus: a question about an aspect the articles never speak of
(inheritance, dying of it, too much of something, stopping a medicine, a quantity, a price, a
share) or about an author quotes nothing, however close its best sentence; the near misses in the
same words, chat spellings and lay words a quote says in other words are answered. Questions
written for these tests, not taken from the question sets."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "question,history",
    [
        ("can parkinsons kill you", []),
        ("is parkinsons ever deadly", []),
        ("is low dopamine passed down from parents", []),
        ("my mom has restless legs, will i get it as well", []),
        ("what if your brain makes too much dopamine", []),
        ("are high serotonin levels bad", []),
        ("how much does seeing a psychiatrist cost", []),
        ("can i just quit my antidepressants", []),
        ("how many bananas should i eat to raise dopamine", []),
        ("what are the chances antidepressants work for me", []),
        ("could my kids inherit it", ["what is restless legs syndrome"]),
        ("can parkinsons be prevented", []),
        ("how long should i stay on antidepressants", []),
        ("can i drink coffee on sertraline", []),
        ("is parkinsons more common in men", []),
        ("where can i buy l-tyrosine", []),
        ("is venlafaxine stronger than sertraline", []),
        ("who is dr dave", []),
        ("where did he train", ["who wrote the article on exercise and depression"]),
    ],
)
def test_what_the_articles_never_speak_of_is_not_quoted(seed_assistant, question, history):
    assert seed_assistant.ask(question, history).abstained


@pytest.mark.parametrize(
    "question,answer",
    [
        ("is depression in the genes", "genes"),
        ("how common is parkinsons", "1 percent"),
        ("can a head injury make you stop making dopamine", "injured"),
        ("why are antidepressants mostly serotonin ones", "cost, time"),
        ("is parkinsons curable", "no cure"),
        # chat spellings, a counted or closing "which" kind, a lay word a lower quote says
        ("whats the avg onset age for parkinsons", "60 years"),
        ("why would anyones dopamine drop", "dopamine"),
        ("what 2 brain chemicals go up with exercise", "norepinephrine"),
        ("how does exercise lift mood, like which neurotransmitters", "dopamine"),
        ("does the exhaustion go away after depression improves", "atigue"),
    ],
)
def test_the_near_misses_are_still_answered(seed_assistant, question, answer):
    reply = seed_assistant.ask(question)
    assert not reply.abstained
    assert any(answer in q.text for q in reply.quotes[:3])
