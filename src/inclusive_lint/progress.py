"""A one-line progress bar on standard error, shown only on a terminal and only for runs
that last long enough to need one."""
from __future__ import annotations

import os
import sys
import time


class Progress:
    DELAY = 0.5        # seconds before the bar first appears (quick runs never see it)
    INTERVAL = 0.1     # at most ten redraws a second

    def __init__(self, total: int, stream=None, enabled: bool | None = None, clock=time.monotonic):
        self.total = total
        self.done = 0
        self.stream = stream or sys.stderr
        if enabled is None:
            enabled = total > 1 and _is_tty(self.stream) and "NO_PROGRESS" not in os.environ
        self.enabled = enabled
        self.clock = clock
        self.started = clock()
        self.last = 0.0
        self.shown = False

    def advance(self, path: str = "", n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        now = self.clock()
        if now - self.started < self.DELAY or (now - self.last < self.INTERVAL and self.done < self.total):
            return
        self.last = now
        self._draw(path)

    def _draw(self, path: str) -> None:
        width = 24
        filled = int(width * self.done / max(1, self.total))
        name = os.path.basename(path)
        if len(name) > 30:
            name = name[:27] + "..."
        line = f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {name}"
        self.stream.write(line.ljust(80)[:100])
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * 100 + "\r")
            self.stream.flush()
            self.shown = False


def _is_tty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
