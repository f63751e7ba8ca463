"""A reader on a small phone (320x568 upright, as an iPhone SE of the first kind; 360x640;
375x667; 568x320 held sideways), in the page and in the widget on a cross-site host page: they
tap the box, type a crisis message on the keyboard and press Ask. What they see is measured as
they see it: the conversation's share of the window, the guidance box's start and its first
lines inside the conversation where the reply opens, no sideways scrolling, a question box whose
text is at least 16 px (iOS zooms into a smaller one and stays zoomed), every control taking a
finger's tap (44 px each way, found by hit tests, not by box sizes); then, with an on-screen
keyboard's height taken from the window, the box and Ask still in view and the conversation
still a readable share of what is left. States are waited for, never seconds."""

from __future__ import annotations

import pytest
from browser_helpers import screenshot
from measure import fully_in_view, rect
from test_reader_view import SHOWS_ANSWER_TOP, chat_page, widget_frame

pytestmark = pytest.mark.browser
CRISIS = "i dont want to be alive anymore, i have pills saved up"
KEYBOARD = {"upright": 260, "sideways": 190}  # px an on-screen keyboard and its bar take
UPRIGHT = [(320, 568), (360, 640), (375, 667)]

# Controls a tap takes less than 44 px of, each way: hit tests from the control's centre outwards
# (a control may take taps beyond its drawn box); one out of view counts with its box. Links
# inside a sentence (the guidance's numbers, a source's title) are exempt, as in WCAG 2.5.5.
SMALL_TARGETS = """() => {
  const hit = (e, x, y) => { const t = document.elementFromPoint(x, y);
    return !!t && (t === e || e.contains(t)); };
  const taken = e => { const b = e.getBoundingClientRect(), x = b.left + b.width / 2,
      y = b.top + b.height / 2;
    if (!hit(e, x, y)) return [b.width, b.height];
    const reach = (dx, dy) => { let n = 0;
      while (n < 60 && hit(e, x + dx * (n + 1), y + dy * (n + 1))) n++; return n; };
    return [reach(-1, 0) + reach(1, 0) + 1, reach(0, -1) + reach(0, 1) + 1]; };
  return [...document.querySelectorAll('button, a[href], textarea, [role=button]')]
    .filter(e => { const b = e.getBoundingClientRect();
      return b.width > 0 && b.height > 0 && getComputedStyle(e).visibility !== 'hidden'; })
    .filter(e => !e.closest('.hq-reply p, .hq-source'))
    .map(e => [(e.getAttribute('aria-label') || e.textContent).trim().slice(0, 30), ...taken(e)])
    .filter(([, w, h]) => w < 44 || h < 44); }"""
SIDEWAYS_SCROLL = "() => document.scrollingElement.scrollWidth - innerWidth"


def type_and_send(page, frame, where: str, text: str) -> None:
    """Tap the box, type on the keyboard, press Ask; wait until the reply shows its top. In the
    widget a click: Chromium's touch emulation sends a tap inside a cross-site frame to a point
    higher by the panel's head (section 15, task ux4)."""
    box, ask = box_and_ask(frame)
    assert fully_in_view(rect(box)) and fully_in_view(rect(ask))
    box.tap() if where == "page" else box.click()
    page.keyboard.type(text)
    ask.tap() if where == "page" else ask.click()
    frame.locator(".hq-reply .hq-advice").first.wait_for(timeout=60_000)
    frame.wait_for_function(SHOWS_ANSWER_TOP, timeout=10_000)


def box_and_ask(frame) -> tuple:
    return frame.locator("#hq-question textarea"), frame.get_by_role(
        "button", name="Ask", exact=True
    )


def inside(seen: dict, chat: dict) -> bool:
    return chat["top"] - 1 <= seen["top"] and seen["bottom"] <= chat["bottom"] + 1


def open_chat(page, app_server, where: str):
    if where == "page":
        return chat_page(page, app_server.url)
    frame = widget_frame(page, app_server.host_page)
    close = page.locator("#healthqa-widget-host button.close")
    assert close.bounding_box()["width"] >= 44 and close.bounding_box()["height"] >= 44
    return frame


@pytest.mark.parametrize(("width", "height"), UPRIGHT)
@pytest.mark.parametrize("where", ["page", "widget"])
def test_a_small_phone_upright_gives_the_conversation_the_room(
    app_server, new_page, where, width, height
):
    """The conversation had 283 px of 568 in the page (header, gaps and counter took the rest)
    and the guidance's first paragraph, with its numbers, ran past the chat's edge."""
    page = new_page(width, height, touch=True)
    frame = open_chat(page, app_server, where)
    font = frame.locator("#hq-question textarea").evaluate("e => getComputedStyle(e).fontSize")
    assert float(font.removesuffix("px")) >= 16, font
    type_and_send(page, frame, where, CRISIS)
    chat = rect(frame.locator("#hq-chat .bubble-wrap"))
    assert chat["height"] >= 0.7 * height, chat
    guidance = frame.locator(".hq-reply .hq-emergency").last
    for seen in (guidance.locator("strong").first, guidance.locator("p").first):
        assert inside(rect(seen), chat), (rect(seen), chat)
    assert frame.evaluate(SIDEWAYS_SCROLL) <= 0
    assert frame.evaluate(SMALL_TARGETS) == []
    screenshot(page, f"small-phone-{where}-{width}x{height}")
    # the widget's panel keeps its head (the way out) over a chat: a smaller share of what is left
    with_keyboard(
        page, frame, width, height - KEYBOARD["upright"], 0.55 if where == "page" else 0.45
    )


def with_keyboard(page, frame, width: int, height: int, share: float) -> None:
    """The keyboard up (the window that is left): the box and Ask in view, and the conversation
    still `share` of it."""
    resize(page, frame, width, height)
    for control in box_and_ask(frame):
        assert fully_in_view(rect(control)), rect(control)
    chat = rect(frame.locator("#hq-chat .bubble-wrap"))
    assert chat["height"] >= share * height, chat
    assert frame.evaluate(SIDEWAYS_SCROLL) <= 0


def resize(page, frame, width: int, height: int) -> None:
    """The window made smaller; returns once the chat (the page, or the widget's frame: another
    process, resized later) has the new height."""
    page.set_viewport_size({"width": width, "height": height})
    page.wait_for_function(f"() => innerHeight === {height}")
    if frame != page.main_frame:
        inner = page.locator("#healthqa-widget-host iframe").evaluate("e => e.clientHeight")
        frame.wait_for_function(f"() => innerHeight === {inner}")


@pytest.mark.parametrize("where", ["page", "widget"])
def test_a_small_phone_sideways_shows_the_guidance(app_server, new_page, where):
    """568x320: the page's chat had 129 px and the guidance's first number lay below it; now it
    is in view. The widget (full screen, its head kept) shows the heading and the first line."""
    page = new_page(568, 320, touch=True)
    frame = open_chat(page, app_server, where)
    type_and_send(page, frame, where, CRISIS)
    chat = rect(frame.locator("#hq-chat .bubble-wrap"))
    assert chat["height"] >= 0.5 * 320, chat
    guidance = frame.locator(".hq-reply .hq-emergency").last
    seen = [guidance.locator("strong").first]
    if where == "page":
        assert chat["height"] >= 0.6 * 320, chat
        seen.append(guidance.locator("a.hq-tel").first)
    for one in seen:
        assert inside(rect(one), chat), (rect(one), chat)
    assert frame.evaluate(SIDEWAYS_SCROLL) <= 0
    assert frame.evaluate(SMALL_TARGETS) == []
    screenshot(page, f"small-phone-{where}-568x320")
    resize(page, frame, 568, 320 - KEYBOARD["sideways"])
    for control in box_and_ask(frame):
        assert fully_in_view(rect(control)), rect(control)


def test_the_header_comes_back_with_a_new_conversation(app_server, new_page):
    """On a short window the title and note give way once a question is asked; "New
    conversation" brings them back (and they stay for screen readers meanwhile)."""
    page = new_page(320, 568, touch=True)
    frame = chat_page(page, app_server.url)
    header = frame.locator("#hq-header")
    assert fully_in_view(rect(header.locator("p"))) and rect(header)["height"] >= 30
    type_and_send(page, frame, "page", "How is dopamine deficiency treated?")
    assert rect(header)["height"] <= 1
    assert frame.get_by_role("heading", level=1).count() == 1  # still in the accessibility tree
    frame.get_by_role("button", name="New conversation").tap()
    frame.wait_for_function(
        "() => document.querySelector('#hq-header').getBoundingClientRect().height >= 30"
    )
    assert fully_in_view(rect(header.locator("p")))
