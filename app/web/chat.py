"""The Gradio chat: the full page at `/` and the compact view at `/embed/` (the widget's iframe).

Every message is our own escaped HTML (app.web.render); questions go through the shared
micro-batcher; earlier questions of the conversation are passed as `history`; votes go to the
site owner's store (app/db), queued: the vote's status waits at most VOTE_WAIT_S for the write.

No state in the server process: the conversation is kept in the page (hidden fields, see
app.web.conversation) and events skip Gradio's queue (each is one plain POST .../gradio_api/run/...
instead of a queue join plus a server-sent-event stream tied to one process). So with several
worker processes or replicas, any of them can answer any event.
GRADIO_ANALYTICS_ENABLED=False must be set before gradio is imported: the edges do it
(`app.web.serve`, which imports this module only afterwards; the tests' conftest).
Left out on purpose: streaming, file uploads, Gradio's own API (events private)."""

from __future__ import annotations

import asyncio
import contextvars
import json
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

import gradio as gr
from fastapi import FastAPI

from app.db import Store
from app.errors import AppError, BadQuestion, StoreUnavailable
from app.texts import CHAT_NOTE, UNAVAILABLE
from app.web import conversation as conversation_
from app.web import markup, render
from app.web.batching import MicroBatcher
from app.web.settings import WebSettings

STATIC = Path(__file__).parent / "static"
VOTE_THANKS = "Thank you for your feedback."
VOTE_FAILED = "Sorry, your feedback could not be saved. Please try again later."
VOTE_PENDING = "Thank you. Your feedback is being saved."  # not stored yet, not failed either
VOTE_WAIT_S = 2.0
COPIED = "Copied: the last answer, with its sources and the note."
NOTHING_TO_COPY = "There is no answer to copy yet."
COPY_FAILED = (
    "Sorry, this browser did not let the page copy. Select the answer and copy it instead."
)
# The copy button says what it did in the polite status line under the box (chat-head.html); it
# said nothing, so a reader could not tell whether it had worked.
COPY_JS = (
    "(text) => { const say = (t) => { const s = document.getElementById('hq-stopped');"
    " if (s) s.textContent = t; };"
    f" if (!text) {{ say({json.dumps(NOTHING_TO_COPY)}); return; }}"
    f" if (!navigator.clipboard) {{ say({json.dumps(COPY_FAILED)}); return; }}"
    f" navigator.clipboard.writeText(text).then(() => say({json.dumps(COPIED)}),"
    f" () => say({json.dumps(COPY_FAILED)})); }}"
)


def mount_chat(app: FastAPI, blocks: gr.Blocks, path: str, compact: bool) -> None:
    gr.mount_gradio_app(
        app,
        blocks,
        path=path,
        footer_links=[],
        run_history=False,
        theme=theme(),
        css_paths=[STATIC / "chat.css"] + ([STATIC / "embed.css"] if compact else []),
        head=_head(compact),
        show_error=False,
    )


def theme() -> gr.themes.Base:
    """Default theme with fonts whose bundled files are complete. Gradio 6.31's bundled *SemiBold*
    files (the default 600 weight) hold only a handful of glyphs, so bold text fell back to another
    font; Regular + Bold are whole, and CSS maps weight 600 to the 700 face."""
    sans = gr.themes.LocalFont("Source Sans Pro", weights=(400, 700))
    mono = gr.themes.LocalFont("IBM Plex Mono", weights=(400, 700))
    theme = gr.themes.Default(
        primary_hue="teal", font=[sans, "system-ui", "sans-serif"], font_mono=[mono, "monospace"]
    )
    # Softer text at 4.5:1 or more in light mode (the default grey is 1.9:1 on white).
    return theme.set(body_text_color_subdued="*neutral_600", input_placeholder_color="*neutral_500")


def _head(compact: bool) -> str:
    names = ["embed-head.html", "chat-head.html"] if compact else ["chat-head.html"]
    return "\n".join((STATIC / name).read_text() for name in names)


def build_chat(
    batcher: MicroBatcher, store: Store, web: WebSettings, compact: bool, max_chars: int
) -> gr.Blocks:
    """The chat; `max_chars` is the core's question limit, refused here before anything is sent."""
    with gr.Blocks(title=web.title, fill_height=True, analytics_enabled=False) as blocks:
        if not compact:
            gr.HTML(_header_html(web), elem_id="hq-header")
        chatbot = _chatbot(web, compact)
        question = gr.Textbox(
            label="Your question",
            show_label=False,
            placeholder="Type your question",  # one line at 16 px on a 320 px phone
            elem_id="hq-question",
            elem_classes=[f"hq-limit-{max_chars}"],  # read by the counter (chat-head.html)
            max_lines=4,
            submit_btn="Ask",
            autofocus=not compact,
        )
        with gr.Row(elem_id="hq-tools"):
            copy = gr.Button("Copy last answer", size="sm", variant="secondary")
            clear = gr.Button("New conversation", size="sm", variant="secondary")
        status = gr.HTML("", elem_id="hq-status")  # "Thank you for your feedback."
        copy_text = gr.Textbox(visible="hidden", label="Last answer as text")
        pending = gr.Textbox(visible="hidden", label="Question being answered")
        conversation = gr.JSON({}, visible="hidden", label="Conversation")

        flow = dict(api_visibility="private", queue=False)
        answer = _answer_fn(batcher, links="../" if compact else "")
        ask_in = [pending, chatbot, conversation]
        ask_out = [chatbot, conversation, copy_text]
        add_out = [question, chatbot, pending]
        add, pick_example = _add_fns(max_chars)
        step = question.submit(add, [question, chatbot], add_out, **flow)
        step.then(answer, ask_in, ask_out, **flow)
        # An example question or a related topic (a reply's option) picked: asked like a typed one.
        for picked in (chatbot.example_select, chatbot.option_select):
            picked(pick_example, [chatbot], add_out, **flow).then(answer, ask_in, ask_out, **flow)
        vote = _vote_fn(store, "embed" if compact else "chat")
        chatbot.like(vote, [conversation], [status], **flow)
        copy.click(None, [copy_text], None, js=COPY_JS, **flow)
        forget = (lambda: ({}, "", ""), None, [conversation, copy_text, status])
        chatbot.clear(*forget, **flow)  # its bin icon is hidden (chat.css): "New conversation"
        clear.click(lambda: [], None, [chatbot], **flow).then(*forget, **flow)
        if compact:
            blocks.load(_greeting_fn(web), None, [chatbot], show_progress="hidden", **flow)
    return blocks


def _chatbot(web: WebSettings, compact: bool) -> gr.Chatbot:
    return gr.Chatbot(
        label="Conversation",
        show_label=False,
        elem_id="hq-chat",
        height=None,  # fills the page's height (chat.css), scrolling inside
        scale=1,
        autoscroll=False,  # chat-head.html shows the top of a new answer instead of its end
        buttons=[],
        latex_delimiters=[],
        allow_tags=False,
        sanitize_html=True,
        group_consecutive_messages=False,
        placeholder=render.greeting_html(web.greeting, CHAT_NOTE if compact else ""),
        examples=[{"text": q} for q in web.examples[: 2 if compact else 3]],
    )


def _header_html(web: WebSettings) -> str:
    return f"<h1>{markup.esc(web.title)}</h1><p>{markup.esc(CHAT_NOTE)}</p>"


def _add_question(text: str, messages: list, limit: int) -> tuple:
    """Show the question and pass it on; a question over the limit stays in the box (to shorten)
    and an error message says why; nothing is sent."""
    text = (text or "").strip()
    if not text:
        return gr.skip(), gr.skip(), ""
    if len(text) > limit:
        return gr.skip(), [*messages, _bot(render.error_html(too_long(len(text), limit)))], ""
    return "", [*messages, {"role": "user", "content": render.question_html(text)}], text


def too_long(length: int, limit: int) -> str:
    return (
        f"Your question is {length:,} characters long; the limit is {limit:,}. "
        "Please shorten it and ask again."
    )


def _add_fns(limit: int) -> tuple[Callable, Callable]:
    """The ways a question is added (typed; an example or a related topic picked), bound to the
    limit. Functions, not partials: Gradio finds the SelectData parameter by its type hint."""

    def add(text: str, messages: list) -> tuple:
        return _add_question(text, messages, limit)

    def pick_example(messages: list, choice: gr.SelectData) -> tuple:
        value = choice.value  # an example: {"text": ...}; a related topic (an option): its text
        text = value.get("text") if isinstance(value, dict) else value  # from the page: any JSON
        return _add_question(text if isinstance(text, str) else "", messages, limit)

    return add, pick_example


def _answer_fn(batcher: MicroBatcher, links: str = "") -> Callable:
    """`links`: how article links start, relative to the chat page (see render.reply_html)."""

    async def answer(pending: str, messages: list, conversation: dict) -> tuple:
        if not pending:
            return gr.skip(), gr.skip(), gr.skip()
        try:
            reply = await batcher.ask(pending, conversation_.earlier_questions(conversation))
        except BadQuestion as error:
            return [*messages, _bot(render.error_html(str(error)))], gr.skip(), ""
        except AppError:
            return [*messages, _bot(render.error_html(UNAVAILABLE))], gr.skip(), ""
        messages = [*messages, _bot(render.reply_html(reply, links), reply.related)]
        remembered = conversation_.remember(conversation, pending, reply, len(messages) - 1)
        return messages, remembered, render.reply_text(reply)

    return answer


def _vote_fn(store: Store, source: str, wait: float = VOTE_WAIT_S) -> Callable:
    """The like handler: the vote is queued; the reader is thanked once it is stored, told when
    it could not be (database down, queue full), and told it is being saved when the write takes
    longer than `wait` seconds. It never holds up an answer (votes are events of their own)."""

    async def vote(conversation: dict, data: gr.LikeData) -> object:
        index = (
            data.index[0] if isinstance(data.index, (list, tuple)) and data.index else data.index
        )
        turn = conversation_.turn_at(conversation, index) if type(index) is int else None
        liked = data.liked if isinstance(data.liked, (bool, str)) else None  # from the page
        value = {True: 1, "Like": 1, False: -1, "Dislike": -1}.get(liked)
        if turn is None or value is None:
            return gr.skip()
        done = store.add_vote(turn["question"], turn["passages"], value, source, turn["abstained"])
        try:
            await _stored_within(done, wait)
        except StoreUnavailable:  # logged (rate-limited) and counted by the store's writer
            return render.status_html(VOTE_FAILED)
        except TimeoutError:
            return render.status_html(VOTE_PENDING)
        return render.status_html(VOTE_THANKS)

    return vote


async def _stored_within(done: Future, wait: float) -> None:
    """`done`'s outcome within `wait` seconds (TimeoutError after), awaited in a context of its
    own: the timer of the wait, cancelled when the write is quicker, stays with the event loop
    until its time, and in the event's context it held the event's request, the reader's
    question in it (SECURITY.md)."""
    waiting = asyncio.wait_for(asyncio.shield(asyncio.wrap_future(done)), wait)
    await asyncio.get_running_loop().create_task(waiting, context=contextvars.Context())


def _greeting_fn(web: WebSettings) -> Callable:
    def greet(request: gr.Request) -> object:
        text = str(request.query_params.get("greeting", ""))[:300].strip()
        return gr.update(placeholder=render.greeting_html(text or web.greeting, CHAT_NOTE))

    return greet


def _bot(html: str, related: tuple[str, ...] = ()) -> dict:
    """A chat message; `related` topics become buttons under it (Gradio message options) that
    ask that topic as the next question."""
    message = {"role": "assistant", "content": html}
    if related:
        message["options"] = [{"value": topic, "label": topic} for topic in related]
    return message
