"""A client-side rate limiter: at most N requests in any window of P seconds, for each limit.

The platform documents 200 requests per minute or 5 per second per IP. A sliding-window log
(the last N start times per window) guarantees the bound over every window, unlike a token
bucket whose burst can double it. `reserve()` only computes: it books the next free slot and
returns how long the caller must wait, so the same limiter serves threads (under its lock) and
asyncio tasks (which then await the sleep), and tests drive it with a fake clock.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable

import attrs

from ._errors import InvalidArgumentError
from ._validation import shown

_MAX_RATE = 1e6  # beyond this the limiter's bookkeeping (a window of that many slots) makes no sense


@attrs.frozen(slots=True)
class RateLimit:
    """Requests allowed per second and per minute; None leaves that window unbounded.

    The default is the platform's documented limit. Pass `rate_limit=None` to a client to turn
    client-side limiting off.
    """

    per_second: float | None = 5
    per_minute: float | None = 200

    def __attrs_post_init__(self) -> None:
        for name in ("per_second", "per_minute"):
            value = getattr(self, name)
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= _MAX_RATE
            ):
                raise InvalidArgumentError(name, f"must be a number in (0, {_MAX_RATE:g}] or None, got {shown(value)}")

    def windows(self) -> list[tuple[int, float]]:
        """(requests, seconds) pairs that never exceed the rate in any window of the period:
        a fractional rate above 1 is rounded down (2.5/s allows 2 in any second), and one
        below 1 becomes a longer window (0.5/s allows 1 in any 2 seconds)."""
        found = []
        for rate, seconds in ((self.per_second, 1.0), (self.per_minute, 60.0)):
            if rate is None:
                continue
            if rate >= 1:
                found.append((math.floor(rate), seconds))
            else:
                found.append((1, seconds / rate))
        return found


class RateLimiter:
    """Books request start times so that no window ever holds more than its limit."""

    def __init__(self, windows: Iterable[tuple[int, float]], *, clock: Callable[[], float] = time.monotonic) -> None:
        self._windows: list[tuple[deque[float], float]] = [(deque(maxlen=count), period) for count, period in windows]
        self._clock = clock
        self._lock = threading.Lock()
        self._last = float("-inf")

    @classmethod
    def from_setting(cls, setting: RateLimit | None) -> RateLimiter | None:
        return None if setting is None or not setting.windows() else cls(setting.windows())

    def reserve(self) -> float:
        """Book the earliest allowed start, and return the seconds to wait until then."""
        with self._lock:
            now = self._clock()
            start = max(now, self._last)  # first come, first served
            for starts, period in self._windows:
                if len(starts) == starts.maxlen:
                    start = max(start, starts[0] + period)
            for starts, _ in self._windows:
                starts.append(start)
            self._last = start
            return start - now
