"""Where the widget's launcher lands on host pages with their own pinned elements, and what of the
page stays clickable, for two versions of widget.js side by side (BENCHMARKS.md section 15, task
ux3). Headless Debian Chromium; the widget.js the page asks for is replaced by the file given, so
one running server serves both. Needs `python -m app serve` on --app whose embed allow-list holds
--site (the pages are served from a temporary folder on the --site port):

    HEALTHQA_EMBED_ORIGINS=http://site-a.test:8771 python -m app serve --port 8770 &
    git show e42ce13:app/web/static/widget.js > /tmp/widget-before.js
    python bench/widget_corner.py /tmp/widget-before.js app/web/static/widget.js \
        --out bench/out/widget_corner.json

Per version and window (1280x800, 390x844): the launcher's box 1.6 s after load (the cookie bar
came at 1 s) and the host elements it overlaps; whether each host control (cookie bar's Accept,
"Top", the footer's link once the bar is accepted) and the launcher itself are what is painted at
their centres; whether the open
panel's x is painted under a page header with z-index 1000; and on a page that changes every
10 ms, how many checks the widget made (bursts of hit tests) and the time in them.

`--scan-cost` (no server needed): the way not taken, side by side with the one taken, on pages of
1,000 and 5,000 elements with a fixed bar: every element's computed style read to find the
pinned ones, against one check's 30 hit tests (3 columns x 10 rows), ms per check, mean of 10."""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import sys
import tempfile
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "browser"))
from test_widget_places_itself import COUNT_PROBES, HEADER, PAGE, TICKING  # noqa: E402

JS = "text/javascript"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ARGS += ["--disable-component-update", "--host-resolver-rules=MAP site-a.test 127.0.0.1"]
PAINTED = """sel => { const el = document.querySelector(sel); if (!el) return null;
  const r = el.getBoundingClientRect(), hit = document.elementFromPoint(r.left + r.width / 2,
  r.top + r.height / 2);
  return hit === el || el.contains(hit) ? 'itself' : (hit.id || hit.tagName); }"""
WIDGET = """sel => { const host = document.querySelector('#healthqa-widget-host');
  const el = host.shadowRoot.querySelector(sel), r = el.getBoundingClientRect();
  const x = r.left + r.width / 2, y = r.top + r.height / 2, top = document.elementFromPoint(x, y);
  const inner = host.shadowRoot.elementFromPoint(x, y);
  return {box: [r.left, r.top, r.right, r.bottom].map(Math.round),
          painted: top === host && (inner === el || el.contains(inner)) ? 'itself'
                   : (top.id || top.tagName)}; }"""

# The host elements whose boxes meet the launcher's.
OVERLAPS = """sels => { const l = document.querySelector('#healthqa-widget-host').shadowRoot
  .querySelector('.launcher').getBoundingClientRect();
  return sels.filter(s => { const e = document.querySelector(s); if (!e) return false;
    const r = e.getBoundingClientRect();
    return r.left < l.right && r.right > l.left && r.top < l.bottom && r.bottom > l.top; }); }"""


def serve(folder: Path, port: int) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def page_with(folder: Path, name: str, app: str, **parts) -> str:
    values = {"style": "", "extra": "", "attrs": "", "delay": 1000, **parts}
    (folder / name).write_text(PAGE.format(app=app, **values), "utf-8")
    return name


def measure(browser, script: bytes, site: str, width: int, height: int) -> dict:
    context = browser.new_context(viewport={"width": width, "height": height})
    context.route(
        "**/widget.js", lambda route: route.fulfill(body=script, content_type="text/javascript")
    )
    page = context.new_page()
    page.goto(f"{site}/corner.html")
    page.locator("#healthqa-widget-host").wait_for(state="attached", timeout=30_000)
    page.wait_for_timeout(1600)
    out = {"launcher": page.evaluate(WIDGET, ".launcher")}
    out["launcher overlaps"] = page.evaluate(OVERLAPS, ["#cookie-bar", "#top", "footer"])
    out.update({s: page.evaluate(PAINTED, s) for s in ("#cookie-bar button", "#top", "footer a")})
    page.evaluate("() => document.getElementById('cookie-bar').remove()")
    page.wait_for_timeout(400)
    out["footer a (bar accepted)"] = page.evaluate(PAINTED, "footer a")
    out["launcher (bar accepted)"] = page.evaluate(WIDGET, ".launcher")
    out["launcher overlaps (bar accepted)"] = page.evaluate(OVERLAPS, ["#top", "footer"])
    page.goto(f"{site}/header.html")
    page.locator("#healthqa-widget-host").wait_for(state="attached", timeout=30_000)
    page.evaluate("() => window.HealthQA.open()")
    page.wait_for_timeout(300)
    out["panel x under a z-index 1000 header"] = page.evaluate(WIDGET, ".close")
    context.close()
    return out


def busy(browser, script: bytes, site: str) -> dict:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.route(
        "**/widget.js", lambda route: route.fulfill(body=script, content_type="text/javascript")
    )
    page = context.new_page()
    page.add_init_script(f"({COUNT_PROBES})();")
    page.goto(f"{site}/busy.html")
    page.wait_for_function("() => /tick 200\\b/.test(document.body.innerText)", timeout=30_000)
    page.wait_for_timeout(300)
    probes = page.evaluate("() => window.probes")
    context.close()
    return {
        "changes": 200,
        "checks": len(probes["starts"]),
        "hit tests": probes["calls"],
        "ms in hit tests": round(probes["ms"], 1),
    }


SCAN_COST = """() => { const t0 = performance.now(); let pinned = 0;
  for (let rep = 0; rep < 10; rep++) for (const e of document.querySelectorAll('body *')) {
    const p = getComputedStyle(e).position; if (p === 'fixed' || p === 'sticky') pinned++; }
  const t1 = performance.now();
  for (let rep = 0; rep < 10; rep++) for (let y = 790; y > 670; y -= 12)
    for (const x of [1196, 1230, 1264]) document.elementsFromPoint(x, y);
  const t2 = performance.now();
  return {elements: document.querySelectorAll('body *').length,
          'every style read, ms': +((t1 - t0) / 10).toFixed(2),
          '30 hit tests, ms': +((t2 - t1) / 10).toFixed(2)}; }"""
GROW = """n => { const root = document.getElementById('root');
  for (let i = 0; i < n / 5; i++) { const d = document.createElement('div');
    d.append(document.createElement('p')); d.firstChild.append(document.createElement('span'),
    document.createElement('a'), document.createElement('em')); d.querySelector('a').textContent
    = 'link ' + i; root.append(d); } }"""


def scan_cost(browser) -> list[dict]:
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    rows = []
    for n in (1000, 5000):
        page.set_content(
            "<div id=root></div><div style='position:fixed;bottom:0;left:0;right:0;"
            "height:50px'>bar</div>"
        )
        page.evaluate(GROW, n)
        rows.append(page.evaluate(SCAN_COST))
    page.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("scripts", nargs="*", type=Path, help="widget.js files to compare")
    parser.add_argument("--scan-cost", action="store_true", help="the scan not taken, timed")
    parser.add_argument("--app", default="http://127.0.0.1:8770")
    parser.add_argument("--site", default="http://site-a.test:8771")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    results = {}
    if args.scan_cost:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            results["scan cost"] = scan_cost(browser)
            browser.close()
        args.scripts = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        folder = Path(tmp)
        page_with(folder, "corner.html", args.app)
        page_with(folder, "header.html", args.app, extra=HEADER, delay=60_000)
        hide = "#top, footer { display: none; }"
        page_with(folder, "busy.html", args.app, extra=TICKING, style=hide, delay=60_000)
        if not args.scripts:
            return finish(results, args.out)
        server = serve(folder, int(args.site.rsplit(":", 1)[1]))
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for path in args.scripts:
            script = path.read_bytes()
            results[str(path)] = {
                f"{w}x{h}": measure(browser, script, args.site, w, h)
                for w, h in ((1280, 800), (390, 844))
            }
            results[str(path)]["busy page"] = busy(browser, script, args.site)
        browser.close()
        server.shutdown()
    finish(results, args.out)


def finish(results: dict, out: Path | None) -> None:
    text = json.dumps(results, indent=1)
    print(text)
    if out:
        out.write_text(text + "\n", "utf-8")


if __name__ == "__main__":
    main()
