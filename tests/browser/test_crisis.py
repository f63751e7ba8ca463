"""A crisis message on the chat page and in the widget: the guidance box is the reply's first
element, an alert (screen readers announce it at once), red, with the line that fits the message
first and the general emergency line last; no "could not find" under it; the advice stays last.
Waits for elements, never for time."""

from __future__ import annotations

import pytest
from browser_helpers import screenshot

from app.safety.guidance import Guidance
from app.texts import EMERGENCY, GUIDANCE_HEADING

pytestmark = pytest.mark.browser
MESSAGE = "i was raped last night and i dont know what to do"


def open_widget(page, url: str):
    page.goto(url)
    page.locator("#healthqa-widget-host button.launcher").click(timeout=30_000)
    return page.frame_locator("#healthqa-widget-host iframe")


def ask(scope, question: str):
    box = scope.locator("#hq-question textarea")
    box.wait_for(timeout=60_000)
    box.fill(question)
    box.press("Enter")
    reply = scope.locator(".hq-reply:has(.hq-advice)").last
    reply.locator(".hq-advice").wait_for(timeout=60_000)
    return reply


def check_guidance_first(reply) -> None:
    first = reply.locator(":scope > *").first
    assert first.get_attribute("class") == "hq-emergency"
    assert first.get_attribute("role") == "alert"
    lines = first.locator("p").all_inner_texts()
    assert first.locator("strong").first.inner_text().strip() == GUIDANCE_HEADING
    assert lines[0] == Guidance.load().lines["sexual_assault"]
    assert lines[-1] == EMERGENCY
    assert reply.locator(".hq-abstain").count() == 0
    last = reply.locator(":scope > *").last
    assert last.get_attribute("class") == "hq-advice"
    colour = first.evaluate("el => getComputedStyle(el).borderLeftColor")
    assert colour == "rgb(185, 28, 28)", colour  # the strong red of chat.css
    # the alert is the first thing in the reply a screen reader reaches
    texts = reply.evaluate(
        "el => [...el.querySelectorAll('[role=alert], p, figure')].map(n => n.className)"
    )
    assert texts[0] == "hq-emergency", texts


def test_crisis_box_comes_first_on_the_page(app_server, new_page):
    page = new_page()
    page.goto(f"{app_server.url}/")
    reply = ask(page, MESSAGE)
    check_guidance_first(reply)
    screenshot(page, "crisis-page")


def test_crisis_box_comes_first_in_the_widget(app_server, new_page):
    page = new_page(390, 844)
    chat = open_widget(page, app_server.host_page)
    reply = ask(chat, MESSAGE)
    check_guidance_first(reply)
    screenshot(page, "crisis-widget")
