"""Non-English text through the core's question cleaning (app.service.clean_question)."""

import pytest

from app.service import clean_question


@pytest.mark.parametrize(
    "text",
    ["¿Cuánto sueño?", "成年人需要多少睡眠？", "Сколько сна?", "كم ساعة؟", "नींद कितनी?", "😴 💤"],
)
def test_non_english_and_emoji_are_kept(text):
    assert clean_question(text, 1000) == text


@pytest.mark.parametrize("text", ["می\u200cخواهم بخوابم", "👨\u200d👩\u200d👧 sleep"])
def test_zero_width_joiners_are_kept(text):
    assert clean_question(text, 1000) == text


def test_history_items_without_visible_text_are_skipped(tiny_settings, fake):
    from app.service import Assistant

    reply = Assistant.open(tiny_settings, fake).ask("sleep", ["\x00\x01", " \u200b "])
    assert reply.question == "sleep"
