"""The client-side rate limiter, driven by a fake clock: the bounds hold over every window.

Windows are half-open: "at most 5 per second" means no interval [t, t + 1) holds more than 5
request starts (so the 6th may start exactly 1 s after the 1st).
"""

from __future__ import annotations

import asyncio
import bisect
import math
import threading
from collections.abc import Sequence
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import altegio._ratelimit as ratelimit
from altegio import Altegio, AsyncAltegio, InvalidArgumentError, RateLimit
from altegio._ratelimit import RateLimiter

from .support import PARTNER_TOKEN, USER_TOKEN, example, install_fake_sleep

DEFAULT_WINDOWS = ((5, 1.0), (200, 60.0))


class FakeClock:
    """A monotonic clock that moves only when told to; safe to share between threads."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self.now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self.now += seconds

    def set(self, moment: float) -> None:
        with self._lock:
            self.now = max(self.now, moment)


def busiest_window(starts: Sequence[float], period: float) -> int:
    """The largest number of starts in any half-open window [t, t + period).

    The busiest window can always be slid right until it opens on a start, so checking the
    windows that open on each start checks them all.
    """
    ordered = sorted(starts)
    return max((bisect.bisect_left(ordered, s + period) - i for i, s in enumerate(ordered)), default=0)


def assert_within(starts: Sequence[float], windows: Sequence[tuple[int, float]]) -> None:
    for count, period in windows:
        busiest = busiest_window(starts, period)
        assert busiest <= count, f"{busiest} starts in a {period} s window, limit {count}"


def simulate(limiter: RateLimiter, clock: FakeClock, gaps: Sequence[float]) -> list[float]:
    """One caller: wait what reserve() says, start, think for the next gap, and so on."""
    starts = []
    for gap in gaps:
        wait = limiter.reserve()
        assert wait >= 0
        clock.advance(wait)
        starts.append(clock())
        clock.advance(gap)
    return starts


def test_default_allows_five_at_once_and_the_sixth_one_second_after_the_first() -> None:
    clock = FakeClock(start=50.0)
    limiter = RateLimiter(RateLimit().windows(), clock=clock)
    assert RateLimit().windows() == list(DEFAULT_WINDOWS)
    assert [limiter.reserve() for _ in range(5)] == [0.0] * 5
    assert limiter.reserve() == pytest.approx(1.0)

    clock = FakeClock(start=50.0)
    limiter = RateLimiter(RateLimit().windows(), clock=clock)
    for _ in range(5):
        assert limiter.reserve() == 0.0
        clock.advance(0.1)
    # now = 50.5; the first started at 50.0, so the sixth waits until 51.0
    assert limiter.reserve() == pytest.approx(0.5)


def test_a_simulated_minute_at_full_speed() -> None:
    """Back to back for 61 simulated seconds: 200 in the first minute, never 6 in a second."""
    clock = FakeClock(start=0.0)
    limiter = RateLimiter(RateLimit().windows(), clock=clock)
    starts = simulate(limiter, clock, [0.0] * 205)
    assert_within(starts, DEFAULT_WINDOWS)
    first_minute = [s for s in starts if s < 60.0]
    assert len(first_minute) == 200
    assert starts[199] == pytest.approx(39.0)  # 5 per second: the 200th starts in second 39
    assert starts[200] == pytest.approx(60.0)  # the 201st waits for the minute to roll over
    # per second: every full second of the first 40 holds exactly 5
    for second in range(40):
        assert sum(1 for s in starts if second <= s < second + 1) == 5


@settings(max_examples=60, deadline=None)
@given(
    gaps=st.lists(st.floats(min_value=0, max_value=1.5), min_size=1, max_size=260),
    per_second=st.integers(min_value=1, max_value=10),
    per_minute=st.integers(min_value=1, max_value=300) | st.none(),
)
def test_bounds_hold_for_any_pacing(gaps: list[float], per_second: int, per_minute: int | None) -> None:
    clock = FakeClock(start=0.0)
    setting = RateLimit(per_second=per_second, per_minute=per_minute)
    limiter = RateLimiter(setting.windows(), clock=clock)
    starts = simulate(limiter, clock, gaps)
    assert_within(starts, setting.windows())
    assert starts == sorted(starts)  # first come, first served


@settings(max_examples=60, deadline=None)
@given(gaps=st.lists(st.floats(min_value=0, max_value=0.7), min_size=10, max_size=120))
def test_callers_that_book_ahead_share_the_bounds(gaps: list[float]) -> None:
    """Concurrent callers: each reserves as it comes (the clock moves only by the gaps between
    arrivals, not by anyone's wait) and sleeps on its own; the slots booked together still fit."""
    clock = FakeClock(start=0.0)
    limiter = RateLimiter(RateLimit().windows(), clock=clock)
    booked: list[float] = []
    for gap in gaps:
        booked.append(clock() + limiter.reserve())
        clock.advance(gap)
    assert_within(booked, DEFAULT_WINDOWS)
    assert booked == sorted(booked)  # first come, first served


def test_threads_reserving_at_once_book_valid_slots() -> None:
    clock = FakeClock(start=0.0)
    limiter = RateLimiter(RateLimit().windows(), clock=clock)
    booked: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(24)

    def worker() -> None:
        barrier.wait()
        for _ in range(15):
            wait = limiter.reserve()
            moment = clock() + wait
            with lock:
                booked.append(moment)
            clock.advance(0.001)

    threads = [threading.Thread(target=worker) for _ in range(24)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(booked) == 360
    assert_within(booked, DEFAULT_WINDOWS)
    assert max(booked) >= 60.0  # 360 requests cannot fit in one minute at 200 per minute


def _mock_client(cls: type[Any], handler: Any, **options: Any) -> Any:
    transport = httpx.MockTransport(handler)
    http = httpx.Client(transport=transport) if cls is Altegio else httpx.AsyncClient(transport=transport)
    return cls(PARTNER_TOKEN, USER_TOKEN, base_url="http://altegio.test/api/v2", http_client=http, **options)


def _tag_answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=example("get_tag"))


def test_sync_client_threads_share_one_limiter(monkeypatch: pytest.MonkeyPatch) -> None:
    """40 threads on one Altegio: the starts they were given fit the default limit."""
    clock = FakeClock(start=0.0)
    monkeypatch.setitem(RateLimiter.__init__.__kwdefaults__, "clock", clock)
    waits: dict[int, float] = {}
    install_fake_sleep(monkeypatch, lambda seconds: waits.__setitem__(threading.get_ident(), seconds))
    starts: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(40)
    with _mock_client(Altegio, _tag_answer) as client:

        def worker() -> None:
            barrier.wait()
            client.tags.get(1, 2)
            with lock:
                starts.append(clock() + waits.get(threading.get_ident(), 0.0))

        threads = [threading.Thread(target=worker) for _ in range(40)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    assert len(starts) == 40
    assert_within(starts, DEFAULT_WINDOWS)
    assert sorted(starts)[-1] == pytest.approx(7.0)  # 40 at 5 per second: the last in second 7


def test_async_client_tasks_share_one_limiter(monkeypatch: pytest.MonkeyPatch) -> None:
    """250 concurrent tasks on one AsyncAltegio: 5 per second, 200 per minute."""
    clock = FakeClock(start=0.0)
    monkeypatch.setitem(RateLimiter.__init__.__kwdefaults__, "clock", clock)
    waits: dict[Any, float] = {}
    install_fake_sleep(monkeypatch, lambda seconds: waits.__setitem__(asyncio.current_task(), seconds))

    async def main() -> list[float]:
        client = _mock_client(AsyncAltegio, _tag_answer)
        starts: list[float] = []

        async def one() -> None:
            await client.tags.get(1, 2)
            starts.append(clock() + waits.get(asyncio.current_task(), 0.0))

        async with client:
            await asyncio.gather(*(one() for _ in range(250)))
        return starts

    starts = asyncio.run(main())
    assert len(starts) == 250
    assert_within(starts, DEFAULT_WINDOWS)
    assert sum(1 for s in starts if s < 60.0) == 200
    assert min(s for s in starts if s >= 60.0) == pytest.approx(60.0)


def test_with_options_shares_the_limiter(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = FakeClock(start=0.0)
    monkeypatch.setitem(RateLimiter.__init__.__kwdefaults__, "clock", clock)
    waits: list[float] = []
    install_fake_sleep(monkeypatch, waits.append)
    with _mock_client(Altegio, _tag_answer, rate_limit=RateLimit(per_second=2, per_minute=None)) as client:
        client.tags.get(1, 2)
        client.with_options(max_retries=0).tags.get(1, 2)
        client.with_options(timeout=3).tags.get(1, 2)  # the third in the same second waits
    assert waits == [pytest.approx(1.0)]


@pytest.mark.parametrize("setting", [None, RateLimit(None, None)], ids=["rate_limit=None", "RateLimit(None, None)"])
@pytest.mark.parametrize("cls", [Altegio, AsyncAltegio])
def test_limiting_can_be_switched_off(
    setting: RateLimit | None, cls: type[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    waits: list[float] = []
    install_fake_sleep(monkeypatch, waits.append)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _tag_answer(request)

    client = _mock_client(cls, handler, rate_limit=setting)
    assert client._limiter is None
    if cls is Altegio:
        with client:
            for _ in range(50):
                client.tags.get(1, 2)
    else:

        async def main() -> None:
            async with client:
                await asyncio.gather(*(client.tags.get(1, 2) for _ in range(50)))

        asyncio.run(main())
    assert len(seen) == 50
    assert waits == []
    assert RateLimiter.from_setting(setting) is None


def test_one_window_only() -> None:
    clock = FakeClock(start=0.0)
    limiter = RateLimiter(RateLimit(per_second=None, per_minute=3).windows(), clock=clock)
    assert [limiter.reserve() for _ in range(4)] == [0.0, 0.0, 0.0, pytest.approx(60.0)]
    clock = FakeClock(start=0.0)
    limiter = RateLimiter(RateLimit(per_second=2, per_minute=None).windows(), clock=clock)
    assert [limiter.reserve() for _ in range(5)] == [0.0, 0.0, pytest.approx(1.0), pytest.approx(1.0), 2.0]


def test_fractional_rates_below_one() -> None:
    """0.5 per second is one request per 2 s."""
    assert RateLimit(per_second=0.5, per_minute=None).windows() == [(1, 2.0)]
    clock = FakeClock(start=0.0)
    limiter = RateLimiter(RateLimit(per_second=0.5, per_minute=None).windows(), clock=clock)
    starts = simulate(limiter, clock, [0.0] * 6)
    assert starts == pytest.approx([0.0, 2.0, 4.0, 6.0, 8.0, 10.0])


@pytest.mark.parametrize(
    "values",
    [
        {"per_second": 0},
        {"per_second": -1},
        {"per_minute": 0.0},
        {"per_minute": -200},
        {"per_second": True},
        {"per_minute": False},
        {"per_second": "5"},
        {"per_minute": [200]},
        {"per_second": math.inf},
        {"per_minute": math.nan},
        {"per_second": -math.inf},
    ],
    ids=repr,
)
def test_invalid_values_are_refused(values: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        RateLimit(**values)
    assert caught.value.argument == next(iter(values))
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("cls", [Altegio, AsyncAltegio])
def test_a_rate_limit_of_the_wrong_type_is_refused(cls: type[Any]) -> None:
    for wrong in (5, (5, 200), {"per_second": 5}, "5/s"):
        with pytest.raises(InvalidArgumentError) as caught:
            cls(PARTNER_TOKEN, USER_TOKEN, rate_limit=wrong)
        assert caught.value.argument == "rate_limit"


def test_module_defaults_match_the_documented_limit() -> None:
    assert ratelimit.RateLimit() == RateLimit(per_second=5, per_minute=200)
