"""The micro-batcher: concurrent questions share one ask_many call; errors stay per question."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
from web_fakes import FakeAssistant

from app.errors import BadQuestion, ModelUnavailable
from app.web.batching import MicroBatcher


def run(coro):
    return asyncio.run(coro)


def test_concurrent_questions_are_one_call():
    fake = FakeAssistant()
    batcher = MicroBatcher(fake.ask_many, max_batch=32, wait_ms=20)

    async def main():
        replies = await asyncio.gather(*(batcher.ask(f"symptoms {i}") for i in range(10)))
        await batcher.stop()
        return replies

    replies = run(main())
    assert [r.question for r in replies] == [f"symptoms {i}" for i in range(10)]
    assert fake.batches == [10]


def test_batches_are_capped():
    fake = FakeAssistant()
    batcher = MicroBatcher(fake.ask_many, max_batch=4, wait_ms=20)

    async def main():
        await asyncio.gather(*(batcher.ask("symptoms") for _ in range(10)))
        await batcher.stop()

    run(main())
    assert sum(fake.batches) == 10 and max(fake.batches) <= 4


def test_questions_arriving_during_a_batch_form_the_next_one():
    gate = threading.Event()
    sizes = []

    def slow_ask_many(items):
        sizes.append(len(items))
        gate.wait(5)
        return FakeAssistant().ask_many(items)

    batcher = MicroBatcher(slow_ask_many, max_batch=32, wait_ms=1)

    async def main():
        first = asyncio.ensure_future(batcher.ask("one"))
        await asyncio.sleep(0.05)  # the first batch is now running
        rest = [asyncio.ensure_future(batcher.ask(f"q{i}")) for i in range(5)]
        await asyncio.sleep(0.05)
        gate.set()
        await asyncio.gather(first, *rest)
        await batcher.stop()

    run(main())
    assert sizes == [1, 5]


def test_errors_stay_with_their_question():
    batcher = MicroBatcher(FakeAssistant().ask_many, wait_ms=20)

    async def main():
        good = batcher.ask("symptoms")
        bad = batcher.ask("   ")
        results = await asyncio.gather(good, bad, return_exceptions=True)
        await batcher.stop()
        return results

    good, bad = run(main())
    assert good.quotes
    assert isinstance(bad, BadQuestion)


def test_a_failing_call_reaches_every_caller_and_the_worker_survives():
    calls = []

    def flaky(items):
        calls.append(len(items))
        if len(calls) <= 3:  # the batch, then each question alone
            raise ModelUnavailable("model missing")
        return FakeAssistant().ask_many(items)

    batcher = MicroBatcher(flaky, wait_ms=20)

    async def main():
        failed = await asyncio.gather(batcher.ask("a"), batcher.ask("b"), return_exceptions=True)
        later = await batcher.ask("symptoms")
        await batcher.stop()
        return failed, later

    failed, later = run(main())
    assert all(isinstance(e, ModelUnavailable) for e in failed)
    assert later.quotes
    assert calls == [2, 1, 1, 1]


def test_a_question_that_fails_its_batch_fails_alone():
    """An unexpected failure on one question (a bug on an odd message) must not take the
    replies of the questions batched with it, a crisis among them."""
    calls = []

    def poisoned(items):
        calls.append(len(items))
        if any(question == "odd" for question, _, _ in items):
            raise IndexError("list index out of range")
        return FakeAssistant().ask_many(items)

    batcher = MicroBatcher(poisoned, wait_ms=50)

    async def main():
        asks = [batcher.ask("symptoms"), batcher.ask("odd"), batcher.ask("a crisis now")]
        results = await asyncio.gather(*asks, return_exceptions=True)
        await batcher.stop()
        return results

    good, odd, crisis = run(main())
    assert calls[0] == 3 and sorted(calls[1:]) == [1, 1, 1]
    assert good.quotes and isinstance(odd, IndexError) and crisis.crisis


def test_wrong_result_count_is_an_error_not_a_hang():
    batcher = MicroBatcher(lambda items: [], wait_ms=1)

    async def main():
        try:
            return await asyncio.wait_for(batcher.ask("x"), 5)
        finally:
            await batcher.stop()

    with pytest.raises(RuntimeError, match="0 results for 1"):
        run(main())


def test_works_again_in_a_new_event_loop():
    fake = FakeAssistant()
    batcher = MicroBatcher(fake.ask_many, wait_ms=1)
    assert run(batcher.ask("symptoms")).quotes
    assert run(batcher.ask("symptoms")).quotes  # a new loop: the worker is restarted there


def test_single_question_waits_only_briefly():
    batcher = MicroBatcher(FakeAssistant().ask_many, wait_ms=5)

    async def main():
        start = time.perf_counter()
        await batcher.ask("symptoms")
        elapsed = time.perf_counter() - start
        await batcher.stop()
        return elapsed

    assert run(main()) < 0.5


def test_api_requests_are_batched(make_client, fake_assistant):
    """A first question waits 50 ms for company (not 4): a busy machine still batches."""
    import concurrent.futures

    client = make_client(batch_wait_ms=50)
    before = len(fake_assistant.batches)
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        codes = list(
            pool.map(
                lambda i: client.post("/api/ask", json={"question": f"symptoms {i}"}).status_code,
                range(16),
            )
        )
    assert codes == [200] * 16
    sizes = fake_assistant.batches[before:]
    assert sum(sizes) == 16 and max(sizes) > 1
