"""The JSON API: `POST /api/ask`. Input is checked strictly (types, ranges, size); every refusal
is a 4xx with `{"error": "..."}`. Questions go through the micro-batcher (app.web.batching)."""

from __future__ import annotations

import dataclasses
from typing import Annotated, get_type_hints

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    WithJsonSchema,
    create_model,
)

from app.config import MAX_HISTORY_CHARS, MAX_TOP_K
from app.errors import AppError, RequestRejected
from app.records import Quote, Reply
from app.web.batching import MicroBatcher

MAX_HISTORY = 20


HistoryItem = Annotated[str, Field(max_length=MAX_HISTORY_CHARS)]


def _top_k(value: object) -> object:
    """A whole number from 1 to MAX_TOP_K; 3.0 counts as 3 (JSON has one number type, and JSON
    Schema calls 3.0 an integer). Strings and booleans are refused."""
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if not (number and 1 <= value <= MAX_TOP_K and value == int(value)):  # NaN, inf: not in range
        raise ValueError(f"must be a whole number from 1 to {MAX_TOP_K}")
    return int(value)


TopK = Annotated[
    int,
    BeforeValidator(_top_k),
    WithJsonSchema({"type": "integer", "minimum": 1, "maximum": MAX_TOP_K}),
]


class AskRequest(BaseModel):
    """A question, the conversation's earlier questions (oldest first), how many quotes at most."""

    model_config = ConfigDict(extra="forbid", strict=True)

    question: str = Field(description="The question, 1 to 1000 characters.")
    history: Annotated[list[HistoryItem], Field(max_length=MAX_HISTORY)] = []
    top_k: TopK | None = None


def _fields(record: type, **changed) -> dict:
    """A record's fields as pydantic field definitions, all required, in order; `changed` replaces
    a field's definition (None leaves it out)."""
    hints = get_type_hints(record)
    fields = {f.name: (hints[f.name], ...) for f in dataclasses.fields(record)}
    return {name: changed.get(name, spec) for name, spec in fields.items() if changed.get(name, 1)}


# The reply object's JSON (Reply.to_dict), derived from the records, so a new field cannot be
# forgotten here.
QuoteOut = create_model(
    "QuoteOut",
    **_fields(
        Quote,
        link=(str, Field(description='"/articles/<doc_id>#<anchor>": the article at the passage.')),
        highlights=(list[list[int]], Field(description="[start, end] spans within `text`.")),
    ),
)
ReplyOut = create_model(
    "ReplyOut",
    **_fields(
        Reply,
        quotes=(list[QuoteOut], ...),
        emergency=None,  # not in to_dict: the lines are in `guidance`, and first in markdown
        language=None,  # not in to_dict: it only words the reply
        heading=None,  # not in to_dict: the guidance's heading starts markdown
        crisis_categories=(
            list[str],
            Field(
                description="Kinds of crisis detected, best first (at most two): suicide, "
                "self_harm, overdose, medical, sexual_assault, violence; [] when none."
            ),
        ),
        guidance=(
            list[str],
            Field(description="The guidance lines shown first in a crisis reply; [] when none."),
        ),
        related=(
            list[str],
            Field(description="Up to 3 of the articles' section headings to ask about next."),
        ),
        missing=(
            list[str],
            Field(description="When nothing is quoted: key words our articles never mention."),
        ),
        about_authors=(
            str,
            Field(
                description="A question about an article's author: what the reply says instead "
                'of quoting (who the articles are by, from their bylines); "" otherwise.'
            ),
        ),
        shop=(
            bool,
            Field(
                description="The question is to the site's shop (orders, returns, prices, stock, "
                "an account): nothing is quoted and the reply says the shop is not ours to answer."
            ),
        ),
        remark=(
            str,
            Field(
                description="The message is small talk (greeting, thanks, bye, ack, rephrase, "
                "about, complaint, link): nothing is quoted and the reply answers in a word of "
                'its own; "" otherwise.'
            ),
        ),
    ),
)


class ErrorOut(BaseModel):
    error: str


# Starlette's own texts ("Not Found", "Method Not Allowed") in the words of our other errors
HTTP_WORDS = {404: "There is nothing at this address.", 405: "This method is not allowed here."}


def error_response(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"]
ALLOWED = {  # each API endpoint's one method, for the 405 of any other
    "ask": ("POST", ' with a JSON body {"question": "..."}'),
    "embed-allowed": ("GET", ""),
}


def request_schema(max_chars: int) -> dict:
    """AskRequest's JSON schema with what the core checks, so the published contract says what is
    accepted (the core still does the checking: it counts characters after collapsing spaces)."""
    schema = AskRequest.model_json_schema()
    question = schema["properties"]["question"]
    question |= {"minLength": 1, "pattern": r"\S"}
    question["description"] = (
        f"The question: some text, at most {max_chars} characters once runs of spaces are "
        "collapsed and control characters removed."
    )
    schema["properties"]["history"]["description"] = (
        f"Earlier questions of the conversation, oldest first; each at most {max_chars} characters."
    )
    return schema


def api_router(batcher: MicroBatcher, max_body_bytes: int, max_chars: int) -> APIRouter:
    router = APIRouter()

    @router.post(
        "/api/ask",
        summary="Ask a question; get verbatim quotes from our articles with their sources",
        response_model=ReplyOut,
        responses={code: {"model": ErrorOut} for code in (400, 408, 413, 415, 422, 429, 500, 503)},
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": request_schema(max_chars)}},
            }
        },
    )
    async def ask(request: Request) -> JSONResponse:
        try:
            check_json_type(request.headers.get("content-type", ""))
            body = await read_body(request, max_body_bytes)
            parsed = parse_ask(body)
            reply = await batcher.ask(parsed.question, parsed.history, parsed.top_k)
        except AppError as error:  # RequestRejected, BadQuestion, or the core cannot answer now
            return error_response(error.http_status, str(error))
        return JSONResponse(reply.to_dict())

    @router.get("/api/embed-allowed", include_in_schema=False)
    async def embed_allowed() -> JSONResponse:
        """widget.js asks this before it shows a launcher. Only the sites on the embed allow-list
        (the same ones frame-ancestors lets frame the chat) can read it, through CORS."""
        return JSONResponse({"allowed": True}, headers={"Cache-Control": "no-store"})

    @router.api_route("/api/{rest:path}", methods=METHODS, include_in_schema=False)
    async def unknown(rest: str) -> JSONResponse:
        if rest in ALLOWED:  # an endpoint we have, asked with another method
            method, how = ALLOWED[rest]
            response = error_response(405, f"Use {method} /api/{rest}{how}.")
            response.headers["Allow"] = method
            return response
        return error_response(404, f"There is no API endpoint /api/{rest}.")

    return router


def is_json_type(content_type: str) -> bool:
    """`application/json` or `application/...+json` (any case, parameters allowed). A form,
    `text/plain` or no type is not: a page on another site may send those without asking first
    (no CORS preflight), so a POST route of ours that takes only JSON cannot be reached by them."""
    kind = content_type.split(";")[0].strip().lower()
    plus_json = kind.startswith("application/") and kind.endswith("+json")
    return kind == "application/json" or plus_json


def check_json_type(content_type: str) -> None:
    """JSON only (`is_json_type`), else a 415 in our words."""
    if is_json_type(content_type):
        return
    raise RequestRejected(
        'Send the question as JSON, with the header "Content-Type: application/json".', 415
    )


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
        first = error.errors(include_url=False, include_input=False)[0]
        if first["type"] == "json_invalid":
            raise RequestRejected("The request body is not valid JSON.", 400) from None
        raise RequestRejected(field_message(first), 422) from None


def field_message(error: dict) -> str:
    """One of pydantic's errors in our words ("Field required", "Value error, ..." and "after
    validation" are pydantic's, not the reader's): the field named as the request spells it."""
    loc, kind, ctx = error.get("loc", ()), error.get("type", ""), error.get("ctx") or {}
    names = [str(part)[:40] for part in loc if not isinstance(part, int)]  # a key the client sent
    field = f'"{".".join(names)}"' if names else "The request body"
    item = next((part for part in loc if isinstance(part, int)), None)
    where = f"{field} item {item + 1}" if item is not None else field
    if kind == "value_error" and "error" in ctx:
        return f"{where} {ctx['error']}."
    if kind == "missing":
        return f"{where} is required."
    if kind == "extra_forbidden":
        return f'Unknown field {field}: send "question", and "history" or "top_k" if needed.'
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f'{where} must be a JSON object such as {{"question": "..."}}.'
    if kind == "list_type":
        return f"{where} must be a list of earlier questions, as text."
    if kind == "string_type":
        return f"{where} must be text."
    if kind == "too_long" and "max_length" in ctx:
        return f"{where} may hold at most {ctx['max_length']} earlier questions."
    if kind == "string_too_long" and "max_length" in ctx:
        return f"{where} is longer than {ctx['max_length']} characters."
    return f"{where} is not valid here."
