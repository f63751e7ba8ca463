"""The widget keeps clear of a host page's own pinned elements with no data- attribute set: a
cookie bar that appears after a second, a fixed "back to top" button and a full-width sticky
footer each stay clickable (real clicks), the widget opens and answers, at 390x844 and 1280x800.
It goes back down when a bar goes, ignores elements too tall to go above, stays put while the
reader types in it, paints over the page's z-indexed bars, and checks the page cheaply. Nothing
is scrolled for us before a box is measured."""

from __future__ import annotations

import pytest
from browser_helpers import QUESTION, screenshot
from measure import fully_in_view, rect
from playwright.sync_api import expect
from test_corners_and_names import ON_TOP, launcher
from test_phone_reader import HOST_FOCUS

pytestmark = pytest.mark.browser
SIZES = [(1280, 800), (390, 844)]

# A clinic's page: a full-width sticky footer with a link in the right corner, a "back to top"
# button fixed above it on the right, and (after 1 s) a cookie bar over both with a z-index.
# `{extra}`: more of the page; `{attrs}`: the widget's data- attributes.
PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Riverside</title><style>
  body {{ margin: 0; font-family: Georgia, serif; }}
  main {{ padding: 16px; min-height: 150vh; }}
  footer {{ position: sticky; bottom: 0; display: flex; justify-content: space-between;
    padding: 12px 16px; background: #eee; }}
  #top {{ position: fixed; right: 16px; bottom: 64px; width: 48px; height: 48px; }}
  #cookie-bar {{ position: fixed; left: 0; right: 0; bottom: 0; z-index: 10; display: flex;
    justify-content: space-between; align-items: center; padding: 14px 16px;
    background: #222; color: #fff; }}
  {style}
</style></head>
<body><main><h1>Riverside Clinic</h1><p><a href="#hours">Hours</a> <a href="#map">Map</a></p>
</main>
<button id="top" type="button" onclick="document.title = 'top clicked'">Top</button>
<footer><span>Riverside Clinic</span>
  <a href="#contact" onclick="document.title = 'contact clicked'">Contact us</a></footer>
{extra}
<script>setTimeout(function () {{
  var bar = document.createElement('div'), text = document.createElement('span');
  var accept = document.createElement('button');
  bar.id = 'cookie-bar'; text.textContent = 'We use cookies.';
  accept.type = 'button'; accept.textContent = 'Accept';
  accept.onclick = function () {{ bar.remove(); }};
  bar.append(text, accept); document.body.append(bar); }}, {delay});</script>
<script src="{app}/widget.js" async {attrs}></script>
</body></html>
"""
BOX = "el => { const r = el.getBoundingClientRect(); return [r.top, r.bottom, r.left, r.right]; }"
# The launcher's box, through the widget's shadow root.
LAUNCHER = """() => { const r = document.querySelector('#healthqa-widget-host').shadowRoot
  .querySelector('.launcher').getBoundingClientRect();
  return [r.top, r.bottom, r.left, r.right]; }"""

# Whether a widget element (in its shadow root) is what is painted at its own centre.
PAINTED = """el => { const host = el.getRootNode().host, r = el.getBoundingClientRect();
  const x = r.left + r.width / 2, y = r.top + r.height / 2;
  const inner = host.shadowRoot.elementFromPoint(x, y);
  return document.elementFromPoint(x, y) === host && (inner === el || el.contains(inner)); }"""


def host_page(app_server, name: str, **parts) -> str:
    values = {"style": "", "extra": "", "attrs": "", "delay": 1000, **parts}
    (app_server.host_folder / name).write_text(PAGE.format(app=app_server.url, **values), "utf-8")
    return app_server.host_page.replace("host.html", name)


def apart(a: list[float], b: list[float]) -> bool:
    return a[1] <= b[0] or b[1] <= a[0] or a[3] <= b[2] or b[3] <= a[2]


def wait_clear(page, selector: str) -> None:
    """Until the host's element is painted at its own centre (the throttled check has run)."""
    page.locator(selector).wait_for(timeout=10_000)
    page.wait_for_function(
        f"() => ({ON_TOP})(document.querySelector({selector!r})) === 'itself'", timeout=5_000
    )


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_host_pages_corner_stays_clickable_with_no_attribute(
    app_server, new_page, width, height
):
    page = new_page(width, height, touch=width < 600)
    page.goto(host_page(app_server, "corner-auto.html"))
    launcher(page).wait_for(timeout=30_000)
    wait_clear(page, "#cookie-bar button")  # appeared after 1 s, under the launcher's place
    wait_clear(page, "#top")
    button = page.evaluate(LAUNCHER)
    for selector in ("#cookie-bar", "#top", "footer"):
        assert apart(button, page.locator(selector).evaluate(BOX)), selector
    assert fully_in_view(rect(launcher(page)))
    assert launcher(page).evaluate(PAINTED)  # nothing of the page lies on it
    screenshot(page, f"widget-auto-corner-{width}")
    page.get_by_role("button", name="Top", exact=True).click(timeout=5_000)
    expect(page).to_have_title("top clicked")
    page.get_by_role("button", name="Accept", exact=True).click(timeout=5_000)
    expect(page.locator("#cookie-bar")).to_have_count(0)
    wait_clear(page, "footer a")  # the footer's link: the cookie bar lay on it, never the widget
    page.get_by_role("link", name="Contact us").click(timeout=5_000)
    expect(page).to_have_title("contact clicked")
    launcher(page).click(timeout=5_000)
    chat = page.frame_locator("#healthqa-widget-host iframe")
    box = chat.locator("#hq-question textarea")
    box.wait_for(timeout=60_000)
    panel = rect(page.locator("#healthqa-widget-host .panel"))
    assert fully_in_view(panel), panel
    box.fill(QUESTION)
    box.press("Enter")
    chat.locator(".hq-reply .hq-advice").wait_for(timeout=60_000)
    assert chat.locator(".hq-quote").count() >= 1


def test_it_goes_above_a_late_bar_and_back_down(app_server, new_page):
    """The cookie bar alone: 20 px from the bottom, above the bar once it appears (after 1 s),
    back at 20 px once it is accepted."""
    hide = "#top, footer { display: none; }"
    page = new_page(1280, 800)
    page.goto(host_page(app_server, "corner-late.html", style=hide))
    launcher(page).wait_for(timeout=30_000)
    assert page.evaluate(LAUNCHER)[1] == 800 - 20
    wait_clear(page, "#cookie-bar button")
    bar = page.locator("#cookie-bar").evaluate(BOX)
    assert page.evaluate(LAUNCHER)[1] == pytest.approx(bar[0] - 12, abs=1)
    page.get_by_role("button", name="Accept", exact=True).click(timeout=5_000)
    page.wait_for_function(f"() => ({LAUNCHER})()[1] === 800 - 20", timeout=5_000)


TALL = """<div id="wall" style="position: fixed; left: 0; right: 0; bottom: 0; height: 70vh;
  background: #fffbe6; pointer-events: auto">A consent wall.</div>
<nav id="side" style="position: fixed; top: 0; bottom: 0; right: 0; width: 120px;
  background: #eef">A side bar.</nav>"""


def test_elements_too_tall_to_go_above_are_left_alone(app_server, new_page):
    """A wall over 70 % of the window and a full-height side bar: the launcher stays in its
    place, in view, above them (it is painted on top), instead of climbing out of the window."""
    hide = "#top, footer { display: none; }"
    page = new_page(1280, 800)
    page.goto(host_page(app_server, "corner-tall.html", style=hide, extra=TALL, delay=60_000))
    launcher(page).wait_for(timeout=30_000)
    page.wait_for_timeout(400)  # a check after the page's own start (GAP is 150 ms)
    assert page.evaluate(LAUNCHER)[1] == 800 - 20
    assert launcher(page).evaluate(PAINTED)


def test_it_stays_put_while_the_reader_types(app_server, new_page):
    """A bar appears while the reader is typing in the open panel: nothing moves; once the panel
    is closed (Esc: focus back on the launcher), the launcher goes above the bar."""
    hide = "#top, footer { display: none; }"
    page = new_page(1280, 800)
    page.goto(host_page(app_server, "corner-typing.html", style=hide, delay=60_000))
    launcher(page).click(timeout=30_000)
    chat = page.locator("#healthqa-widget-host iframe").element_handle().content_frame()
    box = chat.locator("#hq-question textarea")
    expect(box).to_be_focused(timeout=60_000)
    panel = page.locator("#healthqa-widget-host .panel")
    before = (rect(panel), page.evaluate(LAUNCHER))
    page.keyboard.type("how does exercise ")
    page.evaluate(
        "() => { const b = document.createElement('div'); b.id = 'late';"
        " b.style.cssText = 'position:fixed;left:0;right:0;bottom:0;height:90px;background:#222';"
        " document.body.append(b); }"
    )
    page.keyboard.type("change dopamine")
    page.wait_for_timeout(500)  # more than one check's wait
    assert (rect(panel), page.evaluate(LAUNCHER)) == before
    assert box.input_value() == "how does exercise change dopamine"
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    assert page.evaluate(HOST_FOCUS) == "widget:button.launcher"
    page.wait_for_function(f"() => ({LAUNCHER})()[1] === 800 - 90 - 12", timeout=5_000)


def test_explicit_offsets_turn_the_search_off(app_server, new_page):
    """The owner placed it: it stays exactly there, even on the cookie bar."""
    hide = "#top, footer { display: none; }"
    page = new_page(1280, 800)
    url = host_page(app_server, "corner-fixed.html", style=hide, attrs='data-offset-bottom="20"')
    page.goto(url)
    page.locator("#cookie-bar").wait_for(timeout=10_000)
    page.wait_for_timeout(400)
    assert page.evaluate(LAUNCHER)[1] == 800 - 20


# A header pinned at the top with a large z-index, as many sites have.
HEADER = """<header id="masthead" style="position: fixed; top: 0; left: 0; right: 0; height: 64px;
  z-index: 1000; background: #0b3d2e; color: #fff">Riverside Clinic</header>"""


def test_the_open_panel_is_painted_over_the_pages_z_indexed_bars(app_server, new_page):
    """The panel's head (its title and x) lies under the page's header: before, the header
    (z-index 1000) was painted over it, since the widget's host had no z-index of its own."""
    page = new_page(1280, 800)
    page.goto(host_page(app_server, "corner-header.html", extra=HEADER))
    launcher(page).click(timeout=30_000)
    close = page.get_by_role("button", name="Close chat")
    expect(close).to_be_visible()
    assert rect(close)["top"] < 64  # under the header's band
    assert close.evaluate(PAINTED)
    close.click(timeout=5_000)
    expect(page.locator("#healthqa-widget-host .panel")).to_be_hidden()


# Records the widget's hit tests (document.elementsFromPoint): a check is a burst of them in one
# task; each check's start time and the time spent in them.
COUNT_PROBES = """() => { const real = document.elementsFromPoint.bind(document);
  window.probes = {calls: 0, ms: 0, starts: []}; let burst = null;
  document.elementsFromPoint = (x, y) => { const t = performance.now(); const r = real(x, y);
    if (!burst) { window.probes.starts.push(t); burst = setTimeout(() => { burst = null; }); }
    window.probes.calls++; window.probes.ms += performance.now() - t; return r; }; }"""
TICKING = """<p id="clock"></p><script>let n = 0; const tick = setInterval(() => {
  document.getElementById('clock').textContent = 'tick ' + (++n);
  document.getElementById('clock').className = 'c' + n; if (n === 200) clearInterval(tick);
}, 10);</script>"""


def test_a_busy_page_is_checked_at_most_every_150_ms(app_server, new_page):
    """A page that changes every 10 ms (200 times): the checks are throttled, one per change
    would be 200; each check is cheap."""
    page = new_page(1280, 800)
    page.add_init_script(f"({COUNT_PROBES})();")
    page.goto(host_page(app_server, "corner-busy.html", extra=TICKING, delay=60_000))
    launcher(page).wait_for(timeout=30_000)
    page.wait_for_function("() => /tick 200\\b/.test(document.body.innerText)")
    page.wait_for_timeout(300)
    probes = page.evaluate("() => window.probes")
    starts = probes["starts"]
    gaps = [b - a for a, b in zip(starts[1:], starts[2:], strict=False)]  # after the first
    print(
        f"busy page: {len(starts)} checks, {probes['calls']} hit tests, "
        f"{probes['ms']:.1f} ms in them, shortest gap {min(gaps):.0f} ms"
    )
    assert 3 <= len(starts) <= 60, probes
    assert min(gaps) >= 145, gaps  # GAP (150 ms), give or take a timer's rounding
    # per check: 0.5-4.6 ms measured on the shared, loaded 2 cores; a guard against a slip such as
    # probing the whole window, not a benchmark (bench/widget_corner.py measures)
    assert probes["ms"] / len(starts) < 25, probes


# Two custom elements of the page, each drawing a pinned control inside its own open shadow root
# (as some consent managers do): a cookie bar along the bottom and a round button above it.
SHADOWED = """<consent-bar id="consent"></consent-bar><help-button id="help"></help-button>
<script>
function shadowed(tag, css, label, onclick) {
  customElements.define(tag, class extends HTMLElement { connectedCallback() {
    const root = this.attachShadow({mode: 'open'}), box = document.createElement('div');
    const button = document.createElement('button'); box.style.cssText = css;
    button.textContent = label; button.onclick = onclick; box.append(button);
    root.append(box); } });
}
shadowed('consent-bar', 'position:fixed;left:0;right:0;bottom:0;padding:16px;background:#222;'
  + 'text-align:right', 'Agree', () => document.getElementById('consent').remove());
shadowed('help-button', 'position:fixed;right:20px;bottom:70px', 'Help',
  () => { document.title = 'help clicked'; });
</script>"""
# Whether a control inside a page's shadow root is what is painted at its centre.
PAINTED_IN = """([host, label]) => { const root = document.getElementById(host).shadowRoot;
  const b = [...root.querySelectorAll('button')].find(e => e.textContent === label);
  const r = b.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
  return document.elementFromPoint(x, y) === root.host && root.elementFromPoint(x, y) === b; }"""


def test_pinned_controls_inside_the_pages_shadow_roots_stay_clickable(app_server, new_page):
    hide = "#top, footer { display: none; }"
    page = new_page(390, 844, touch=True)
    page.goto(host_page(app_server, "corner-shadow.html", style=hide, extra=SHADOWED, delay=60_000))
    launcher(page).wait_for(timeout=30_000)
    page.wait_for_function(f"() => ({PAINTED_IN})(['consent', 'Agree'])", timeout=5_000)
    assert page.evaluate(PAINTED_IN, ["help", "Help"])
    assert launcher(page).evaluate(PAINTED)
    page.locator("#help").get_by_role("button", name="Help").click(timeout=5_000)
    expect(page).to_have_title("help clicked")
    page.locator("#consent").get_by_role("button", name="Agree").click(timeout=5_000)
    page.wait_for_function(f"() => ({PAINTED_IN})(['help', 'Help'])", timeout=5_000)
