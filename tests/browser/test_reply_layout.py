"""What a reader sees of a reply and is told about it, in the page and in the widget on a
cross-site host page: the related topics begin under their label on a wide chat; a phone held
sideways still shows the crisis guidance's heading and first number where the reply opens; the
copy button says what it did."""

from __future__ import annotations

import pytest
from browser_helpers import screenshot
from measure import fully_in_view, rect
from playwright.sync_api import expect
from test_reader_view import ask_in_view, chat_page, widget_frame

from app.web.chat import COPIED, COPY_FAILED, NOTHING_TO_COPY

pytestmark = pytest.mark.browser
UNCOVERED = "does ibuprofen help back pain"  # not covered: the reply offers related topics


@pytest.mark.parametrize(
    ("where", "width", "height"),
    [("page", 1280, 800), ("page", 390, 844), ("widget", 1280, 800), ("widget", 390, 844)],
)
def test_related_topics_begin_under_their_label(app_server, new_page, where, width, height):
    page = new_page(width, height)
    if where == "page":
        frame = chat_page(page, app_server.url)
    else:
        frame = widget_frame(page, app_server.host_page)
    ask_in_view(frame, UNCOVERED, 0)
    group = frame.locator("#hq-chat .options").last
    label = frame.evaluate(
        "() => getComputedStyle(document.querySelector('#hq-chat .options'), '::before').content"
    )
    assert label == '"Related in our articles:"', label
    # where the label's text begins: the group's content box (its first line)
    start = group.evaluate(
        "el => { const s = getComputedStyle(el), r = el.getBoundingClientRect();"
        " return {left: r.left + parseFloat(s.paddingLeft) + parseFloat(s.borderLeftWidth),"
        " top: r.top + parseFloat(s.paddingTop) + parseFloat(s.borderTopWidth)}; }"
    )
    first = rect(group.get_by_role("button").first)
    # the first topic starts at the label's left edge, on a line below it
    assert abs(first["left"] - start["left"]) <= 2, (start, first)
    assert first["top"] - start["top"] >= 12, (start, first)
    screenshot(page, f"related-{where}-{width}")


CRISIS = "i want to end my life tonight"


@pytest.mark.parametrize(("width", "height"), [(844, 390), (667, 375)])
@pytest.mark.parametrize("where", ["page", "widget"])
def test_a_phone_held_sideways_shows_the_guidance_and_its_first_number(
    app_server, new_page, where, width, height
):
    """A short window: the chat keeps most of the height (the widget goes full screen), so the
    crisis guidance shows its heading and its first phone number where the reply opens."""
    page = new_page(width, height, touch=True)
    if where == "page":
        frame = chat_page(page, app_server.url)
    else:
        frame = widget_frame(page, app_server.host_page)
        panel = page.locator("#healthqa-widget-host .panel")
        assert panel.get_attribute("aria-modal") == "true"  # full screen: Tab stays in it
        assert panel.bounding_box() == {"x": 0, "y": 0, "width": width, "height": height}
    ask_in_view(frame, CRISIS, 0)
    chat = rect(frame.locator("#hq-chat .bubble-wrap"))
    guidance = frame.locator(".hq-reply .hq-emergency").last
    for seen in (rect(guidance.locator("strong").first), rect(guidance.locator("a.hq-tel").first)):
        assert chat["top"] <= seen["top"] and seen["bottom"] <= chat["bottom"], (chat, seen)
    assert chat["height"] >= 0.5 * chat["viewHeight"], chat  # the conversation's share
    assert fully_in_view(rect(frame.locator("#hq-question textarea")))
    screenshot(page, f"sideways-{where}-{width}")


@pytest.mark.parametrize("where", ["page", "widget"])
def test_copy_says_what_it_did(app_server, new_page, where):
    """The copy button used to do its work in silence: now the status line under the box says."""
    page = new_page()
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app_server.url)
    if where == "page":
        frame = chat_page(page, app_server.url)
    else:
        frame = widget_frame(page, app_server.host_page)
    status = frame.locator("#hq-stopped")
    frame.get_by_role("button", name="Copy last answer").click()
    expect(status).to_have_text(NOTHING_TO_COPY, timeout=5_000)
    ask_in_view(frame, UNCOVERED, 0)
    frame.get_by_role("button", name="Copy last answer").click()
    # The browser gives a page the clipboard only in a secure context, and a frame on an http://
    # host page (the test's) is not one: there the reader is told it did not work.
    secure = frame.evaluate("() => !!navigator.clipboard")
    assert secure == (where == "page")
    expect(status).to_have_text(COPIED if secure else COPY_FAILED, timeout=5_000)
    assert fully_in_view(rect(status))
    if secure:
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied.startswith(f"Q: {UNCOVERED}"), copied
