"""The site owner's page in Debian Chromium: log in with the token through the form, see the
groups of unanswered questions and the plot (with its table), filter by period, log out; no CSP
violation, the session cookie HttpOnly and SameSite=Strict. Screenshots:
artifacts/screenshots/admin-*.png.

The server is the real app (uvicorn on 127.0.0.1) over the web tests' fake assistant and an
in-memory store of known data, so the page shows known groups and days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from browser_helpers import screenshot
from measure import axe_violations, low_contrast

from app.db.records import DayCounts, Unanswered, Vote
from app.web.server import create_app
from app.web.settings import WebSettings
from tests.report_fakes import MemoryStore, at
from tests.web.live_server import serve_in_thread
from tests.web.web_fakes import DOPAMINE, FakeAssistant, passages_for

pytestmark = pytest.mark.browser
BASE = lambda url: url.rsplit("/", 1)[0]  # noqa: E731
TOKEN = "browser-admin-token-0123456789"
ADHD = ["adhd in adults", "adhd symptoms in adults", "do adults get adhd", "adhd test for adults"]
KETO = ["is the keto diet safe", "keto diet side effects", "keto diet and cholesterol"]


def store() -> MemoryStore:
    first = date(2026, 11, 1)
    asked = [(ADHD[i % 4], 2 + i % 9) for i in range(12)] + [(KETO[i % 3], 5 + i) for i in range(5)]
    asked += [("can i give my dog ibuprofen", 20)]
    passage = passages_for(DOPAMINE)[1]
    return MemoryStore(
        unanswered_=[Unanswered(at(f"2026-11-{day:02d}"), q) for q, day in asked],
        votes_=[
            Vote(
                at("2026-11-12"), "why do my legs cramp", (passage.passage_id,), -1, "chat", False
            ),
            Vote(at("2026-11-13"), "tremor causes", (passage.passage_id,), 1, "embed", False),
        ],
        days_=[
            DayCounts(first + timedelta(days=i), 20 + (i * 7) % 13, 3 + i % 5, 2 * (i % 4 == 1))
            for i in range(21)
        ],
    )


@pytest.fixture(scope="module")
def admin_url(tmp_path_factory):
    web = WebSettings(feedback_db=tmp_path_factory.mktemp("admin") / "f.db", admin_token=TOKEN)
    with serve_in_thread(create_app(FakeAssistant(), web, reader=store())) as port:
        yield f"http://127.0.0.1:{port}/admin"


def test_log_in_see_groups_and_plot_filter_and_log_out(admin_url, playwright_browser):
    context = playwright_browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    problems: list[str] = []  # console errors and failed responses of ours (styles, pages)
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on(
        "response", lambda r: problems.append(f"{r.status} {r.url}") if r.status >= 400 else None
    )
    page.goto(admin_url)
    assert page.get_by_label("Admin token").is_visible()
    screenshot(page, "admin-login")

    page.get_by_label("Admin token").fill("not-the-token-at-all")
    page.get_by_role("button", name="Log in").click()
    assert page.get_by_role("alert").inner_text() == "That is not the admin token."

    page.get_by_label("Admin token").fill(TOKEN)
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("heading", name="Questions the articles did not answer").wait_for()
    assert page.url == admin_url  # the token is never in a URL
    groups = page.locator("ol.groups > li")
    assert groups.nth(0).locator(".count").inner_text() == "12 questions"
    assert groups.nth(1).locator(".count").inner_text() == "5 questions"
    assert "keto" in groups.nth(1).inner_text()
    plot = page.get_by_role("img", name="Replies per day")
    assert plot.is_visible() and plot.bounding_box()["width"] > 300
    assert page.locator("svg.plot rect").count() >= 42  # answered + not covered, 21 days
    assert page.locator("table.days tbody tr").count() == 21
    cookie = next(c for c in context.cookies() if c["name"] == "hq_admin")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and TOKEN not in cookie["value"]
    page.screenshot(path=str(screenshot(page, "admin-report")), full_page=True)
    assert axe_violations(page) == [] and low_contrast(page) == []

    page.get_by_label("From").fill("2026-11-10")
    page.get_by_label("to", exact=True).fill("2026-11-20")
    page.get_by_role("button", name="Show").click()
    page.get_by_text("Period: 2026-11-10 to 2026-11-20").wait_for()
    assert "since=2026-11-10" in page.url and page.locator("table.days tbody tr").count() == 11
    assert "2 questions, in 2 groups by meaning" in page.locator("#main").inner_text()
    screenshot(page, "admin-period")

    page.get_by_role("button", name="Log out").click()
    page.get_by_label("Admin token").wait_for()
    assert not [c for c in context.cookies() if c["name"] == "hq_admin"]
    expected = [f"401 {admin_url}", f"403 {BASE(admin_url)}/admin/login", f"401 {admin_url}"]
    failed = [p for p in problems if p[:3].isdigit()]
    assert failed == expected, problems  # the login pages only: no failed style, no favicon's 404
    errors = [p for p in problems if not p[:3].isdigit()]
    assert all("status of 40" in e for e in errors) and len(errors) == 3, problems  # no CSP error
    context.close()


def test_dark_mode_and_a_narrow_screen(admin_url, playwright_browser):
    context = playwright_browser.new_context(
        viewport={"width": 390, "height": 844},
        color_scheme="dark",
        extra_http_headers={"Authorization": f"Bearer {TOKEN}"},
    )
    page = context.new_page()
    page.goto(admin_url)
    plot = page.get_by_role("img", name="Replies per day")
    plot.scroll_into_view_if_needed()
    box = plot.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390  # the plot fits the screen
    page.screenshot(path=str(screenshot(page, "admin-dark-narrow")), full_page=True)
    assert axe_violations(page) == [] and low_contrast(page) == []
    context.close()
