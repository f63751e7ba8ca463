"""The chat page over the rate limit, in Chromium: the server's 429 message is shown in a banner
and the conversation stays readable (no bare "Error" over it). A `serve` of its own: the tiny
corpus, the fake embedder, HEALTHQA_RATE_LIMIT=3/minute, 127.0.0.1 only."""

from __future__ import annotations

import pytest
from browser_helpers import screenshot
from conftest import require_browser, tiny_server

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def limited_server(tmp_path_factory):
    require_browser()
    settings = {"HEALTHQA_ABSTAIN_BELOW": "0.2", "HEALTHQA_RATE_LIMIT": "3/minute"}
    with tiny_server(tmp_path_factory.mktemp("limited"), settings) as url:
        yield url


def ask(page, question: str) -> None:
    box = page.locator("#hq-question textarea")
    box.fill(question)
    box.press("Enter")


def test_over_the_rate_limit_the_page_says_so(limited_server, new_page):
    page = new_page()
    page.goto(f"{limited_server}/")
    page.locator("#hq-question textarea").wait_for(timeout=60_000)
    ask(page, "How much sleep do adults need?")  # requests 1 and 2: show it, answer it
    page.locator(".hq-reply .hq-advice").first.wait_for(timeout=30_000)
    ask(page, "What helps with insomnia?")  # request 3 shows it; request 4 is refused
    notice = page.locator("#hq-notice")
    notice.wait_for(state="visible", timeout=15_000)
    text = notice.inner_text()
    assert "Too many requests from your address (at most 3/minute)" in text
    assert "try again in" in text
    screenshot(page, "chat-rate-limited")
    first_reply = page.locator(".hq-reply").first
    assert first_reply.is_visible() and "seven to nine hours" in first_reply.inner_text()
    shown = [
        e.evaluate("e => e.parentElement.outerHTML.slice(0, 300)")
        for e in page.get_by_text("Error", exact=True).all()
        if e.is_visible()
    ]
    assert not shown, shown
