"""`/admin`: the site owner's report as a page, for the holder of `HEALTHQA_ADMIN_TOKEN`
(app.web.admin_auth). Off - a 404 like any unknown page - when no token is set.

Every response under /admin is `Cache-Control: no-store`, may not be framed by any site
(`frame-ancestors 'none'`, whatever the embed allow-list) and gets no CORS headers
(app.web.security). The page is server-rendered HTML with no script; the period is a GET form.

Routes: GET /admin (the report, or the login form), POST /admin/login (form field `token`: sets
the session cookie, then 303 to /admin), POST /admin/logout (clears it)."""

from __future__ import annotations

from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from app.db.records import StoreReader
from app.embed import Embedder
from app.errors import AppError, BadPeriod
from app.report.groups import CachedEmbedder
from app.report.make import Lookup, make_report
from app.report.period import Period, period_from
from app.web import admin_auth
from app.web.admin_html import login_page, report_page
from app.web.pages import not_found_page

POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
OPEN = {"": "GET, HEAD", "/login": "POST", "/logout": "POST"}  # path after /admin -> methods
HEADERS = {
    "Content-Security-Policy": POLICY,
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}


def admin_router(token: str, reader: StoreReader, lookup: Lookup, embedder: Embedder) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    cached = CachedEmbedder(embedder)

    @router.api_route("/admin", methods=["GET", "HEAD"])
    def show(request: Request) -> Response:  # sync: the report embeds, in a worker thread
        root = request.scope.get("root_path", "")
        if not token:
            return _headers(not_found_page("There is no page at this address.", {}, root))
        state = admin_auth.check(request, token)
        if state != "ok":
            return _refused(state, root)
        query = request.query_params
        try:
            period = period_from(query.get("since"), query.get("until"), query.get("days"))
        except BadPeriod as problem:
            html = report_page(None, Period(), root, str(problem))
            return _headers(HTMLResponse(html, status_code=422))
        try:
            report = make_report(reader, lookup, cached, period)
        except AppError as problem:  # e.g. a store that cannot be read: say so, on this page
            html = report_page(None, period, root, str(problem))
            return _headers(HTMLResponse(html, status_code=problem.http_status))
        return _headers(HTMLResponse(report_page(report, period, root)))

    @router.post("/admin/login")
    async def login(request: Request) -> Response:
        root = request.scope.get("root_path", "")
        if not token:
            return _headers(not_found_page("There is no page at this address.", {}, root))
        if _cross_site(request):
            return _headers(HTMLResponse(login_page(root, CROSS_SITE), status_code=403))
        given = _token_field(await request.body())
        if not admin_auth.same(given, token):
            html = login_page(root, "That is not the admin token.")
            return _headers(HTMLResponse(html, status_code=403))
        done = RedirectResponse(f"{root.rstrip('/')}/admin", status_code=303)
        secure = request.url.scheme == "https"
        value = admin_auth.session_value(token)
        done.headers["Set-Cookie"] = admin_auth.cookie_header(value, root, secure)
        return _headers(done)

    @router.post("/admin/logout")
    def logout(request: Request) -> Response:
        root = request.scope.get("root_path", "")
        if not token:
            return _headers(not_found_page("There is no page at this address.", {}, root))
        if _cross_site(request):
            return _headers(HTMLResponse(login_page(root, CROSS_SITE), status_code=403))
        done = RedirectResponse(f"{root.rstrip('/')}/admin", status_code=303)
        secure = request.url.scheme == "https"
        done.headers["Set-Cookie"] = admin_auth.cookie_header("", root, secure, max_age=0)
        return _headers(done)

    @router.api_route(
        "/admin{rest:path}", methods=["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
    )
    def anything_else(rest: str, request: Request) -> Response:
        """Nothing under /admin reaches the chat mount (Gradio would answer a CORS preflight)."""
        root = request.scope.get("root_path", "")
        allowed = OPEN.get(rest)
        if not token or allowed is None:
            return _headers(not_found_page("There is no page at this address.", {}, root))
        response = HTMLResponse("This method is not allowed here.", status_code=405)
        response.headers["Allow"] = allowed
        return _headers(response)

    return router


CROSS_SITE = "This form is taken only from this site's own /admin page."


def _cross_site(request: Request) -> bool:
    """A browser's POST from a page of another site (`Sec-Fetch-Site`, which every current
    browser sends and no page can set): a form there could log the site owner out (the cookie
    is cleared whatever was sent). Scripts, which send no such header, are not refused."""
    return request.headers.get("sec-fetch-site", "").lower() in ("cross-site", "same-site")


def _token_field(body: bytes) -> str:
    """The form's `token` field; "" when there is none or the body is not a small form."""
    try:
        form = parse_qs(body.decode("utf-8", "replace"), max_num_fields=10)
    except ValueError:  # more fields than a login form has
        return ""
    return (form.get("token") or [""])[0]


def _refused(state: str, root: str) -> Response:
    if state == "wrong":
        return _headers(HTMLResponse(login_page(root, "That is not the admin token."), 403))
    response = HTMLResponse(login_page(root), status_code=401)
    response.headers["WWW-Authenticate"] = 'Bearer realm="admin"'
    return _headers(response)


def _headers(response: Response) -> Response:
    response.headers.update(HEADERS)
    return response


def lookup_in(assistant) -> Lookup:
    """Passage ids -> passages through the assistant's own `passages_of` (app.web.contract)."""

    def find(passage_id: str):
        doc_id = passage_id.partition("#")[0]
        return next((p for p in assistant.passages_of(doc_id) if p.passage_id == passage_id), None)

    return find
