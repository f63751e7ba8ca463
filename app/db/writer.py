"""The background writer: the reply path only puts an item on a bounded queue (never waits on the
database); one thread per process takes what is waiting, up to `batch_size` items, and writes it
in one transaction. A write that fails is tried again after `retry_delays`; when it still fails,
or the queue is full, the items are counted as `missed` and a warning is logged - at most one
per `warn_every` seconds, naming the error's type and the count only (never a question, and never
the driver's message, which can quote a row). Anything else that goes wrong while writing a batch
(a bug: in the backend, or in making the batch) costs that batch alone, counted the same way and
logged in the same rate-limited line with the error's type and the place it was raised; the thread
goes on with the next batch (it used to end, and from then on nothing was stored, silently).

Each submitted item may carry a `Future`, settled when its write is done (True) or missed
(StoreUnavailable): the chat's vote handler waits on it, briefly, to tell the reader the truth."""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future, InvalidStateError
from dataclasses import dataclass
from pathlib import Path

from app.db.batch import Backend, Batch, Item
from app.errors import StoreUnavailable

log = logging.getLogger(__name__)
_STOP = object()


@dataclass
class Stats:
    written: int = 0  # items stored
    missed: int = 0  # items dropped: queue full, or the database failed every try
    last_error: str = ""  # type of the last error, e.g. "OperationalError"


class Writer:
    def __init__(
        self,
        backend: Backend,
        retention_days: float | None,
        capacity: int = 10_000,
        batch_size: int = 500,
        retry_delays: tuple[float, ...] = (0.5, 2.0),
        warn_every: float = 60.0,
        purge_every: float = 3600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.backend, self.retention_days = backend, retention_days
        self.batch_size, self.retry_delays = batch_size, retry_delays
        self.warn_every, self.purge_every, self.clock = warn_every, purge_every, clock
        self.stats = Stats()
        self._queue: queue.Queue = queue.Queue(capacity)
        self._lock = threading.Lock()
        self._warned_at = float("-inf")
        self._closing = threading.Event()
        self._thread = threading.Thread(target=self._run, name="healthqa-store", daemon=True)
        self._thread.start()

    @property
    def queued(self) -> int:
        return self._queue.qsize()

    def submit(self, item: Item, done: Future | None = None) -> None:
        """Queue `item` for writing; never blocks. A full queue or a closed writer: a miss."""
        if self._closing.is_set():
            self._missed([(item, done)], "closed")
            return
        try:
            self._queue.put_nowait((item, done))
        except queue.Full:
            self._missed([(item, done)], "queue full")

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued before this call is written (True) or missed (False)."""
        done: Future = Future()
        try:
            self._queue.put((None, done), timeout=timeout)  # a marker: written as nothing
            done.result(timeout)
        except (queue.Full, TimeoutError, StoreUnavailable):
            return False
        return True

    def close(self, timeout: float = 10.0) -> None:
        """Write what is queued (waiting up to `timeout` seconds), then stop the thread."""
        if self._closing.is_set():
            return
        self._closing.set()
        try:
            self._queue.put(_STOP, timeout=timeout)
        except queue.Full:
            return
        self._thread.join(timeout)

    def _run(self) -> None:
        self._step([])  # at start: questions past the retention period go
        while True:
            try:
                stop = self._take(self._queue.get(timeout=self.purge_every))
            except queue.Empty:
                self._step([])  # nothing came for a while: expired questions still go
                continue
            if stop:
                return

    def _take(self, first) -> bool:
        """Write `first` and what waits behind it; True at the stop marker. Its own function, so
        that nothing written stays referenced while the thread waits for the next item: a
        question (redacted) lived on in the loop's variables until then (SECURITY.md)."""
        jobs, stop = self._gather(first)
        if jobs:
            self._step(jobs)
        return stop

    def _step(self, jobs: list) -> None:
        """`_write` that the thread survives: an unexpected error costs these jobs only."""
        try:
            self._write(jobs)
        except Exception as failed:  # noqa: BLE001 - a bug: its type and place are logged
            self._missed(jobs, type(failed).__name__, _place(failed), always=True)

    def _gather(self, first) -> tuple[list, bool]:
        if first is _STOP:
            return [], True
        jobs = [first]
        while len(jobs) < self.batch_size:
            try:
                job = self._queue.get_nowait()
            except queue.Empty:
                break
            if job is _STOP:
                return jobs, True
            jobs.append(job)
        return jobs, False

    def _write(self, jobs: list) -> None:
        items = [item for item, _ in jobs if item is not None]
        batch = Batch.of(items, self.retention_days)
        delays = (0.0, *([] if self._closing.is_set() else self.retry_delays))
        error: BaseException | None = None
        for delay in delays:
            time.sleep(delay)
            try:
                self.backend.write(batch)
            except self.backend.errors as failed:
                error = failed
                continue
            with self._lock:
                self.stats.written += len(items)
            for _, done in jobs:
                _settle(done, True)
            return
        self._missed(jobs, type(error).__name__)

    def _missed(self, jobs: list, why: str, where: str = "", always: bool = False) -> None:
        """Count `jobs` as missed and settle their futures; one warning a `warn_every` at most.
        `where`: the file and line an unexpected error came from; `always`: log even with no
        jobs (a purge that failed unexpectedly; a database that is down is logged when a write
        misses)."""
        count = sum(item is not None for item, _ in jobs)
        if not jobs and not always:  # an hourly purge that failed: the next write tries again
            return
        with self._lock:
            self.stats.missed += count
            self.stats.last_error = why
            now = self.clock()
            warn = now - self._warned_at >= self.warn_every
            if warn:
                self._warned_at = now
            missed = self.stats.missed
        if warn:
            log.warning(
                "store (%s): %d item(s) not stored (%s); %d missed since start",
                self.backend.name,
                count,
                f"unexpected {why} at {where}" if where else why,
                missed,
            )
        for _, done in jobs:
            _settle(done, StoreUnavailable(f"not stored ({why})"))


def _settle(done: Future | None, outcome: bool | BaseException) -> None:
    if done is None or done.done():
        return
    with contextlib.suppress(InvalidStateError):  # its waiter cancelled it just now
        if isinstance(outcome, BaseException):
            done.set_exception(outcome)
        else:
            done.set_result(outcome)


def _place(error: BaseException) -> str:
    """`file.py:line` where `error` was raised: never its message, which can quote a row."""
    frames = traceback.extract_tb(error.__traceback__)
    return f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
