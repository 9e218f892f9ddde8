"""The bound where it counts: arrivals at a loopback server with random latency, real clients.

The server delays each request a random time before it "arrives" (and new connections more),
so requests booked together arrive spread out, as they do over the internet. Whatever the
latency, no window may see more arrivals than the limit allows, for threads and for tasks.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from typing import Any

import pytest

from altegio import (
    Altegio,
    AsyncAltegio,
    AsyncLocalRateLimiter,
    LocalRateLimiter,
    RateLimit,
    RateLimitError,
    RateLimiterTimeoutError,
)

from .arrival_server import ArrivalServer, busiest_window, ideal_count

LOCATION_ID, TAG_ID = 68570, 241625


def assert_bound(arrivals: list[float], limit: RateLimit) -> None:
    for count, period in limit.windows():
        busiest = busiest_window(arrivals, period)
        assert busiest <= count, f"{busiest} arrivals in a {period:g} s window; the limit is {count}"


def sync_client(server: ArrivalServer, rate_limit: Any, **options: Any) -> Altegio:
    return Altegio("partner", "user", base_url=server.url, rate_limit=rate_limit, max_retries=0, **options)


def async_client(server: ArrivalServer, rate_limit: Any, **options: Any) -> AsyncAltegio:
    return AsyncAltegio("partner", "user", base_url=server.url, rate_limit=rate_limit, max_retries=0, **options)


def run_threads(client: Altegio, threads: int, seconds: float) -> int:
    """`threads` threads calling tags.get until `seconds` have passed; the number of calls."""
    stop = time.monotonic() + seconds
    done = [0] * threads

    def work(number: int) -> None:
        while time.monotonic() < stop:
            try:
                client.tags.get(LOCATION_ID, TAG_ID)
            except RateLimiterTimeoutError:  # the budget is spent for longer than max_wait
                return
            done[number] += 1

    workers = [threading.Thread(target=work, args=(number,)) for number in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return sum(done)


async def run_tasks(client: AsyncAltegio, tasks: int, seconds: float) -> int:
    """`tasks` tasks calling tags.get for `seconds`, then cancelled (waiting ones included)."""
    done = 0

    async def work() -> None:
        nonlocal done
        while True:
            await client.tags.get(LOCATION_ID, TAG_ID)
            done += 1

    workers = [asyncio.create_task(work()) for _ in range(tasks)]
    await asyncio.sleep(seconds)
    for worker in workers:
        worker.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    return done


JITTER = {"transit": (0.0, 0.25), "service": (0.0, 0.05), "connect_penalty": 0.3}


LIMITS = [RateLimit(max_wait=1.0), RateLimit(per_second=12, per_minute=40, max_wait=1.0)]


@pytest.mark.parametrize("limit", LIMITS, ids=["default", "12s-40m"])
def test_threads_never_exceed_the_limit_at_the_server(limit: RateLimit) -> None:
    with ArrivalServer(seed=1, **JITTER) as server, sync_client(server, limit) as client:
        run_threads(client, 4, 4.0)
        arrivals = server.snapshot()
    assert len(arrivals) >= min(ideal_count(limit.windows(), 4.0), 40) // 2
    assert_bound(arrivals, limit)


@pytest.mark.parametrize("limit", LIMITS, ids=["default", "12s-40m"])
def test_tasks_never_exceed_the_limit_at_the_server(limit: RateLimit) -> None:
    async def main() -> None:
        async with async_client(server, limit) as client:
            await run_tasks(client, 50, 4.0)

    with ArrivalServer(seed=2, **JITTER) as server:
        asyncio.run(main())
        arrivals = server.snapshot()
    assert len(arrivals) >= min(ideal_count(limit.windows(), 4.0), 40) // 2
    assert_bound(arrivals, limit)


def test_clients_sharing_one_local_limiter_share_the_budget() -> None:
    """Two clients (say, two tokens behind one IP) given one LocalRateLimiter."""
    limit = RateLimit(per_second=6, per_minute=None)
    shared = LocalRateLimiter(limit)
    with ArrivalServer(seed=3, **JITTER) as server:
        with sync_client(server, shared) as first, sync_client(server, shared) as second:
            threads = [threading.Thread(target=run_threads, args=(client, 3, 3.0)) for client in (first, second)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        arrivals = server.snapshot()
    assert_bound(arrivals, limit)


def test_fifty_tasks_reach_ninety_percent_of_the_budget() -> None:
    """50 tasks, a server answering in about 10 ms, the default limit, 10 s: >= 90% of it."""
    limit = RateLimit()

    async def main() -> None:
        async with async_client(server, limit) as client:
            await run_tasks(client, 50, 10.2)

    with ArrivalServer(seed=4, service=(0.008, 0.012)) as server:
        asyncio.run(main())
        arrivals = server.snapshot()
    first = min(arrivals)
    achieved = sum(1 for moment in arrivals if moment < first + 10.0)
    assert achieved / ideal_count(limit.windows(), 10.0) >= 0.9
    assert_bound(arrivals, limit)


def test_cancelled_waiters_give_their_places_back() -> None:
    """100 tasks waiting for a slot are cancelled: the next call starts within one period."""
    limit = RateLimit()

    async def main() -> float:
        async with async_client(server, limit) as client:
            await asyncio.gather(*(client.tags.get(LOCATION_ID, TAG_ID) for _ in range(5)))  # the budget is used
            waiters = [asyncio.create_task(client.tags.get(LOCATION_ID, TAG_ID)) for _ in range(100)]
            await asyncio.sleep(0.2)
            for waiter in waiters:
                waiter.cancel()
            await asyncio.gather(*waiters, return_exceptions=True)
            cancelled_at = time.monotonic()
            await client.tags.get(LOCATION_ID, TAG_ID)
            return time.monotonic() - cancelled_at

    with ArrivalServer(seed=5) as server:
        waited = asyncio.run(main())
        arrivals = server.snapshot()
    assert waited <= 1.0
    assert len(arrivals) == 6  # nothing of the cancelled ones was sent


def test_a_cancelled_request_in_flight_gives_its_slot_back() -> None:
    limit = RateLimit(per_second=1, per_minute=None)

    async def main() -> float:
        async with async_client(server, limit, timeout=5) as client:
            slow = asyncio.create_task(client.tags.get(LOCATION_ID, TAG_ID))
            await asyncio.sleep(0.2)
            slow.cancel()
            await asyncio.gather(slow, return_exceptions=True)
            started = time.monotonic()
            await client.tags.get(LOCATION_ID, TAG_ID)
            return time.monotonic() - started

    # The first request "arrives" only after 0.5 s: cancelled at 0.2 s it is still on its way,
    # so its slot is held two periods from the cancellation, then given back.
    with ArrivalServer(seed=6, transit=(0.5, 0.5)) as server:
        waited = asyncio.run(main())
    assert 1.5 <= waited <= 3.0


def test_a_waiter_that_times_out_raises_and_leaves_its_place() -> None:
    limit = RateLimit(per_second=1, per_minute=None, max_wait=0.3)
    with ArrivalServer(seed=7) as server, sync_client(server, limit) as client:
        client.tags.get(LOCATION_ID, TAG_ID)
        started = time.monotonic()
        with pytest.raises(RateLimiterTimeoutError, match="max_wait"):
            client.tags.get(LOCATION_ID, TAG_ID)
        assert time.monotonic() - started < 0.6
        time.sleep(0.8)
        client.tags.get(LOCATION_ID, TAG_ID)  # the budget is intact
        assert len(server.snapshot()) == 2


_INTERRUPTED = textwrap.dedent(
    """
    import sys, threading, time
    from altegio import Altegio, RateLimit
    client = Altegio("p", "u", base_url=sys.argv[1], rate_limit=RateLimit(per_second=1, per_minute=None))
    client.tags.get(68570, 241625)
    print("ready", flush=True)
    try:
        client.tags.get(68570, 241625)   # waits for a slot: interrupted by SIGINT
    except KeyboardInterrupt:
        print("interrupted", flush=True)
    started = time.monotonic()
    client.tags.get(68570, 241625)
    print(f"next {time.monotonic() - started:.3f}", flush=True)
    """
)


def test_a_keyboard_interrupt_while_waiting_gives_the_place_back() -> None:
    with ArrivalServer(seed=8) as server:
        process = subprocess.Popen(  # noqa: S603
            [sys.executable, "-c", _INTERRUPTED, server.url], stdout=subprocess.PIPE, text=True
        )
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        time.sleep(0.2)
        os.kill(process.pid, signal.SIGINT)
        out, _ = process.communicate(timeout=10)
        arrivals = server.snapshot()
    lines = out.split()
    assert lines[0] == "interrupted", out
    assert float(lines[2]) <= 1.0
    assert len(arrivals) == 2  # the interrupted call never went out


def test_a_429_pauses_every_client_sharing_the_limiter() -> None:
    """One client meets a 429 with Retry-After: 1; nobody sharing its limiter sends for 1 s."""
    limit = RateLimit(per_second=20, per_minute=None)
    shared = LocalRateLimiter(limit)

    def script(number: int) -> tuple[int, dict[str, str]] | None:
        return (429, {"Retry-After": "1"}) if number == 5 else None

    with ArrivalServer(seed=9, script=script) as server:
        with sync_client(server, shared) as first, sync_client(server, shared) as second:

            def work(client: Altegio) -> None:
                stop = time.monotonic() + 2.5
                while time.monotonic() < stop:
                    with contextlib.suppress(RateLimitError):
                        client.tags.get(LOCATION_ID, TAG_ID)

            threads = [threading.Thread(target=work, args=(client,)) for client in (first, second) for _ in range(3)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        arrivals, statuses = server.snapshot(), list(server.statuses)
    refused = arrivals[statuses.index(429)]
    # No slot is handed out once the 429 is known. A request booked just before (at most one
    # per thread) may still go out after it; without the pause about 20 would arrive.
    during = [moment for moment in arrivals if refused + 0.01 < moment < refused + 1.0]
    assert len(during) <= len(threads)
    assert any(moment >= refused + 1.0 for moment in arrivals)


def test_a_429_pauses_async_clients_too() -> None:
    limit = RateLimit(per_second=20, per_minute=None, max_wait=1.0)
    shared = AsyncLocalRateLimiter(limit)

    def script(number: int) -> tuple[int, dict[str, str]] | None:
        return (429, {}) if number == 3 else None  # no Retry-After: the default pause (5 s)

    async def main() -> None:
        async with async_client(server, shared) as first, async_client(server, shared) as second:

            async def work(client: AsyncAltegio) -> None:
                stop = time.monotonic() + 1.5
                while time.monotonic() < stop:
                    try:
                        await client.tags.get(LOCATION_ID, TAG_ID)
                    except RateLimitError:
                        pass
                    except RateLimiterTimeoutError:
                        return

            await asyncio.gather(*(work(client) for client in (first, second) for _ in range(5)))

    with ArrivalServer(seed=10, script=script) as server:
        asyncio.run(main())
        arrivals, statuses = server.snapshot(), list(server.statuses)
    refused = arrivals[statuses.index(429)]
    # As above: at most the requests already booked by the ten tasks; then nothing for 5 s.
    assert len([moment for moment in arrivals if moment > refused + 0.01]) <= 10
