"""`GET /widget.js`: the launcher script site owners add to their pages (static/widget.js)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import Response

WIDGET_JS = Path(__file__).parent / "static" / "widget.js"


def widget_router() -> APIRouter:
    router = APIRouter()
    script = WIDGET_JS.read_bytes()

    @router.get("/widget.js", include_in_schema=False)
    def widget() -> Response:
        return Response(
            script,
            media_type="text/javascript; charset=utf-8",
            headers={
                "Cache-Control": "public, max-age=300",
                "Cross-Origin-Resource-Policy": "cross-origin",
            },
        )

    return router
