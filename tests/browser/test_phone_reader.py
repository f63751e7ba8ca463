"""A reader on a phone (390x844, touch) and at the keyboard, in the page and in the widget on a
cross-site host page: the guidance box's numbers are links that call or text with one tap, in
view where the box opens; the thumbs are big enough for a finger; the question box shows when it
has focus; the full-screen widget keeps Tab and Shift+Tab inside itself (the host page it hides
never gets focus), while beside a desktop page Tab leaves it as usual. Measured as the reader
sees it: nothing is scrolled for us before a box is measured."""

from __future__ import annotations

import pytest
from browser_helpers import screenshot
from measure import fully_in_view, low_contrast, rect
from playwright.sync_api import expect
from test_reader_view import ask_in_view, chat_page, widget_frame

from app.texts import CHAT_NOTE

pytestmark = pytest.mark.browser
STROKE = "my dad is slurring his words and his face looks droopy"
SELF_HARM = "i keep cutting myself and i cant stop"
# The host document's focused element, through the widget's shadow root (null inside the iframe).
HOST_FOCUS = """() => { const a = document.activeElement;
  if (a && a.id === 'healthqa-widget-host') { const b = a.shadowRoot.activeElement;
    return b ? 'widget:' + [b.tagName.toLowerCase(), ...b.classList].slice(0, 2).join('.')
      : 'widget'; }
  return a ? a.tagName.toLowerCase() : null; }"""


def open_chat(page, app_server, where: str):
    if where == "page":
        return chat_page(page, app_server.url)
    return widget_frame(page, app_server.host_page)


def open_widget(page, url: str):
    """The widget open, once it has put focus in its question box (so no later focus moves)."""
    frame = widget_frame(page, url)
    expect(frame.locator("#hq-question textarea")).to_be_focused(timeout=60_000)
    return frame


@pytest.mark.parametrize("where", ["page", "widget"])
def test_guidance_numbers_call_with_one_tap(app_server, new_page, where):
    page = new_page(390, 844, touch=True)
    frame = open_chat(page, app_server, where)
    ask_in_view(frame, STROKE, 0)
    box = frame.locator(".hq-reply .hq-emergency").last
    assert box.get_by_role("link").count() >= 5  # 911, 112, 999 twice, 988, Poison Help
    first = box.locator("a.hq-tel").first
    assert first.inner_text() == "911"
    assert first.get_attribute("href") == "tel:911"
    assert first.get_attribute("target") is None  # no empty tab left behind the call
    seen = rect(first)
    chat = rect(frame.locator("#hq-chat .bubble-wrap"))
    assert fully_in_view(seen) and chat["top"] <= seen["top"] and seen["bottom"] <= chat["bottom"]
    poison = box.get_by_role("link", name="1-800-222-1222")
    assert poison.get_attribute("href") == "tel:18002221222"
    assert low_contrast(frame, ".hq-emergency") == []
    screenshot(page, f"crisis-numbers-{where}-phone")


def test_text_line_is_an_sms_link(app_server, new_page):
    page = new_page(390, 844, touch=True)
    frame = chat_page(page, app_server.url)
    ask_in_view(frame, SELF_HARM, 0)
    box = frame.locator(".hq-reply .hq-emergency").last
    assert box.get_by_role("link", name="741741").count() == 1
    assert box.get_by_role("link", name="741741").get_attribute("href") == "sms:741741?body=HOME"
    assert box.get_by_role("link", name="988").first.get_attribute("href") == "tel:988"


@pytest.mark.parametrize("where", ["page", "widget"])
def test_thumbs_are_big_enough_for_a_finger(app_server, new_page, where):
    page = new_page(390, 844, touch=True)
    frame = open_chat(page, app_server, where)
    ask_in_view(frame, "what foods help dopamine", 0)
    for name in ("This answer helped", "This answer did not help"):
        button = rect(frame.get_by_role("button", name=name).last)
        assert button["width"] >= 32 and button["height"] >= 32, (name, button)


# The question block's outline and the colour behind it, and their WCAG contrast.
FOCUS_RING = """el => { const s = getComputedStyle(el);
  const parse = c => (c.match(/[\\d.]+/g) || [0, 0, 0]).slice(0, 3).map(Number);
  const lum = c => { const f = v => { v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
  let bg = null;
  for (let e = el; e && !bg; e = e.parentElement) {
    const c = getComputedStyle(e).backgroundColor;
    if (!/rgba\\(.*, 0\\)$/.test(c) && c !== 'transparent') bg = c; }
  bg = bg || (document.body.classList.contains('dark') ? 'rgb(0, 0, 0)' : 'rgb(255, 255, 255)');
  const [hi, lo] = [lum(parse(s.outlineColor)), lum(parse(bg))].sort((a, b) => b - a);
  return {style: s.outlineStyle, width: parseFloat(s.outlineWidth),
          ratio: (hi + 0.05) / (lo + 0.05)}; }"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_question_box_shows_keyboard_focus(app_server, playwright_browser, scheme):
    context = playwright_browser.new_context(
        viewport={"width": 1280, "height": 800}, color_scheme=scheme
    )
    try:
        page = context.new_page()
        frame = chat_page(page, app_server.url)
        expect(frame.locator("#hq-question textarea")).to_be_focused()  # autofocus, done
        block = frame.locator("#hq-question")
        page.get_by_role("button", name="New conversation").focus()
        assert block.evaluate(FOCUS_RING)["style"] == "none"  # no ring while elsewhere
        for _ in ("Copy last answer", "Ask", "the question box"):
            page.keyboard.press("Shift+Tab")
        assert page.evaluate("() => document.activeElement.matches('#hq-question textarea')")
        ring = block.evaluate(FOCUS_RING)
        assert ring["style"] != "none" and ring["width"] >= 2, ring
        assert ring["ratio"] >= 3, ring  # WCAG 1.4.11: a focus ring reads at 3:1
    finally:
        context.close()


def test_full_screen_widget_keeps_focus_inside(app_server, new_page):
    page = new_page(390, 844, touch=True)
    frame = open_widget(page, app_server.host_page)
    frame.get_by_role("button", name="New conversation").focus()
    page.keyboard.press("Tab")  # past the chat's last control: round to the panel's ×
    assert page.evaluate(HOST_FOCUS) == "widget:button.close"
    page.keyboard.press("Shift+Tab")  # back before the ×: into the chat again, not the page
    assert page.evaluate(HOST_FOCUS) == "widget:iframe"
    expect(frame.locator("#hq-question textarea")).to_be_focused()  # the question box
    panel = page.locator("#healthqa-widget-host .panel")
    assert panel.get_attribute("aria-modal") == "true"  # screen readers: the page is hidden


def test_widget_beside_a_desktop_page_lets_tab_leave(app_server, new_page):
    page = new_page(1280, 800)
    frame = open_widget(page, app_server.host_page)
    frame.get_by_role("button", name="New conversation").focus()
    page.keyboard.press("Tab")
    assert page.evaluate(HOST_FOCUS) == "widget:button.launcher"
    panel = page.locator("#healthqa-widget-host .panel")
    assert panel.get_attribute("aria-modal") == "false"


def test_widget_says_what_it_is_before_the_first_question(app_server, new_page):
    """The page has a header saying the answers are quotes and not medical advice; the widget has
    only the site's greeting, so it says it there, in view, before anything is asked."""
    page = new_page(390, 844, touch=True)
    frame = widget_frame(page, app_server.host_page)
    frame.get_by_text("Hello from Riverside Clinic! Ask a question.").wait_for(timeout=10_000)
    note = frame.get_by_text(CHAT_NOTE, exact=True)
    assert note.count() == 1
    assert fully_in_view(rect(note))
    assert low_contrast(frame, ".hq-note") == []
    screenshot(page, "widget-note-phone")
