"""A reader who does not wait: the next question typed right after Enter, or asked (Enter) while
the last answer is still on its way, in the page and in the widget. Nothing they typed may be
lost or glued to the question before it, and every question asked gets its answer, in order.

The server is made slow where a slow network would be: the chat's request for a step is held
(Playwright's route) until the reader has typed, then let through; nothing is timed."""

from __future__ import annotations

import time

import httpx
import pytest
from playwright.sync_api import expect
from test_reader_view import chat_page, widget_frame

pytestmark = pytest.mark.browser
FIRST = "What are the physical symptoms of dopamine deficiency?"
NEXT = "How is it treated?"
WAIT_S = 30  # at most this long for a held request to be made (the server's slowest start)


class Holder:
    """Holds the chat's requests for the named steps (the handlers' names: "add" puts the question
    in the conversation, "answer" answers it) until `release`; the rest go through."""

    def __init__(self, page, app_url: str, steps: set[str]):
        config = httpx.get(f"{app_url}/config", timeout=10).json()
        self.ids = {d["id"] for d in config["dependencies"] if d.get("api_name") in steps}
        self.held: list = []
        self.page = page
        page.route("**/gradio_api/run/**", self._route)

    def _route(self, route) -> None:
        body = route.request.post_data_json or {}
        if body.get("fn_index") in self.ids:
            self.held.append(route)
        else:
            route.continue_()

    def wait_held(self, count: int = 1) -> None:
        deadline = time.monotonic() + WAIT_S
        while len(self.held) < count:
            assert time.monotonic() < deadline, f"{len(self.held)} held of {count}"
            self.page.wait_for_timeout(20)  # lets Playwright deliver the route events

    def release(self) -> None:
        self.ids = set()  # later requests go through
        for route in self.held:
            route.continue_()
        self.held.clear()


def asked(frame) -> list[str]:
    texts = frame.locator(".hq-question").all_text_contents()
    return [t.removeprefix("You asked: ") for t in texts]


def open_chat(page, app_server, where: str):
    if where == "page":
        return chat_page(page, app_server.url)
    return widget_frame(page, app_server.host_page)


@pytest.mark.parametrize(("where", "width", "height"), [("page", 1280, 800), ("widget", 390, 844)])
def test_a_question_sent_while_the_last_is_answered_is_answered_next(
    app_server, new_page, where, width, height
):
    page = new_page(width, height, touch=width < 600)
    frame = open_chat(page, app_server, where)
    holder = Holder(page, app_server.url, {"answer"})
    box = frame.locator("#hq-question textarea")
    box.click()
    page.keyboard.type(FIRST)
    page.keyboard.press("Enter")
    holder.wait_held()  # the first answer is on its way (held)
    page.keyboard.type(NEXT)
    page.keyboard.press("Enter")
    status = frame.locator("#hq-stopped")
    expect(status).to_contain_text("will be sent", timeout=5_000)  # told, politely, what happens
    assert box.input_value() == NEXT  # not lost, not sent yet
    holder.release()
    frame.locator(".hq-reply .hq-advice").nth(1).wait_for(timeout=60_000)
    assert asked(frame) == [FIRST, NEXT]
    rows = frame.locator("#hq-chat .message-row")
    assert rows.count() == 4  # question, answer, question, answer
    assert "user-row" in rows.nth(2).get_attribute("class")
    assert box.input_value() == ""
    expect(status).to_have_text("")
    expect(box).to_be_focused()


@pytest.mark.parametrize("where", ["page", "widget"])
def test_what_is_typed_right_after_enter_stays_in_the_box(app_server, new_page, where):
    page = new_page()
    frame = open_chat(page, app_server, where)
    holder = Holder(page, app_server.url, {"add"})
    box = frame.locator("#hq-question textarea")
    box.click()
    page.keyboard.type(FIRST)
    page.keyboard.press("Enter")
    page.keyboard.type("How is it")  # at once: some keys may come before the question is sent
    holder.wait_held()
    page.keyboard.type(" treated?")  # while the question is on its way
    holder.release()
    frame.locator(".hq-reply .hq-advice").first.wait_for(timeout=60_000)
    assert asked(frame) == [FIRST]  # nothing typed after Enter glued to it
    assert box.input_value() == NEXT  # the next question, whole, still in the box
    page.keyboard.press("Enter")
    frame.locator(".hq-reply .hq-advice").nth(1).wait_for(timeout=60_000)
    assert asked(frame) == [FIRST, NEXT]
