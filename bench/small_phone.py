"""What a reader on a small phone meets (task ux5): the chat page and the widget (on a host page of
another site) at 320x568, 360x640, 375x667 upright and 568x320 sideways, in Debian Chromium with
touch. For each: the conversation's visible height before and after a crisis question (typed and
sent with the Ask button), the page's header, whether the crisis guidance box is whole in view
where the reply opens, whether the question box and Ask stay in view with an on-screen keyboard's
height taken from the window, the question box's font size (iOS zooms into a box under 16 px),
controls smaller than 44 px, and horizontal scrolling.

Needs a running server whose embed allow-list holds this script's host site:
    HEALTHQA_EMBED_ORIGINS=http://site-a.test:8772 python -m app serve --port 8771 &
    PYTHONPATH=. python bench/small_phone.py --app http://127.0.0.1:8771 --out bench/out/x.json
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import tempfile
import threading
from pathlib import Path

from bench.common import machine

SIZES = [(320, 568), (360, 640), (375, 667), (568, 320)]
KEYBOARD = {"upright": 260, "sideways": 190}  # px an on-screen keyboard (and its bar) takes
CRISIS = "i want to end my life tonight"
HOST = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A clinic</title></head>
<body style="margin:1rem;font-family:Georgia,serif"><h1>Riverside Clinic</h1>
<p>Opening hours and news.</p>
<script src="{app}/widget.js" async data-title="Ask Riverside's articles"></script></body></html>"""

SEEN_JS = """() => {
  const r = e => { if (!e) return null; const b = e.getBoundingClientRect();
    return {top: Math.round(b.top), bottom: Math.round(b.bottom), left: Math.round(b.left),
      right: Math.round(b.right), height: Math.round(b.height), width: Math.round(b.width)}; };
  const q = s => document.querySelector(s);
  const box = q('#hq-question textarea'), ask = q('#hq-question button');
  const shown = e => { const b = e.getBoundingClientRect(), s = getComputedStyle(e);
    return b.width > 0 && b.height > 0 && s.visibility !== 'hidden' && !e.closest('[hidden]'); };
  // how far a tap is taken by the control: hit tests from its centre outwards (a control may
  // take taps beyond its drawn box); a control out of view: its box
  const taken = e => { const b = e.getBoundingClientRect(), cx = b.left + b.width / 2,
      cy = b.top + b.height / 2, hit = (x, y) => { const t = document.elementFromPoint(x, y);
        return !!t && (t === e || e.contains(t)); };
    if (!hit(cx, cy)) return {w: Math.round(b.width), h: Math.round(b.height)};
    const reach = (dx, dy) => { let n = 0;
      while (n < 60 && hit(cx + dx * (n + 1), cy + dy * (n + 1))) n++; return n; };
    return {w: reach(-1, 0) + reach(1, 0) + 1, h: reach(0, -1) + reach(0, 1) + 1}; };
  const controls = [...document.querySelectorAll('button, a[href], textarea, [role=button]')]
    .filter(shown).filter(e => !e.closest('.hq-reply p, .hq-source'));
  const small = controls.map(e => ({what: (e.getAttribute('aria-label') || e.textContent ||
      e.tagName).trim().slice(0, 30), ...taken(e)})).filter(c => c.w < 44 || c.h < 44);
  const em = [...document.querySelectorAll('.hq-emergency')].pop();
  return {view: {w: innerWidth, h: innerHeight}, chat: r(q('#hq-chat .bubble-wrap')),
    header: r(q('#hq-header')), box: r(box), ask: r(ask),
    boxFont: box ? parseFloat(getComputedStyle(box).fontSize) : null,
    emergency: r(em), emergencyFirstNumber: r(em && em.querySelector('a.hq-tel')),
    emergencyFirstLines: r(em && em.querySelector('p')),
    sideways: document.scrollingElement.scrollWidth - innerWidth,
    pageScroll: document.scrollingElement.scrollHeight - innerHeight, small: small}; }"""


def inside(box: dict | None, area: dict | None) -> bool:
    if not (box and area):
        return False
    return box["top"] >= area["top"] - 1 and box["bottom"] <= area["bottom"] + 1


def visible_px(box: dict | None, area: dict | None) -> int:
    if not (box and area):
        return 0
    return max(0, min(box["bottom"], area["bottom"]) - max(box["top"], area["top"]))


def in_window(box: dict | None, view: dict) -> bool:
    return bool(box) and box["top"] >= 0 and box["bottom"] <= view["h"] and box["height"] > 0


def open_chat(page, where: str, app: str, host: str):
    if where == "page":
        page.goto(f"{app}/")
        page.locator("#hq-chat .bubble-wrap").wait_for(timeout=60_000)
        page.locator("#hq-question textarea").wait_for(timeout=60_000)
        return page.main_frame
    page.goto(host)
    page.locator("#healthqa-widget-host button.launcher").click()
    inner = page.frame_locator("#healthqa-widget-host iframe")
    inner.locator("#hq-chat .bubble-wrap").wait_for(timeout=60_000)
    inner.locator("#hq-question textarea").wait_for(timeout=60_000)
    return page.locator("#healthqa-widget-host iframe").element_handle().content_frame()


def measure(
    browser, where: str, width: int, height: int, app: str, host: str, shots: Path | None
) -> dict:
    context = browser.new_context(
        viewport={"width": width, "height": height}, has_touch=True, is_mobile=True
    )
    page = context.new_page()
    frame = open_chat(page, where, app, host)
    before = frame.evaluate(SEEN_JS)
    # A tap in the page; a click in the widget: Chromium's touch emulation sends a tap's click
    # inside a cross-site frame to a point higher by the panel's head (section 15, ux4)
    touch = "tap" if where == "page" else "click"
    getattr(frame.locator("#hq-question textarea"), touch)()
    page.keyboard.type(CRISIS)
    getattr(frame.get_by_role("button", name="Ask", exact=True), touch)()
    frame.locator(".hq-reply .hq-advice").first.wait_for(timeout=60_000)
    page.wait_for_timeout(400)  # the chat's scroll settles (exploration only; tests wait states)
    after = frame.evaluate(SEEN_JS)
    if shots:
        page.screenshot(path=str(shots / f"small-phone-{where}-{width}x{height}.png"))
    keyboard = KEYBOARD["upright" if height > width else "sideways"]
    page.set_viewport_size({"width": width, "height": height - keyboard})
    page.wait_for_timeout(400)
    typing = frame.evaluate(SEEN_JS)
    context.close()
    return {
        "where": where,
        "size": f"{width}x{height}",
        "chat_before": before["chat"]["height"],
        "header": before["header"]["height"] if before["header"] else 0,
        "chat_after": after["chat"]["height"],
        "guidance_height": after["emergency"]["height"] if after["emergency"] else None,
        "guidance_top_in_chat": after["emergency"]["top"] - after["chat"]["top"]
        if after["emergency"]
        else None,
        "guidance_whole_in_view": inside(after["emergency"], after["chat"]),
        "first_number_in_view": inside(after["emergencyFirstNumber"], after["chat"]),
        "first_paragraph_in_view": inside(after["emergencyFirstLines"], after["chat"]),
        "guidance_px_in_view": visible_px(after["emergency"], after["chat"]),
        "keyboard_px": keyboard,
        "chat_with_keyboard": typing["chat"]["height"],
        "box_and_ask_with_keyboard": in_window(typing["box"], typing["view"])
        and in_window(typing["ask"], typing["view"]),
        "box_font_px": before["boxFont"],
        "horizontal_overflow_px": max(before["sideways"], after["sideways"], typing["sideways"]),
        "small_controls": after["small"],
    }


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def serve_host(folder: Path, port: int) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", default="http://127.0.0.1:8771")
    parser.add_argument("--host-port", type=int, default=8772)
    parser.add_argument("--label", default="", help="what code the server runs (kept in the JSON)")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--shots", type=Path, help="a folder for a screenshot after each reply")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    folder = Path(tempfile.mkdtemp(prefix="small-phone-"))
    (folder / "host.html").write_text(HOST.format(app=args.app), "utf-8")
    server = serve_host(folder, args.host_port)
    host = f"http://site-a.test:{args.host_port}/host.html"
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--host-resolver-rules=MAP site-a.test 127.0.0.1",
    ]
    rows = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=flags)
        for width, height in SIZES:
            for where in ("page", "widget"):
                row = measure(browser, where, width, height, args.app, host, args.shots)
                rows.append(row)
                print(json.dumps({k: v for k, v in row.items() if k != "small_controls"}))
                print("   small:", row["small_controls"])
        browser.close()
    server.shutdown()
    if args.out:
        data = {"machine": machine(), "app": args.app, "label": args.label, "crisis": CRISIS}
        data |= {"keyboard_px": KEYBOARD, "rows": rows}
        args.out.write_text(json.dumps(data, indent=1, default=str) + "\n")


if __name__ == "__main__":
    main()
