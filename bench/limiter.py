"""The rate limiter, measured where requests arrive (part of `make bench`).

Uses the rate-limit tests' loopback server (tests/ratelimit/arrival_server.py), which stamps
each request when it arrives after a random transit delay, and their worker processes:
  * limiter_server_max_per_window: threads and tasks against a server with random latency
    (0-250 ms in transit, 300 ms more on a new connection): the most arrivals seen in any window
    of each period, divided by that window's limit (must be <= 1.0);
  * limiter_throughput_ratio: 50 tasks, a server answering in about 10 ms: arrivals in the
    first 10 s over what a perfect limiter allows in 10 s;
  * shared_limiter_throughput_ratio: the same for 3 processes sharing one RedisRateLimiter key
    on a real redis-server started here.
"""

from __future__ import annotations

import asyncio
import pathlib
import sys
import threading
import time
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import altegio  # noqa: E402
from tests.ratelimit.arrival_server import ArrivalServer, busiest_window  # noqa: E402
from tests.ratelimit.redis_server import RedisServer  # noqa: E402
from tests.ratelimit.worker import measure, run_workers  # noqa: E402

LOCATION, TAG = 68570, 241625
JITTER: dict[str, Any] = {"transit": (0.0, 0.25), "service": (0.0, 0.05), "connect_penalty": 0.3}


async def _tasks(client: altegio.AsyncAltegio, tasks: int, seconds: float) -> None:
    async def work() -> None:
        while True:
            await client.tags.get(LOCATION, TAG)

    running = [asyncio.create_task(work()) for _ in range(tasks)]
    await asyncio.sleep(seconds)
    for task in running:
        task.cancel()
    await asyncio.gather(*running, return_exceptions=True)


def _threads(client: altegio.Altegio, threads: int, seconds: float) -> None:
    stop = time.monotonic() + seconds

    def work() -> None:
        while time.monotonic() < stop:
            try:
                client.tags.get(LOCATION, TAG)
            except altegio.RateLimiterTimeoutError:
                continue

    running = [threading.Thread(target=work) for _ in range(threads)]
    for thread in running:
        thread.start()
    for thread in running:
        thread.join()


def _worst_window(arrivals: list[float], limit: altegio.RateLimit) -> float:
    return max(busiest_window(arrivals, period) / count for count, period in limit.windows())


def server_max_per_window(seconds: float) -> float:
    """The worst window of a sync run (4 threads) and an async run (50 tasks), with jitter."""
    limit = altegio.RateLimit(max_wait=2.0)
    worst = 0.0
    with ArrivalServer(seed=101, **JITTER) as server:
        with altegio.Altegio("p", "u", base_url=server.url, rate_limit=limit, max_retries=0) as client:
            _threads(client, 4, seconds)
        worst = max(worst, _worst_window(server.snapshot(), limit))

    async def run() -> None:
        async with altegio.AsyncAltegio("p", "u", base_url=server.url, rate_limit=limit, max_retries=0) as client:
            await _tasks(client, 50, seconds)

    with ArrivalServer(seed=102, **JITTER) as server:
        asyncio.run(run())
        worst = max(worst, _worst_window(server.snapshot(), limit))
    return worst


def throughput_ratio(seconds: float) -> float:
    limit = altegio.RateLimit()

    async def run() -> None:
        async with altegio.AsyncAltegio("p", "u", base_url=server.url, rate_limit=limit, max_retries=0) as client:
            await _tasks(client, 50, seconds + 0.2)

    with ArrivalServer(seed=103, service=(0.008, 0.012)) as server:
        asyncio.run(run())
        return measure(server.snapshot(), limit, seconds)


def shared_throughput_ratio(seconds: float) -> tuple[float, float]:
    """(achieved / allowed, worst window / limit) of 3 processes sharing one Redis key."""
    limit = altegio.RateLimit()
    with RedisServer() as redis_server, ArrivalServer(seed=104, service=(0.008, 0.012)) as server:
        run_workers(
            server.url,
            redis_server.url,
            kinds=["sync", "async", "sync"],
            per_second=5,
            per_minute=200,
            concurrency=4,
            seconds=seconds + 0.5,
        )
        arrivals = server.snapshot()
    return measure(arrivals, limit, seconds), _worst_window(arrivals, limit)


def bench_limiter(seconds: float) -> dict[str, float]:
    bound = server_max_per_window(seconds)
    single = throughput_ratio(seconds)
    shared, shared_bound = shared_throughput_ratio(seconds)
    return {
        "limiter_server_max_per_window": round(max(bound, shared_bound), 3),
        "limiter_throughput_ratio": round(single, 3),
        "shared_limiter_throughput_ratio": round(shared, 3),
    }


if __name__ == "__main__":
    print(bench_limiter(float(sys.argv[1]) if len(sys.argv) > 1 else 10.0))
