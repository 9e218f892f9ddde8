"""The in-process budget (SlotBook) on a fake clock: the bound at the server, order, give-backs.

A discrete-event simulation stands in for the network: each booked request arrives at some
moment between its start and its response, chosen at random, and its slot is released when
the response is back. Whatever the latencies, no window may see more arrivals than slots.
"""

from __future__ import annotations

import heapq
import math
import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from altegio import Altegio, AsyncAltegio, InvalidArgumentError, RateLimit
from altegio._ratelimit import Permit, SlotBook, Waiter

from .arrival_server import busiest_window, ideal_count


class FakeClock:
    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


class Caller(Waiter):
    """A simulated caller; wake-ups are recorded, not acted on (the simulation polls)."""

    def __init__(self, name: int) -> None:
        super().__init__()
        self.name = name
        self.woken = 0

    def wake(self) -> None:
        self.woken += 1


def simulate(
    windows: list[tuple[int, float]], latencies: list[float], transits: list[float], *, lease: float = 30.0
) -> tuple[list[float], list[float]]:
    """Callers, all waiting from t=0, each send one request as soon as the book lets them.
    Request i takes latencies[i] to be answered and arrives transits[i] (a fraction) of the way.
    Returns (starts, arrivals)."""
    clock = FakeClock(0.0)
    book = SlotBook(windows, clock=clock)
    callers = [Caller(i) for i in range(len(latencies))]
    pending = list(callers)
    releases: list[tuple[float, int, Permit]] = []
    starts: list[float] = []
    arrivals: list[float] = []
    while pending:
        waits = []
        for caller in list(pending):
            outcome = book.try_take(caller, lease)
            if isinstance(outcome, Permit):
                pending.remove(caller)
                latency = latencies[caller.name]
                starts.append(clock.now)
                arrivals.append(clock.now + transits[caller.name] * latency)
                heapq.heappush(releases, (clock.now + latency, caller.name, outcome))
            else:
                waits.append(outcome)
        if not pending:
            break
        step = min(waits)
        next_release = releases[0][0] if releases else math.inf
        target = min(clock.now + step, next_release)
        assert math.isfinite(target), "nobody could ever proceed"
        clock.now = target
        while releases and releases[0][0] <= clock.now:
            _, _, permit = heapq.heappop(releases)
            book.release(permit, responded=True)
    return starts, arrivals


WINDOW_SETS = [
    [(5, 1.0), (200, 60.0)],
    [(5, 1.0)],
    [(2, 1.0), (7, 10.0)],
    [(1, 2.0)],
]


@settings(max_examples=120, deadline=None)
@given(
    windows=st.sampled_from(WINDOW_SETS),
    data=st.data(),
)
def test_no_window_ever_sees_more_arrivals_than_slots(windows: list[tuple[int, float]], data: Any) -> None:
    n = data.draw(st.integers(1, 60), label="requests")
    latencies = data.draw(st.lists(st.floats(0.0, 3.0), min_size=n, max_size=n), label="latencies")
    transits = data.draw(st.lists(st.floats(0.0, 1.0), min_size=n, max_size=n), label="transits")
    _, arrivals = simulate(windows, latencies, transits)
    for count, period in windows:
        assert busiest_window(arrivals, period) <= count


def test_a_start_time_log_would_not_hold_at_the_server() -> None:
    """The failure this design fixes: one slow request (a new connection) and fast ones after.

    Booking starts only, five starts fit in [0, 1) and five more in [1, 2); a first batch that
    arrives late and a second that arrives at once put ten into one server second. Holding the
    slot until the response keeps them apart."""
    latencies = [0.9] * 5 + [0.01] * 5
    transits = [1.0] * 5 + [0.0] * 5
    starts, arrivals = simulate([(5, 1.0)], latencies, transits)
    assert busiest_window(arrivals, 1.0) == 5
    assert min(starts[5:]) >= 1.9  # the second batch waited for the first one's answers + 1 s


def test_throughput_with_fast_answers_is_close_to_the_budget() -> None:
    latencies = [0.01] * 200
    starts, _ = simulate([(5, 1.0), (200, 60.0)], latencies, [0.5] * 200)
    within = sum(1 for start in starts if start < 10.0)
    assert within / ideal_count([(5, 1.0), (200, 60.0)], 10.0) >= 0.95


def test_first_come_first_served_and_waiters_are_woken_in_turn() -> None:
    clock = FakeClock()
    book = SlotBook([(1, 1.0)], clock=clock)
    first, second, third = Caller(1), Caller(2), Caller(3)
    permit = book.try_take(first, 5.0)
    assert isinstance(permit, Permit)
    assert book.try_take(second, 5.0) == pytest.approx(5.0 + 2.0)  # until the lease runs out
    assert book.try_take(third, 5.0) == math.inf  # behind `second`
    book.release(permit, responded=True)
    assert second.woken == 1 and third.woken == 0
    clock.now += 1.0
    assert book.try_take(third, 5.0) == math.inf  # still behind `second`
    assert isinstance(book.try_take(second, 5.0), Permit)
    assert third.woken == 1  # told to look: it is first now


def test_a_waiter_that_gives_up_leaves_no_trace() -> None:
    """Cancelling 100 waiters leaves the budget as it was: the next caller starts within a period."""
    clock = FakeClock()
    book = SlotBook([(5, 1.0), (200, 60.0)], clock=clock)
    permits = [book.try_take(Caller(i), 1.0) for i in range(5)]
    assert all(isinstance(permit, Permit) for permit in permits)
    quitters = [Caller(100 + i) for i in range(100)]
    for caller in quitters:
        assert book.try_take(caller, 1.0) > 0
    for caller in quitters:
        book.leave(caller)
    clock.now += 0.05
    for permit in permits:
        assert isinstance(permit, Permit)
        book.release(permit, responded=True)
    clock.now += 1.0
    assert isinstance(book.try_take(Caller(999), 1.0), Permit)


def test_a_request_without_a_response_holds_its_slot_two_periods() -> None:
    clock = FakeClock()
    book = SlotBook([(1, 1.0)], clock=clock)
    permit = book.try_take(Caller(1), 5.0)
    assert isinstance(permit, Permit)
    book.release(permit, responded=False)
    assert book.try_take(Caller(2), 5.0) == pytest.approx(2.0)


def test_a_permit_never_released_frees_itself_after_its_lease() -> None:
    clock = FakeClock()
    book = SlotBook([(1, 1.0)], clock=clock)
    lost = book.try_take(Caller(1), 3.0)
    assert isinstance(lost, Permit)
    clock.now += 3.0 + 2.0
    taken_over = book.try_take(Caller(2), 3.0)
    assert isinstance(taken_over, Permit)
    book.release(lost, responded=True)  # late: the slot belongs to another request now
    assert book.try_take(Caller(3), 3.0) == pytest.approx(3.0 + 2.0)


def test_a_pause_holds_everyone_back() -> None:
    clock = FakeClock()
    book = SlotBook([(5, 1.0)], clock=clock)
    book.pause(4.0)
    caller = Caller(1)
    assert book.try_take(caller, 1.0) == pytest.approx(4.0)
    clock.now += 4.0
    assert isinstance(book.try_take(caller, 1.0), Permit)


def test_a_shorter_pause_does_not_shorten_a_longer_one() -> None:
    clock = FakeClock()
    book = SlotBook([(5, 1.0)], clock=clock)
    book.pause(10.0)
    book.pause(1.0)
    assert book.try_take(Caller(1), 1.0) == pytest.approx(10.0)


# -- RateLimit: the settings ----------------------------------------------------------------------


def test_windows_of_the_settings() -> None:
    assert RateLimit().windows() == [(5, 1.0), (200, 60.0)]
    assert RateLimit(per_minute=None).windows() == [(5, 1.0)]
    assert RateLimit(per_second=2.5, per_minute=None).windows() == [(2, 1.0)]  # rounded down
    assert RateLimit(per_second=0.5, per_minute=None).windows() == [(1, 2.0)]  # one in any 2 s
    assert RateLimit(per_second=None, per_minute=None).windows() == []
    assert RateLimit().max_wait == 60.0


@pytest.mark.parametrize(
    "values",
    [
        {"per_second": 0},
        {"per_second": -1},
        {"per_minute": float("nan")},
        {"per_second": True},
        {"per_second": "5"},
        {"per_minute": 1e7},
        {"max_wait": 0},
        {"max_wait": float("inf")},
    ],
)
def test_invalid_settings_are_refused(values: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgumentError):
        RateLimit(**values)


@pytest.mark.parametrize("cls", [Altegio, AsyncAltegio])
def test_limiting_can_be_switched_off(cls: type[Any]) -> None:
    assert cls("p", "u", rate_limit=None)._limiter is None


@pytest.mark.parametrize("cls", [Altegio, AsyncAltegio])
def test_a_limit_without_windows_is_refused(cls: type[Any]) -> None:
    with pytest.raises(InvalidArgumentError, match="at least one window"):
        cls("p", "u", rate_limit=RateLimit(per_second=None, per_minute=None))


class _SyncLimiter:
    def acquire(self, lease: float) -> object:
        return object()

    def release(self, permit: object, *, responded: bool) -> None:
        pass

    def pause(self, seconds: float) -> None:
        pass


class _AsyncLimiter:
    async def acquire(self, lease: float) -> object:
        return object()

    async def release(self, permit: object, *, responded: bool) -> None:
        pass

    async def pause(self, seconds: float) -> None:
        pass


def test_each_client_takes_a_limiter_of_its_kind_and_refuses_the_other() -> None:
    sync_limiter, async_limiter = _SyncLimiter(), _AsyncLimiter()
    assert Altegio("p", "u", rate_limit=sync_limiter)._limiter is sync_limiter
    assert AsyncAltegio("p", "u", rate_limit=async_limiter)._limiter is async_limiter
    with pytest.raises(InvalidArgumentError, match="Altegio needs a limiter with plain methods"):
        Altegio("p", "u", rate_limit=async_limiter)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="AsyncAltegio needs a limiter with coroutine methods"):
        AsyncAltegio("p", "u", rate_limit=sync_limiter)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="lacks acquire, release, pause"):
        Altegio("p", "u", rate_limit=object())  # type: ignore[arg-type]


def test_with_options_keeps_the_limiter() -> None:
    client = Altegio("p", "u")
    assert client.with_options(max_retries=0)._limiter is client._limiter


def test_many_random_callers_in_threads_keep_the_bound_on_a_real_clock() -> None:
    """Threads racing for a small budget on the real clock: the book is thread-safe."""
    import threading
    import time

    from altegio import LocalRateLimiter

    limiter = LocalRateLimiter(RateLimit(per_second=10, per_minute=None))
    starts: list[float] = []
    lock = threading.Lock()
    rng = random.Random(7)
    pauses = [rng.uniform(0, 0.02) for _ in range(40)]

    def one(pause: float) -> None:
        permit = limiter.acquire(1.0)
        with lock:
            starts.append(time.monotonic())
        time.sleep(pause)
        limiter.release(permit, responded=True)

    threads = [threading.Thread(target=one, args=(pause,)) for pause in pauses]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(starts) == 40
    assert busiest_window(starts, 1.0) <= 10
