"""Worker processes of the shared-budget tests (and `make bench`): each its own client, threads
or tasks, one Redis key; `run_workers` starts them together from the parent.

    python -m tests.ratelimit.worker KIND SERVER_URL REDIS_URL KEY PER_SECOND PER_MINUTE CONCURRENCY SECONDS

KIND is "sync" (CONCURRENCY threads on one Altegio) or "async" (CONCURRENCY tasks on one
AsyncAltegio). PER_MINUTE may be "none". It waits for a line on stdin (so that every worker
starts together), calls tags.get until SECONDS have passed, and prints the calls it made.
"""

from __future__ import annotations

import asyncio
import pathlib
import subprocess
import sys
import threading
import time

import redis
import redis.asyncio

from altegio import (
    Altegio,
    AsyncAltegio,
    AsyncRedisRateLimiter,
    RateLimit,
    RateLimiterTimeoutError,
    RedisRateLimiter,
)

from .arrival_server import ideal_count

LOCATION_ID, TAG_ID = 68570, 241625
ROOT = pathlib.Path(__file__).resolve().parents[2]


def _sync(server: str, redis_url: str, key: str, limit: RateLimit, concurrency: int, seconds: float) -> int:
    limiter = RedisRateLimiter(redis.Redis.from_url(redis_url), key=key, limit=limit)
    done = [0] * concurrency
    with Altegio("partner", "user", base_url=server, rate_limit=limiter, max_retries=0) as client:
        stop = time.monotonic() + seconds

        def work(number: int) -> None:
            while time.monotonic() < stop:
                try:
                    client.tags.get(LOCATION_ID, TAG_ID)
                except RateLimiterTimeoutError:  # no slot within max_wait: try again until the end
                    continue
                done[number] += 1

        threads = [threading.Thread(target=work, args=(number,)) for number in range(concurrency)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    limiter.close()
    return sum(done)


async def _async(server: str, redis_url: str, key: str, limit: RateLimit, concurrency: int, seconds: float) -> int:
    limiter = AsyncRedisRateLimiter(redis.asyncio.Redis.from_url(redis_url), key=key, limit=limit)
    done = 0
    async with AsyncAltegio("partner", "user", base_url=server, rate_limit=limiter, max_retries=0) as client:

        async def work() -> None:
            nonlocal done
            while True:
                await client.tags.get(LOCATION_ID, TAG_ID)
                done += 1

        tasks = [asyncio.create_task(work()) for _ in range(concurrency)]
        await asyncio.sleep(seconds)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    await limiter.aclose()
    return done


def run_workers(
    server_url: str,
    redis_url: str,
    *,
    kinds: list[str],
    per_second: float,
    per_minute: float | None,
    concurrency: int,
    seconds: float,
) -> list[int]:
    """Start one worker process per kind, let them go at once, and return their call counts."""
    command = [sys.executable, "-m", "tests.ratelimit.worker"]
    minute = "none" if per_minute is None else str(per_minute)
    workers = [
        subprocess.Popen(  # noqa: S603
            [*command, kind, server_url, redis_url, "multi", str(per_second), minute, str(concurrency), str(seconds)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for kind in kinds
    ]
    for worker in workers:
        assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
    for worker in workers:
        assert worker.stdin is not None
        worker.stdin.write("go\n")
        worker.stdin.flush()
    counts = []
    for worker in workers:
        out, _ = worker.communicate(timeout=seconds + 60)
        assert worker.returncode == 0, out
        counts.append(int(out.split()[-1]))
    return counts


def measure(arrivals: list[float], limit: RateLimit, seconds: float) -> float:
    """Achieved / allowed over the first `seconds` after the first arrival."""
    first = min(arrivals)
    achieved = sum(1 for moment in arrivals if moment < first + seconds)
    return achieved / ideal_count(limit.windows(), seconds)


def main(argv: list[str]) -> None:
    kind, server, redis_url, key, per_second, per_minute, concurrency, seconds = argv
    limit = RateLimit(
        per_second=float(per_second),
        per_minute=None if per_minute == "none" else float(per_minute),
        max_wait=3.0,
    )
    print("ready", flush=True)
    sys.stdin.readline()
    if kind == "sync":
        made = _sync(server, redis_url, key, limit, int(concurrency), float(seconds))
    else:
        made = asyncio.run(_async(server, redis_url, key, limit, int(concurrency), float(seconds)))
    print(made, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
