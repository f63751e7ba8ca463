"""`create_app` wires one FastAPI app from an opened Assistant and the web settings (no
environment access). Serving it - reading the environment, one or several processes - is
`app.web.serve`.

Route order matters: our routes first, then Gradio at /embed, then Gradio at / (which catches the
rest)."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from app.config import switched_on
from app.db import Store, StoreConfig, StoreReader, open_store
from app.records import Reply
from app.web import logs, security
from app.web.admin import admin_router, lookup_in
from app.web.api import HTTP_WORDS, api_router, error_response, field_message
from app.web.batching import MicroBatcher
from app.web.chat import build_chat, mount_chat
from app.web.contract import AssistantLike
from app.web.events import event_shapes
from app.web.gradio_routes import GradioRoutes
from app.web.guard import ErrorGuard
from app.web.health import HealthCheck
from app.web.hosts import HostGuard
from app.web.limits import Limits
from app.web.pages import not_found_page, pages_router
from app.web.ratelimit import RateLimit
from app.web.settings import WebSettings
from app.web.widget import widget_router

STATIC = Path(__file__).parent / "static"
DESCRIPTION = (
    "Answers health questions with verbatim quotes from our articles, each with its source. "
    "Not medical advice."
)


def create_app(
    assistant: AssistantLike,
    web: WebSettings | None = None,
    store: Store | None = None,
    reader: StoreReader | None = None,
) -> FastAPI:
    """`store`: the site owner's store, opened by the edge (closed with the app); by default a
    SQLite store at `web.feedback_db` with the assistant's unanswered-log settings. `reader`: what
    /admin reports on (default: that store)."""
    web = web or WebSettings()
    logs.quiet_library_tracebacks()
    store = store or open_store(default_store_config(assistant, web))
    reader = reader or store
    batcher = MicroBatcher(recording(assistant.ask_many, store), web.batch_max, web.batch_wait_ms)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        await batcher.stop()
        store.close()

    app = FastAPI(
        title="Health articles Q&A",
        version=_version(),
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.store = store  # for routes that read it (the site owner's report)
    events: dict = {}  # each chat mount's event shapes, filled in below
    chats: dict = {}  # and its Blocks (its sessions are dropped after each event)
    _install_middleware(app, web, events, chats)
    _install_error_pages(app, web.embed_origins)
    limit = assistant.settings.max_question_chars
    app.include_router(api_router(batcher, web.max_body_bytes, limit))
    health = HealthCheck(assistant, web.examples[0] if web.examples else "health")
    app.include_router(pages_router(assistant, web.title, web.embed_origins, health, store))
    app.include_router(widget_router())
    embedder = assistant.embedder
    app.include_router(admin_router(web.admin_token, reader, lookup_in(assistant), embedder))
    app.mount("/hq-static", StaticFiles(directory=STATIC), name="hq-static")
    for path, compact in (("/embed", True), ("/", False)):  # /embed first: / catches the rest
        blocks = build_chat(batcher, store, web, compact, limit)
        events[path.rstrip("/")] = event_shapes(blocks)
        mount_chat(app, blocks, path, compact)
        chats[path.rstrip("/")] = blocks
    return app


def default_store_config(assistant: AssistantLike, web: WebSettings) -> StoreConfig:
    settings = assistant.settings
    return StoreConfig(
        sqlite_path=web.feedback_db,
        unanswered=switched_on(settings.unanswered_log),
        retention_days=settings.unanswered_retention_days,
    )


def recording(ask_many, store: Store):
    """`ask_many` that also counts each reply's outcome (answered, not covered, crisis) and keeps
    a question the articles did not answer (when the opt-in log is on; never a crisis message).
    Small talk ("hi", "thanks", "ok bye", "you are useless": `Reply.remark`) asks the articles
    nothing: neither counted nor logged, or the report's "not covered" would fill with
    greetings. Only queued: the answers never wait on the store."""

    def ask(items):
        results = ask_many(items)
        for result in results:
            if isinstance(result, Reply) and (result.crisis or not result.remark):
                store.add_outcome(outcome_of(result))
                if result.abstained and not result.crisis:
                    store.add_unanswered(result.question)
        return results

    return ask


def outcome_of(reply: Reply) -> str:
    if reply.crisis:
        return "crisis"
    return "not_covered" if reply.abstained else "answered"


def _install_middleware(app: FastAPI, web: WebSettings, events: dict, chats: dict) -> None:
    """Outermost first: proxy headers (trusted proxies only) -> security headers -> CORS ->
    host check (forwarded headers dropped) -> error guard -> size and time limits -> rate limit
    -> Gradio's closed routes and event checks -> routes. Added innermost first."""
    app.add_middleware(GradioRoutes, origins=web.embed_origins, events=events, chats=chats)
    if web.rate_limit is not None:
        app.add_middleware(RateLimit, rate=web.rate_limit)
    app.add_middleware(
        Limits,
        api_bytes=web.max_body_bytes,
        chat_bytes=web.chat_max_body_bytes,
        timeout=web.read_timeout,
    )
    app.add_middleware(ErrorGuard)
    app.add_middleware(HostGuard, allowed_hosts=web.allowed_hosts)
    security.install(app, web.embed_origins)
    if web.trusted_proxies:
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=list(web.trusted_proxies))


def _install_error_pages(app: FastAPI, origins: tuple[str, ...]) -> None:
    csp = {"Content-Security-Policy": security.policy(security.STRICT, origins)}

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api/") or error.status_code != 404:
            words = HTTP_WORDS.get(error.status_code, str(error.detail))
            return error_response(error.status_code, words)
        root = request.scope.get("root_path", "")
        return not_found_page("There is no page at this address.", csp, root)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        first = error.errors()[0] if error.errors() else {}
        first = {**first, "loc": tuple(first.get("loc", ()))[1:]}  # "body", "query": FastAPI's
        return error_response(422, field_message(first))


def _version() -> str:
    from app import __version__

    return __version__
