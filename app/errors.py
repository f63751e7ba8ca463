"""The project's exceptions. The core raises them; only the CLI and web layers turn them into
messages, exit codes and HTTP statuses."""

import logging
import traceback
from pathlib import Path


def log_failure(log: logging.Logger, step: str, err: Exception) -> None:
    """Log a failure the reader never sees (they got a reply without quotes): its kind and
    where, never its message, which may quote the question."""
    where = traceback.extract_tb(err.__traceback__)[-1]
    name = Path(where.filename).name
    log.error(
        "%s failed (%s at %s:%d); replied without quotes",
        step,
        type(err).__name__,
        name,
        where.lineno,
    )


class AppError(Exception):
    """Base class: `str(error)` is a message fit to show a user."""

    exit_code = 1
    http_status = 503  # the core cannot answer now (index, model, corpus)


class CorpusError(AppError):
    """The corpus cannot be used (missing folder, duplicate ids, no readable article)."""

    exit_code = 2


class IndexProblem(AppError):
    """The index folder is missing, corrupted or does not match the corpus/settings."""

    exit_code = 3


class IndexMissing(IndexProblem):
    pass


class IndexCorrupt(IndexProblem):
    pass


class IndexMismatch(IndexProblem):
    pass


class BuildLocked(AppError):
    """Another build holds the index lock."""

    exit_code = 4


class BadQuestion(AppError):
    """The question is empty, too long or not text."""

    exit_code = 2
    http_status = 422


class ModelUnavailable(AppError):
    """The packaged embedding model cannot be loaded."""

    exit_code = 5


class BadSetting(AppError):
    """A setting (e.g. an embed origin or a number in the environment) is malformed."""

    exit_code = 2


class BadPeriod(AppError):
    """A report's period (dates, number of days) is malformed or empty."""

    exit_code = 2
    http_status = 422


class RequestRejected(AppError):
    """Malformed or oversized HTTP input, refused before it reaches the core; `str(error)` is the
    message returned as {"error": ...}."""

    def __init__(self, message: str, http_status: int = 422) -> None:
        super().__init__(message)
        self.http_status = http_status


class StoreUnavailable(AppError):
    """The site owner's store (SQLite file or PostgreSQL database) cannot be opened or migrated at
    start; `str(error)` never holds a password. Once serving, a store that fails costs counted
    misses, never an answer."""

    exit_code = 6


class WorkersFailed(AppError):
    """`serve --workers N`: a worker process failed to start (the reason is the line it logged),
    so the parent stopped the others instead of restarting them."""

    exit_code = 7
