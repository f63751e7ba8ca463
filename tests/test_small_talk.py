"""Small talk (`app.remarks.small_talk`) is answered in a word of its own, not with "Our articles do
not cover this question ... Please ask a healthcare professional" (what "hey", "ok got it" and "ok
bye" got on baf459d). The whole message must be small talk: a greeting before a question or a
crisis is read as any message, and a crisis reply shows the guidance, never the remark. Messages
written for this test; none is in an eval file."""

from __future__ import annotations

import pytest

from app.cli import render_terminal
from app.remarks import small_talk
from app.service import Assistant
from app.texts import NOT_COVERED, REMARKS
from app.web.render import nothing_quoted


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("hey", "greeting"),
        ("hiii", "greeting"),
        ("Hello there!", "greeting"),
        ("good morning", "greeting"),
        ("hi again bot", "greeting"),
        ("hola", "greeting"),
        ("thanks thats really helpful", "thanks"),
        ("thank u", "thanks"),
        ("ok cool thx", "thanks"),
        ("makes sense, thanks!", "thanks"),
        ("ok got it", "ack"),
        ("okk", "ack"),
        ("i see", "ack"),
        ("good to know", "ack"),
        ("ok bye", "bye"),
        ("thanks, take care", "bye"),
        ("gotta go", "bye"),
        ("goodnight", "bye"),
        ("no thanks", "bye"),
        ("nope thats all", "bye"),
        ("im good", "bye"),
        ("no, thank you!", "bye"),
        # fifth session of 2026-12-03: a request to put the last reply in other words, and a
        # question about the assistant itself
        ("can you explain that simpler", "rephrase"),
        ("what do you mean", "rephrase"),
        ("lol what", "rephrase"),
        ("huh?", "rephrase"),
        ("i dont understand", "rephrase"),
        ("can u say that in plain english pls", "rephrase"),
        ("tldr", "rephrase"),
        ("explain it like im 5", "rephrase"),
        ("are you a real doctor", "about"),
        ("r u a bot", "about"),
        ("am i talking to a real person", "about"),
        ("who are you", "about"),
        ("is this ai", "about"),
        # the reader says the reply did not help (session of 2026-12-04: "you are useless" got
        # "Our articles do not cover this question")
        ("you are useless", "complaint"),
        ("ugh this bot is so useless", "complaint"),
        ("thats not helpful", "complaint"),
        ("that didnt help at all", "complaint"),
        ("this answer is wrong", "complaint"),
        ("not what i asked", "complaint"),
        ("u r useless lol", "complaint"),
        ("stupid bot", "complaint"),
        ("you didnt answer my question", "complaint"),
        # a web address to look at (task ux3's reader pass: "Our articles don't mention “https”")
        ("is this legit https://www.example.com/dopamine-detox", "link"),
        ("what about www.healthsite.com/low-dopamine-diet", "link"),
        ("thoughts on this? https://x.com/post/1", "link"),
        ("https://youtu.be/abc", "link"),
    ],
)
def test_small_talk(message, kind):
    assert small_talk(message) == kind


@pytest.mark.parametrize(
    "message",
    [
        "hey whats dopamine",
        "hi i want to die",
        "hello, my dad collapsed",
        "ok so what about exercise",
        "thanks, but is it safe with sertraline",
        "ok and the side effects?",
        "good morning, why am i always tired",
        "bye forever",  # says more than goodbye: read as any message
        "hi can i talk to a real doctor",
        "no i still feel awful",
        "nope, what about exercise",
        "im good at hiding it",
        "no one cares",
        "what do you mean by dopamine transporter",
        "can you explain how dopamine works",
        "what does dopamine mean",
        "i dont understand why i feel so tired",
        "what do you mean by that, is it dangerous",
        "are you a real doctor? my chest hurts",
        "i dont understand, i want to die",
        "saw this https://foo.com/x?y=1 does tyrosine help dopamine",
        "https://example.com i want to die",
        # about the reader, their body or their medicine, never the reply
        "im useless",
        "i feel useless",
        "my legs are useless",
        "my meds are useless",
        "is tyrosine useless",
        "its bad",
        "it didnt help",
        "exercise doesnt help",
        "thats terrible",
        "you are wrong about dopamine",
        "that is wrong, i want to die",
        "im useless and everyone would be better off without me",
    ],
)
def test_a_message_that_asks_or_tells_anything_is_no_small_talk(message):
    assert small_talk(message) == ""


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("hey", "greeting"),
        ("ok got it", "ack"),
        ("ok bye", "bye"),
        ("can you explain that simpler", "rephrase"),
        ("are you a real doctor", "about"),
        ("you are useless", "complaint"),
        ("is this legit https://www.example.com/dopamine-detox", "link"),
    ],
)
def test_small_talk_gets_its_own_word_in_every_medium(tiny_settings, fake, message, kind):
    reply = Assistant.open(tiny_settings, fake).ask(message)
    assert reply.abstained and not reply.quotes and reply.remark == kind
    assert not reply.crisis
    for shown in (reply.markdown, render_terminal(reply), nothing_quoted(reply)):
        flat = " ".join(shown.replace("\\", "").split())
        assert REMARKS[kind] in flat and NOT_COVERED not in flat, flat
    assert reply.advice in reply.markdown  # the advice is always there
    assert reply.to_dict()["remark"] == kind


def test_a_question_has_no_remark(tiny_settings, fake):
    reply = Assistant.open(tiny_settings, fake).ask("how much sleep do adults need")
    assert not reply.abstained and reply.remark == "" and reply.to_dict()["remark"] == ""


@pytest.mark.model
def test_a_crisis_after_small_talk_shows_the_guidance_not_the_remark(seed_assistant):
    reply = seed_assistant.ask("ok thanks", ["my husband just collapsed and isnt breathing"])
    assert reply.crisis and reply.markdown.startswith("**⚠️")
    assert REMARKS["thanks"] not in reply.markdown.replace("\\", "")


@pytest.mark.model
def test_a_greeting_is_not_taken_for_another_language(seed_assistant):
    reply = seed_assistant.ask("hey")
    assert reply.language == "en" and REMARKS["greeting"] in reply.markdown.replace("\\", "")


def test_a_web_address_is_no_word_of_the_question():
    from app.concepts import key_concepts

    found = key_concepts("saw this https://foo.com/dopamine-detox?x=1 does tyrosine help")
    assert found == ["saw", "tyrosine"]
