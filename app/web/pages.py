"""Plain HTML and JSON pages: `/articles/{doc_id}` (the article, each passage addressable),
`/healthz`, and `/docs` (the API listed from the OpenAPI schema, no CDN; `/openapi.json` stays).
Only articles known to the loaded index are served; nothing is ever read from disk by id."""

from __future__ import annotations

import os
from html import escape

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse

from app.db import Store
from app.web.article_html import article_page
from app.web.contract import AssistantLike
from app.web.health import HealthCheck
from app.web.markup import esc, page
from app.web.security import STRICT, policy


def pages_router(
    assistant: AssistantLike,
    site_title: str,
    origins: tuple[str, ...],
    health: HealthCheck,
    store: Store | None = None,
) -> APIRouter:
    router = APIRouter()
    csp = {"Content-Security-Policy": policy(STRICT, origins)}

    @router.get(
        "/articles/{doc_id:path}",
        response_class=HTMLResponse,
        summary="An article as a readable page; each passage is <section id=anchor>",
        responses={404: {"description": "No article with this id in the loaded index"}},
    )
    def article(doc_id: str, request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        found = assistant.article(doc_id)
        if found is None:
            return not_found_page(f"There is no article {doc_id!r}.", csp, root)
        html = article_page(found, assistant.passages_of(doc_id), site_title, root)
        return HTMLResponse(html, headers=csp)

    @router.get(
        "/healthz",
        summary="ok (200) when the loaded index answers a test question, else 503; passage "
        "count, model, server process id, and this process's store writes (written, missed, "
        "queued)",
        responses={503: {"description": "The loaded index could not answer a test question"}},
    )
    def healthz() -> JSONResponse:
        problem = health.problem()  # a sync route: runs in a worker thread
        body = {
            "status": "ok" if problem is None else "error",
            "index_loaded": True,
            "answers": problem is None,
            "passages": assistant.passage_count,
            "model": assistant.model_name,
            "pid": os.getpid(),  # which worker answered (several serve one port)
        }
        if store is not None:  # this process's writes: a failing database shows as "missed"
            body["store"] = store.health()
        if problem is not None:
            body["error"] = problem
        return JSONResponse(body, status_code=200 if problem is None else 503)

    @router.get("/docs", include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        return HTMLResponse(docs_page(request.app.openapi(), root), headers=csp)

    return router


def not_found_page(message: str, headers: dict[str, str], root: str = "") -> HTMLResponse:
    home = escape(root.rstrip("/")) + "/"
    body = f'<h1>Not found</h1><p>{esc(message)}</p><p><a href="{home}">Ask a question</a></p>'
    return HTMLResponse(page("Not found", body, root), status_code=404, headers=headers)


def docs_page(spec: dict, root: str = "") -> str:
    """The API as plain HTML, generated from the OpenAPI schema (never copied by hand)."""
    items = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            codes = ", ".join(sorted(op.get("responses", {})))
            items.append(
                f"<li><code>{escape(method.upper())} {escape(path)}</code> — "
                f"{esc(op.get('summary', ''))} <small>(responses: {escape(codes)})</small></li>"
            )
    info = spec.get("info", {})
    body = (
        f"<h1>{esc(info.get('title', 'API'))} {esc(info.get('version', ''))}</h1>"
        f"<p>{esc(info.get('description', ''))}</p><ul>{''.join(items)}</ul>"
        f'<p>The full schema is at <a href="{escape(root)}/openapi.json">openapi.json</a>.</p>'
        "<h2>Example</h2><pre>curl -s http://127.0.0.1:7860/api/ask -H 'Content-Type: "
        'application/json\' -d \'{"question": "How is dopamine deficiency treated?", '
        '"top_k": 3}\'</pre>'
    )
    return page("API", body)
