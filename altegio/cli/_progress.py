"""Progress of a list that takes more than one page, on stderr, only when stderr is a terminal.

One status line, redrawn in place (`\\r` and erase-line), says how many pages and items have
arrived and how long the rate limiter has held requests back. It is erased before anything
is written to stdout, so a table on the same terminal never mixes with it, and replaced at the
end by a one-line summary. Piped or redirected stderr gets nothing.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from typing import Any, TextIO

from .._ratelimit import RateLimiter

_ERASE = "\r\x1b[K"
_NOTICEABLE = 0.001  # seconds: taking a free slot (a lock) is not a wait
_NOTICE_AFTER = 0.2  # seconds of waiting for a slot before the status line says so


class Progress:
    def __init__(self, stream: TextIO, label: str, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._stream = stream
        self._label = label
        self._clock = clock
        self._enabled = stream.isatty()
        self._started = clock()
        self._drawn = False
        self._active = False  # a second page was needed
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()
        self.pages = 0
        self.items = 0
        self.waited = 0.0

    def page(self, size: int, *, more: bool) -> None:
        """A page of `size` items arrived; `more` says whether another will be fetched."""
        self.pages += 1
        self.items += size
        if more:
            self._active = True
            self._draw(f"fetching page {self.pages + 1}")

    def waiting(self) -> None:
        """A request asks the rate limiter for a slot: if that takes a while, say so."""
        if self._enabled and self._active:
            self._timer = threading.Timer(_NOTICE_AFTER, self._draw, (f"fetching page {self.pages + 1}", True))
            self._timer.daemon = True
            self._timer.start()

    def rate_limited(self, seconds: float) -> None:
        """The rate limiter gave the slot after `seconds`."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer.join()
            self._timer = None
        if seconds < _NOTICEABLE:
            return
        self.waited += seconds
        if self._active:
            self._draw(f"fetching page {self.pages + 1}")

    def clear(self) -> None:
        """Erase the status line (before stdout is written to)."""
        if self._drawn:
            self._stream.write(_ERASE)
            self._stream.flush()
            self._drawn = False

    def finish(self) -> None:
        """Replace the status line by a summary, for a list that needed several pages."""
        self.clear()
        if self._enabled and self._active:
            self._stream.write(self._summary() + "\n")
            self._stream.flush()

    def _summary(self) -> str:
        elapsed = self._clock() - self._started
        text = f"{self._label}: {self._counts()} in {elapsed:.1f} s"
        return text + (f" ({self.waited:.1f} s waiting for the rate limit)" if self.waited else "")

    def _counts(self) -> str:
        items = f"{self.items} item" + ("" if self.items == 1 else "s")
        pages = f"{self.pages} page" + ("" if self.pages == 1 else "s")
        return f"{items}, {pages}"

    def _draw(self, doing: str, waiting: bool = False) -> None:
        """Redraw the status line (from the timer's thread too, while the main one waits)."""
        if not self._enabled:
            return
        text = f"{self._label}: {self._counts()}; {doing}"
        if waiting:
            text += "; waiting for the rate limit"
        elif self.waited:
            text += f" (rate limit: {self.waited:.1f} s)"
        with self._lock:
            self._stream.write(_ERASE + text[: _width(self._stream) - 1])
            self._stream.flush()
            self._drawn = True


def _width(stream: TextIO) -> int:
    """The terminal's width (a longer line would wrap, and `\r` could not erase it)."""
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (OSError, ValueError):
        return 80


class MeasuredLimiter:
    """The client's rate limiter (any `RateLimiter`), timed for the progress line: it is told
    when a request starts waiting for its slot and how long it waited. It changes nothing
    else: the same slots, releases and pauses."""

    def __init__(self, inner: RateLimiter, progress: Progress, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._inner = inner
        self._progress = progress
        self._clock = clock

    def acquire(self, lease: float) -> Any:
        started = self._clock()
        self._progress.waiting()
        try:
            return self._inner.acquire(lease)
        finally:
            self._progress.rate_limited(self._clock() - started)

    def release(self, permit: Any, *, responded: bool) -> None:
        self._inner.release(permit, responded=responded)

    def pause(self, seconds: float) -> None:
        self._inner.pause(seconds)  # the wait it causes shows in the next acquire
