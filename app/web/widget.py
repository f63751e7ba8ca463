"""`GET /widget.js`: the launcher script site owners add to their pages (static/widget.js), and
`GET /widget/allowed`, which the script asks before it shows anything: its JSON is readable only
from the sites on the embed allow-list (the CORS rules of app.web.security), the same sites that
`frame-ancestors` lets frame the chat; anywhere else the script shows no launcher."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response

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

    @router.get("/widget/allowed", include_in_schema=False)
    def allowed() -> JSONResponse:
        return JSONResponse({"allowed": True}, headers={"Cache-Control": "no-store"})

    return router
