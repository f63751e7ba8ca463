"""What the server process writes to its log: never the content of a request.

Our own log lines name a method and a path at most. Libraries are less careful: an exception's
message can quote its input (pydantic's `input_value='Am I pregnant?'`), and Gradio prints
tracebacks of failed events straight to stderr. So, at the serve edge:

- every log record goes through `SafeFormatter`: a traceback keeps its frames (file, line,
  function, source line) and the exception's type, never its message; a warning keeps its place
  and category, never its text; `input_value=...` in a message is withheld too;
- `quiet_library_tracebacks` sends Gradio's direct `traceback.print_exc()` calls to the
  `gradio` logger instead, so they are formatted the same way;
- `LOG_CONFIG` is uvicorn's logging configuration with that formatter for every logger; warnings
  and errors only, but for the service's line per answered batch (counts and latency).
"""

from __future__ import annotations

import logging
import re
import sys
import traceback
from types import SimpleNamespace

WITHHELD = "(message withheld: it may quote a request)"
_INPUT = re.compile(r"input_value=.*?(?=, input_type=|\]$|$)", re.M)
_WARNING = re.compile(r"^(.*?:\d+): (\w+): ")
FORMAT = "%(levelname)s: %(name)s: %(message)s"
GRADIO_MODULES = ("gradio.routes", "gradio.queueing", "gradio.route_utils", "gradio.utils")


class SafeFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        """As logging's, but the traceback is always our own: another handler's formatter may
        have cached its text, message included, on the record first (`exc_text`)."""
        if record.exc_info:
            record.exc_text = self.formatException(record.exc_info)
        return super().format(record)

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 - logging's name
        if record.name == "py.warnings":
            where = _WARNING.match(record.message)
            text = f"{where.group(2)} at {where.group(1)}" if where else "a warning"
            record.message = f"{text} {WITHHELD}"
        else:
            record.message = _INPUT.sub(f"input_value={WITHHELD}", record.message)
        return super().formatMessage(record)

    def formatException(self, ei) -> str:  # noqa: N802 - logging's name
        return "".join(safe_traceback(ei[1])).rstrip("\n")


def safe_traceback(error: BaseException | None, seen: set[int] | None = None) -> list[str]:
    """The traceback of `error` (and its causes) with each exception's type, not its message."""
    if error is None:
        return []
    seen = seen if seen is not None else set()
    seen.add(id(error))
    lines: list[str] = []
    cause = error.__cause__ or (None if error.__suppress_context__ else error.__context__)
    if cause is not None and id(cause) not in seen:
        lines += safe_traceback(cause, seen)
        lines.append("\nDuring the handling of the above exception, another one happened:\n\n")
    lines.append("Traceback (most recent call last):\n")
    lines += traceback.format_tb(error.__traceback__)
    kind = type(error)
    lines.append(f"{kind.__module__}.{kind.__qualname__} {WITHHELD}\n")
    return lines


def _print_exc(*_args, **_kwargs) -> None:
    logging.getLogger("gradio").error("error in a chat event", exc_info=sys.exc_info())


def quiet_library_tracebacks() -> None:
    """Route Gradio's `traceback.print_exc()` (to stderr, unformatted) through logging."""
    logging.captureWarnings(True)
    shim = SimpleNamespace(**{k: getattr(traceback, k) for k in dir(traceback) if k[0] != "_"})
    shim.print_exc = _print_exc
    for name in GRADIO_MODULES:
        module = sys.modules.get(name)
        if module is not None and getattr(module, "traceback", None) is traceback:
            module.traceback = shim


LOG_CONFIG = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"safe": {"()": SafeFormatter, "fmt": FORMAT}},
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "formatter": "safe",
            "stream": "ext://sys.stderr",
        }
    },
    "root": {"handlers": ["stderr"], "level": "WARNING"},
    "loggers": {
        "uvicorn": {"handlers": [], "level": "WARNING", "propagate": True},
        "uvicorn.error": {"level": "WARNING"},
        "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
        "app.service": {"level": "INFO"},  # a line per batch: counts and latency, never text
    },
}
