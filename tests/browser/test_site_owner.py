"""A site owner who follows the README to put their own numbers in the crisis guidance
(`HEALTHQA_CRISIS_GUIDANCE`, `HEALTHQA_EMERGENCY`): on a phone, the reader of their deployment
can call each number the lines ask them to call with one tap, as with the shipped US numbers
(before, "call NHS 111", "call 000" and "call Lifeline on 13 11 14" were plain text). A `serve`
of its own: the tiny corpus, the fake embedder, the crisis patterns, 127.0.0.1 only."""

from __future__ import annotations

import json

import pytest
from browser_helpers import screenshot
from conftest import require_browser, tiny_server
from measure import rect

pytestmark = pytest.mark.browser
OWN_LINES = {
    "overdose": "If someone has taken too much of a medicine and is hard to wake, call 999 now. "
    "For advice, call NHS 111.",
    "medical": "Call 999 now, or 112 from any phone.",
}
EMERGENCY = "In Australia call 000, or call Lifeline on 13 11 14 to talk."


@pytest.fixture(scope="module")
def owners_server(tmp_path_factory):
    require_browser()
    base = tmp_path_factory.mktemp("owner")
    (base / "guidance.json").write_text(json.dumps(OWN_LINES), "utf-8")
    settings = {
        "HEALTHQA_CRISIS_DETECTOR": "patterns",
        "HEALTHQA_CRISIS_GUIDANCE": str(base / "guidance.json"),
        "HEALTHQA_EMERGENCY": EMERGENCY,
    }
    with tiny_server(base, settings) as url:
        yield url


def test_the_owners_own_numbers_call_with_one_tap(owners_server, new_page):
    page = new_page(390, 844, touch=True)
    page.goto(f"{owners_server}/")
    box = page.locator("#hq-question textarea")
    box.wait_for(timeout=60_000)
    box.tap()
    page.keyboard.type("my friend took a bunch of pills and wont wake up")
    page.get_by_role("button", name="Ask", exact=True).tap()
    guidance = page.locator(".hq-reply .hq-emergency").last
    guidance.wait_for(timeout=60_000)
    text = guidance.inner_text()
    assert "NHS 111" in text and "Lifeline on 13 11 14" in text, text  # the owner's lines
    links = {
        a.inner_text(): a.get_attribute("href")
        for a in guidance.get_by_role("link").all()
        if a.is_visible()
    }
    assert links == {
        "999": "tel:999",
        "111": "tel:111",
        "112": "tel:112",
        "000": "tel:000",
        "13 11 14": "tel:131114",
    }, links
    chat = rect(page.locator("#hq-chat .bubble-wrap"))
    first = rect(guidance.get_by_role("link").first)
    assert chat["top"] <= first["top"] and first["bottom"] <= chat["bottom"], (chat, first)
    screenshot(page, "owners-numbers-phone")
