"""What a reader sees, measured the way they see it: after each answer the question box is inside
the frame's viewport (measured before anything is typed, so Playwright never scrolls for us) and
the new answer shows its top; text contrast is at least 4.5:1 in light and dark mode; on a phone
the reply gets most of the width; the character counter, Stop, the first Tab stop, and related
topics. In the page and in the widget on a cross-site host page, at 1280x800 and 390x844."""

from __future__ import annotations

import contextlib
import re
from html import unescape

import httpx
import pytest
from browser_helpers import QUESTION, screenshot
from measure import fully_in_view, low_contrast, rect, text_contrast
from playwright.sync_api import Error as PlaywrightError

pytestmark = pytest.mark.browser
FOLLOW_UP = "How is it treated?"
SIZES = [(1280, 800, "desktop"), (390, 844, "phone")]

# Where the latest question and answer are inside the chat's scrolling area.
ANSWER_VIEW = """() => { const wrap = document.querySelector('#hq-chat .bubble-wrap');
  const rows = wrap.querySelectorAll('.message-row');
  const user = [...rows].filter(r => r.classList.contains('user-row')).pop();
  const bot = rows[rows.length - 1], w = wrap.getBoundingClientRect();
  return {top: w.top, bottom: w.bottom, question: user.getBoundingClientRect().top,
          answer: bot.getBoundingClientRect().top, answerBottom: bot.getBoundingClientRect().bottom,
          scrollable: wrap.scrollHeight > wrap.clientHeight + 1,
          pageScrolled: document.scrollingElement.scrollTop,
          pageTaller: document.scrollingElement.scrollHeight - innerHeight}; }"""
SHOWS_ANSWER_TOP = (
    "() => { const v = (" + ANSWER_VIEW + ")(); "
    "return v.question >= v.top - 1 && v.answer < v.bottom - 40; }"
)


def widget_frame(page, url: str):
    """Open the widget on a host page; returns the chat's Frame once the question box is there."""
    page.goto(url)
    page.locator("#healthqa-widget-host button.launcher").click()
    page.frame_locator("#healthqa-widget-host iframe").locator("#hq-question textarea").wait_for(
        timeout=60_000
    )
    return page.locator("#healthqa-widget-host iframe").element_handle().content_frame()


def chat_page(page, url: str):
    page.goto(f"{url}/")
    page.locator("#hq-question textarea").wait_for(timeout=60_000)
    return page.main_frame


def ask_in_view(frame, question: str, nth: int) -> dict:
    """Check the box is in view *before* typing, ask, wait for the answer and for the chat to
    show its top; return where things are then."""
    box = frame.locator("#hq-question textarea")
    before = rect(box)
    assert fully_in_view(before), f"question box out of view before asking: {before}"
    box.fill(question)
    box.press("Enter")
    frame.locator(".hq-reply .hq-advice").nth(nth).wait_for(timeout=60_000)
    frame.wait_for_function(SHOWS_ANSWER_TOP, timeout=10_000)
    return frame.evaluate(ANSWER_VIEW)


def check_reach(frame) -> None:
    box = rect(frame.locator("#hq-question textarea"))
    assert fully_in_view(box), f"question box out of view: {box}"
    assert fully_in_view(rect(frame.get_by_role("button", name="New conversation")))
    view = frame.evaluate(ANSWER_VIEW)
    assert view["pageScrolled"] == 0 and view["pageTaller"] <= 1, view  # the chat scrolls
    assert view["scrollable"], view  # the long answer did not fit: it is scrolled, not grown


@pytest.mark.parametrize(("width", "height", "name"), SIZES)
def test_widget_keeps_the_box_in_reach_and_shows_the_answer_top(
    app_server, new_page, width, height, name
):
    page = new_page(width, height)
    frame = widget_frame(page, app_server.host_page)
    for nth, question in enumerate([QUESTION, FOLLOW_UP]):
        view = ask_in_view(frame, question, nth)
        check_reach(frame)
        assert view["question"] >= view["top"] - 1, view  # the question of this answer is shown
        assert view["answerBottom"] > view["bottom"], view  # ... not the end of the answer
    frame_box = page.locator("#healthqa-widget-host iframe").bounding_box()
    assert frame_box["y"] >= 0 and frame_box["y"] + frame_box["height"] <= height + 0.5
    screenshot(page, f"widget-two-answers-{name}")


@pytest.mark.parametrize(("width", "height", "name"), SIZES)
def test_page_keeps_the_box_in_reach_and_shows_the_answer_top(
    app_server, new_page, width, height, name
):
    page = new_page(width, height)
    frame = chat_page(page, app_server.url)
    for nth, question in enumerate([QUESTION, FOLLOW_UP]):
        ask_in_view(frame, question, nth)
        check_reach(frame)
    screenshot(page, f"page-two-answers-{name}")


def test_phone_reply_gets_most_of_the_width(app_server, new_page):
    page = new_page(390, 844)
    frame = chat_page(page, app_server.url)
    ask_in_view(frame, QUESTION, 0)
    card = rect(frame.locator(".hq-quote").first)
    assert card["width"] >= 0.88 * 390, card
    frame = widget_frame(page, app_server.host_page)
    ask_in_view(frame, QUESTION, 0)
    card = rect(frame.locator(".hq-quote").first)
    assert card["width"] >= 0.88 * 390, card


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_contrast_in_page_and_widget(app_server, playwright_browser, scheme):
    context = playwright_browser.new_context(
        viewport={"width": 1280, "height": 800}, color_scheme=scheme
    )
    try:
        page = context.new_page()
        frame = chat_page(page, app_server.url)
        dark = frame.evaluate("() => document.body.classList.contains('dark')")
        assert dark == (scheme == "dark")  # Gradio follows the reader's colour scheme
        ask_in_view(frame, QUESTION, 0)
        assert frame.locator(".hq-section").count() >= 1  # the source card's faint lines are there
        assert low_contrast(frame) == []
        frame = widget_frame(page, app_server.host_page)
        ask_in_view(frame, QUESTION, 0)
        assert low_contrast(frame) == []
        head = text_contrast(page.main_frame, "#healthqa-widget-host")  # the panel's head
        assert [t["text"] for t in head] == ["Ask Riverside's articles", "×"], head
        assert min(t["ratio"] for t in head) >= 4.5, head
    finally:
        context.close()


def test_counter_hints_the_limit_before_it_is_passed(app_server, new_page):
    page = new_page()
    frame = chat_page(page, app_server.url)
    box = frame.locator("#hq-question textarea")
    counter = frame.locator("#hq-count")
    assert box.get_attribute("aria-describedby") == "hq-count"
    assert counter.inner_text() == "0 / 1,000 characters"
    assert fully_in_view(rect(counter))
    box.fill("x" * 950)
    assert counter.inner_text() == "950 / 1,000 characters"
    assert "hq-count-near" in counter.get_attribute("class")
    box.fill("x" * 1001)
    assert counter.inner_text().startswith("1,001 / 1,000 characters: too long")
    assert "hq-count-over" in counter.get_attribute("class")
    assert low_contrast(frame, "#hq-count") == []
    box.fill("What is dopamine?")
    box.press("Enter")
    frame.locator(".hq-reply .hq-advice").first.wait_for(timeout=60_000)
    assert counter.inner_text() == "0 / 1,000 characters"  # the box was emptied by the chat


def test_stop_cancels_a_question_in_progress(app_server, new_page):
    page = new_page()
    held = []

    def hold_answers(route):  # the answer step carries the conversation (with the question)
        if "hq-question" in (route.request.post_data or ""):
            held.append(route)
        else:
            route.continue_()

    page.route("**/gradio_api/run/**", hold_answers)
    frame = chat_page(page, app_server.url)
    box = frame.locator("#hq-question textarea")
    box.fill(QUESTION)
    box.press("Enter")
    stop = frame.get_by_role("button", name="Stop answering")
    stop.wait_for(state="visible", timeout=10_000)
    assert fully_in_view(rect(stop))
    screenshot(page, "chat-stop")
    stop.click()
    stop.wait_for(state="hidden", timeout=5_000)
    assert box.input_value() == QUESTION  # back in the box to edit or ask again
    assert "Stopped" in frame.locator("#hq-stopped").inner_text()
    assert frame.locator(".hq-reply .hq-advice").count() == 0
    assert not frame.locator("#hq-notice").is_visible()  # stopping is not an error
    page.unroute("**/gradio_api/run/**")
    for route in held:
        with contextlib.suppress(PlaywrightError):  # the browser dropped the aborted request
            route.continue_()
    box.press("Enter")  # ask it again: the chat still works
    frame.locator(".hq-reply .hq-advice").first.wait_for(timeout=60_000)
    assert frame.locator("#hq-stopped").inner_text() == ""


@pytest.mark.parametrize("answered", [False, True])
def test_first_tab_stop_is_the_conversation_or_the_box(app_server, new_page, answered):
    page = new_page()
    frame = chat_page(page, app_server.url)
    if answered:
        ask_in_view(frame, QUESTION, 0)
    page.mouse.click(2, 2)  # a reader clicks the top of the page, then presses Tab
    page.keyboard.press("Tab")
    first = page.evaluate(
        "() => { const a = document.activeElement; return {label: a.getAttribute('aria-label'), "
        "text: a.textContent.trim().slice(0, 40), in_chat: !!a.closest('#hq-chat'), "
        "box: a.matches('#hq-question textarea')}; }"
    )
    assert first["label"] != "Clear", first
    assert first["in_chat"] or first["box"], first
    assert page.locator("#hq-chat button[aria-label=Clear]:visible").count() == 0


def test_related_topics_are_the_articles_headings_and_ask_them(app_server, new_page):
    """After a one-word question, two or three buttons with the articles' own section headings;
    one click asks that heading. The JSON API offers the same topics as `related`."""
    headings = set()
    for doc in ("dopamine-deficiency", "exercise-dopamine-depression"):
        html = httpx.get(f"{app_server.url}/articles/{doc}").text
        headings |= {unescape(h) for h in re.findall(r"<h[2-6][^>]*>([^<]+)</h[2-6]>", html)}
    page = new_page(390, 844)
    frame = chat_page(page, app_server.url)
    ask_in_view(frame, "dopamine", 0)
    group = frame.get_by_role("group", name=re.compile("^Related topics in our articles"))
    topics = group.get_by_role("button").all_inner_texts()
    assert 2 <= len(topics) <= 3 and set(topics) <= headings, (topics, headings)
    assert low_contrast(frame, "#hq-chat .options") == []
    api = httpx.post(f"{app_server.url}/api/ask", json={"question": "dopamine"}).json()
    assert api["related"] == topics
    group.get_by_role("button").first.click()  # the reader scrolls the chat to it and clicks
    frame.locator(".hq-reply .hq-advice").nth(1).wait_for(timeout=60_000)
    assert frame.locator(".hq-question").last.inner_text().endswith(topics[0])
