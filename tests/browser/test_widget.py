"""The widget on a host page of another site: launcher -> panel -> iframe of /embed/ -> answer;
Esc and the page API close/open it; an origin not on the allow-list cannot frame the chat; the only
hosts contacted are the host page's and the app's."""

from __future__ import annotations

import pytest
from browser_helpers import QUESTION, screenshot
from playwright.sync_api import expect

from app.texts import REMARKS

pytestmark = pytest.mark.browser


def launcher(page):
    return page.locator("#healthqa-widget-host button.launcher")


def frame(page):
    return page.frame_locator("#healthqa-widget-host iframe")


def open_widget(page, url: str):
    page.goto(url)
    launcher(page).wait_for(timeout=30_000)
    launcher(page).click()
    return frame(page)


@pytest.mark.parametrize(("width", "height", "name"), [(1280, 800, "desktop"), (390, 844, "phone")])
def test_widget_answers_cross_site(app_server, new_page, width, height, name):
    page = new_page(width, height)
    chat = open_widget(page, app_server.host_page)
    assert launcher(page).get_attribute("aria-expanded") == "true"
    box = chat.locator("#hq-question textarea")
    box.wait_for(timeout=60_000)  # the iframe got past "Loading..." (storage stand-in)
    chat.get_by_text("Hello from Riverside Clinic! Ask a question.").wait_for(timeout=10_000)
    box.fill(QUESTION)
    box.press("Enter")
    chat.locator(".hq-reply .hq-advice").wait_for(timeout=60_000)
    assert chat.locator(".hq-quote .hq-source a.hq-title").count() >= 1
    assert "symptom" in chat.locator(".hq-quote blockquote").first.inner_text().lower()

    panel = page.locator("#healthqa-widget-host .panel")
    box_size = panel.bounding_box()
    if width < 600:  # full screen on a phone
        assert box_size["width"] == width and box_size["height"] == height
    else:
        assert box_size["width"] < width / 2
    screenshot(page, f"widget-{name}")

    box.press("Escape")  # Esc inside the iframe closes the panel (via postMessage)
    panel.wait_for(state="hidden", timeout=5_000)
    assert launcher(page).get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.id") == "healthqa-widget-host"

    assert page.context.cookies() == []  # nothing relies on (third-party) cookies
    hosts = page.requests.origins()
    assert hosts == {app_server.url, app_server.host_page.rsplit("/", 1)[0]}, hosts
    assert page.dialogs == []


def test_page_api_close_button_and_host_page_untouched(app_server, new_page):
    page = new_page()
    page.goto(app_server.host_page)
    launcher(page).wait_for(timeout=30_000)
    panel = page.locator("#healthqa-widget-host .panel")
    assert page.evaluate("window.HealthQA.isOpen()") is False
    page.evaluate("window.HealthQA.open()")
    panel.wait_for(state="visible")
    page.locator("#healthqa-widget-host button.close").click()
    panel.wait_for(state="hidden")
    page.evaluate("window.HealthQA.open()")
    panel.wait_for(state="visible")
    expect(frame(page).locator("#hq-question textarea")).to_be_focused(timeout=60_000)
    page.keyboard.press("Escape")  # as a reader would: typing focus is in the chat's question box
    panel.wait_for(state="hidden")
    # the widget added exactly one element and left the host's own "#panel" alone
    assert page.evaluate("document.querySelectorAll('[id^=healthqa]').length") == 1
    assert page.evaluate("document.getElementById('panel').textContent").startswith("The host")
    # the host page's hostile styles did not reach the launcher inside the shadow root
    style = launcher(page).evaluate("el => getComputedStyle(el).borderStyle")
    assert style != "dashed"
    assert launcher(page).is_visible()


def test_site_not_on_the_allow_list_shows_no_launcher(app_server, new_page):
    """No broken-page icon: on a site that may not embed the chat, the launcher never appears,
    nothing frames the chat, and the console tells the site owner why."""
    page = new_page()
    with page.expect_console_message(
        lambda m: m.type == "error" and "HealthQA widget: not shown" in m.text, timeout=30_000
    ) as message:
        page.goto(app_server.other_page)
    assert "HEALTHQA_EMBED_ORIGINS" in message.value.text
    expect(page.locator("#healthqa-widget-host")).to_have_count(0)
    page.evaluate("window.HealthQA.open()")  # the page API cannot open it either
    assert page.evaluate("window.HealthQA.isOpen()") is False
    expect(page.locator("#healthqa-widget-host")).to_have_count(0)
    assert not [f for f in page.frames if f.url.startswith(app_server.url)]
    screenshot(page, "widget-not-allowed")


def test_open_on_load_on_the_left(app_server, new_page):
    page = new_page()
    page.goto(app_server.host_page.replace("host.html", "open.html"))
    panel = page.locator("#healthqa-widget-host .panel")
    panel.wait_for(state="visible", timeout=30_000)
    assert panel.bounding_box()["x"] < 100  # on the left
    expect(frame(page).locator("#hq-question textarea")).to_be_focused(timeout=60_000)


def test_a_greeting_gets_a_greeting_not_not_covered(app_server, new_page):
    """Typed as a reader opens a chat: "hey" is answered with the greeting, not with "I could not
    find an answer to this in our articles" (what it got on baf459d), and the advice follows."""
    page = new_page(1280, 800)
    chat = open_widget(page, app_server.host_page)
    box = chat.locator("#hq-question textarea")
    box.wait_for(timeout=60_000)
    box.fill("hey")
    box.press("Enter")
    reply = chat.locator(".hq-reply").last
    reply.locator(".hq-advice").wait_for(timeout=60_000)
    text = " ".join(reply.inner_text().split())
    assert REMARKS["greeting"] in text, text
    assert "could not find an answer" not in text
    assert chat.locator(".hq-reply .hq-quote").count() == 0
