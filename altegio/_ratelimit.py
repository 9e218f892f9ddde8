"""Rate limits, the limiter protocols, and the in-process limiters.

The platform counts requests per IP where they *arrive*: at most 5 in any second and 200 in any
minute. A limiter that books start times cannot promise that at the server (a slow first
request and a fast second one arrive together), so these limiters keep a *slot* per allowed
request and window: a slot is taken when a request is about to be sent and stays taken until
its response (or error) has come back, plus the window's period. The next request on that slot
therefore starts a full period after the previous one was answered, which is after it arrived:
no window ever sees more arrivals than it has slots. docs/rate-limits.md has the proof.

A client calls, for every attempt: `acquire(lease)` (wait for a slot), then `release(permit,
responded=...)` when the outcome is known, and `pause(seconds)` after a 429. Anything with those
three methods can be passed as `rate_limit=` (plain methods for `Altegio`, coroutines for
`AsyncAltegio`); `LocalRateLimiter` and `AsyncLocalRateLimiter` share one budget between the
clients of a process, `RedisRateLimiter` and `AsyncRedisRateLimiter` between processes.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from ._errors import InvalidArgumentError, RateLimiterTimeoutError
from ._validation import shown

if TYPE_CHECKING:
    import asyncio

_MAX_RATE = 1e6  # beyond this the limiter's bookkeeping (a window of that many slots) makes no sense
DEFAULT_MAX_WAIT = 60.0
# How long everyone holds back after a 429 that names no Retry-After.
DEFAULT_429_PAUSE = 5.0


def _positive_number(name: str, value: Any, *, upper: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= upper:
        raise InvalidArgumentError(name, f"must be a number in (0, {upper:g}], got {shown(value)}")


@dataclasses.dataclass(frozen=True, slots=True)
class RateLimit:
    """Requests allowed per second and per minute (None leaves that window unbounded), and
    how long one request may wait for a slot before `RateLimiterTimeoutError`.

    The default is the platform's documented limit. Pass `rate_limit=None` to a client to turn
    client-side limiting off.
    """

    per_second: float | None = 5
    per_minute: float | None = 200
    max_wait: float = DEFAULT_MAX_WAIT

    def __post_init__(self) -> None:
        for name in ("per_second", "per_minute"):
            value = getattr(self, name)
            if value is not None:
                _positive_number(name, value, upper=_MAX_RATE)
        _positive_number("max_wait", self.max_wait, upper=86_400)

    def windows(self) -> list[tuple[int, float]]:
        """(slots, seconds) pairs that never exceed the rate in any window of the period:
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


@runtime_checkable
class RateLimiter(Protocol):
    """What `Altegio(rate_limit=...)` accepts besides a `RateLimit` or None.

    `acquire(lease)` blocks until the request may be sent and returns a permit; `lease` is the
    most the attempt can take (its timeout), so a permit never released (a crashed worker)
    frees itself. It raises `RateLimiterTimeoutError` when no slot comes in time.
    `release(permit, responded=...)` is called once the outcome is known: `responded` is True
    when a response came back (the request surely arrived before), False after an error.
    `pause(seconds)` is called after a 429: nobody sharing the limiter should start a request
    for that long.
    """

    def acquire(self, lease: float) -> Any: ...

    def release(self, permit: Any, *, responded: bool) -> None: ...

    def pause(self, seconds: float) -> None: ...


@runtime_checkable
class AsyncRateLimiter(Protocol):
    """What `AsyncAltegio(rate_limit=...)` accepts: `RateLimiter` with awaitable methods."""

    async def acquire(self, lease: float) -> Any: ...

    async def release(self, permit: Any, *, responded: bool) -> None: ...

    async def pause(self, seconds: float) -> None: ...


@dataclasses.dataclass(frozen=True, slots=True)
class Permit:
    """The slots one request holds: (window index, slot index, generation) per window."""

    slots: tuple[tuple[int, int, int], ...]


class Waiter:
    """One caller waiting in line; `wake()` tells it to look again (from any thread)."""

    __slots__ = ("queued",)

    def __init__(self) -> None:
        self.queued = False

    def wake(self) -> None:
        raise NotImplementedError


class _Window:
    """The slots of one window: when each is free again, and a generation per slot so that a
    late release of a slot already taken over (after its lease ran out) changes nothing."""

    __slots__ = ("free_at", "generation", "period")

    def __init__(self, slots: int, period: float) -> None:
        self.period = period
        self.free_at = [-math.inf] * slots
        self.generation = [0] * slots

    def ready_at(self) -> float:
        return min(self.free_at)

    def take(self, now: float, lease: float) -> tuple[int, int]:
        index = self.free_at.index(min(self.free_at))
        # Held until released; if never released, until the lease ends plus two periods (an
        # attempt that ended without a response may still be in transit: see release()).
        self.free_at[index] = now + lease + 2 * self.period
        self.generation[index] += 1
        return index, self.generation[index]


class SlotBook:
    """One budget's state, safe to share between threads and event loops.

    Callers wait in one first-come, first-served line: only the first in line may take slots,
    so a burst of waiters is served in order and nobody starves. Waiting books nothing, so a
    waiter that gives up (cancelled, interrupted, timed out) leaves no trace but its place.
    """

    def __init__(self, windows: Iterable[tuple[int, float]], *, clock: Callable[[], float] = time.monotonic) -> None:
        self._windows = [_Window(count, period) for count, period in windows]
        if not self._windows:
            raise InvalidArgumentError("rate_limit", "needs at least one window (per_second or per_minute)")
        self._clock = clock
        self._lock = threading.Lock()
        self._line: deque[Waiter] = deque()
        self._paused_until = -math.inf

    @property
    def clock(self) -> Callable[[], float]:
        return self._clock

    def try_take(self, waiter: Waiter, lease: float) -> Permit | float:
        """Take a slot in every window for `waiter`, or say how long to wait before trying
        again (`math.inf`: until woken). A waiter that must wait joins the line."""
        wake_next = None
        with self._lock:
            now = self._clock()
            if self._line and self._line[0] is not waiter:
                self._join(waiter)
                return math.inf
            ready = max(self._paused_until, *(window.ready_at() for window in self._windows))
            if ready > now:
                self._join(waiter)
                return ready - now
            if waiter.queued:
                self._line.popleft()
                waiter.queued = False
                wake_next = self._line[0] if self._line else None
            permit = Permit(tuple((number, *window.take(now, lease)) for number, window in enumerate(self._windows)))
        if wake_next is not None:  # there may be a slot for the next one too
            wake_next.wake()
        return permit

    def ready_in(self) -> float:
        """Seconds until every window has a free slot (0 when they have one now)."""
        with self._lock:
            ready = max(self._paused_until, *(window.ready_at() for window in self._windows))
            return max(0.0, ready - self._clock())

    def take_now(self, lease: float) -> Permit:
        """Record a request that another authority (a shared budget) let start now, whether
        or not this book had room: the book then knows everything this process sent."""
        with self._lock:
            now = self._clock()
            return Permit(tuple((number, *window.take(now, lease)) for number, window in enumerate(self._windows)))

    def leave(self, waiter: Waiter) -> None:
        """`waiter` gives up its place in line (cancelled, interrupted or timed out)."""
        wake_next = None
        with self._lock:
            if not waiter.queued:
                return
            was_first = self._line[0] is waiter
            self._line.remove(waiter)
            waiter.queued = False
            if was_first and self._line:
                wake_next = self._line[0]
        if wake_next is not None:
            wake_next.wake()

    def release(self, permit: Permit, *, responded: bool) -> None:
        """The request's outcome is known: its slots are free one period from now (two when it
        ended without a response, as its bytes may still be on the way)."""
        with self._lock:
            now = self._clock()
            for number, index, generation in permit.slots:
                window = self._windows[number]
                if window.generation[index] == generation:
                    hold = window.period if responded else 2 * window.period
                    window.free_at[index] = min(window.free_at[index], now + hold)
            first = self._line[0] if self._line else None
        if first is not None:
            first.wake()

    def pause(self, seconds: float) -> None:
        """Nobody starts for `seconds` (after a 429)."""
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock() + seconds)

    def _join(self, waiter: Waiter) -> None:
        if not waiter.queued:
            waiter.queued = True
            self._line.append(waiter)


def timeout_error(max_wait: float) -> RateLimiterTimeoutError:
    return RateLimiterTimeoutError(
        f"no rate-limit slot within {max_wait:g} s (RateLimit.max_wait): the budget is taken by other "
        "requests; send fewer at once or raise max_wait"
    )


class _ThreadWaiter(Waiter):
    __slots__ = ("event",)

    def __init__(self) -> None:
        super().__init__()
        self.event = threading.Event()

    def wake(self) -> None:
        self.event.set()


class _InProcess:
    """What both in-process limiters hold: their limit and its book."""

    def __init__(self, limit: RateLimit | None = None, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = RateLimit() if limit is None else _rate_limit(limit)
        self._book = SlotBook(self.limit.windows(), clock=clock)

    @property
    def book(self) -> SlotBook:
        return self._book

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.limit!r})"


class LocalRateLimiter(_InProcess):
    """A budget for this process, shared by every thread and every `Altegio` given it.

    `Altegio(rate_limit=RateLimit(...))` makes one per client; create one yourself and pass it
    to several clients (`rate_limit=limiter`) when they share an IP.
    """

    def acquire(self, lease: float) -> Permit:
        """Wait (blocking) for a slot in every window; give up after `limit.max_wait`."""
        clock = self._book.clock
        deadline = clock() + self.limit.max_wait
        waiter = _ThreadWaiter()
        try:
            while True:
                waiter.event.clear()
                outcome = self._book.try_take(waiter, lease)
                if isinstance(outcome, Permit):
                    return outcome
                remaining = deadline - clock()
                if remaining <= 0:
                    raise timeout_error(self.limit.max_wait)
                waiter.event.wait(min(outcome, remaining))
        except BaseException:  # KeyboardInterrupt included: the place in line is given back
            self._book.leave(waiter)
            raise

    def release(self, permit: Permit, *, responded: bool) -> None:
        self._book.release(permit, responded=responded)

    def pause(self, seconds: float) -> None:
        self._book.pause(seconds)


class _TaskWaiter(Waiter):
    """A waiting asyncio task; woken through its loop, so releases may come from any thread."""

    __slots__ = ("_future", "_loop", "_woken")

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__()
        self._loop = loop
        self._future: asyncio.Future[None] | None = None
        self._woken = False

    def wake(self) -> None:
        with contextlib.suppress(RuntimeError):  # its loop is closed: nobody is waiting any more
            self._loop.call_soon_threadsafe(self._on_wake)

    def _on_wake(self) -> None:
        self._woken = True
        if self._future is not None and not self._future.done():
            self._future.set_result(None)

    async def sleep(self, seconds: float) -> None:
        """Sleep for `seconds` or until woken, whichever comes first."""
        if self._woken:
            self._woken = False
            return
        self._future = self._loop.create_future()
        timer = self._loop.call_later(seconds, _settle, self._future) if math.isfinite(seconds) else None
        try:
            await self._future
        finally:
            if timer is not None:
                timer.cancel()
            self._future = None
            self._woken = False


def _settle(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


class AsyncLocalRateLimiter(_InProcess):
    """A budget for this process, shared by every task and every `AsyncAltegio` given it."""

    async def acquire(self, lease: float) -> Permit:
        """Wait for a slot in every window; give up after `limit.max_wait`. A task cancelled
        while waiting gives its place back and holds nothing."""
        import asyncio

        clock = self._book.clock
        deadline = clock() + self.limit.max_wait
        waiter = _TaskWaiter(asyncio.get_running_loop())
        try:
            while True:
                outcome = self._book.try_take(waiter, lease)
                if isinstance(outcome, Permit):
                    return outcome
                remaining = deadline - clock()
                if remaining <= 0:
                    raise timeout_error(self.limit.max_wait)
                await waiter.sleep(min(outcome, remaining))
        except BaseException:
            self._book.leave(waiter)
            raise

    async def release(self, permit: Permit, *, responded: bool) -> None:
        self._book.release(permit, responded=responded)

    async def pause(self, seconds: float) -> None:
        self._book.pause(seconds)


def _rate_limit(value: Any) -> RateLimit:
    if not isinstance(value, RateLimit):
        raise InvalidArgumentError("limit", f"must be a RateLimit, got {type(value).__name__}")
    return value


_METHODS: Sequence[str] = ("acquire", "release", "pause")


def sync_limiter(setting: Any) -> RateLimiter | None:
    """The limiter an `Altegio` uses for its `rate_limit=` setting."""
    if setting is None:
        return None
    if isinstance(setting, RateLimit):
        return LocalRateLimiter(setting)
    _check_protocol(setting, want_async=False)
    return setting  # type: ignore[no-any-return]


def async_limiter(setting: Any) -> AsyncRateLimiter | None:
    """The limiter an `AsyncAltegio` uses for its `rate_limit=` setting."""
    if setting is None:
        return None
    if isinstance(setting, RateLimit):
        return AsyncLocalRateLimiter(setting)
    _check_protocol(setting, want_async=True)
    return setting  # type: ignore[no-any-return]


def _check_protocol(limiter: Any, *, want_async: bool) -> None:
    import inspect

    missing = [name for name in _METHODS if not callable(getattr(limiter, name, None))]
    if missing:
        raise InvalidArgumentError(
            "rate_limit",
            f"must be a RateLimit, None or a limiter with acquire/release/pause; {type(limiter).__name__} "
            f"lacks {', '.join(missing)}",
        )
    kinds = {inspect.iscoroutinefunction(getattr(limiter, name)) for name in _METHODS}
    if kinds != {want_async}:
        wanted = "coroutine methods (an AsyncRateLimiter)" if want_async else "plain methods (a RateLimiter)"
        client, other = ("AsyncAltegio", "AsyncLocalRateLimiter") if want_async else ("Altegio", "LocalRateLimiter")
        raise InvalidArgumentError(
            "rate_limit", f"{client} needs a limiter with {wanted}, e.g. {other}; got {type(limiter).__name__}"
        )
