"""The widget's promises in README.md ("Embedding the chat widget") and SECURITY.md (the one
message the embedded chat takes) that no other browser test held, tried as a site owner would: a
host page on another site, Debian Chromium, real clicks and real window sizes.

- A bad value of any data- attribute is ignored with a console warning naming it (a bad
  `data-accent`, `data-position` or `data-open` was ignored silently: fixed).
- The search for the page's pinned elements sees only elements that take clicks: not
  `pointer-events: none`, hidden or transparent ones.
- It runs when the window is resized and when it is scrolled (no page change in either).
- `data-avoid` works with the offsets set too, for an element that is not pinned.
- The embedded chat takes its one message only from the page that frames it; the messages it
  sends the page carry no content of the chat.
Nothing is scrolled for us before a box is measured; no fixed sleeps decide a result: each wait is
for the state itself, with a generous bound."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from test_corners_and_names import launcher

pytestmark = pytest.mark.browser

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Riverside</title><style>
  body {{ margin: 0; font-family: Georgia, serif; }}
  {style}
</style></head>
<body><h1>Riverside Clinic</h1>
{extra}
<script src="{app}/widget.js" async {attrs}></script>
</body></html>
"""
# The launcher's distance from the window's bottom, through the widget's shadow root.
LIFT = """() => { const b = document.querySelector('#healthqa-widget-host').shadowRoot
  .querySelector('.launcher').getBoundingClientRect(); return innerHeight - b.bottom; }"""


def host_page(app_server, name: str, attrs: str = "", style: str = "", extra: str = "") -> str:
    html = PAGE.format(app=app_server.url, attrs=attrs, style=style, extra=extra)
    (app_server.host_folder / name).write_text(html, "utf-8")
    return app_server.host_page.replace("host.html", name)


def lift_becomes(page, px: int) -> None:
    page.wait_for_function(f"() => Math.abs(({LIFT})() - {px}) < 1", timeout=10_000)


def settled(page) -> None:
    """Until a placement check has certainly run after load: the widget checks at most every
    150 ms; two animation frames after a 400 ms timer in the page is past the first."""
    page.evaluate(
        "() => new Promise(r => setTimeout(() => requestAnimationFrame(() =>"
        " requestAnimationFrame(r)), 400))"
    )


# --- a bad value is ignored with a console warning ---------------------------------------------

BAD = [
    ('data-accent="not-a-colour"', "data-accent"),
    ('data-position="middle"', "data-position"),
    ('data-open="yes"', "data-open"),
    ('data-offset-side="401"', "data-offset-side"),
    ('data-offset-bottom="-5"', "data-offset-bottom"),
    ('data-avoid="#["', "data-avoid"),
]


@pytest.mark.parametrize(("attrs", "name"), BAD, ids=[name for _, name in BAD])
def test_a_bad_value_is_ignored_with_a_console_warning_naming_it(app_server, new_page, attrs, name):
    page = new_page(1280, 800)
    warnings: list[str] = []
    page.on("console", lambda m: warnings.append(m.text) if m.type == "warning" else None)
    page.goto(host_page(app_server, f"bad-{name}.html", attrs=attrs))
    launcher(page).wait_for(timeout=30_000)
    assert any(name in w and "HealthQA widget" in w for w in warnings), warnings
    box = launcher(page).bounding_box()
    assert box["x"] + box["width"] == pytest.approx(1280 - 20, abs=1)  # the defaults: right, 20
    assert page.evaluate(LIFT) == pytest.approx(20, abs=1)
    assert page.evaluate("window.HealthQA.isOpen()") is False  # data-open="yes": not opened
    colour = launcher(page).evaluate("el => getComputedStyle(el).backgroundColor")
    assert colour == "rgb(15, 118, 110)"  # the default accent, #0f766e


def test_good_values_raise_no_warning(app_server, new_page):
    attrs = 'data-accent="rebeccapurple" data-position="left" data-open="false"'
    page = new_page(1280, 800)
    warnings: list[str] = []
    page.on("console", lambda m: warnings.append(m.text) if m.type == "warning" else None)
    page.goto(host_page(app_server, "good-values.html", attrs=attrs))
    launcher(page).wait_for(timeout=30_000)
    settled(page)
    assert not [w for w in warnings if "HealthQA" in w], warnings
    assert launcher(page).bounding_box()["x"] == pytest.approx(20, abs=1)
    assert launcher(page).evaluate("el => getComputedStyle(el).backgroundColor") == (
        "rgb(102, 51, 153)"
    )


# --- only elements that take clicks are avoided ------------------------------------------------

# Three bars pinned over the launcher's corner, none of which takes a click.
NO_CLICKS = """<div id="ghost" style="position: fixed; left: 0; right: 0; bottom: 0; height: 70px;
  background: rgba(0,0,0,.1); pointer-events: none">A fade the page draws over its foot.</div>
<div id="hidden" style="position: fixed; right: 0; bottom: 0; width: 300px; height: 90px;
  visibility: hidden">A bar not shown yet.</div>
<div id="clear" style="position: fixed; right: 0; bottom: 0; width: 300px; height: 110px;
  opacity: 0">A bar faded out.</div>"""


@pytest.mark.parametrize(("bar", "height"), [("ghost", 70), ("hidden", 90), ("clear", 110)])
def test_pinned_elements_that_take_no_clicks_are_not_avoided(app_server, new_page, bar, height):
    page = new_page(1280, 800)
    page.goto(host_page(app_server, f"no-clicks-{bar}.html", extra=NO_CLICKS))
    launcher(page).wait_for(timeout=30_000)
    settled(page)
    assert page.evaluate(LIFT) == pytest.approx(20, abs=1)
    # the same bar made to take clicks (the page shows it): the launcher goes above it
    page.evaluate(
        "id => { const s = document.getElementById(id).style;"
        " s.pointerEvents = 'auto'; s.visibility = 'visible'; s.opacity = '1'; }",
        bar,
    )
    lift_becomes(page, height + 12)


# --- checked when the window is resized or scrolled -------------------------------------------

# A bar the page pins to the bottom only on narrow windows (a media query: no page change).
NARROW_BAR = """@media (max-width: 900px) {
  #promo { position: fixed; left: 0; right: 0; bottom: 0; height: 80px; background: #222; } }"""


def test_a_resize_that_brings_a_bar_into_the_corner_moves_the_launcher(app_server, new_page):
    page = new_page(1280, 800)
    extra = '<div id="promo"><button type="button">Sign up</button></div>'
    page.goto(host_page(app_server, "resize.html", style=NARROW_BAR, extra=extra))
    launcher(page).wait_for(timeout=30_000)
    settled(page)
    assert page.evaluate(LIFT) == pytest.approx(20, abs=1)
    page.set_viewport_size({"width": 800, "height": 800})
    lift_becomes(page, 80 + 12)
    page.set_viewport_size({"width": 1280, "height": 800})
    lift_becomes(page, 20)


# A footer sticky to the bottom of its section: pinned over the corner while the section is in
# view, gone with it once the reader scrolls past (no page change, only the scroll).
STICKY = """<section style="background: #f7f3ea">
  <p style="height: 1140px; margin: 0">Our services.</p>
  <div id="sticky" style="position: sticky; bottom: 0; height: 60px;
    background: #ddd; display: flex; justify-content: flex-end; align-items: center">
    <a href="#book">Book a visit</a></div>
</section><div style="height: 2400px">More of the page.</div>"""


def test_scrolling_a_sticky_footer_away_brings_the_launcher_back_down(app_server, new_page):
    page = new_page(1280, 800)
    page.goto(host_page(app_server, "sticky.html", extra=STICKY))
    launcher(page).wait_for(timeout=30_000)
    lift_becomes(page, 60 + 12)  # sticky with a bottom, over the corner
    page.mouse.wheel(0, 1600)  # the reader scrolls past the section
    page.wait_for_function("() => scrollY >= 1500", timeout=10_000)
    lift_becomes(page, 20)
    page.mouse.wheel(0, -1600)
    page.wait_for_function("() => scrollY === 0", timeout=10_000)
    lift_becomes(page, 60 + 12)


# --- data-avoid with the offsets set ----------------------------------------------------------

# Not pinned: a promotion placed near the window's bottom right as the page loads.
PROMO = """<aside id="promo" style="position: absolute; right: 0; top: 640px; width: 320px;
  height: 100px; background: #fde68a"><button type="button">Get the newsletter</button></aside>"""


def test_data_avoid_keeps_clear_of_an_unpinned_element_with_the_offsets_set(app_server, new_page):
    attrs = 'data-offset-bottom="30" data-avoid="#promo"'
    page = new_page(1280, 800)
    page.goto(host_page(app_server, "avoid-offsets.html", attrs=attrs, extra=PROMO))
    launcher(page).wait_for(timeout=30_000)
    lift_becomes(page, 800 - 640 + 12)  # above the promotion's top
    page.evaluate("() => document.getElementById('promo').remove()")
    lift_becomes(page, 30)  # back to the owner's offset


# --- the one message the embedded chat takes ---------------------------------------------------

# A page that frames the chat (the widget's way, without the widget) and records what the chat
# posts to it; itself framed by an outer page of the same allowed site, which can reach the chat's
# window (`frames[0].frames[0]`) but is not the page that frames it. (Another frame of the
# widget's host page cannot even reach the chat's window: the widget's iframe is in a shadow root,
# outside `window.frames`.)
MIDDLE = """<!doctype html><html><body>
<iframe id="chat" src="{app}/embed/" title="Chat" style="width: 600px; height: 700px"></iframe>
<script>window.got = []; window.addEventListener('message', e => window.got.push(e.data));
function ask(text) {{ document.getElementById('chat').contentWindow.postMessage(
  {{type: 'healthqa:focus', text: text, send: true}}, '*'); }}</script>
</body></html>"""
OUTER = """<!doctype html><html><body>
<iframe id="middle" src="middle.html" title="A page" style="width: 700px; height: 760px"></iframe>
</body></html>"""
CHAT_WINDOW = "() => document.getElementById('middle').contentWindow.frames[0]"
# What iframe-resizer's parent script sends first (its frame id, then its settings, mouse events
# on): the child script answered it with sizes and mouse positions.
RESIZER_INIT = "[iFrameSizer]spy:8:false:false:32:true:true:null:" + (
    "bodyOffset:null:null:0:false:child:scroll:true"
)
OURS = ({"type": "healthqa:ready"}, {"type": "healthqa:close"})
GRADIOS = {"type": "SET_SCROLLING", "enabled": False}  # Gradio's page, when framed


def test_the_chat_takes_its_message_only_from_the_page_that_frames_it(app_server, new_page):
    folder = app_server.host_folder
    (folder / "middle.html").write_text(MIDDLE.format(app=app_server.url), "utf-8")
    (folder / "outer.html").write_text(OUTER, "utf-8")
    page = new_page(1280, 800)
    page.goto(app_server.host_page.replace("host.html", "outer.html"))
    middle = page.frame_locator("#middle")
    chat = middle.frame_locator("#chat")
    box = chat.locator("#hq-question textarea")
    box.wait_for(timeout=60_000)
    holder = page.locator("#middle").element_handle().content_frame()
    holder.wait_for_function("() => window.got.some(m => m && m.type === 'healthqa:ready')")
    # the outer page reaches the chat's window and posts what the framing page would, and
    # iframe-resizer's "init" (Gradio's page loaded its child script: it answered the sender)
    assert page.evaluate(f"() => ({CHAT_WINDOW})() !== null")
    page.evaluate("() => { window.got = []; addEventListener('message', e => got.push(e.data)); }")
    page.evaluate(
        f"""() => {{ const chat = ({CHAT_WINDOW})(); chat.postMessage({RESIZER_INIT!r}, '*');
          chat.postMessage({{type: 'healthqa:focus', text: 'ASKED BY ANOTHER WINDOW',
          send: true}}, '*'); }}"""
    )
    holder.evaluate("() => ask('what is dopamine')")  # the framing page: taken (SECURITY.md)
    chat.locator(".hq-reply .hq-advice").wait_for(timeout=60_000)
    assert "ANOTHER WINDOW" not in chat.locator("body").inner_text()
    assert "ANOTHER WINDOW" not in box.input_value()
    expect(chat.locator(".hq-reply")).to_have_count(1)
    box.press("Escape")  # the chat tells its page to close
    holder.wait_for_function("() => window.got.some(m => m && m.type === 'healthqa:close')")
    assert page.evaluate("() => window.got") == []  # nothing came back to the outer page
    # what the framing page heard: our two messages and Gradio's own (no content)
    got = holder.evaluate("() => window.got")
    assert all(m in (*OURS, GRADIOS) for m in got), got


# --- it catches up once the reader leaves the open panel -------------------------------------


def test_it_catches_up_once_the_reader_leaves_the_open_panel(app_server, new_page):
    """A bar appears while the reader is in the open panel: nothing moves (the tests of
    test_widget_places_itself.py see that, and the catching up after Esc); the reader then clicks
    on the page, the panel still open: the launcher and the panel go above the bar."""
    page = new_page(1280, 800)
    extra = '<p><button id="page-button" type="button">Opening hours</button></p>'
    page.goto(host_page(app_server, "leave-panel.html", extra=extra))
    launcher(page).click(timeout=30_000)
    chat = page.frame_locator("#healthqa-widget-host iframe")
    box = chat.locator("#hq-question textarea")
    expect(box).to_be_focused(timeout=60_000)
    page.evaluate(
        "() => { const b = document.createElement('div'); b.id = 'late';"
        " b.style.cssText = 'position:fixed;left:0;right:0;bottom:0;height:90px;background:#222';"
        " document.body.append(b); }"
    )
    settled(page)
    assert page.evaluate(LIFT) == pytest.approx(20, abs=1)  # the reader is in it: stays
    page.locator("#page-button").click()  # the reader goes back to the page
    lift_becomes(page, 90 + 12)
    panel = page.locator("#healthqa-widget-host .panel")
    expect(panel).to_be_visible()
    bottom = panel.evaluate("el => innerHeight - el.getBoundingClientRect().bottom")
    assert bottom == pytest.approx(90 + 12 + 72, abs=1)  # the open panel stays 72 px higher


# A cookie bar that slides in from below the window (a transition: one class change, then only
# the animation) and slides out again when accepted.
SLIDING = """<style>
  #slide { position: fixed; left: 0; right: 0; bottom: 0; height: 100px; background: #222;
    transform: translateY(100%); transition: transform 0.8s ease-out; }
  #slide.in { transform: translateY(0); }
</style>
<div id="slide">
  <button type="button" onclick="this.parentNode.classList.remove('in')">OK</button></div>
<script>setTimeout(() => document.getElementById('slide').classList.add('in'), 600);</script>"""


def test_a_bar_sliding_in_and_out_is_followed_to_where_it_stops(app_server, new_page):
    """README: "when your page changes (a cookie bar appearing late, sliding in, or going away)".
    The class change starts the slide; where the bar stops is only known once it ends."""
    page = new_page(1280, 800)
    page.goto(host_page(app_server, "sliding.html", extra=SLIDING))
    launcher(page).wait_for(timeout=30_000)
    lift_becomes(page, 100 + 12)  # above the bar where it stopped, not where it was mid-slide
    page.get_by_role("button", name="OK").click(timeout=5_000)
    lift_becomes(page, 20)  # slid out of the window: back down
