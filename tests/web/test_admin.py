"""`/admin`: off (404) without a token; 401 without one, 403 with a wrong one, 200 with the right
one (bearer header or the login form's cookie); headers (no-store, never framed, no CORS); the
period form; stored text escaped; nothing that identifies a reader; the token never shown or
logged."""

from __future__ import annotations

import logging
import time
from datetime import date

import pytest
from fastapi.testclient import TestClient
from web_fakes import DOPAMINE, XSS, FakeAssistant, passages_for

from app.db.records import DayCounts, Unanswered, Vote
from app.errors import BadSetting
from app.web import admin_auth
from app.web.server import create_app
from app.web.settings import WebSettings
from tests.report_fakes import MemoryStore, at

TOKEN = "s3cret-admin-token-0123456789"
SITE = "https://site-a.test"
QUOTED = passages_for(DOPAMINE)[1]


def store() -> MemoryStore:
    asked = ["adhd in adults", "adhd symptoms adults", "adhd test for adults"]
    asked.append(f"evil {XSS} question")
    return MemoryStore(
        unanswered_=[Unanswered(at("2026-11-02", 9), q) for q in asked]
        + [Unanswered(at("2026-10-01", 9), "keto before november")],
        votes_=[
            Vote(at("2026-11-03", 17), "why tremors", (QUOTED.passage_id,), -1, "embed", False),
            Vote(at("2026-11-03", 18), "thanks", (QUOTED.passage_id,), 1, "chat", False),
        ],
        days_=[DayCounts(date(2026, 11, 2), 7, 4, 1), DayCounts(date(2026, 11, 4), 3, 0, 0)],
    )


@pytest.fixture(scope="module")
def on(tmp_path_factory):
    web = WebSettings(
        feedback_db=tmp_path_factory.mktemp("admin") / "f.db",
        admin_token=TOKEN,
        embed_origins=(SITE,),
    )
    with TestClient(create_app(FakeAssistant(), web, reader=store())) as client:
        yield client


@pytest.fixture(scope="module")
def off(tmp_path_factory):
    web = WebSettings(feedback_db=tmp_path_factory.mktemp("off") / "f.db")
    with TestClient(create_app(FakeAssistant(), web, reader=store())) as client:
        yield client


BEARER = {"Authorization": f"Bearer {TOKEN}"}


def admin_headers_ok(response) -> None:
    assert response.headers["cache-control"] == "no-store"
    csp = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and SITE not in csp and "script-src" not in csp
    assert "access-control-allow-origin" not in response.headers


def test_without_a_token_admin_is_off(off):
    for response in (
        off.get("/admin", headers=BEARER),
        off.post("/admin/login", data={"token": TOKEN}),
        off.post("/admin/logout"),
    ):
        assert response.status_code == 404 and "Not found" in response.text
        admin_headers_ok(response)


def test_no_token_is_401_with_the_login_form(on):
    response = on.get("/admin")
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == 'Bearer realm="admin"'
    assert '<form class="login" method="post" action="/admin/login">' in response.text
    assert 'type="password"' in response.text and "questions</strong>" not in response.text
    admin_headers_ok(response)


@pytest.mark.parametrize(
    "headers",
    [{"Authorization": "Bearer wrong-token-0123456789"}, {"Authorization": f"Basic {TOKEN}"}],
)
def test_a_wrong_token_is_403(on, headers):
    response = on.get("/admin", headers=headers)
    assert response.status_code == 403 and "That is not the admin token." in response.text
    assert "questions</strong>" not in response.text
    admin_headers_ok(response)


def test_the_right_bearer_token_shows_the_report(on):
    response = on.get("/admin", headers=BEARER)
    assert response.status_code == 200
    admin_headers_ok(response)
    html = response.text
    assert "5 questions, in 3 groups by meaning" in html  # the October entry included
    assert '<strong class="count">3 questions</strong> like <q>adhd' in html
    assert "readers asked" not in html  # questions are counted; nothing tells readers apart
    assert f'<a href="/articles/{QUOTED.passage_id}">' in html
    assert f"{DOPAMINE.title} — {QUOTED.section}" in html
    assert '<svg class="plot"' in html and '<title id="plot-title">Replies per day</title>' in html
    assert '<table class="days">' in html and '<th scope="row">2026-11-03</th><td>0</td>' in html
    assert "<script" not in html and "style=" not in html


def test_stored_text_is_escaped(on):
    html = on.get("/admin", headers=BEARER).text
    assert XSS not in html and "&lt;img src=x onerror=alert(1)&gt;" in html


def test_nothing_identifies_a_reader(on):
    html = on.get("/admin", headers=BEARER, params={"since": "2026-11-01"}).text
    for detail in ("17:00", "18:00", "09:00", "testclient", "embed", "127.0.0.1"):
        assert detail not in html  # no time of day, client, address or where a vote came from


def test_the_period_form_filters(on):
    html = on.get(
        "/admin", headers=BEARER, params={"since": "2026-11-01", "until": "2026-11-02"}
    ).text
    assert "4 questions, in" in html and "keto" not in html
    assert 'name="since" value="2026-11-01"' in html and 'name="until" value="2026-11-02"' in html
    assert "0 thumbs up, 0 thumbs down" in html
    assert '<form class="period" method="get" action="/admin">' in html
    bad = on.get("/admin", headers=BEARER, params={"since": "2026-11-31"})
    assert bad.status_code == 422 and "is not a date like 2026-11-30" in bad.text
    admin_headers_ok(bad)


def test_login_sets_a_strict_cookie_without_the_token(on):
    wrong = on.post("/admin/login", data={"token": "nearly-" + TOKEN}, follow_redirects=False)
    assert wrong.status_code == 403 and "set-cookie" not in wrong.headers
    done = on.post("/admin/login", data={"token": TOKEN}, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == "/admin"
    admin_headers_ok(done)
    cookie = done.headers["set-cookie"]
    assert cookie.startswith("hq_admin=") and TOKEN not in cookie
    for flag in ("HttpOnly", "SameSite=Strict", "Path=/admin", "Max-Age=28800"):
        assert flag in cookie
    assert "Secure" not in cookie  # plain http (127.0.0.1); over https it is Secure
    value = cookie.split(";")[0].split("=", 1)[1]
    with TestClient(on.app) as fresh:
        fresh.cookies.set("hq_admin", value)
        assert fresh.get("/admin").status_code == 200
        fresh.cookies.set("hq_admin", value[:-1] + ("0" if value[-1] != "0" else "1"))
        assert fresh.get("/admin").status_code == 401  # tampered
        fresh.cookies.set("hq_admin", admin_auth.session_value(TOKEN, now=time.time() - 9 * 3600))
        assert fresh.get("/admin").status_code == 401  # ended
        fresh.cookies.set("hq_admin", admin_auth.session_value("another-token-0123456789"))
        assert fresh.get("/admin").status_code == 401  # made with another token


def test_over_https_the_cookie_is_secure_and_logout_clears_it(on):
    with TestClient(on.app, base_url="https://testserver") as secure:
        done = secure.post("/admin/login", data={"token": TOKEN}, follow_redirects=False)
        assert "; Secure" in done.headers["set-cookie"]
        assert secure.get("/admin").status_code == 200
        out = secure.post("/admin/logout", follow_redirects=False)
        assert out.status_code == 303 and "Max-Age=0" in out.headers["set-cookie"]
        assert secure.get("/admin").status_code == 401


def test_no_cors_and_never_framed_whatever_the_allow_list(on):
    origin = {"Origin": SITE}
    api = on.options("/api/ask", headers={**origin, "Access-Control-Request-Method": "POST"})
    assert api.headers["access-control-allow-origin"] == SITE  # the API keeps its CORS
    for response in (
        on.get("/admin", headers={**origin, **BEARER}),
        on.options("/admin", headers={**origin, "Access-Control-Request-Method": "GET"}),
        on.options("/admin/login", headers={**origin, "Access-Control-Request-Method": "POST"}),
    ):
        assert "access-control-allow-origin" not in response.headers
    admin_headers_ok(on.get("/admin", headers={**origin, **BEARER}))


def test_the_token_is_never_logged_or_echoed(on, caplog):
    with caplog.at_level(logging.DEBUG):
        responses = [
            on.get("/admin", headers=BEARER),
            on.post("/admin/login", data={"token": TOKEN}, follow_redirects=False),
            on.get("/admin", headers={"Authorization": f"Bearer {TOKEN}x"}),
        ]
    assert TOKEN not in caplog.text
    for response in responses:
        assert TOKEN not in response.text and TOKEN not in str(response.headers)


def test_the_token_setting():
    assert WebSettings.from_env({"HEALTHQA_ADMIN_TOKEN": f" {TOKEN} "}).admin_token == TOKEN
    assert WebSettings.from_env({}).admin_token == ""
    assert TOKEN not in repr(WebSettings(admin_token=TOKEN))
    for bad in ("short-token", "has a space in it somewhere"):
        with pytest.raises(BadSetting, match="at least 16 characters") as raised:
            WebSettings.from_env({"HEALTHQA_ADMIN_TOKEN": bad})
        assert bad not in str(raised.value)


def test_under_a_sub_path_forms_and_cookie_stay_under_it(on):
    with TestClient(on.app, root_path="/qa") as sub:
        page = sub.get("/qa/admin")
        assert 'action="/qa/admin/login"' in page.text
        done = sub.post("/qa/admin/login", data={"token": TOKEN}, follow_redirects=False)
        assert (
            done.headers["location"] == "/qa/admin"
            and "Path=/qa/admin" in done.headers["set-cookie"]
        )
        assert (
            f'href="/qa/articles/{QUOTED.passage_id}"' in sub.get("/qa/admin", headers=BEARER).text
        )


def test_other_methods_and_paths_under_admin_never_reach_the_chat(on, off):
    response = on.put("/admin", headers=BEARER)
    assert response.status_code == 405 and response.headers["allow"] == "GET, HEAD"
    assert on.get("/admin/login").status_code == 405
    for client in (on, off):
        for path in ("/admin/", "/admin/config", "/admin/gradio_api/info"):
            response = client.get(path, headers=BEARER)
            assert response.status_code == 404 and "Not found" in response.text
            admin_headers_ok(response)


def test_behind_a_trusted_proxy_over_https_the_cookie_is_secure(tmp_path):
    import httpx
    from live_server import serve_in_thread

    web = WebSettings(
        feedback_db=tmp_path / "f.db", admin_token=TOKEN, trusted_proxies=("127.0.0.1/32",)
    )
    with (
        serve_in_thread(create_app(FakeAssistant(), web, reader=store())) as port,
        httpx.Client(base_url=f"http://127.0.0.1:{port}") as proxy,
    ):
        login = {"data": {"token": TOKEN}, "follow_redirects": False}
        https = proxy.post("/admin/login", headers={"X-Forwarded-Proto": "https"}, **login)
        assert "; Secure" in https.headers["set-cookie"]
        plain = proxy.post("/admin/login", headers={"X-Forwarded-Proto": "http"}, **login)
        assert "Secure" not in plain.headers["set-cookie"]


def test_a_second_visit_embeds_nothing_new(tmp_path):
    assistant = FakeAssistant()
    web = WebSettings(feedback_db=tmp_path / "f.db", admin_token=TOKEN)
    with TestClient(create_app(assistant, web, reader=store())) as client:
        before = assistant.embedder.calls
        assert client.get("/admin", headers=BEARER).status_code == 200
        assert assistant.embedder.calls == before + 1
        assert client.get("/admin", headers=BEARER, params={"days": "3650"}).status_code == 200
        assert assistant.embedder.calls == before + 1  # the same questions: from the cache


@pytest.mark.parametrize(
    "body",
    [b"", b"token=", b"\xff\xfe", b"&".join(b"f%d=1" % i for i in range(50)), b"token=%ZZ"],
)
def test_a_malformed_login_is_a_403_not_an_error(on, body):
    response = on.post(
        "/admin/login",
        content=body,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        follow_redirects=False,
    )
    assert response.status_code == 403 and "set-cookie" not in response.headers
    admin_headers_ok(response)


@pytest.mark.parametrize("query", ["until=9999-12-31", "since=9999-12-31", "since=0001-01-01"])
def test_the_first_and_last_days_a_date_can_be_are_a_period(on, query):
    """`until=9999-12-31` was a 500 (an OverflowError making the day after it)."""
    response = on.get(f"/admin?{query}", headers=BEARER)
    assert response.status_code == 200
    admin_headers_ok(response)


@pytest.mark.parametrize("site", ["cross-site", "same-site", "Cross-Site"])
def test_a_form_on_another_site_can_neither_log_the_owner_out_nor_in(on, site):
    """A page on another site could post a form to `/admin/logout` (the cookie was cleared for
    any caller: the owner logged out by a page they visited) or to `/admin/login`. A browser
    says where a request comes from in `Sec-Fetch-Site`, which no page can set: from another
    site, both are a 403 that sets no cookie. The site's own form (`same-origin`), a typed
    address (`none`) and scripts without the header go on."""
    sent = {"Sec-Fetch-Site": site, "Origin": "https://evil.example"}
    for path, data in (("/admin/logout", None), ("/admin/login", {"token": TOKEN})):
        refused = on.post(path, data=data, headers=sent, follow_redirects=False)
        assert refused.status_code == 403 and "set-cookie" not in refused.headers
        assert "This form is taken only from this site" in refused.text
        admin_headers_ok(refused)
    for own in ({"Sec-Fetch-Site": "same-origin"}, {"Sec-Fetch-Site": "none"}, {}):
        done = on.post("/admin/login", data={"token": TOKEN}, headers=own, follow_redirects=False)
        assert done.status_code == 303 and done.headers["set-cookie"].startswith("hq_admin=")
        out = on.post("/admin/logout", headers=own, follow_redirects=False)
        assert out.status_code == 303 and "Max-Age=0" in out.headers["set-cookie"]
