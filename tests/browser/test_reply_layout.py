"""How a reply is laid out for a reader who reads it, at the desktop and the phone's width, in the
page and in the widget on a cross-site host page: the related topics sit under their label, and
the link to a quote's source opens the article at the quoted words."""

from __future__ import annotations

import pytest
from browser_helpers import screenshot
from measure import rect
from test_reader_view import ask_in_view, chat_page, widget_frame

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
