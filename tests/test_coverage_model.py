"""The real model on the seed corpus: a question about something the articles never mention, or for
an amount they never give, quotes nothing (naming the thing), and the real answers next to them
are still quoted. Questions written for these tests, not taken from the question sets."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "question,history,named",
    [
        ("does eating candy raise dopamine", [], "candy"),  # the foods list is not about candy
        ("does drinking beer lower dopamine", [], "beer"),
        ("can toddlers have low dopamine", [], "toddlers"),
        ("is acupuncture a treatment for depression", [], "acupuncture"),
        ("can kids get it too", ["what causes depression"], "kids"),
        ("how long does venlafaxine take to start working", [], None),
        ("how many hours of exercise a week should i do", [], None),
        ("what is a normal serotonin level", [], None),
        ("what time of day is best to take sertraline", [], None),
        ("can low dopamine make your teeth fall out", [], "teeth"),  # an effect never mentioned
        ("does levodopa make your eyes dry", [], "eyes"),
        ("can low dopamine cause hearing loss", [], "hearing"),  # "loss" says only how
        ("can antidepressants cause vision problems", [], "vision"),
        ("is sertraline safe for my toddler", [], "toddler"),  # people never mentioned
        ("is parkinsons contagious", [], None),  # a quality no quote says
        ("do you guys sell l-theanine", [], None),  # a question to the shop
    ],
)
def test_what_the_articles_never_say_is_not_quoted(seed_assistant, question, history, named):
    reply = seed_assistant.ask(question, history)
    assert reply.abstained and not reply.quotes and reply.advice in reply.markdown
    if named:
        assert f"don't mention “{named}”" in reply.markdown


@pytest.mark.parametrize(
    "question,answer",
    [
        ("does eating chocolate raise dopamine", "chocolate"),
        ("is meditation good for dopamine or is that a myth", "meditation"),
        ("what medicatoins help parkinsons", "Medications like levodopa"),
        ("does going for walks help depression", "Physical activity improves symptoms"),
        ("do older people get parkinsons more", "connected to aging"),
        ("how long do the benefits of exercise last", "over the long haul"),
        ("which brain chemicals does physical activity increase", "two key neurotransmitters"),
        ("will bloodwork tell me my dopamine level", "blood test"),  # two words typed as one
        ("can antidepressants leave you apathetic and numb", "apathy"),  # same family
        ("can low dopamine cause loss of balance", "Loss of balance"),
    ],
)
def test_the_real_answer_is_still_quoted(seed_assistant, question, answer):
    reply = seed_assistant.ask(question, [])
    assert not reply.abstained
    assert any(answer in q.text for q in reply.quotes[:3]), [q.text[:60] for q in reply.quotes]


def test_a_followups_word_said_in_other_words_is_quoted(seed_assistant):
    reply = seed_assistant.ask("what about street drugs like coke?", ["what lowers dopamine"])
    assert not reply.abstained
    assert any("cocaine" in q.text for q in reply.quotes[:3]), [q.text[:60] for q in reply.quotes]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("does depression cause tiredness", "fatigue"),  # said in other words by a later quote
        ("does doing coke wreck your dopamine", "cocaine"),
    ],
)
def test_a_later_quote_that_says_it_in_other_words_is_quoted(seed_assistant, question, said):
    """The first quote does not speak of what is asked; a later one says it in other words: the
    quotes from that one on are shown, in their order (`Assistant._judge`)."""
    reply = seed_assistant.ask(question)
    assert reply.quotes and said in reply.quotes[0].text.lower() + reply.quotes[-1].text.lower()
    scores = [q.score for q in reply.quotes]
    assert scores == sorted(scores, reverse=True)
