"""The chat page in Chromium with the real server: a question gets a quote, its source card and the
advice; the source link opens the article at the highlighted passage; the keyboard alone is enough;
typed markup stays text; and no request leaves the app's host."""

from __future__ import annotations

import pytest
from browser_helpers import QUESTION, screenshot

from app.db.sqlite import SqliteBackend

pytestmark = pytest.mark.browser
XSS = "<img src=x onerror=alert(1)>"


def ask(page, question: str) -> None:
    box = page.locator("#hq-question textarea")
    box.fill(question)
    box.press("Enter")
    page.locator(".hq-reply .hq-advice").last.wait_for(timeout=60_000)


def open_chat(page, app_server) -> None:
    page.goto(f"{app_server.url}/")
    page.locator("#hq-question textarea").wait_for(timeout=60_000)


@pytest.mark.parametrize(("width", "height", "name"), [(1280, 800, "desktop"), (390, 844, "phone")])
def test_question_quote_source_and_passage(app_server, new_page, width, height, name):
    page = new_page(width, height)
    open_chat(page, app_server)
    ask(page, QUESTION)

    quote = page.locator(".hq-quote").first
    assert "symptom" in quote.locator("blockquote").inner_text().lower()
    assert quote.locator("blockquote mark").count() >= 1  # the answering sentences stand out
    card = quote.locator(".hq-source")
    assert "Dopamine Deficiency" in card.locator("a.hq-title").inner_text()
    assert "Hims & Hers" in card.inner_text() and "2023" in card.inner_text()
    advice = page.locator(".hq-reply .hq-advice").last
    assert "healthcare professional" in advice.inner_text()
    screenshot(page, f"chat-{name}")

    first_words = " ".join(quote.locator("blockquote").inner_text().split()[:6])
    link = card.locator("a.hq-title")
    link.scroll_into_view_if_needed()
    page.wait_for_timeout(300)  # let the chat's autoscroll settle before clicking
    with page.expect_popup() as popup:
        link.click()
    article = popup.value
    article.wait_for_load_state()
    assert "/articles/dopamine-deficiency#p-" in article.url
    target = article.locator("section.passage:target")
    assert target.count() == 1
    assert first_words in " ".join(target.inner_text().split())
    background = target.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert target.evaluate(
        "el => { const r = el.getBoundingClientRect(); return r.top < innerHeight }"
    )
    screenshot(article, f"article-{name}")

    assert page.requests.origins() == {app_server.url}, page.requests.origins()
    assert page.requests.others() == []


def test_follow_up_keeps_the_context_and_keyboard_only(app_server, new_page):
    page = new_page()
    open_chat(page, app_server)
    page.keyboard.press("Tab")  # from the top of the page to the question box
    for _ in range(20):
        if page.evaluate("document.activeElement.tagName") == "TEXTAREA":
            break
        page.keyboard.press("Tab")
    page.keyboard.type("What is dopamine deficiency?")
    page.keyboard.press("Enter")
    page.locator(".hq-reply .hq-advice").first.wait_for(timeout=60_000)
    page.keyboard.type("How is it treated?")
    page.keyboard.press("Enter")
    page.locator(".hq-reply .hq-advice").nth(1).wait_for(timeout=60_000)
    second = page.locator(".hq-reply").nth(1).inner_text().lower()
    assert "dopamine" in second  # "it" was understood through the first question

    for _ in range(60):  # Tab forward to a source link of the answers, then open it with Enter
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('hq-title')"):
            break
    else:
        pytest.fail("no source link is reachable with Tab")
    with page.expect_popup() as popup:
        page.keyboard.press("Enter")
    assert "#p-" in popup.value.url


def test_typed_markup_is_text_and_nothing_runs(app_server, new_page):
    page = new_page()
    open_chat(page, app_server)
    ask(page, f"{XSS} What are the symptoms of dopamine deficiency?")
    shown = page.locator(".hq-question").last.inner_text()
    assert XSS in shown
    assert page.locator("#hq-chat img[src='x']").count() == 0
    page.wait_for_timeout(500)
    assert page.dialogs == []
    assert not [u for u in page.requests.urls if u.rstrip("/").endswith("/x")]


def test_example_question_copy_and_vote(app_server, new_page):
    page = new_page()
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app_server.url)
    open_chat(page, app_server)
    page.locator("button.example").first.click()
    page.locator(".hq-reply .hq-advice").first.wait_for(timeout=60_000)

    page.get_by_role("button", name="Copy last answer").click()
    page.wait_for_timeout(300)
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Q: ") and "/articles/" in copied and "<" not in copied

    page.get_by_role("button", name="This answer helped", exact=True).first.click()
    page.get_by_text("Thank you for your feedback").wait_for(timeout=10_000)
    last = SqliteBackend(app_server.feedback_db).votes()[-1]
    assert last.vote == 1 and last.source == "chat"
    assert last.question == "What are the physical symptoms of dopamine deficiency?"
    assert last.passage_ids[0].startswith("dopamine-deficiency#p-")


def test_too_long_a_question_is_refused_with_a_message(app_server, new_page):
    page = new_page()
    page.goto(f"{app_server.url}/")
    page.locator("#hq-question textarea").wait_for(timeout=60_000)
    box = page.locator("#hq-question textarea")
    box.fill("x" * 1200)
    box.press("Enter")
    error = page.locator(".hq-error").last
    error.wait_for(timeout=10_000)
    assert "1,200 characters long; the limit is 1,000" in error.inner_text()
    assert len(page.locator("#hq-question textarea").input_value()) == 1200  # kept to shorten
