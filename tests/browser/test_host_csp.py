"""The widget on host pages that send a strict Content-Security-Policy header: with exactly what
the README says to allow (our origin in script-src, connect-src and frame-src) it is styled and
answers, with no CSP violation at all (even with Trusted Types required); without frame-src or
connect-src for us it says so in the console and never shows a broken frame."""

from __future__ import annotations

import pytest
from browser_helpers import ALLOWED_SITE, QUESTION, screenshot
from conftest import PAGE_HEADERS
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>A strict clinic page</title></head>
<body>
  <h1>Northside Clinic</h1>
  <p>This page allows scripts, frames and requests only from the hosts its policy names.</p>
  <script src="{app}/widget.js" async data-title="Ask Northside's articles"></script>
</body></html>
"""
STRICT = (
    "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; "
    "require-trusted-types-for 'script'; trusted-types 'none'; {ours}"
)
WHAT_WE_NEED = "script-src {app}; connect-src {app}; frame-src {app}"  # the README's lines


def host_page(app_server, name: str, policy: str) -> str:
    """Write a host page that is served with this Content-Security-Policy header."""
    (app_server.host_folder / name).write_text(PAGE.format(app=app_server.url), "utf-8")
    PAGE_HEADERS[f"/{name}"] = {"Content-Security-Policy": policy}
    port = app_server.host_page.split(":")[2].split("/")[0]
    return f"http://{ALLOWED_SITE}:{port}/{name}"


def watch_console(page) -> list[str]:
    messages: list[str] = []
    page.on("console", lambda m: messages.append(f"{m.type}: {m.text}"))
    return messages


def launcher(page):
    return page.locator("#healthqa-widget-host button.launcher")


def test_strict_policy_that_allows_us(app_server, new_page):
    policy = STRICT.format(ours=WHAT_WE_NEED.format(app=app_server.url))
    url = host_page(app_server, "strict.html", policy)
    page = new_page()
    console = watch_console(page)
    response = page.goto(url)
    assert response.headers["content-security-policy"] == policy
    launcher(page).wait_for(timeout=30_000)
    style = launcher(page).evaluate(
        "el => { const s = getComputedStyle(el); return [s.position, s.borderRadius]; }"
    )
    assert style == ["fixed", "50%"], style  # our constructed stylesheet applied
    launcher(page).click()
    chat = page.frame_locator("#healthqa-widget-host iframe")
    box = chat.locator("#hq-question textarea")
    box.wait_for(timeout=60_000)
    box.fill(QUESTION)
    box.press("Enter")
    chat.locator(".hq-reply .hq-advice").wait_for(timeout=60_000)
    screenshot(page, "widget-strict-csp-host")
    violations = [m for m in console if "Content Security Policy" in m or "HealthQA" in m]
    assert violations == [], violations


def test_strict_policy_without_frame_src_says_so(app_server, new_page):
    ours = f"script-src {app_server.url}; connect-src {app_server.url}; frame-src 'none'"
    url = host_page(app_server, "no-frames.html", STRICT.format(ours=ours))
    page = new_page()
    page.goto(url)
    launcher(page).wait_for(timeout=30_000)
    with page.expect_console_message(
        lambda m: m.type == "error" and "HealthQA widget" in m.text, timeout=30_000
    ) as message:
        launcher(page).click()
    text = message.value.text
    assert "Content-Security-Policy blocks" in text and "frame-src" in text, text
    assert f"frame-src {app_server.url}" in text  # what to allow
    panel = page.locator("#healthqa-widget-host .panel")
    expect(panel.get_by_text("This chat is not available on this site.")).to_be_visible()
    assert page.locator("#healthqa-widget-host iframe").count() == 0  # no broken frame


def test_strict_policy_without_connect_src_shows_no_launcher(app_server, new_page):
    ours = f"script-src {app_server.url}; frame-src {app_server.url}"
    url = host_page(app_server, "no-connect.html", STRICT.format(ours=ours))
    page = new_page()
    with page.expect_console_message(
        lambda m: m.type == "error" and "HealthQA widget" in m.text, timeout=30_000
    ) as message:
        page.goto(url)
    assert "Content-Security-Policy" in message.value.text
    expect(page.locator("#healthqa-widget-host")).to_have_count(0)
