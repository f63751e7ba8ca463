"""The Gradio chat: the full page at `/` and the compact view at `/embed/` (the widget's iframe).

Every message is our own escaped HTML (app.web.render); questions go through the shared
micro-batcher; earlier questions of the conversation are passed as `history`; votes go to the
feedback store. Left out on purpose: streaming, file uploads, Gradio's own API (events private)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"  # before importing gradio: no outbound lookups

import gradio as gr  # noqa: E402
from fastapi import FastAPI  # noqa: E402

from app.errors import AppError, BadQuestion  # noqa: E402
from app.web import render  # noqa: E402
from app.web.batching import MicroBatcher  # noqa: E402
from app.web.feedback import FeedbackStore  # noqa: E402
from app.web.settings import WebSettings  # noqa: E402

STATIC = Path(__file__).parent / "static"
UNAVAILABLE = "Sorry, I cannot answer right now. Please try again in a minute."
COPY_JS = "(text) => { if (text && navigator.clipboard) navigator.clipboard.writeText(text); }"


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
    return gr.themes.Default(
        primary_hue="teal", font=[sans, "system-ui", "sans-serif"], font_mono=[mono, "monospace"]
    )


def _head(compact: bool) -> str:
    names = ["embed-head.html", "chat-head.html"] if compact else ["chat-head.html"]
    return "\n".join((STATIC / name).read_text() for name in names)


def build_chat(
    batcher: MicroBatcher, feedback: FeedbackStore, web: WebSettings, compact: bool, max_chars: int
) -> gr.Blocks:
    """The chat; `max_chars` is the core's question limit, refused here before anything is sent."""
    with gr.Blocks(title=web.title, fill_height=compact, analytics_enabled=False) as blocks:
        if not compact:
            gr.HTML(_header_html(web), elem_id="hq-header")
        chatbot = _chatbot(web, compact)
        question = gr.Textbox(
            label="Your question",
            show_label=False,
            placeholder="Type your question and press Enter",
            elem_id="hq-question",
            max_lines=4,
            submit_btn="Ask",
            autofocus=not compact,
        )
        with gr.Row(elem_id="hq-tools"):
            copy = gr.Button("Copy last answer", size="sm", variant="secondary")
            clear = gr.Button("New conversation", size="sm", variant="secondary")
        copy_text = gr.Textbox(visible="hidden", label="Last answer as text")
        pending, asked, turns = gr.State(""), gr.State([]), gr.State({})

        flow = dict(api_visibility="private")
        answer = _answer_fn(batcher)
        ask_in, ask_out = [pending, chatbot, asked, turns], [chatbot, asked, turns, copy_text]
        add_out = [question, chatbot, pending]
        add, pick_example = _add_fns(max_chars)
        step = question.submit(add, [question, chatbot], add_out, **flow)
        step.then(answer, ask_in, ask_out, concurrency_limit=None, **flow)
        pick = chatbot.example_select(pick_example, [chatbot], add_out, **flow)
        pick.then(answer, ask_in, ask_out, concurrency_limit=None, **flow)
        chatbot.like(_vote_fn(feedback, "embed" if compact else "chat"), [turns], None, **flow)
        copy.click(None, [copy_text], None, js=COPY_JS, **flow)
        forget = (lambda: ([], {}, ""), None, [asked, turns, copy_text])
        chatbot.clear(*forget, **flow)  # the chat's own bin icon: a new conversation too
        clear.click(lambda: [], None, [chatbot], **flow).then(*forget, **flow)
        if compact:
            blocks.load(_greeting_fn(web), None, [chatbot], show_progress="hidden", **flow)
    return blocks


def _chatbot(web: WebSettings, compact: bool) -> gr.Chatbot:
    return gr.Chatbot(
        label="Conversation",
        show_label=False,
        elem_id="hq-chat",
        height=None if compact else "62vh",
        min_height=200 if compact else 320,
        scale=1,
        buttons=[],
        latex_delimiters=[],
        allow_tags=False,
        sanitize_html=True,
        group_consecutive_messages=False,
        placeholder=render.greeting_html(web.greeting),
        examples=[{"text": q} for q in web.examples[: 2 if compact else 3]],
    )


def _header_html(web: WebSettings) -> str:
    return (
        f"<h1>{render.esc(web.title)}</h1><p>Answers are quotes from our articles, with a link "
        "to each source. They are not medical advice.</p>"
    )


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
    """The two ways a question is added (typed, example picked), bound to the limit. Functions,
    not partials: Gradio finds the SelectData parameter by its type hint."""

    def add(text: str, messages: list) -> tuple:
        return _add_question(text, messages, limit)

    def pick_example(messages: list, choice: gr.SelectData) -> tuple:
        return _add_question(str(choice.value.get("text", "")), messages, limit)

    return add, pick_example


def _answer_fn(batcher: MicroBatcher) -> Callable:
    async def answer(pending: str, messages: list, asked: list, turns: dict) -> tuple:
        if not pending:
            return gr.skip(), gr.skip(), gr.skip(), gr.skip()
        try:
            reply = await batcher.ask(pending, tuple(asked[-20:]))
        except BadQuestion as error:
            return [*messages, _bot(render.error_html(str(error)))], asked, turns, ""
        except AppError:
            return [*messages, _bot(render.error_html(UNAVAILABLE))], asked, turns, ""
        messages = [*messages, _bot(render.reply_html(reply))]
        turn = {
            "question": pending,
            "passages": [q.link.removeprefix("/articles/") for q in reply.quotes],
            "abstained": reply.abstained,
        }
        turns = {**turns, len(messages) - 1: turn}
        return messages, [*asked, pending], turns, render.reply_text(reply)

    return answer


def _vote_fn(feedback: FeedbackStore, source: str) -> Callable:
    def vote(turns: dict, data: gr.LikeData) -> None:
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        turn = turns.get(index)
        value = {True: 1, "Like": 1, False: -1, "Dislike": -1}.get(data.liked)
        if turn is None or value is None:
            return
        feedback.add(turn["question"], turn["passages"], value, source, turn["abstained"])
        gr.Info("Thank you for your feedback.")

    return vote


def _greeting_fn(web: WebSettings) -> Callable:
    def greet(request: gr.Request) -> object:
        text = str(request.query_params.get("greeting", ""))[:300].strip()
        return gr.update(placeholder=render.greeting_html(text or web.greeting))

    return greet


def _bot(html: str) -> dict:
    return {"role": "assistant", "content": html}
