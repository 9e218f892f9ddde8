"""Fixtures of the rate-limit tests: a real Redis per module, and tokens for the clients."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .redis_server import RedisServer


@pytest.fixture(scope="module")
def redis_server() -> Iterator[RedisServer]:
    """A real redis-server on 127.0.0.1 (a free port, nothing written to disk), for one module."""
    with RedisServer() as server:
        yield server


@pytest.fixture
def redis_url(redis_server: RedisServer) -> Iterator[str]:
    """The server's URL, emptied before each test (and started again if a test stopped it)."""
    import redis

    try:
        redis.Redis.from_url(redis_server.url).flushall()
    except redis.RedisError:
        redis_server.stop()
        redis_server.start()
    yield redis_server.url
    redis_server.resume()
