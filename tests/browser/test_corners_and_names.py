"""What the last UX pass left (BENCHMARKS.md section 15), as a reader meets it:
the widget's launcher keeps clear of a host page's own fixed controls in its corner (a cookie
bar's button stays clickable: found by itself, or `data-avoid`; `data-offset-bottom`,
`data-offset-side` move it);
Gradio's "Scroll down" arrow never lies over the reply on a phone (hidden) and sits beside the
reply column on a wide page; the question box and the Ask button each have their own accessible
name; a question to the shop is told plainly that the shop is not ours to answer. In the page and
in the widget on a cross-site host page; nothing is scrolled for us before a box is measured."""

from __future__ import annotations

import pytest
from browser_helpers import screenshot
from measure import fully_in_view, rect
from playwright.sync_api import expect
from test_reader_view import ask_in_view, chat_page, widget_frame

from app.texts import ABOUT_SHOP

pytestmark = pytest.mark.browser
# A long answer (several quotes: the chat cannot show it whole), in words of our own.
LONG = "which signs in the body show that dopamine is low"

# A host page with a cookie bar fixed along the bottom, its "Accept" button in the right corner,
# and a "Top" button fixed in the left corner; `{attrs}`: the widget's data- attributes.
COOKIE_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Corner test</title><style>
  body {{ margin: 0; font-family: Georgia, serif; }}
  #cookie-bar {{ position: fixed; left: 0; right: 0; bottom: 0; display: flex; gap: 12px;
    justify-content: space-between; align-items: center; padding: 14px 16px;
    background: #222; color: #fff; }}
  #cookie-bar button {{ padding: 10px 18px; font-size: 16px; }}
  #top {{ position: fixed; left: 24px; bottom: 110px; width: 56px; height: 56px; }}
</style></head>
<body><h1>Riverside Clinic</h1><p>Opening hours.</p>
<button id="top" type="button" onclick="document.title = 'top clicked'">Top</button>
<div id="cookie-bar"><span>We use cookies.</span>
  <button type="button" onclick="document.getElementById('cookie-bar').remove()">Accept</button>
</div>
<script src="{app}/widget.js" async {attrs}></script>
</body></html>
"""
# What is painted at the centre of an element: itself (or inside it), or what covers it.
ON_TOP = """el => { const r = el.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return hit === el || el.contains(hit) ? 'itself' : (hit ? hit.id || hit.tagName : null); }"""


def host_page(app_server, name: str, attrs: str) -> str:
    page = COOKIE_PAGE.format(app=app_server.url, attrs=attrs)
    (app_server.host_folder / name).write_text(page, "utf-8")
    return app_server.host_page.replace("host.html", name)


def launcher(page):
    return page.locator("#healthqa-widget-host button.launcher")


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (390, 844)])
def test_a_declared_cookie_bar_stays_clickable(app_server, new_page, width, height):
    url = host_page(app_server, "cookie-avoid.html", 'data-avoid="#cookie-bar, #nothing-here"')
    page = new_page(width, height, touch=width < 600)
    page.goto(url)
    launcher(page).wait_for(timeout=30_000)
    accept = page.get_by_role("button", name="Accept", exact=True)
    bar, button = rect(page.locator("#cookie-bar")), rect(launcher(page))
    assert button["bottom"] <= bar["top"] - 8, (button, bar)  # above the bar, not on it
    assert fully_in_view(button)
    assert accept.evaluate(ON_TOP) == "itself"
    screenshot(page, f"widget-cookie-bar-{width}")
    accept.click(timeout=5_000)  # a real click: it fails if anything lies on the button
    expect(page.locator("#cookie-bar")).to_have_count(0)
    # the bar is gone: the launcher goes back down to its place, 20 px from the bottom
    page.wait_for_function(
        """() => { const b = document.querySelector('#healthqa-widget-host').shadowRoot
          .querySelector('.launcher').getBoundingClientRect();
          return Math.abs(innerHeight - b.bottom - 20) < 1; }""",
        timeout=5_000,
    )
    launcher(page).click()
    panel = rect(page.locator("#healthqa-widget-host .panel"))
    assert fully_in_view(panel), panel


def test_undeclared_the_launcher_keeps_clear_of_the_corner(app_server, new_page):
    """No attribute: the widget finds the bar itself (task ux3; it used to lie on its button)."""
    page = new_page(1280, 800)
    page.goto(host_page(app_server, "cookie-default.html", ""))
    launcher(page).wait_for(timeout=30_000)
    accept = page.get_by_role("button", name="Accept", exact=True)
    assert accept.evaluate(ON_TOP) == "itself"
    assert rect(launcher(page))["bottom"] <= rect(page.locator("#cookie-bar"))["top"] - 8


def test_offsets_move_the_launcher_and_the_panel(app_server, new_page):
    attrs = 'data-position="left" data-offset-bottom="180" data-offset-side="40"'
    page = new_page(1280, 800)
    page.goto(host_page(app_server, "cookie-offset.html", attrs))
    launcher(page).wait_for(timeout=30_000)
    button = rect(launcher(page))
    assert button["left"] == 40 and button["bottom"] == 800 - 180, button
    top_button = page.get_by_role("button", name="Top", exact=True)
    assert top_button.evaluate(ON_TOP) == "itself"  # the host's own corner button is free
    top_button.click(timeout=5_000)
    expect(page).to_have_title("top clicked")
    launcher(page).click()
    panel = rect(page.locator("#healthqa-widget-host .panel"))
    assert panel["left"] == 40 and panel["bottom"] == button["top"] - 12, (panel, button)
    assert fully_in_view(panel), panel


def test_a_bad_offset_falls_back_and_says_why(app_server, new_page):
    page = new_page(1280, 800)
    with page.expect_console_message(
        lambda m: m.type == "warning" and "data-offset-bottom" in m.text, timeout=30_000
    ):
        page.goto(host_page(app_server, "cookie-bad.html", 'data-offset-bottom="lots"'))
    launcher(page).wait_for(timeout=30_000)
    assert rect(launcher(page))["bottom"] == 800 - 20


# The buttons painted over the chat's visible bottom band (the last 60 px, where Gradio floats its
# arrow), probed every 6 px across and up.
BOTTOM_EDGE = """() => { const w = document.querySelector('#hq-chat .bubble-wrap')
  .getBoundingClientRect(); const out = new Set();
  for (let y = w.bottom - 4; y > w.bottom - 60; y -= 6)
    for (let x = w.left + 4; x < w.right - 4; x += 6) {
      const b = (document.elementFromPoint(x, y) || document.body).closest('button');
      if (b) out.add(b.getAttribute('aria-label') || b.textContent.trim()); }
  return [...out]; }"""


@pytest.mark.parametrize("where", ["page", "widget"])
def test_no_arrow_lies_over_the_reply_on_a_phone(app_server, new_page, where):
    page = new_page(390, 844, touch=True)
    frame = chat_page(page, app_server.url) if where == "page" else None
    frame = frame or widget_frame(page, app_server.host_page)
    ask_in_view(frame, LONG, 0)
    view = frame.evaluate(
        "() => { const w = document.querySelector('#hq-chat .bubble-wrap');"
        " return w.scrollHeight - w.scrollTop - w.clientHeight; }"
    )
    assert view > 50  # the answer goes on below: the place where Gradio shows its arrow
    assert frame.evaluate(BOTTOM_EDGE) == []  # no button over the reply's text
    expect(frame.get_by_role("button", name="Scroll down")).to_have_count(
        0
    )  # hidden, not just moved
    screenshot(page, f"no-arrow-{where}-phone")


def test_the_arrow_sits_beside_the_reply_on_a_wide_page(app_server, new_page):
    page = new_page(1280, 800)
    frame = chat_page(page, app_server.url)
    ask_in_view(frame, LONG, 0)
    arrow = frame.get_by_role("button", name="Scroll down")
    expect(arrow).to_be_visible()
    box, chat = rect(arrow), rect(frame.locator("#hq-chat .bubble-wrap"))
    reply = rect(frame.locator("#hq-chat .hq-reply").last)
    assert box["left"] > reply["right"] + 8, (box, reply)  # not over the reply's column
    assert chat["left"] <= box["left"] and box["right"] <= chat["right"]
    assert box["bottom"] <= chat["bottom"] and box["width"] >= 32
    assert arrow.evaluate(ON_TOP) == "itself"
    arrow.click()  # it does its job: the chat goes to its end
    frame.wait_for_function(
        "() => { const w = document.querySelector('#hq-chat .bubble-wrap');"
        " return w.scrollHeight - w.scrollTop - w.clientHeight < 4; }",
        timeout=5_000,
    )


@pytest.mark.parametrize("where", ["page", "widget"])
def test_the_question_box_and_the_button_have_their_own_names(app_server, new_page, where):
    page = new_page(390, 844, touch=True)
    frame = chat_page(page, app_server.url) if where == "page" else None
    frame = frame or widget_frame(page, app_server.host_page)
    box = frame.get_by_role("textbox", name="Your question", exact=True)
    expect(box).to_have_count(1)
    ask = frame.get_by_role("button", name="Ask", exact=True)
    expect(ask).to_have_count(1)
    expect(frame.get_by_role("textbox", name="Your question Ask")).to_have_count(0)
    assert fully_in_view(rect(box)) and fully_in_view(rect(ask))
    box.fill("does your online store have magnesium gummies in stock")  # a shop question
    ask.click()
    reply = frame.locator(".hq-reply .hq-abstain").last
    expect(reply).to_have_text(ABOUT_SHOP, timeout=60_000)
    assert fully_in_view(rect(reply))
