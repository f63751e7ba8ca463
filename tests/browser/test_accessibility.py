"""axe-core (vendored, evaluated from the local file; see vendor/axe-core/README.md) on the chat
page, the embed view, an article page and the open widget on a cross-site host page, each after
an answer where there is one: no serious or critical violation. And what a screen reader gets:
new answers land in a live region; quote cards, source links and the advice are named."""

from __future__ import annotations

import re

import pytest
from browser_helpers import QUESTION
from measure import axe_violations
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def ask(frame, question: str = QUESTION) -> None:
    box = frame.locator("#hq-question textarea")
    box.fill(question)
    box.press("Enter")
    frame.locator(".hq-reply .hq-advice").last.wait_for(timeout=60_000)


def no_serious(frame) -> None:
    violations = axe_violations(frame)
    assert violations == [], "\n".join(
        f"{v['impact']} {v['id']}: {v['help']} {v['nodes']}" for v in violations
    )


@pytest.mark.parametrize("path", ["/", "/embed/"])
def test_axe_chat_views_after_an_answer(app_server, new_page, path):
    page = new_page()
    page.goto(f"{app_server.url}{path}")
    page.locator("#hq-question textarea").wait_for(timeout=60_000)
    no_serious(page.main_frame)  # before any answer: greeting and examples
    ask(page.main_frame)
    no_serious(page.main_frame)


def test_axe_article_page(app_server, new_page):
    page = new_page()
    page.goto(f"{app_server.url}/articles/dopamine-deficiency")
    no_serious(page.main_frame)


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (390, 844)])
def test_axe_open_widget_on_a_host_page(app_server, new_page, width, height):
    page = new_page(width, height)
    page.goto(app_server.host_page)
    page.locator("#healthqa-widget-host button.launcher").click()
    page.frame_locator("#healthqa-widget-host iframe").locator("#hq-question textarea").wait_for(
        timeout=60_000
    )
    frame = page.locator("#healthqa-widget-host iframe").element_handle().content_frame()
    ask(frame)
    no_serious(page.main_frame)  # the launcher and the panel, in their shadow root
    no_serious(frame)


def test_new_answers_land_in_a_live_region(app_server, new_page):
    page = new_page()
    page.goto(f"{app_server.url}/")
    page.locator("#hq-question textarea").wait_for(timeout=60_000)
    ask(page.main_frame)
    live = page.locator(".hq-reply").last.evaluate(
        "el => { const r = el.closest('[aria-live]'); "
        "return r && [r.getAttribute('aria-live'), r.getAttribute('role')]; }"
    )
    assert live == ["polite", "log"], live


def test_screen_reader_names_in_the_widget(app_server, new_page):
    """Quote cards, source links and the advice, as the browser's accessibility tree gives them
    (Gradio's sanitizer keeps role but drops aria-label: names come from text)."""
    page = new_page(390, 844)
    page.goto(app_server.host_page)
    page.locator("#healthqa-widget-host button.launcher").click()
    chat = page.frame_locator("#healthqa-widget-host iframe")
    chat.locator("#hq-question textarea").wait_for(timeout=60_000)
    box = chat.locator("#hq-question textarea")
    box.fill(QUESTION)
    box.press("Enter")
    chat.locator(".hq-reply .hq-advice").wait_for(timeout=60_000)
    card = re.compile(r"^Quote 1 of \d\. Source: Dopamine Deficiency.*Section: .*2023$")
    expect(chat.get_by_role("figure", name=card)).to_have_count(1)
    link = chat.get_by_role("link", name=re.compile(r"Dopamine Deficiency.*opens in a new tab"))
    assert link.count() >= 1
    expect(chat.get_by_role("note")).to_contain_text("healthcare professional")


@pytest.mark.parametrize("where", ["page", "widget"])
def test_thumbs_say_what_they_rate(app_server, new_page, where):
    """A reply's thumbs were announced as bare "Like" and "Dislike" ("Liked" once pressed): each
    is named by what the vote says, on every reply (a second one too), and once pressed says so."""
    page = new_page(390, 844)
    if where == "page":
        page.goto(f"{app_server.url}/")
        chat = page.main_frame
    else:
        page.goto(app_server.host_page)
        page.locator("#healthqa-widget-host button.launcher").click()
        page.frame_locator("#healthqa-widget-host iframe").locator(
            "#hq-question textarea"
        ).wait_for(timeout=60_000)
        chat = page.locator("#healthqa-widget-host iframe").element_handle().content_frame()
    chat.locator("#hq-question textarea").wait_for(timeout=60_000)
    ask(chat)
    ask(chat, "what foods help dopamine")
    helped = chat.get_by_role("button", name="This answer helped", exact=True)
    expect(helped).to_have_count(2)
    expect(chat.get_by_role("button", name="This answer did not help", exact=True)).to_have_count(2)
    helped.last.click()
    chat.get_by_text("Thank you for your feedback").wait_for(timeout=10_000)
    pressed = chat.get_by_role("button", name="You said this answer helped", exact=True)
    expect(pressed).to_have_count(1)
    assert pressed.get_attribute("title") == "You said this answer helped"
    expect(helped).to_have_count(1)  # the first reply's, not pressed
    for bare in ("Like", "Dislike", "Liked", "Disliked"):
        expect(chat.get_by_role("button", name=bare, exact=True)).to_have_count(0)
