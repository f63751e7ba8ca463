"""`/healthz` is "ok" only when the loaded index answers a real question: the first example
question of the chat goes through the retrieval path (embedding, FAISS, BM25, selection) and must
come back ranked. The result is kept `ttl` seconds, and one check runs at a time, so a probe that
polls every second costs one search every 10 s. No reply is built, so nothing reaches the
unanswered-questions log, and the question is never logged.

Left out: checking the files on disk again (they were checked when the index was loaded)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from app.errors import AppError
from app.web.contract import AssistantLike

log = logging.getLogger(__name__)
FAILED = "the loaded index could not answer a test question"


class HealthCheck:
    def __init__(
        self,
        assistant: AssistantLike,
        question: str,
        ttl: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.assistant, self.question, self.ttl, self.clock = assistant, question, ttl, clock
        self._lock = threading.Lock()
        self._until = float("-inf")
        self._problem: str | None = None

    def problem(self) -> str | None:
        """None when the test question was answered (now or less than `ttl` seconds ago), else
        what went wrong, fit to show. Blocking: call it from a worker thread."""
        with self._lock:
            if self.clock() >= self._until:
                self._problem = self._run()
                self._until = self.clock() + self.ttl
            return self._problem

    def _run(self) -> str | None:
        try:
            [found] = self.assistant.search_many([(self.question, [], 1)])
            ranked = found[0]  # every ranked hit
        except AppError as error:  # e.g. the model cannot be loaded
            log.warning("health check: %s", type(error).__name__)
            return f"{FAILED}: {error}"
        except Exception:  # noqa: BLE001 - reported as not healthy and logged with its traceback
            log.exception("health check failed")
            return FAILED
        return None if ranked else f"{FAILED}: nothing was ranked"
