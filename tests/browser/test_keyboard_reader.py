"""The widget and the page with the keyboard only, as a screen-reader user meets them: Tab to the
launcher past the host page's own controls, Enter, type, Enter, the answer lands in the live log
while focus stays in the question box, Escape closes and gives focus back to the launcher; an
example question or a related topic picked with the keyboard leaves focus in the question box
(it was left on the page's body: the next Tab started from the top); a crisis reply's alert is
the first thing of it a screen reader is told. Nothing is clicked or scrolled for the reader."""

from __future__ import annotations

import re

import pytest
from browser_helpers import QUESTION
from playwright.sync_api import expect
from test_phone_reader import HOST_FOCUS
from test_reader_view import chat_page
from test_widget_places_itself import host_page

from app.texts import GUIDANCE_HEADING

pytestmark = pytest.mark.browser
SIZES = [(1280, 800), (390, 844)]
FOCUSED = """() => { const a = document.activeElement;
  return a.tagName.toLowerCase() + ' ' + (a.getAttribute('aria-label') || a.textContent.trim())
    .slice(0, 60); }"""


def tab_to_launcher(page, most: int = 12) -> list[str]:
    """Tab from the top of the host page until the launcher has focus; what got focus on the way."""
    seen = []
    for _ in range(most):
        page.keyboard.press("Tab")
        seen.append(page.evaluate(HOST_FOCUS))
        if seen[-1] == "widget:button.launcher":
            return seen
    pytest.fail(f"Tab never reached the launcher: {seen}")


def open_by_keyboard(page, url: str):
    """The widget opened with Tab and Enter; its chat's frame once the question box has focus."""
    page.goto(url)
    page.locator("#healthqa-widget-host button.launcher").wait_for(timeout=30_000)
    tab_to_launcher(page)
    page.keyboard.press("Enter")
    frame = page.locator("#healthqa-widget-host iframe").element_handle().content_frame()
    expect(frame.locator("#hq-question textarea")).to_be_focused(timeout=60_000)
    return frame


def type_and_send(page, frame, text: str, nth: int) -> None:
    page.keyboard.type(text)
    page.keyboard.press("Enter")
    frame.locator(".hq-reply .hq-advice").nth(nth).wait_for(timeout=60_000)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_keyboard_only_widget_round_trip(app_server, new_page, width, height):
    page = new_page(width, height, touch=width < 600)
    page.goto(host_page(app_server, "keys.html", delay=60_000))
    launcher = page.locator("#healthqa-widget-host button.launcher")
    launcher.wait_for(timeout=30_000)
    on_the_way = tab_to_launcher(page)
    assert on_the_way[:-1] == ["a", "a", "button", "a"], on_the_way  # the page's own, in order
    assert launcher.get_attribute("aria-haspopup") == "dialog"
    page.keyboard.press("Enter")
    expect(launcher).to_have_attribute("aria-expanded", "true")
    frame = page.locator("#healthqa-widget-host iframe").element_handle().content_frame()
    box = frame.locator("#hq-question textarea")
    expect(box).to_be_focused(timeout=60_000)
    type_and_send(page, frame, QUESTION, 0)
    expect(box).to_be_focused()  # ready for a follow-up; the answer is read from the live log
    live = frame.locator(".hq-reply").last.evaluate(
        "el => { const r = el.closest('[aria-live]'); return r && r.getAttribute('aria-live'); }"
    )
    assert live == "polite"
    # nothing still says "Loading" to a reader who reads on (Gradio's status line kept saying it)
    assert "Loading" not in frame.locator("body").aria_snapshot()
    page.keyboard.press("Escape")
    expect(page.locator("#healthqa-widget-host .panel")).to_be_hidden()
    assert page.evaluate(HOST_FOCUS) == "widget:button.launcher"
    expect(launcher).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("Enter")  # open again: back in the box, the conversation kept
    expect(box).to_be_focused(timeout=10_000)
    assert frame.locator(".hq-reply .hq-advice").count() == 1


def pick_by_keyboard(page, frame, group: re.Pattern, most: int = 8) -> str:
    """Shift+Tab from the question box until a button of the named group has focus; Enter."""
    for _ in range(most):
        page.keyboard.press("Shift+Tab")
        name = frame.evaluate(
            "() => { const a = document.activeElement, g = a.closest('[role=group]');"
            " return g ? g.getAttribute('aria-label') + ' | ' + a.textContent.trim() : ''; }"
        )
        if group.match(name):
            page.keyboard.press("Enter")
            return name
    pytest.fail(f"no button of {group.pattern} before the question box")


@pytest.mark.parametrize("where", ["page", "widget"])
def test_a_question_picked_with_the_keyboard_leaves_focus_in_the_box(app_server, new_page, where):
    page = new_page(1280, 800)
    if where == "page":
        frame = chat_page(page, app_server.url)
        expect(frame.locator("#hq-question textarea")).to_be_focused()  # autofocus
    else:
        frame = open_by_keyboard(page, app_server.host_page)
    box = frame.locator("#hq-question textarea")
    pick_by_keyboard(page, frame, re.compile("^Example questions"))
    frame.locator(".hq-reply .hq-advice").first.wait_for(timeout=60_000)
    expect(box).to_be_focused(timeout=5_000)
    type_and_send(page, frame, "dopamine", 1)  # a one-word question: related topics follow
    picked = pick_by_keyboard(page, frame, re.compile("^Related topics"))
    frame.locator(".hq-reply .hq-advice").nth(2).wait_for(timeout=60_000)
    expect(box).to_be_focused(timeout=5_000)
    assert frame.locator(".hq-question").last.inner_text().endswith(picked.split(" | ")[1])
    page.keyboard.press("Tab")  # and Tab goes on from the box, not from the top of the page
    assert frame.evaluate(FOCUSED) == "button Ask"
    assert "Loading" not in frame.locator("body").aria_snapshot()


def test_a_tapped_example_does_not_bring_up_the_phones_keyboard(app_server, new_page):
    """Focus moves to the box only after keyboard focus: a tap leaves it where it was."""
    page = new_page(390, 844, touch=True)
    frame = chat_page(page, app_server.url)
    frame.get_by_role("button", name=re.compile("^Select example 1")).tap()
    frame.locator(".hq-reply .hq-advice").first.wait_for(timeout=60_000)
    page.wait_for_timeout(200)
    assert not frame.evaluate("() => document.activeElement.matches('#hq-question textarea')")


# Every element added inside the chat's live log while the reader waits, in order: its text,
# and whether its first text lies in a role=alert.
RECORD = """() => { window.told = [];
  new MutationObserver(records => { for (const r of records) for (const n of r.addedNodes) {
    if (n.nodeType !== 1 || !n.closest('[aria-live]')) continue;
    const text = n.innerText.trim(); if (!text) continue;
    const walk = document.createTreeWalker(n, NodeFilter.SHOW_TEXT,
      {acceptNode: t => t.textContent.trim() ? 1 : 3});
    const first = walk.nextNode();
    window.told.push({text: text.slice(0, 80),
      alert: !!(first && first.parentElement.closest('[role=alert]'))}); } })
  .observe(document.body, {subtree: true, childList: true}); }"""


def test_a_crisis_alert_is_what_the_reader_is_told_first(app_server, new_page):
    page = new_page(390, 844, touch=True)
    frame = open_by_keyboard(page, app_server.host_page)
    frame.get_by_text("Hello from Riverside Clinic! Ask a question.").wait_for(timeout=10_000)
    frame.evaluate(RECORD)  # from here on: what the question brings
    type_and_send(page, frame, "my friend took a whole bottle of pills an hour ago", 0)
    told = frame.evaluate("() => window.told")
    assert any(t["text"] == "Loading content" for t in told), told  # the wait is said
    replies = [t for t in told if not t["text"].startswith(("You asked", "Loading"))]
    assert replies, told
    assert replies[0]["alert"] and replies[0]["text"].startswith(GUIDANCE_HEADING), told
    expect(frame.locator("#hq-question textarea")).to_be_focused()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_what_is_typed_while_the_chat_loads_is_asked(app_server, new_page, width, height):
    """A reader who types at once after Enter on the launcher: the chat's page is held back until
    they have typed their question and pressed Enter. Before, the keys went to the panel's x
    (lost) and Enter closed the panel."""
    page = new_page(width, height, touch=width < 600)
    held = []

    def hold_the_chat(route):
        if route.request.resource_type == "document":
            held.append(route)
        else:
            route.continue_()

    page.route("**/embed/**", hold_the_chat)
    page.goto(app_server.host_page)
    page.locator("#healthqa-widget-host button.launcher").wait_for(timeout=30_000)
    tab_to_launcher(page)
    page.keyboard.press("Enter")
    panel = page.locator("#healthqa-widget-host .panel")
    expect(panel).to_be_visible()
    assert panel.get_attribute("aria-busy") == "true"  # a screen reader hears: still loading
    page.keyboard.type("what foods help dopaminn")
    page.keyboard.press("Backspace")  # a slip, corrected
    page.keyboard.type("e levels")
    page.keyboard.press("Enter")
    expect(panel).to_be_visible()
    assert held, "the chat's page was not requested"
    for route in held:
        route.continue_()
    page.unroute("**/embed/**")
    frame = page.locator("#healthqa-widget-host iframe").element_handle().content_frame()
    frame.locator(".hq-reply .hq-advice").first.wait_for(timeout=60_000)
    asked = frame.locator(".hq-question").last.inner_text()
    assert asked.endswith("what foods help dopamine levels"), asked
    expect(frame.locator("#hq-question textarea")).to_be_focused()
    assert panel.get_attribute("aria-busy") is None
