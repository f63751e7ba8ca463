"""Command line: build / ask / serve / eval. A thin shell over the Python API: it reads flags and
the environment, calls the core, and turns the core's exceptions into messages and exit codes."""

from __future__ import annotations

import argparse
import json
import logging
import queue
import sys
import textwrap
import threading
from pathlib import Path

from app.answer import not_covered
from app.config import Settings
from app.errors import AppError

log = logging.getLogger("app")


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="python -m app",
        description="Answer health questions by quoting our own articles, with sources.",
    )
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--corpus", type=Path, help="corpus folder (default: corpus)")
        p.add_argument("--index", type=Path, help="index folder (default: index)")

    b = sub.add_parser("build", help="build or update the index from the corpus")
    common(b)
    b.add_argument("--force", action="store_true", help="rebuild even if the index is current")

    a = sub.add_parser("ask", help="answer a question (or JSON lines from stdin with --jsonl)")
    a.add_argument("question", nargs="?", help="the question (omit with --jsonl)")
    common(a)
    a.add_argument("--top-k", type=int, help="quotes per answer, 1-10 (default: 3)")
    a.add_argument("--json", action="store_true", help="print the reply as JSON")
    a.add_argument(
        "--jsonl", action="store_true", help='read {"question", "history"} lines from stdin'
    )

    s = sub.add_parser("serve", help="serve the chat page, widget and JSON API")
    common(s)
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    s.add_argument("--port", type=int, default=7860, help="port (default: 7860)")
    s.add_argument(
        "--workers",
        type=_positive,
        default=1,
        help="worker processes sharing the port and the index, each with its model (default: 1)",
    )
    s.add_argument(
        "--root-path", default="", help="the sub-path a reverse proxy serves the app under"
    )

    e = sub.add_parser("eval", help="retrieval quality on a JSONL question set")
    e.add_argument("questions", type=Path, help="JSONL file of questions with expected passages")
    common(e)
    e.add_argument("--json-out", type=Path, help="also write the JSON summary to this file")
    return top


def settings_from(args: argparse.Namespace) -> Settings:
    return Settings.from_env(
        corpus_dir=getattr(args, "corpus", None),
        index_dir=getattr(args, "index", None),
        top_k=getattr(args, "top_k", None),
    )


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        settings = settings_from(args)
        return COMMANDS[args.command](args, settings)
    except AppError as err:  # the one place the core's errors become messages and exit codes
        print(f"error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `ask ... | head`: the reader left; not an error of ours
        sys.stderr.close()
        return 0


def cmd_build(args, settings: Settings) -> int:
    from app.build import build_index, is_stale
    from app.embed import make_embedder

    if not args.force and not is_stale(settings):
        print(f"index is up to date: {settings.index_dir}")
        return 0
    report = build_index(settings, make_embedder(settings.backend, settings.embed_batch))
    for item in report.skipped:
        print(f"skipped {item.path}: {item.reason}", file=sys.stderr)
    print(
        f"built {settings.index_dir}: {report.documents} documents, {report.passages} passages "
        f"({report.embedded} embedded, {report.reused} reused), {len(report.skipped)} skipped "
        f"files, {report.seconds:.1f} s"
    )
    return 0


def cmd_ask(args, settings: Settings) -> int:
    from app.service import Assistant

    if args.jsonl == bool(args.question):
        print("error: give a QUESTION, or --jsonl to read questions from stdin", file=sys.stderr)
        return 2
    assistant = Assistant.open(settings)
    if args.jsonl:
        return ask_jsonl(assistant, sys.stdin, sys.stdout, args.top_k)
    reply = assistant.ask(args.question, top_k=args.top_k)
    if args.json:
        print(json.dumps(reply.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(render_terminal(reply, bold=sys.stdout.isatty()))
    return 0


def ask_jsonl(assistant, lines, out, top_k: int | None, batch: int = 16) -> int:
    """One JSON reply per input line, in order; a bad line gets {"error": ...} on its line.

    A line is answered as soon as it arrives: lines already waiting (up to `batch`) are answered
    together with one embedding call, but nothing waits for more input to come."""
    for chunk in _arrived(lines, batch):
        parsed = [parse_jsonl_line(line, n, top_k) for n, line in chunk]
        items = [p for p in parsed if not isinstance(p, dict)]
        replies = iter(assistant.ask_many(items)) if items else iter(())
        for p in parsed:
            result = p if isinstance(p, dict) else next(replies)
            if isinstance(result, AppError):
                result = {"error": str(result)}
            elif not isinstance(result, dict):
                result = result.to_dict()
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    return 0


def _arrived(lines, batch: int):
    """Chunks of (line number, line): block for one non-blank line, then take those waiting."""
    waiting: queue.Queue = queue.Queue()

    def read() -> None:
        for n, line in enumerate(lines, 1):
            if line.strip():
                waiting.put((n, line))
        waiting.put(None)

    threading.Thread(target=read, daemon=True).start()
    while (first := waiting.get()) is not None:
        chunk = [first]
        while len(chunk) < batch:
            try:
                item = waiting.get_nowait()
            except queue.Empty:
                break
            if item is None:
                yield chunk
                return
            chunk.append(item)
        yield chunk


def parse_jsonl_line(line: str, n: int, top_k: int | None):
    try:
        data = json.loads(line)
    except ValueError as err:
        return {"error": f"line {n}: not valid JSON ({err.msg})"}
    if not isinstance(data, dict) or "question" not in data:
        return {"error": f'line {n}: expected an object with a "question"'}
    history = data.get("history") or []
    return (data["question"], history, data.get("top_k", top_k))


def _marked(q, bold: bool) -> str:
    """The quote with its answering sentences in bold (a terminal) or between » « (a pipe)."""
    from app.present import segments

    start_mark, end_mark = ("\033[1m", "\033[0m") if bold else ("»", "«")
    return "".join(
        f"{start_mark}{text}{end_mark}" if strong else text
        for text, strong in segments(q.text, q.highlights)
    )


def render_terminal(reply, bold: bool = False) -> str:
    from app.texts import NOT_COVERED_TERMINAL

    out = []
    if reply.emergency:
        out += ["!! " + line for line in textwrap.wrap(reply.emergency, 76)] + [""]
    if reply.abstained:
        out += textwrap.wrap(not_covered(reply.missing, NOT_COVERED_TERMINAL), 78)
    for i, q in enumerate(reply.quotes, 1):
        out.append(f"[{i}] “{q.title}” — {q.section}" if q.section else f"[{i}] “{q.title}”")
        for para in _marked(q, bold).split("\n\n"):
            out += textwrap.wrap(para, 76, initial_indent="    ", subsequent_indent="    ")
        meta = " · ".join(v for v in (q.publisher, q.author, q.published) if v)
        out += [f"    {meta}" if meta else "", f"    {q.link}   (score {q.score:.2f})", ""]
    out += [""] + textwrap.wrap(reply.advice, 78)
    return "\n".join(out)


def cmd_serve(args, settings: Settings) -> int:
    from app.web.serve import run

    run(settings, args.host, args.port, args.workers, args.root_path)
    return 0


def _positive(raw: str) -> int:
    value = int(raw)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{raw} is not a whole number from 1 up")
    return value


def cmd_eval(args, settings: Settings) -> int:
    from app.evaluate import run_eval, table

    summary, missed = run_eval(settings, args.questions)
    print(table(summary))
    print(f"\n{len(missed)} misses:" if missed else "\nno misses")
    for line in missed:
        print("  " + line)
    result = {"questions": str(args.questions), "settings": settings.to_dict(), **summary}
    print(json.dumps(result))
    if args.json_out:
        args.json_out.write_text(json.dumps({**result, "misses": missed}, indent=2), "utf-8")
    return 0


COMMANDS = {"build": cmd_build, "ask": cmd_ask, "serve": cmd_serve, "eval": cmd_eval}
