"""Command line: build / ask / serve / eval / report. A thin shell over the Python API: it reads
flags and the environment, calls the core, and turns the core's exceptions into messages and exit
codes."""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import textwrap
from pathlib import Path

from app.answer import not_covered
from app.config import MAX_TOP_K, Settings, check_names
from app.errors import AppError, BadSetting
from app.jsonl import ask_jsonl, parse_jsonl_line  # noqa: F401 - part of the CLI's API

log = logging.getLogger("app")
# Worker processes of `serve`: each loads its own model (~300 MB), so 10**6 was a machine out of
# memory (the parent would have started them all)
MAX_WORKERS = 64


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
    b.add_argument(
        "--wait",
        type=_seconds,
        default=0.0,
        metavar="SECONDS",
        help="wait this long for another build to finish (default: 0, fail at once with exit 4)",
    )

    a = sub.add_parser("ask", help="answer a question (or JSON lines from stdin with --jsonl)")
    a.add_argument("question", nargs="?", help="the question (omit with --jsonl)")
    common(a)
    a.add_argument("--top-k", type=_top_k, help=f"quotes per answer, 1-{MAX_TOP_K} (default: 3)")
    a.add_argument("--json", action="store_true", help="print the reply as JSON")
    a.add_argument(
        "--jsonl", action="store_true", help='read {"question", "history"} lines from stdin'
    )

    s = sub.add_parser("serve", help="serve the chat page, widget and JSON API")
    common(s)
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    s.add_argument("--port", type=_port, default=7860, help="port (default: 7860)")
    s.add_argument(
        "--workers",
        type=_workers,
        default=1,
        help=f"worker processes sharing the port and the index, each with its model, "
        f"1-{MAX_WORKERS} (default: 1)",
    )
    s.add_argument(
        "--root-path",
        type=_root_path,
        default="",
        help="the sub-path a reverse proxy serves the app under, e.g. /qa",
    )

    e = sub.add_parser("eval", help="retrieval quality on a JSONL question set")
    e.add_argument("questions", type=Path, help="JSONL file of questions with expected passages")
    common(e)
    e.add_argument("--json-out", type=Path, help="also write the JSON summary to this file")

    r = sub.add_parser("report", help="the site owner's report: unanswered questions, votes, days")
    r.add_argument("--index", type=Path, help="index folder (default: index)")
    r.add_argument("--since", metavar="DAY", help="first day, e.g. 2026-11-01 (UTC)")
    r.add_argument("--until", metavar="DAY", help="last day, included (UTC)")
    r.add_argument("--days", metavar="N", help="the last N days, today included")
    r.add_argument(
        "--groups", type=_positive, default=20, metavar="N", help="groups shown (default: 20)"
    )
    r.add_argument("--json", action="store_true", help="print the whole report as JSON")
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
        check_names(os.environ, _front_end_names)
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


def _front_end_names() -> tuple[str, ...]:
    """The `HEALTHQA_*` names read besides `Settings`' fields: the web layer's and the store's,
    and the test suite's PostgreSQL server."""
    from app.db.config import DATABASE_ENV, SQLITE_ENV
    from app.web import settings as web

    names = [value for key, value in vars(web).items() if key.endswith("_ENV")]
    return (*names, DATABASE_ENV, SQLITE_ENV, "HEALTHQA_TEST_DATABASE_URL")


def cmd_build(args, settings: Settings) -> int:
    from app.build import build_index, why_rebuild

    reason = None if args.force else why_rebuild(settings)
    if not args.force and reason is None:
        print(f"index is up to date: {settings.index_dir}")
        return 0
    if reason and reason.startswith("the index is damaged"):
        print(f"warning: {reason}: rebuilding it", file=sys.stderr)
    shown = _progress()
    try:
        report = build_index(settings, lock_timeout=args.wait, force=args.force, progress=shown)
    except KeyboardInterrupt:
        shown.close()
        print("\nbuild interrupted: the previous index is kept", file=sys.stderr)
        return 130
    finally:
        shown.close()  # a second close does nothing
    if report is None:
        print(f"index is up to date (built by another process meanwhile): {settings.index_dir}")
        return 0
    # Each skipped file was named once already, as it was found (a warning from `build_index`).
    print(
        f"built {settings.index_dir}: {report.documents} documents, {report.passages} passages "
        f"({report.embedded} embedded, {report.reused} reused), {len(report.skipped)} skipped "
        f"files, {report.files_parsed} files parsed, {report.seconds:.1f} s"
    )
    return 0


def cmd_ask(args, settings: Settings) -> int:
    from app.service import Assistant

    if args.jsonl == bool(args.question):
        either = "not both" if args.jsonl else "or --jsonl to read questions from stdin"
        print(f"error: give a QUESTION, {either}", file=sys.stderr)
        return 2
    assistant = Assistant.open(settings, progress=_progress())
    if args.jsonl:
        return ask_jsonl(assistant, sys.stdin.buffer, sys.stdout, args.top_k)
    reply = assistant.ask(args.question, top_k=args.top_k)
    if args.json:
        print(json.dumps(reply.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(render_terminal(reply, bold=sys.stdout.isatty()))
    return 0


def _marked(q, bold: bool) -> str:
    """The quote with its answering sentences in bold (a terminal) or between » « (a pipe)."""
    from app.present import segments

    start_mark, end_mark = ("\033[1m", "\033[0m") if bold else ("»", "«")
    return "".join(
        f"{start_mark}{text}{end_mark}" if strong else text
        for text, strong in segments(q.text, q.highlights)
    )


def render_terminal(reply, bold: bool = False) -> str:
    from app.texts import NOT_COVERED_TERMINAL, NOT_ENGLISH

    out = []
    if reply.emergency:  # guidance first, each line its own paragraph; never "not covered"
        for line in reply.guidance or (reply.emergency,):
            out += ["!! " + part for part in textwrap.wrap(line, 76)] + [""]
    elif reply.abstained:
        wording = not_covered(
            reply.missing, NOT_COVERED_TERMINAL, reply.about_authors, reply.shop, reply.remark
        )
        out += textwrap.wrap(NOT_ENGLISH if reply.language != "en" else wording, 78)
    for i, q in enumerate(reply.quotes, 1):
        out.append(f"[{i}] “{q.title}” — {q.section}" if q.section else f"[{i}] “{q.title}”")
        for para in _marked(q, bold).split("\n\n"):
            out += textwrap.wrap(para, 76, initial_indent="    ", subsequent_indent="    ")
        meta = " · ".join(v for v in (q.publisher, q.author, q.published) if v)
        out += [f"    {meta}" if meta else "", f"    {q.link}   (score {q.score:.2f})", ""]
    out += [""] + textwrap.wrap(reply.advice, 78)
    return "\n".join(out)


def _progress():
    """Progress of a build (`build`, or `ask` on a stale index), on stderr."""
    from app import progress

    return progress.for_stream(sys.stderr)


def cmd_serve(args, settings: Settings) -> int:
    from app.web.serve import run

    run(settings, args.host, args.port, args.workers, args.root_path)
    return 0


def _seconds(raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 86_400:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a number of seconds from 0 to 86400")
    return value


def _port(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        value = -1
    if not 0 <= value <= 65_535:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a port number from 0 to 65535")
    return value


def _top_k(raw: str) -> int:
    """--top-k: refused by the parser, naming the flag (from the settings, a bad value would be
    blamed on HEALTHQA_TOP_K)."""
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_TOP_K:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a whole number from 1 to {MAX_TOP_K}")
    return value


def _root_path(raw: str) -> str:
    """--root-path: a sub-path such as /qa (a trailing slash dropped, "/" is none); anything
    else would be written into every link of every page."""
    path = raw.rstrip("/")
    if path and not re.fullmatch(r"(/[A-Za-z0-9._~%-]+)+", path):  # no markup, query, space
        raise argparse.ArgumentTypeError(f"{raw!r} is not a sub-path like /qa")
    return path


def _positive(raw: str, most: int | None = None) -> int:
    """A whole number from 1 (to `most`), refused by the parser naming the flag ("abc" was
    "invalid _positive value")."""
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1 or (most is not None and value > most):
        span = f"from 1 to {most}" if most is not None else "from 1 up"
        raise argparse.ArgumentTypeError(f"{raw!r} is not a whole number {span}")
    return value


def _workers(raw: str) -> int:
    return _positive(raw, MAX_WORKERS)


def cmd_eval(args, settings: Settings) -> int:
    from app.evaluate import run_eval, table

    if args.json_out:  # before the evaluation, not after it
        _writable(args.json_out, "--json-out")
        _not_an_input(args.json_out, "--json-out", settings, args.questions)
    summary, missed = run_eval(settings, args.questions)
    print(table(summary))
    print(f"\n{len(missed)} misses:" if missed else "\nno misses")
    for line in missed:
        print("  " + line)
    result = {"questions": str(args.questions), "settings": settings.to_dict(), **summary}
    print(json.dumps(result))
    if args.json_out:
        try:
            args.json_out.write_text(json.dumps({**result, "misses": missed}, indent=2), "utf-8")
        except OSError as err:  # e.g. the disk filled meanwhile; the figures are printed above
            why = err.strerror
            raise BadSetting(f"--json-out {args.json_out}: cannot write it ({why})") from None
    return 0


def _writable(path: Path, flag: str) -> None:
    """BadSetting (exit 2) naming `flag` when `path` cannot be written: a folder, or in a folder
    that is not there. Nothing is created."""
    if path.is_dir():
        why = "it is a folder"
    elif not path.parent.is_dir():
        why = "its folder does not exist"
    elif not os.access(path if path.exists() else path.parent, os.W_OK):
        why = "not allowed"
    else:
        return
    raise BadSetting(f"{flag} {path}: cannot write there ({why})")


def _not_an_input(path: Path, flag: str, settings: Settings, questions: Path) -> None:
    """BadSetting (exit 2) when writing `path` would overwrite what the command reads or the
    site owner's store: the question file, a file of the corpus or the index, the store's file."""
    from app.db.config import SQLITE_DEFAULT, SQLITE_ENV
    from app.outputs import refuse_inputs, store_files

    store = Path(os.environ.get(SQLITE_ENV) or SQLITE_DEFAULT)
    files = [("the question file", questions), *store_files(store)]
    folders = [("the corpus folder", settings.corpus_dir), ("the index folder", settings.index_dir)]
    refuse_inputs(path, flag, files, folders)


def cmd_report(args, settings: Settings) -> int:
    from app.report.make import make_report
    from app.report.period import period_from
    from app.report.source import open_reader
    from app.report.text import render
    from app.service import query_embedder
    from app.store import load

    period = period_from(args.since, args.until, args.days)  # a bad date fails before loading
    index = load(settings.index_dir)
    passages = {p.passage_id: p for p in index.passages}
    reader = open_reader(settings)
    try:
        report = make_report(reader, passages.get, query_embedder(index, settings), period)
    finally:
        if hasattr(reader, "close"):
            reader.close()
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(render(report, args.groups))
    return 0


COMMANDS = {
    "build": cmd_build,
    "ask": cmd_ask,
    "serve": cmd_serve,
    "eval": cmd_eval,
    "report": cmd_report,
}
