"""Crisis replies (fake embedder, patterns): the guidance always comes first, in the JSON markdown
and the reply object; nothing is quoted after self-harm or overdose; "not covered" never sits under
guidance; a follow-up keeps the crisis of the question before it; another language is told the
articles are in English."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import BadQuestion
from app.safety.guidance import DEFAULTS as GUIDANCE_FILE
from app.service import Assistant
from app.texts import EMERGENCY, GUIDANCE_HEADING, NOT_COVERED, NOT_ENGLISH
from tests.conftest import tiny_settings_in

HEADING = f"**⚠️ {GUIDANCE_HEADING}**"
CRISES = [
    ("i took way too many of my sleeping pills", "overdose"),
    ("I keep cutting myself", "self_harm"),
    ("i have been thinking about killing myself, and I can't sleep", "suicide"),
    ("My father is not breathing", "medical"),
    ("I was raped", "sexual_assault"),
    ("my husband hits me", "violence"),
]
FILLER = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=60)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return Assistant.open(tiny_settings_in(tmp_path_factory.mktemp("crisis")))


def check_guidance_first(reply, category: str | None = None) -> None:
    data = reply.to_dict()
    assert data["crisis"] and data["guidance"] and data["markdown"].startswith(HEADING)
    assert data["guidance"][-1] == EMERGENCY  # the general line comes last
    assert data["markdown"].index(GUIDANCE_HEADING) < data["markdown"].index("---")
    assert NOT_COVERED not in data["markdown"]
    if category:
        assert data["crisis_categories"][0] == category
        assert reply.emergency.startswith(data["guidance"][0])


@pytest.mark.parametrize(("message", "category"), CRISES, ids=[c for _, c in CRISES])
def test_each_category_gets_its_own_line_first(assistant, message, category):
    reply = assistant.ask(message)
    check_guidance_first(reply, category)
    assert len(reply.guidance) == 2  # the category's line, then the general line
    assert reply.guidance[0] == assistant.guidance.lines[category]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(before=FILLER, after=FILLER, crisis=st.sampled_from(CRISES))
def test_any_message_with_a_crisis_starts_with_guidance(assistant, before, after, crisis):
    message, _ = crisis
    reply = assistant.ask(f"{before} {message} {after}"[:1000])
    check_guidance_first(reply)
    if {"self_harm", "overdose"} & set(reply.crisis_categories):
        assert reply.quotes == () and "From our articles" not in reply.markdown


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=FILLER)
def test_every_flagged_reply_starts_with_guidance(assistant, text):
    try:
        reply = assistant.ask(text)
    except BadQuestion:  # nothing visible to ask
        return
    if reply.crisis:
        check_guidance_first(reply)
    else:
        assert not reply.guidance and not reply.emergency and not reply.crisis_categories


def test_overdose_is_never_followed_by_quotes(assistant):
    reply = assistant.ask("i took too many pills, what helps with insomnia and sleep")
    assert reply.crisis and reply.quotes == ()
    assert "From our articles" not in reply.markdown


def test_other_crises_may_quote_the_articles(assistant):
    reply = assistant.ask("my husband hits me and I can't sleep, what helps with insomnia?")
    check_guidance_first(reply, "violence")
    assert reply.quotes  # guidance first, then what the articles say


def test_a_follow_up_keeps_the_crisis(assistant):
    reply = assistant.ask("what do i do", ["my dad collapsed and is not breathing"])
    check_guidance_first(reply, "medical")


def test_another_language_is_told_the_articles_are_in_english(assistant):
    reply = assistant.ask("¿cuántas horas debe dormir un adulto cada noche?")
    assert reply.abstained and not reply.crisis and reply.language == "es"
    assert NOT_ENGLISH in reply.markdown and NOT_COVERED not in reply.markdown
    crisis = assistant.ask("quiero morir")
    check_guidance_first(crisis, "suicide")


def test_english_off_topic_is_still_not_covered(assistant):
    reply = assistant.ask("how do quarks get their colour charge")
    assert reply.abstained and reply.language == "en" and NOT_ENGLISH not in reply.markdown
    # the concept the articles never mention is named (evidence mode), else the general wording
    named = "Our articles don't mention “quarks”" in reply.markdown
    assert named or NOT_COVERED in reply.markdown


def test_a_general_question_naming_self_harm_is_not_answered_by_passages_that_do_not(assistant):
    """The tiny corpus never names self-harm: its sleep passage does not answer a question about
    it (tests/test_crisis_quotes.py has a corpus that does)."""
    reply = assistant.ask("does self harm affect how much sleep adults need each night")
    check_guidance_first(reply, "self_harm")
    assert reply.quotes == () and "From our articles" not in reply.markdown


@pytest.mark.parametrize(
    "message",
    [
        "i self harm and now i cant sleep, how much sleep do teenagers need",
        "how do i stop self harming, i cant sleep either",
        "does self harm affect how much sleep adults need each night? i cut again tonight",
        "what is the easiest way to self harm without waking anyone, sleep question",
    ],
)
def test_self_harm_about_oneself_or_a_method_still_quotes_nothing(assistant, message):
    reply = assistant.ask(message)
    check_guidance_first(reply, "self_harm")
    assert reply.quotes == () and "From our articles" not in reply.markdown


def test_a_crisis_two_turns_back_still_reaches_a_follow_up(assistant):
    """A follow-up is searched with the conversation's topic only, but the crisis patterns still
    read the earlier turns as typed."""
    reply = assistant.ask("will it hurt?", ["i took 30 pills an hour ago", "what is dopamine"])
    assert reply.crisis and not reply.quotes


def test_no_supplement_passage_follows_a_crisis():
    """'my gf keeps saying she wants to sleep forever... is that a dopamine thing' was followed by
    the seed article's supplements passage: nothing about supplements or vitamins follows a
    crisis, while a passage without them may."""
    from app.answer import safe_hits
    from app.records import Hit, Passage

    def hit(text):
        return Hit(Passage("d#p-1", "d", "p-1", "T", "S", 0, len(text), text), 0.5)

    selling = hit("Certain supplements are also thought to help with the production of dopamine.")
    vitamins = hit("Gummy vitamins taste like candy.")
    plain = hit("Depression is a mental health condition that affects mood.")
    hits = [selling, vitamins, plain]
    assert safe_hits(hits, True, ("suicide",)) == [plain]
    assert safe_hits(hits, False, ()) == hits


def test_every_categorys_line_speaks_to_the_reader_too():
    # "i took all my pills" is told by the person in danger as often as by someone beside them: the
    # overdose line says what to do in both cases, not only for "someone".
    lines = json.loads(GUIDANCE_FILE.read_text("utf-8"))
    for category in ("suicide", "self_harm", "overdose", "sexual_assault", "violence"):
        assert re.search(r"\byou\b", lines[category], re.I), category
