"""The JSON API: `POST /api/ask`. Input is checked strictly (types, ranges, size); every refusal
is a 4xx with `{"error": "..."}`. Questions go through the micro-batcher (app.web.batching)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from app.errors import AppError, BadQuestion, RequestRejected
from app.web.batching import MicroBatcher

MAX_HISTORY = 20
MAX_TOP_K = 10


HistoryItem = Annotated[str, Field(max_length=2000)]


class AskRequest(BaseModel):
    """A question, the conversation's earlier questions (oldest first), how many quotes at most."""

    model_config = ConfigDict(extra="forbid", strict=True)

    question: str = Field(description="The question, 1 to 1000 characters.")
    history: Annotated[list[HistoryItem], Field(max_length=MAX_HISTORY)] = []
    top_k: Annotated[int, Field(ge=1, le=MAX_TOP_K)] | None = None


class QuoteOut(BaseModel):
    text: str
    score: float
    doc_id: str
    title: str
    section: str
    publisher: str
    author: str
    published: str
    url: str
    link: str = Field(description='"/articles/<doc_id>#<anchor>": the article at the passage.')
    highlights: list[list[int]] = Field(description="[start, end] spans within `text`.")


class ReplyOut(BaseModel):
    question: str
    abstained: bool
    crisis: bool
    quotes: list[QuoteOut]
    advice: str
    markdown: str


class ErrorOut(BaseModel):
    error: str


def error_response(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def api_router(batcher: MicroBatcher, max_body_bytes: int) -> APIRouter:
    router = APIRouter()

    @router.post(
        "/api/ask",
        summary="Ask a question; get verbatim quotes from our articles with their sources",
        response_model=ReplyOut,
        responses={code: {"model": ErrorOut} for code in (400, 413, 422, 503)},
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": AskRequest.model_json_schema()}},
            }
        },
    )
    async def ask(request: Request) -> JSONResponse:
        try:
            body = await read_body(request, max_body_bytes)
            parsed = parse_ask(body)
            reply = await batcher.ask(parsed.question, parsed.history, parsed.top_k)
        except RequestRejected as error:
            return error_response(error.http_status, str(error))
        except BadQuestion as error:
            return error_response(422, str(error))
        except AppError as error:  # the core cannot answer now (e.g. model unavailable)
            return error_response(503, str(error))
        return JSONResponse(reply.to_dict())

    @router.api_route("/api/{rest:path}", methods=["GET", "POST"], include_in_schema=False)
    async def unknown(rest: str) -> JSONResponse:
        if rest == "ask":
            return error_response(405, 'Use POST /api/ask with a JSON body {"question": "..."}.')
        return error_response(404, f"There is no API endpoint /api/{rest}.")

    return router


async def read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise RequestRejected(f"The request body is larger than {limit} bytes.", 413)
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise RequestRejected(f"The request body is larger than {limit} bytes.", 413)
    return body


def parse_ask(body: bytes) -> AskRequest:
    """JSON bytes -> AskRequest; RequestRejected (400 bad JSON, 422 wrong fields) otherwise."""
    body = body.removeprefix(b"\xef\xbb\xbf")  # a UTF-8 byte order mark, sent by some tools
    if not body.strip():
        raise RequestRejected('Send a JSON object such as {"question": "..."}.', 400)
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        raise RequestRejected("The request body is not UTF-8 text.", 400) from None
    try:
        return AskRequest.model_validate_json(body)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        if first["type"] == "json_invalid":
            raise RequestRejected("The request body is not valid JSON.", 400) from None
        where = ".".join(str(part) for part in first["loc"]) or "body"
        raise RequestRejected(f"{where}: {first['msg']}", 422) from None
