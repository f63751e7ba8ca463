"""Progress of a long build, for the person running it: on a terminal, a tqdm bar per stage with
its rate and the time left; elsewhere (a pipe, a log file, CI) a plain line when a stage starts,
every `every` seconds, and when it ends. The core only calls `progress(stage, done, total)`
(app.build.Progress); the front ends make one of these with `for_stream`.
"""

from __future__ import annotations

import shutil
import time
from typing import TextIO

UNITS = {"reading": "files", "embedding": "passages", "sentences": "sentences", "words": "words"}


def for_stream(stream: TextIO, every: float = 10.0):
    """A bar when `stream` is a terminal, plain lines otherwise."""
    isatty = getattr(stream, "isatty", None)
    return Bar(stream) if isatty and isatty() else Lines(stream, every)


class Bar:
    def __init__(self, stream: TextIO):
        self.stream = stream
        self.stage = ""
        self.bar = None

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage != self.stage:
            from tqdm import tqdm

            self.close()
            self.stage = stage
            unit = " " + UNITS.get(stage, "items")
            size = shutil.get_terminal_size()  # 80 x 24 when the terminal does not say
            self.bar = tqdm(
                total=total,
                desc=stage,
                unit=unit,
                file=self.stream,
                ncols=size.columns,
                nrows=size.lines,
            )
        self.bar.update(done - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


class Lines:
    def __init__(self, stream: TextIO, every: float = 10.0, clock=time.monotonic):
        self.stream, self.every, self.clock = stream, every, clock
        self.stage = ""
        self.started = self.last = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = self.clock()
        if stage != self.stage:
            self.stage, self.started, self.last = stage, now, now
            self._say(f"{stage}: {total} {UNITS.get(stage, 'items')}")
        if done >= total or now - self.last >= self.every:
            self.last = now
            self._say(line(stage, done, total, now - self.started))

    def close(self) -> None:
        pass

    def _say(self, text: str) -> None:
        self.stream.write(text + "\n")
        self.stream.flush()


def line(stage: str, done: int, total: int, seconds: float) -> str:
    """'embedding: 400/1000 passages (40%), 20.0 passages/s, about 30 s left'; at the end, the
    time it took."""
    unit = UNITS.get(stage, "items")
    if done >= total:
        return f"{stage}: {done}/{total} {unit} in {duration(seconds)}"
    rate = done / seconds if seconds > 0 else 0.0
    left = f", about {duration((total - done) / rate)} left" if rate > 0 else ""
    share = 100 * done // max(total, 1)
    return f"{stage}: {done}/{total} {unit} ({share}%), {rate:.1f} {unit}/s{left}"


def duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min"
