"""Where a quote's words are when a reader opens its source link on a phone (BENCHMARKS.md section
15, task ux4): for each distinct quote the seed questions get from a running server, the article
is opened at 375x667 (touch) by the link the chat gives (`#p-...`, the passage) and by the same
link with a text fragment (`:~:text=` of the quote's first and last words: the browser scrolls to
the words and marks them; the way measured and not taken), and the first and last words of the
quote are looked up on the page as it lands. Headless Debian Chromium; nothing is scrolled.

    python -m app serve --port 8770 &
    PYTHONPATH=. python bench/quote_landing.py --app http://127.0.0.1:8770 \
        --out bench/out/quote_landing.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from urllib.parse import quote as percent

import httpx

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update"]  # fmt: skip
SETTLED = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"
FIND = """(words) => { const norm = s => s.replace(/\\s+/g, ' ');
  const walk = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const i = norm(n.data).indexOf(words);
    if (i < 0 || norm(n.data) !== n.data) continue;
    const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + words.length);
    const b = r.getBoundingClientRect(); return {top: b.top, bottom: b.bottom, vh: innerHeight}; }
  return null; }"""


def fragment(text: str, most: int = 8) -> str:
    """`:~:text=` of the quote's first line's first words and its last line's last ones."""
    lines = [line.split() for line in text.splitlines() if line.strip()]

    def enc(words: list[str]) -> str:
        return percent(" ".join(words), safe="").replace("-", "%2D")

    if len(lines) == 1 and len(lines[0]) <= 2 * most:
        return ":~:text=" + enc(lines[0])
    return ":~:text=" + enc(lines[0][:most]) + "," + enc(lines[-1][-most:])


def quotes(app: str, questions: Path) -> list[dict]:
    seen = {}
    for line in questions.read_text().splitlines():
        reply = httpx.post(f"{app}/api/ask", json={"question": json.loads(line)["question"]})
        for quote in reply.json()["quotes"]:
            seen[(quote["link"], quote["text"])] = quote
    return list(seen.values())


def in_view(box: dict | None) -> bool:
    return bool(box) and box["top"] >= 0 and box["bottom"] <= box["vh"]


def measure(app: str, found: list[dict], chromium: str) -> dict:
    from playwright.sync_api import sync_playwright

    empty = {"quotes": 0, "first_words_in_view": 0, "whole_in_view": 0}
    counts = {way: dict(empty) for way in ("passage", "text_fragment")}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=ARGS)
        page = browser.new_context(
            viewport={"width": 375, "height": 667}, has_touch=True, is_mobile=True
        ).new_page()
        for quote in found:
            lines = [" ".join(line.split()) for line in quote["text"].splitlines() if line.strip()]
            first, last = " ".join(lines[0].split()[:6]), " ".join(lines[-1].split()[-4:])
            for way, count in counts.items():
                extra = fragment(quote["text"]) if way == "text_fragment" else ""
                page.goto("about:blank")
                page.goto(app + quote["link"] + extra)
                page.evaluate(SETTLED)
                start, end = page.evaluate(FIND, first), page.evaluate(FIND, last)
                count["quotes"] += 1
                count["first_words_in_view"] += in_view(start)
                count["whole_in_view"] += in_view(start) and in_view(end)
        browser.close()
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", default="http://127.0.0.1:8770")
    parser.add_argument("--questions", type=Path, default=Path("eval/seed-questions.jsonl"))
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    result = measure(args.app, quotes(args.app, args.questions), args.chromium)
    text = json.dumps(result, indent=1)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")


if __name__ == "__main__":
    main()
