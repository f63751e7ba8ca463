"""Micro-batching: concurrent questions are gathered for a few milliseconds (up to `max_batch`) and
answered by ONE `ask_many` call in a worker thread, so the embedder sees one batch instead of many
single questions. One batch runs at a time; questions arriving meanwhile form the next batch. A
batch that fails is asked again question by question, so the failure stays with its question.

Left out: priorities, per-client fairness, timeouts (the caller's HTTP server handles those)."""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.errors import AppError
from app.records import Reply
from app.web.contract import AskItem

AskMany = Callable[[Sequence[AskItem]], list[Reply | AppError]]


@dataclass
class _Job:
    item: AskItem
    future: asyncio.Future


class MicroBatcher:
    def __init__(self, ask_many: AskMany, max_batch: int = 32, wait_ms: float = 4.0) -> None:
        self._ask_many = ask_many
        self._max_batch = max(1, max_batch)
        self._wait = max(0.0, wait_ms) / 1000
        self._queue: asyncio.Queue[_Job] | None = None
        self._worker: asyncio.Task | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    async def ask(
        self, question: str, history: Sequence[str] = (), top_k: int | None = None
    ) -> Reply:
        """Answer one question through the shared batch; raises the item's AppError if any."""
        queue = self._ensure_worker()
        future = asyncio.get_running_loop().create_future()
        await queue.put(_Job((question, tuple(history), top_k), future))
        result = await future
        if isinstance(result, AppError):
            raise result
        return result

    async def stop(self) -> None:
        if self._worker is not None and not self._worker.done():
            self._worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._worker
        while self._queue is not None and not self._queue.empty():
            self._queue.get_nowait().future.cancel()
        self._worker = self._queue = self._loop = None

    def _ensure_worker(self) -> asyncio.Queue[_Job]:
        """Start the worker on first use in the running loop (or again after the loop changed)."""
        loop = asyncio.get_running_loop()
        if self._loop is not loop or self._worker is None or self._worker.done():
            self._loop, self._queue = loop, asyncio.Queue()
            self._worker = loop.create_task(  # in a context of its own, not the caller's: the
                self._run(self._queue),  # first caller's (a chat event's request, its question
                name="healthqa-batcher",  # in it) lived on in the worker's timers (SECURITY.md)
                context=contextvars.Context(),
            )
        assert self._queue is not None
        return self._queue

    async def _run(self, queue: asyncio.Queue[_Job]) -> None:
        while True:  # no batch held while waiting: its replies hold the questions (SECURITY.md)
            await self._answer(await self._gather(queue))

    async def _gather(self, queue: asyncio.Queue[_Job]) -> list[_Job]:
        batch = [await queue.get()]
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._wait
        while len(batch) < self._max_batch:
            if not queue.empty():
                batch.append(queue.get_nowait())
                continue
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            try:
                batch.append(await asyncio.wait_for(queue.get(), remaining))
            except TimeoutError:
                break
        return batch

    async def _answer(self, batch: list[_Job]) -> None:
        live = [job for job in batch if not job.future.done()]  # skip callers that went away
        if not live:
            return
        work = asyncio.ensure_future(asyncio.to_thread(self._ask_many, [j.item for j in live]))
        await asyncio.wait([work])
        error = work.exception()  # not hidden: re-raised in every waiting caller
        if error is None and len(work.result()) != len(live):
            error = RuntimeError(
                f"ask_many gave {len(work.result())} results for {len(live)} items"
            )
        if error is not None and len(live) > 1:  # one failing question must not fail the rest
            for job in live:  # (a crisis among them still gets its guidance): each alone
                await self._answer([job])
            return
        if error is not None:
            for job in live:
                _settle(job.future, error=error)
            return
        results = work.result()
        for job, result in zip(live, results, strict=True):
            _settle(job.future, result=result)


def _settle(
    future: asyncio.Future, result: object = None, error: BaseException | None = None
) -> None:
    if future.done():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)
