"""Progress of a list that takes more than one page, on stderr, only when stderr is a terminal.

One status line, redrawn in place (`\\r` and erase-line), says how many pages and items have
arrived and how long the rate limiter has held requests back. It is erased before anything
is written to stdout, so a table on the same terminal never mixes with it, and replaced at the
end by a one-line summary. Piped or redirected stderr gets nothing.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import TextIO

_ERASE = "\r\x1b[K"


class Progress:
    def __init__(self, stream: TextIO, label: str, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._stream = stream
        self._label = label
        self._clock = clock
        self._enabled = stream.isatty()
        self._started = clock()
        self._drawn = False
        self._active = False  # a second page was needed
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

    def rate_limited(self, seconds: float) -> None:
        """The client's rate limiter holds the next request back for `seconds`."""
        if seconds <= 0:
            return
        self.waited += seconds
        if self._active:
            self._draw(f"waiting {seconds:.1f} s for the rate limit")

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

    def _draw(self, doing: str) -> None:
        if not self._enabled:
            return
        text = f"{self._label}: {self._counts()}; {doing}"
        if self.waited:
            text += f" (rate limit: {self.waited:.1f} s)"
        self._stream.write(_ERASE + text[: _width(self._stream) - 1])
        self._stream.flush()
        self._drawn = True


def _width(stream: TextIO) -> int:
    """The terminal's width (a longer line would wrap, and `\r` could not erase it)."""
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (OSError, ValueError):
        return 80
