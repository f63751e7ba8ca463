"""What a chat event request (`POST .../gradio_api/run/predict`) may hold, checked before Gradio
sees it, so malformed input gets a 422 `{"error": ...}` instead of failing inside Gradio (a 500,
and a traceback quoting the input).

The shape comes from the chat's own Blocks: each event (`fn_index`) takes a fixed list of inputs,
each a Textbox (text), a Chatbot (messages) or a JSON value. A chat message holds text only, as a
list of text parts, the form Gradio 6 sends and accepts (a plain string fails inside Gradio's
validation with a 500; the chat takes no files: a file part is refused before Gradio could look
for the file). The like and
example events need their `event_data`. Left out: sizes (app.web.limits) and the meaning of the
values (the handlers check those, see app.web.conversation)."""

from __future__ import annotations

import json

import gradio as gr

KINDS = {gr.Textbox: "text", gr.Chatbot: "messages", gr.JSON: "json"}
NEEDS_EVENT_DATA = {"like", "example_select", "option_select"}
BODY_KEYS = {"data", "event_data", "fn_index", "session_hash", "trigger_id", "event_id"}
MESSAGE_KEYS = {"role", "content", "metadata", "options"}
ROLES = {"user", "assistant"}


class BadEvent(ValueError):
    """`str(error)` says what is wrong, fit to return to the page."""


def event_shapes(blocks: gr.Blocks) -> dict[int, tuple[tuple[str, ...], bool]]:
    """fn_index -> (the kind of each input, whether event data is required), for the events
    that run on the server."""
    shapes = {}
    for index, fn in blocks.fns.items():
        if fn.fn is None:
            continue  # runs in the browser only
        kinds = tuple(KINDS.get(type(c), "json") for c in fn.inputs)
        shapes[index] = (kinds, any(event in NEEDS_EVENT_DATA for _, event in fn.targets))
    return shapes


def check_event(body: bytes, shapes: dict[int, tuple[tuple[str, ...], bool]]) -> None:
    """Raise BadEvent unless `body` is an event request these shapes accept."""
    try:
        request = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise BadEvent("The request body is not valid JSON.") from None
    if not isinstance(request, dict) or set(request) - BODY_KEYS:
        raise BadEvent("Expected an object with data, fn_index and session_hash.")
    index = request.get("fn_index")
    if isinstance(index, bool) or not isinstance(index, int) or index not in shapes:
        raise BadEvent("fn_index does not name an event of this chat.")
    if not isinstance(request.get("session_hash", ""), str):
        raise BadEvent("session_hash must be text.")
    if not isinstance(request.get("event_id", ""), str | None):  # else Gradio's 422 quoting it
        raise BadEvent("event_id must be text.")
    trigger = request.get("trigger_id")
    if trigger is not None and (isinstance(trigger, bool) or not isinstance(trigger, int)):
        raise BadEvent("trigger_id must be a whole number.")
    kinds, needs_event_data = shapes[index]
    data = request.get("data")
    if not isinstance(data, list) or len(data) != len(kinds):
        raise BadEvent(f"data must be a list of {len(kinds)} values for this event.")
    for position, (value, kind) in enumerate(zip(data, kinds, strict=True)):
        _check_value(value, kind, position)
    event_data = request.get("event_data")
    has_index = isinstance(event_data, dict) and {"index", "value"} <= set(event_data)
    if needs_event_data and not has_index:
        raise BadEvent("event_data must be an object with index and value for this event.")
    if event_data is not None and not isinstance(event_data, dict):
        raise BadEvent("event_data must be an object.")


def _check_value(value: object, kind: str, position: int) -> None:
    if kind == "text" and not (value is None or isinstance(value, str)):
        raise BadEvent(f"data[{position}] must be text.")
    if kind == "messages" and not (isinstance(value, list) and all(_is_message(m) for m in value)):
        raise BadEvent(f"data[{position}] must be a list of chat messages holding text.")


def _is_message(message: object) -> bool:
    if not isinstance(message, dict) or set(message) - MESSAGE_KEYS:
        return False
    metadata, options = message.get("metadata"), message.get("options")
    if message.get("role") not in ROLES or not (metadata is None or _is_metadata(metadata)):
        return False
    if not (options is None or (isinstance(options, list) and all(map(_is_texts, options)))):
        return False
    content = message.get("content")  # Gradio 6 takes only a list of parts (a string: its 500)
    return isinstance(content, list) and all(
        isinstance(part, dict)
        and set(part) <= {"type", "text"}
        and part.get("type") == "text"
        and isinstance(part.get("text"), str)
        for part in content
    )


def _is_metadata(metadata: object) -> bool:
    """Gradio's message metadata: text fields and a number `duration`."""
    return isinstance(metadata, dict) and all(
        isinstance(value, (int, float)) and not isinstance(value, bool)
        if key == "duration"
        else value is None or isinstance(value, str)
        for key, value in metadata.items()
    )


def _is_texts(option: object) -> bool:
    return isinstance(option, dict) and all(isinstance(v, str) for v in option.values())
