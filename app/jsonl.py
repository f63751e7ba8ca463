"""`ask --jsonl`: questions as JSON lines in, one JSON reply line out per input line, in order.

Input is read as bytes and each line decoded on its own, so a line that is not UTF-8 gets its
`{"error": ...}` line and the rest go on, whatever the locale (a text-mode stdin under a strict
UTF-8 locale raised in the reader and the valid lines after it were never answered). Output
falls back to ASCII escapes for a line the output encoding cannot carry.

A line is answered as soon as it arrives: lines already waiting (up to `batch`) are answered
together with one embedding call, but nothing waits for more input to come."""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Iterable, Iterator
from typing import TextIO

from app.errors import AppError

Line = bytes | str


def ask_jsonl(assistant, lines: Iterable[Line], out: TextIO, top_k: int | None, batch=16) -> int:
    """One JSON reply per non-blank input line, in order; a bad line gets {"error": ...}."""
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
            _write(out, result)
        out.flush()
    return 0


def _write(out: TextIO, result: dict) -> None:
    try:
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    except UnicodeEncodeError:  # nothing was written: text is encoded before it is buffered
        out.write(json.dumps(result) + "\n")


def parse_jsonl_line(line: Line, n: int, top_k: int | None) -> dict | tuple:
    """(question, history, top_k) to ask, or {"error": ...} for this line."""
    if isinstance(line, bytes):
        try:
            line = line.removeprefix(b"\xef\xbb\xbf" if n == 1 else b"").decode("utf-8")
        except UnicodeDecodeError:
            return {"error": f"line {n}: not UTF-8 text"}
    try:
        data = json.loads(line)
    except ValueError as err:
        return {"error": f"line {n}: not valid JSON ({err.msg})"}
    if not isinstance(data, dict) or "question" not in data:
        return {"error": f'line {n}: expected an object with a "question"'}
    history = data.get("history") or []
    return (data["question"], history, data.get("top_k", top_k))


def _arrived(lines: Iterable[Line], batch: int) -> Iterator[list[tuple[int, Line]]]:
    """Chunks of (line number, line): block for one non-blank line, then take those waiting. A
    reading error ends the input after the lines read before it, and is raised here."""
    waiting: queue.Queue = queue.Queue()

    def read() -> None:
        try:
            for n, line in enumerate(lines, 1):
                if line.strip():
                    waiting.put((n, line))
        except Exception as err:  # noqa: BLE001 - handed to the main thread, which raises it
            waiting.put(err)
        finally:
            waiting.put(None)

    threading.Thread(target=read, daemon=True).start()
    chunk: list = []
    while True:
        item = waiting.get() if not chunk else _nowait(waiting)
        if isinstance(item, Exception):
            yield from [chunk] if chunk else []
            raise item
        if item is None or item is _EMPTY:
            if chunk:
                yield chunk
                chunk = []
            if item is None:
                return
            continue
        chunk.append(item)
        if len(chunk) >= batch:
            yield chunk
            chunk = []


_EMPTY = object()


def _nowait(waiting: queue.Queue) -> object:
    try:
        return waiting.get_nowait()
    except queue.Empty:
        return _EMPTY
