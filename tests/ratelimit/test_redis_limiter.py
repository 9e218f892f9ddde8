"""The shared limiters on a real redis-server: one budget across clients and processes, the
Redis clock, keys that expire, 429 pauses for everyone, and Redis failing, hanging, returning."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from typing import Any

import pytest
import redis
import redis.asyncio

from altegio import (
    Altegio,
    AsyncAltegio,
    AsyncRedisRateLimiter,
    InvalidArgumentError,
    RateLimit,
    RateLimiterBackendError,
    RateLimitError,
    RedisRateLimiter,
)
from altegio._redis_ratelimit import BACKEND_TIMEOUT, KEY_PREFIX

from .arrival_server import ArrivalServer, busiest_window
from .redis_server import RedisServer
from .test_server_bound import JITTER, LOCATION_ID, TAG_ID, assert_bound, run_tasks, run_threads
from .worker import measure, run_workers


def sync_client(server: ArrivalServer, limiter: Any, **options: Any) -> Altegio:
    return Altegio("partner", "user", base_url=server.url, rate_limit=limiter, max_retries=0, **options)


def async_client(server: ArrivalServer, limiter: Any, **options: Any) -> AsyncAltegio:
    return AsyncAltegio("partner", "user", base_url=server.url, rate_limit=limiter, max_retries=0, **options)


def test_two_clients_with_their_own_limiters_share_one_budget(redis_url: str) -> None:
    """Two limiter objects (two connection pools, as two processes would have) on one key."""
    limit = RateLimit(per_second=8, per_minute=30, max_wait=1.0)
    first = RedisRateLimiter(redis.Redis.from_url(redis_url), key="shared", limit=limit)
    second = RedisRateLimiter(redis.Redis.from_url(redis_url), key="shared", limit=limit)
    with ArrivalServer(seed=11, **JITTER) as server:
        with sync_client(server, first) as one, sync_client(server, second) as two:
            threads = [threading.Thread(target=run_threads, args=(client, 3, 4.0)) for client in (one, two)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        arrivals = server.snapshot()
    assert len(arrivals) >= 20
    assert_bound(arrivals, limit)


def test_async_clients_share_one_budget(redis_url: str) -> None:
    limit = RateLimit(per_second=8, per_minute=None)

    async def main() -> None:
        limiters = [
            AsyncRedisRateLimiter(redis.asyncio.Redis.from_url(redis_url), key="shared", limit=limit) for _ in range(2)
        ]
        async with async_client(server, limiters[0]) as one, async_client(server, limiters[1]) as two:
            await asyncio.gather(run_tasks(one, 25, 4.0), run_tasks(two, 25, 4.0))
        for limiter in limiters:
            await limiter.aclose()

    with ArrivalServer(seed=12, **JITTER) as server:
        asyncio.run(main())
        arrivals = server.snapshot()
    assert len(arrivals) >= 20
    assert_bound(arrivals, limit)


def test_different_keys_are_different_budgets(redis_url: str) -> None:
    limit = RateLimit(per_second=2, per_minute=None)
    one = RedisRateLimiter(redis.Redis.from_url(redis_url), key="ip-1", limit=limit)
    two = RedisRateLimiter(redis.Redis.from_url(redis_url), key="ip-2", limit=limit)
    started = time.monotonic()
    for limiter in (one, two, one, two):
        limiter.acquire(1.0)
    assert time.monotonic() - started < 0.5


def test_slots_are_stamped_with_the_redis_clock_not_the_workers(
    redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker whose wall clock is a day off books exactly as the others do: the scripts take
    the time from Redis (TIME); the worker's clocks only bound its own waiting."""
    monkeypatch.setattr(time, "time", lambda: 86_400.0)
    client = redis.Redis.from_url(redis_url)
    limiter = RedisRateLimiter(client, key="clock", limit=RateLimit(per_second=1, per_minute=None))
    permit = limiter.acquire(2.0)
    seconds, micros = client.time()
    now = seconds * 1_000_000 + micros
    (member, held) = permit.slots[0]
    assert abs(int(held) - (now + 2_000_000 + 2 * 1_000_000)) < 200_000  # lease + two periods, Redis time
    limiter.release(permit, responded=True)
    key = f"{KEY_PREFIX}:{{clock}}:1per1000000us"
    score = client.zscore(key, member)
    assert score is not None and abs(score - (now + 1_000_000)) < 200_000  # response + one period


def test_every_key_expires_by_itself(redis_url: str) -> None:
    client = redis.Redis.from_url(redis_url)
    limiter = RedisRateLimiter(client, key="ttl", limit=RateLimit(per_second=3, per_minute=None))
    permits = [limiter.acquire(0.2) for _ in range(3)]
    limiter.release(permits[0], responded=True)
    limiter.pause(0.5)
    keys = client.keys(f"{KEY_PREFIX}:*")
    assert keys and all(client.pttl(key) > 0 for key in keys)  # nothing without a TTL
    time.sleep(0.2 + 3 * 1.0 + 1.0 + 0.3)  # lease + 3 periods + a second of margin
    assert client.keys(f"{KEY_PREFIX}:*") == []


def test_a_429_pauses_every_process_through_redis(redis_url: str) -> None:
    limit = RateLimit(per_second=20, per_minute=None)

    def script(number: int) -> tuple[int, dict[str, str]] | None:
        return (429, {"Retry-After": "1"}) if number == 4 else None

    limiters = [RedisRateLimiter(redis.Redis.from_url(redis_url), key="paused", limit=limit) for _ in range(2)]
    with ArrivalServer(seed=13, script=script) as server:
        with sync_client(server, limiters[0]) as one, sync_client(server, limiters[1]) as two:

            def work(client: Altegio) -> None:
                stop = time.monotonic() + 2.5
                while time.monotonic() < stop:
                    try:
                        client.tags.get(LOCATION_ID, TAG_ID)
                    except RateLimitError:
                        continue

            threads = [threading.Thread(target=work, args=(client,)) for client in (one, two) for _ in range(3)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        arrivals, statuses = server.snapshot(), list(server.statuses)
    refused = arrivals[statuses.index(429)]
    during = [moment for moment in arrivals if refused + 0.01 < moment < refused + 1.0]
    assert len(during) <= len(threads)  # at most those booked before the 429 was known
    assert any(moment >= refused + 1.0 for moment in arrivals)


def test_cancelled_async_waiters_hold_nothing_in_redis(redis_url: str) -> None:
    limit = RateLimit()

    async def main() -> float:
        limiter = AsyncRedisRateLimiter(redis.asyncio.Redis.from_url(redis_url), key="cancel", limit=limit)
        async with async_client(server, limiter) as client:
            await asyncio.gather(*(client.tags.get(LOCATION_ID, TAG_ID) for _ in range(5)))
            waiters = [asyncio.create_task(client.tags.get(LOCATION_ID, TAG_ID)) for _ in range(100)]
            await asyncio.sleep(0.2)
            for waiter in waiters:
                waiter.cancel()
            await asyncio.gather(*waiters, return_exceptions=True)
            cancelled_at = time.monotonic()
            await client.tags.get(LOCATION_ID, TAG_ID)
            waited = time.monotonic() - cancelled_at
        await limiter.aclose()
        return waited

    with ArrivalServer(seed=14) as server:
        waited = asyncio.run(main())
        assert len(server.snapshot()) == 6
    assert waited <= 1.0


def test_bad_arguments_are_refused(redis_url: str) -> None:
    sync_redis = redis.Redis.from_url(redis_url)
    with pytest.raises(InvalidArgumentError, match="key"):
        RedisRateLimiter(sync_redis, key="")
    with pytest.raises(InvalidArgumentError, match="key"):
        RedisRateLimiter(sync_redis, key="a{b}")
    with pytest.raises(InvalidArgumentError, match="on_backend_error"):
        RedisRateLimiter(sync_redis, key="k", on_backend_error="ignore")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match=r"redis\.asyncio"):
        RedisRateLimiter(redis.asyncio.Redis.from_url(redis_url), key="k")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match=r"redis\.asyncio\.Redis"):
        AsyncRedisRateLimiter(sync_redis, key="k")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="Altegio needs a limiter with plain methods"):
        Altegio("p", "u", rate_limit=AsyncRedisRateLimiter(redis.asyncio.Redis.from_url(redis_url), key="k"))  # type: ignore[arg-type]


# -- Redis failing -------------------------------------------------------------------------------


@pytest.fixture
def own_redis() -> Any:
    """A Redis of this test alone, to stop, freeze and restart."""
    with RedisServer() as server:
        yield server


def _warnings(records: list[logging.LogRecord]) -> list[str]:
    return [record.getMessage() for record in records if record.levelno == logging.WARNING]


def test_redis_going_away_and_coming_back_sync(own_redis: RedisServer, caplog: pytest.LogCaptureFixture) -> None:
    limit = RateLimit(per_second=10, per_minute=None)
    limiter = RedisRateLimiter(redis.Redis.from_url(own_redis.url), key="flaky", limit=limit)
    probe = redis.Redis.from_url(own_redis.url)
    caplog.set_level(logging.WARNING, logger="altegio")
    with ArrivalServer(seed=15) as server, sync_client(server, limiter) as client:
        client.tags.get(LOCATION_ID, TAG_ID)
        assert probe.keys(f"{KEY_PREFIX}:*")
        own_redis.stop()
        started = time.monotonic()
        for _ in range(15):  # go on, on the local limiter at the same limit
            client.tags.get(LOCATION_ID, TAG_ID)
        assert time.monotonic() - started < 3.0
        down = _warnings(caplog.records)
        assert len(down) == 1 and "limiting this process on its own" in down[0]
        own_redis.start()
        back = time.monotonic()
        while not redis.Redis.from_url(own_redis.url).keys(f"{KEY_PREFIX}:*"):
            assert time.monotonic() - back < 5.0, "the shared budget was not used again within 5 s"
            client.tags.get(LOCATION_ID, TAG_ID)
        assert "shared budget is back" in _warnings(caplog.records)[-1]
        arrivals = server.snapshot()
    assert_bound(arrivals, limit)  # one process: the local limiter held the same bound
    limiter.close()


def test_redis_going_away_and_coming_back_async(own_redis: RedisServer, caplog: pytest.LogCaptureFixture) -> None:
    """Includes the asyncio client's stale pooled connections after the restart."""
    limit = RateLimit(per_second=10, per_minute=None)
    caplog.set_level(logging.WARNING, logger="altegio")

    async def main() -> float:
        limiter = AsyncRedisRateLimiter(redis.asyncio.Redis.from_url(own_redis.url), key="flaky", limit=limit)
        async with async_client(server, limiter) as client:
            await asyncio.gather(*(client.tags.get(LOCATION_ID, TAG_ID) for _ in range(4)))  # 4 pooled connections
            own_redis.stop()
            for _ in range(12):
                await client.tags.get(LOCATION_ID, TAG_ID)
            own_redis.start()
            back = time.monotonic()
            probe = redis.Redis.from_url(own_redis.url)
            while not probe.keys(f"{KEY_PREFIX}:*"):
                assert time.monotonic() - back < 5.0, "the shared budget was not used again within 5 s"
                await client.tags.get(LOCATION_ID, TAG_ID)
            recovered = time.monotonic() - back
        await limiter.aclose()
        return recovered

    with ArrivalServer(seed=16) as server:
        recovered = asyncio.run(main())
        arrivals = server.snapshot()
    assert recovered < 5.0
    assert len([text for text in _warnings(caplog.records) if "limiting this process on its own" in text]) == 1
    assert_bound(arrivals, limit)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_hanging_redis_costs_at_most_the_backend_timeout(own_redis: RedisServer, kind: str) -> None:
    limit = RateLimit(per_second=50, per_minute=None)
    with ArrivalServer(seed=17) as server:
        if kind == "sync":
            limiter: Any = RedisRateLimiter(redis.Redis.from_url(own_redis.url), key="hang", limit=limit)
            with sync_client(server, limiter) as client:
                client.tags.get(LOCATION_ID, TAG_ID)
                own_redis.freeze()
                started = time.monotonic()
                client.tags.get(LOCATION_ID, TAG_ID)
                client.tags.get(LOCATION_ID, TAG_ID)
                took = time.monotonic() - started
        else:

            async def main() -> float:
                limiter = AsyncRedisRateLimiter(redis.asyncio.Redis.from_url(own_redis.url), key="hang", limit=limit)
                async with async_client(server, limiter) as client:
                    await client.tags.get(LOCATION_ID, TAG_ID)
                    own_redis.freeze()
                    started = time.monotonic()
                    await client.tags.get(LOCATION_ID, TAG_ID)
                    await client.tags.get(LOCATION_ID, TAG_ID)
                    return time.monotonic() - started

            took = asyncio.run(main())
        own_redis.resume()
    # The first call waits for one Redis timeout (its release on the way back may add one
    # more), then the local limiter takes over: no call ever hangs on Redis.
    assert took < 3 * BACKEND_TIMEOUT + 0.5


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_on_backend_error_raise(own_redis: RedisServer, kind: str) -> None:
    own_redis.stop()
    started = time.monotonic()
    with ArrivalServer(seed=18) as server:
        if kind == "sync":
            limiter: Any = RedisRateLimiter(redis.Redis.from_url(own_redis.url), key="strict", on_backend_error="raise")
            with (
                sync_client(server, limiter) as client,
                pytest.raises(RateLimiterBackendError, match="nothing was sent"),
            ):
                client.tags.get(LOCATION_ID, TAG_ID)
        else:

            async def main() -> None:
                limiter = AsyncRedisRateLimiter(
                    redis.asyncio.Redis.from_url(own_redis.url), key="strict", on_backend_error="raise"
                )
                async with async_client(server, limiter) as client:
                    await client.tags.get(LOCATION_ID, TAG_ID)

            with pytest.raises(RateLimiterBackendError, match="nothing was sent"):
                asyncio.run(main())
        assert server.snapshot() == []
    assert time.monotonic() - started < 2.0


# -- several processes ---------------------------------------------------------------------------


def test_three_processes_share_one_budget(redis_url: str) -> None:
    """Three processes (threads in two, tasks in one), one Redis key, a scaled limit: the bound
    holds for the total, and together they use at least 85% of the budget."""
    limit = RateLimit(per_second=15, per_minute=None)
    with ArrivalServer(seed=19, transit=(0.0, 0.05), service=(0.005, 0.015), connect_penalty=0.05) as server:
        counts = run_workers(
            server.url,
            redis_url,
            kinds=["sync", "async", "sync"],
            per_second=15,
            per_minute=None,
            concurrency=6,
            seconds=6,
        )
        arrivals = server.snapshot()
    assert sum(counts) == len(arrivals)
    assert min(counts) > 0
    assert_bound(arrivals, limit)
    assert measure(arrivals, limit, 5.0) >= 0.85


@pytest.mark.slow
def test_three_processes_at_the_real_default_limits(redis_url: str) -> None:
    """The platform's own numbers, 5/s and 200/min, over 45 s: the minute window binds at 200."""
    limit = RateLimit()
    with ArrivalServer(seed=20, transit=(0.0, 0.1), service=(0.005, 0.02), connect_penalty=0.1) as server:
        run_workers(
            server.url,
            redis_url,
            kinds=["sync", "async", "sync"],
            per_second=5,
            per_minute=200,
            concurrency=4,
            seconds=45,
        )
        arrivals = server.snapshot()
    assert_bound(arrivals, limit)
    assert busiest_window(arrivals, 60.0) >= 170
    assert measure(arrivals, limit, 44.0) >= 0.85
