"""Rate limiters shared through Redis: one budget for every process and host using the same key.

The state lives in Redis and changes only inside Lua scripts, which Redis runs one at a time:
  * per window (5/1 s, 200/60 s, ...) a sorted set of its slots, scored with the moment (in
    microseconds of the Redis server's own clock, `TIME`; workers' clocks never count) from
    which the slot is free, and a hash of the slots held by requests still in flight;
  * one key with the moment until which a 429 asked everyone to hold back.
Booking takes the earliest-free slot of every window at once, or none. A booked slot is held
until its release (then free one period later, two when no response came back) or, if its
worker died, until its lease ran out plus two periods. Every key carries a TTL longer than any
score it holds, so an idle budget vanishes from Redis by itself. docs/rate-limits.md has the
proof that no window sees more arrivals than slots.

Inside one process the callers queue first (one lock), so only the first in line asks Redis.
The process also keeps its own book of what it sent, and asks Redis only when that book has
room too: the bound then holds for the process on its own while Redis is away and across the
switches to and from it (for all processes together it holds while Redis answers). When Redis
fails, `on_backend_error="local"` (default) carries on with an in-process limiter of
the same limit and logs one warning, asking Redis again every few seconds; `"raise"` raises
`RateLimiterBackendError`. No Redis call waits longer than `BACKEND_TIMEOUT`.
"""

from __future__ import annotations

import contextlib
import logging
import math
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any, Literal

import attrs

from ._errors import InvalidArgumentError, RateLimiterBackendError
from ._ratelimit import AsyncLocalRateLimiter, LocalRateLimiter, Permit, RateLimit, timeout_error

try:
    import redis
    import redis.asyncio
    from redis.backoff import NoBackoff
    from redis.exceptions import RedisError
    from redis.retry import Retry
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("the shared rate limiters need redis-py: pip install 'altegio[redis]'", name=exc.name) from None

logger = logging.getLogger("altegio")

BACKEND_TIMEOUT = 0.5  # seconds: the longest a Redis call may take
RETRY_BACKEND_AFTER = 2.0  # seconds on the local limiter before Redis is asked again
POLL_INTERVAL = 0.02  # seconds between looks while every free-next slot is still in flight
KEY_PREFIX = "altegio:ratelimit"

_BACKEND_ERRORS: tuple[type[BaseException], ...] = (RedisError, OSError, TimeoutError)

# KEYS: per window its slots (sorted set) and in-flight (hash), then the pause key.
# ARGV: lease (us), number of windows, then per window: slots, period (us).
# Returns {1, member, held, member, held, ...} when booked, else {0, wait (us), in flight (0/1)}.
_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local lease = tonumber(ARGV[1])
local n = tonumber(ARGV[2])
local ready = tonumber(redis.call('GET', KEYS[2 * n + 1]) or '0')
local in_flight = 0
local picks = {}
for i = 1, n do
  local slots = tonumber(ARGV[1 + 2 * i])
  local zkey = KEYS[2 * i - 1]
  if redis.call('ZCARD', zkey) < slots then
    for s = 1, slots do redis.call('ZADD', zkey, 'NX', 0, s) end
  end
  local first = redis.call('ZRANGE', zkey, 0, 0, 'WITHSCORES')
  local free_at = tonumber(first[2])
  if free_at > ready then
    ready = free_at
    in_flight = redis.call('HEXISTS', KEYS[2 * i], first[1])
  end
  picks[i] = first[1]
end
if ready > now then
  return {0, ready - now, in_flight}
end
local booked = {1}
for i = 1, n do
  local period = tonumber(ARGV[2 + 2 * i])
  local held = string.format('%d', now + lease + 2 * period)
  local ttl = math.ceil((lease + 3 * period) / 1000) + 1000
  redis.call('ZADD', KEYS[2 * i - 1], held, picks[i])
  redis.call('HSET', KEYS[2 * i], picks[i], held)
  for _, key in ipairs({KEYS[2 * i - 1], KEYS[2 * i]}) do
    if redis.call('PTTL', key) < ttl then redis.call('PEXPIRE', key, ttl) end
  end
  booked[#booked + 1] = picks[i]
  booked[#booked + 1] = held
end
return booked
"""

# KEYS: as for _ACQUIRE (the pause key unused). ARGV: responded (1/0), number of windows, then
# per window: member, held (as returned by _ACQUIRE), period (us). A slot taken over since (its
# lease ran out) is left alone.
_RELEASE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local responded = ARGV[1] == '1'
local n = tonumber(ARGV[2])
for i = 1, n do
  local member = ARGV[3 * i]
  local period = tonumber(ARGV[3 * i + 2])
  if redis.call('HGET', KEYS[2 * i], member) == ARGV[3 * i + 1] then
    redis.call('HDEL', KEYS[2 * i], member)
    local hold = period
    if not responded then hold = 2 * period end
    redis.call('ZADD', KEYS[2 * i - 1], 'XX', string.format('%d', now + hold), member)
  end
end
return 1
"""

# KEYS: the pause key. ARGV: seconds to hold back (us).
_PAUSE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local until_ = now + tonumber(ARGV[1])
if until_ > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], string.format('%d', until_), 'PX', math.ceil(tonumber(ARGV[1]) / 1000) + 1000)
end
return 1
"""

OnBackendError = Literal["local", "raise"]


@attrs.frozen(slots=True)
class RedisPermit:
    """The slots one request holds in Redis, (member, held) per window, and its record in the
    process's own book (see `_Budget.local`)."""

    slots: tuple[tuple[str, str], ...]
    local: Permit | None = None


@attrs.frozen(slots=True)
class _Wait:
    seconds: float
    in_flight: bool


class _Budget:
    """Keys and script arguments of one budget; what the sync and async limiters share."""

    def __init__(self, key: Any, limit: Any, on_backend_error: Any) -> None:
        if not isinstance(key, str) or not key or any(ord(ch) < 33 or ch in "{}" for ch in key):
            raise InvalidArgumentError("key", f"must be a non-empty string without spaces or braces, got {key!r}")
        if not isinstance(limit, RateLimit):
            raise InvalidArgumentError("limit", f"must be a RateLimit, got {type(limit).__name__}")
        if on_backend_error not in ("local", "raise"):
            raise InvalidArgumentError("on_backend_error", f"must be 'local' or 'raise', got {on_backend_error!r}")
        self.key = key
        self.limit = limit
        self.on_backend_error: OnBackendError = on_backend_error
        self.windows = limit.windows()
        if not self.windows:
            raise InvalidArgumentError("limit", "needs at least one window (per_second or per_minute)")
        # One hash tag, so that on a Redis Cluster all keys of a budget live in one slot.
        base = f"{KEY_PREFIX}:{{{key}}}"
        self.keys: list[str] = []
        for count, period in self.windows:
            name = f"{base}:{count}per{_micros(period)}us"
            self.keys += [name, name + ":held"]
        self.pause_key = base + ":pause"
        self.down_until = -math.inf
        self.warned = False

    def acquire_args(self, lease: float) -> tuple[list[str], list[int]]:
        args = [_micros(lease), len(self.windows)]
        for count, period in self.windows:
            args += [count, _micros(period)]
        return [*self.keys, self.pause_key], args

    def release_args(self, permit: RedisPermit, responded: bool) -> tuple[list[str], list[Any]]:
        args: list[Any] = [1 if responded else 0, len(self.windows)]
        for (member, held), (_, period) in zip(permit.slots, self.windows, strict=True):
            args += [member, held, _micros(period)]
        return self.keys, args

    def outcome(self, reply: Sequence[Any]) -> RedisPermit | _Wait:
        if int(reply[0]) == 1:
            items = [_text(item) for item in reply[1:]]
            return RedisPermit(tuple(zip(items[0::2], items[1::2], strict=True)))
        return _Wait(int(reply[1]) / 1e6, bool(int(reply[2])))

    def using_local(self) -> bool:
        return time.monotonic() < self.down_until

    def failed(self, error: BaseException) -> None:
        """Redis failed: raise, or use the local limiter for a while (warning once per outage)."""
        if self.on_backend_error == "raise":
            raise RateLimiterBackendError(
                f"the shared rate limiter's Redis failed ({type(error).__name__}); nothing was sent"
            ) from None
        self.down_until = time.monotonic() + RETRY_BACKEND_AFTER
        if not self.warned:
            self.warned = True
            logger.warning(
                "rate limiter %r: Redis failed (%s); limiting this process on its own at the same limit "
                "until Redis answers again",
                self.key,
                type(error).__name__,
            )

    def release_failed(self, error: BaseException) -> None:
        """A release or a pause did not reach Redis: the slot frees itself when its lease runs
        out; in "local" mode the next calls use the local limiter for a while, and in "raise"
        mode the next acquire will say so (the call that just ended keeps its result)."""
        if self.on_backend_error == "local":
            self.failed(error)

    def recovered(self) -> None:
        if self.warned:
            self.warned = False
            logger.warning("rate limiter %r: Redis answers again; the shared budget is back in use", self.key)


def _micros(seconds: float) -> int:
    return math.ceil(seconds * 1_000_000)


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _fast_pool_kwargs(client: Any) -> tuple[Any, dict[str, Any]] | None:
    """The connection settings of `client`'s pool with short timeouts and no retries, so that
    a Redis that hangs costs at most BACKEND_TIMEOUT; None when it has no single pool."""
    pool = getattr(client, "connection_pool", None)
    settings = getattr(pool, "connection_kwargs", None)
    if pool is None or not isinstance(settings, dict):
        return None
    kwargs = dict(settings)
    kwargs.update(
        socket_timeout=BACKEND_TIMEOUT,
        socket_connect_timeout=BACKEND_TIMEOUT,
        retry_on_timeout=False,
        retry=Retry(NoBackoff(), 0),
    )
    return pool, kwargs


def _connect(client: Any, kind: Any, name: str, other: str) -> tuple[Any, Any, Any, Any]:
    """The limiter's own Redis client (of `kind`, on a pool made like `client`'s but with short
    timeouts and no retries; `client` itself when it has no single pool) and its three scripts."""
    if not isinstance(client, kind):
        raise InvalidArgumentError(
            "redis_client",
            f"must be a {name} (use {other}), got {type(client).__name__}",
        )
    found = _fast_pool_kwargs(client)
    if found is not None:
        pool, kwargs = found
        client = kind(connection_pool=type(pool)(connection_class=pool.connection_class, **kwargs))
    return client, client.register_script(_ACQUIRE), client.register_script(_RELEASE), client.register_script(_PAUSE)


class RedisRateLimiter:
    """A budget shared through Redis by every `Altegio`, thread and process using `key`.

    Pass it as `Altegio(rate_limit=RedisRateLimiter(redis.Redis(...), key="altegio:<egress-ip>"))`
    in every worker. It talks to Redis through its own small connection pool, made from your
    client's connection settings with a short timeout (`BACKEND_TIMEOUT`).
    """

    def __init__(
        self,
        redis_client: redis.Redis,
        *,
        key: str,
        limit: RateLimit = RateLimit(),  # noqa: B008 - immutable
        on_backend_error: OnBackendError = "local",
    ) -> None:
        self._budget = _Budget(key, limit, on_backend_error)
        self._redis, self._acquire, self._release, self._pause = _connect(
            redis_client, redis.Redis, "redis.Redis", "AsyncRedisRateLimiter for redis.asyncio"
        )
        self._local = LocalRateLimiter(limit)
        self._line = threading.Lock()

    @property
    def limit(self) -> RateLimit:
        return self._budget.limit

    def acquire(self, lease: float) -> RedisPermit | Permit:
        """Wait for a slot in every window of the shared budget; at most `limit.max_wait`."""
        budget = self._budget
        deadline = time.monotonic() + budget.limit.max_wait
        if budget.using_local():
            return self._local.acquire(lease)
        if not self._line.acquire(timeout=budget.limit.max_wait):
            raise timeout_error(budget.limit.max_wait)
        try:
            while True:
                if budget.using_local():
                    return self._local.acquire(lease)
                wait = self._local.book.ready_in()
                if wait <= 0:
                    keys, args = budget.acquire_args(lease)
                    try:
                        outcome = budget.outcome(self._acquire(keys=keys, args=args))
                    except _BACKEND_ERRORS as exc:
                        self._disconnect()
                        budget.failed(exc)
                        continue
                    budget.recovered()
                    if isinstance(outcome, RedisPermit):
                        return attrs.evolve(outcome, local=self._local.book.take_now(lease))
                    wait = min(outcome.seconds, POLL_INTERVAL) if outcome.in_flight else outcome.seconds
                left = deadline - time.monotonic()
                if left <= 0:
                    raise timeout_error(budget.limit.max_wait)
                time.sleep(min(wait, left))
        finally:
            self._line.release()

    def release(self, permit: RedisPermit | Permit, *, responded: bool) -> None:
        if isinstance(permit, Permit):
            self._local.release(permit, responded=responded)
            return
        if permit.local is not None:
            self._local.release(permit.local, responded=responded)
        keys, args = self._budget.release_args(permit, responded)
        try:
            self._release(keys=keys, args=args)
        except _BACKEND_ERRORS as exc:  # the slot frees itself when its lease runs out
            self._disconnect()
            self._budget.release_failed(exc)

    def pause(self, seconds: float) -> None:
        self._local.pause(seconds)
        try:
            self._pause(keys=[self._budget.pause_key], args=[_micros(seconds)])
        except _BACKEND_ERRORS as exc:
            self._disconnect()
            self._budget.release_failed(exc)

    def close(self) -> None:
        """Close the limiter's own connections to Redis."""
        self._redis.connection_pool.disconnect()

    def _disconnect(self) -> None:
        with contextlib.suppress(Exception):  # best effort: the next call reconnects anyway
            self._redis.connection_pool.disconnect()

    def __repr__(self) -> str:
        return f"RedisRateLimiter(key={self._budget.key!r}, limit={self._budget.limit!r})"


class AsyncRedisRateLimiter:
    """`RedisRateLimiter` for `AsyncAltegio`, on a `redis.asyncio.Redis`."""

    def __init__(
        self,
        redis_client: redis.asyncio.Redis,
        *,
        key: str,
        limit: RateLimit = RateLimit(),  # noqa: B008 - immutable
        on_backend_error: OnBackendError = "local",
    ) -> None:
        self._budget = _Budget(key, limit, on_backend_error)
        self._redis, self._acquire, self._release, self._pause = _connect(
            redis_client, redis.asyncio.Redis, "redis.asyncio.Redis", "RedisRateLimiter for redis.Redis"
        )
        self._local = AsyncLocalRateLimiter(limit)
        self._lines: dict[int, Any] = {}
        self._returns: set[Any] = set()  # releases of cancelled bookings, kept until done
        self._outcomes: dict[Any, RedisPermit | _Wait] = {}

    @property
    def limit(self) -> RateLimit:
        return self._budget.limit

    def _line(self) -> Any:
        """This event loop's line (an asyncio.Lock serves one loop only)."""
        import asyncio

        loop = asyncio.get_running_loop()
        found = self._lines.get(id(loop))
        if found is None or found[0] is not loop:
            self._lines = {key: value for key, value in self._lines.items() if not value[0].is_closed()}
            found = self._lines[id(loop)] = (loop, asyncio.Lock())
        return found[1]

    async def _call(self, script: Callable[..., Any], keys: list[str], args: list[Any]) -> Any:
        import asyncio

        async with asyncio.timeout(BACKEND_TIMEOUT):
            return await script(keys=keys, args=args)

    async def _book(self, keys: list[str], args: list[Any], lease: float) -> Any:
        """Run the booking script, and record a booking in the process's book at once (also if
        the task is cancelled meanwhile: then the booking is given back, nothing was sent)."""
        import asyncio

        booking = asyncio.ensure_future(self._call(self._acquire, keys, args))
        booking.add_done_callback(lambda done: self._recorded(done, lease))
        try:
            await asyncio.shield(booking)
        except asyncio.CancelledError:
            booking.add_done_callback(self._give_back)
            raise
        return self._outcomes.pop(booking)

    def _recorded(self, booking: Any, lease: float) -> None:
        if booking.cancelled() or booking.exception() is not None:
            return
        outcome = self._budget.outcome(booking.result())
        if isinstance(outcome, RedisPermit):
            outcome = attrs.evolve(outcome, local=self._local.book.take_now(lease))
        self._outcomes[booking] = outcome

    def _give_back(self, booking: Any) -> None:
        import asyncio

        outcome = self._outcomes.pop(booking, None)
        if isinstance(outcome, RedisPermit):  # nothing was sent on it
            self._returns.add(task := asyncio.ensure_future(self.release(outcome, responded=True)))
            task.add_done_callback(self._returns.discard)

    async def acquire(self, lease: float) -> RedisPermit | Permit:
        """Wait for a slot in every window of the shared budget; at most `limit.max_wait`. A task
        cancelled while waiting holds nothing."""
        import asyncio

        budget = self._budget
        deadline = time.monotonic() + budget.limit.max_wait
        if budget.using_local():
            return await self._local.acquire(lease)
        line = self._line()
        try:
            async with asyncio.timeout(budget.limit.max_wait):
                await line.acquire()
        except TimeoutError:
            raise timeout_error(budget.limit.max_wait) from None
        try:
            while True:
                if budget.using_local():
                    return await self._local.acquire(lease)
                wait = self._local.book.ready_in()
                if wait <= 0:
                    keys, args = budget.acquire_args(lease)
                    try:
                        outcome = await self._book(keys, args, lease)
                    except _BACKEND_ERRORS as exc:
                        await self._disconnect()
                        budget.failed(exc)
                        continue
                    budget.recovered()
                    if isinstance(outcome, RedisPermit):
                        return outcome
                    wait = min(outcome.seconds, POLL_INTERVAL) if outcome.in_flight else outcome.seconds
                left = deadline - time.monotonic()
                if left <= 0:
                    raise timeout_error(budget.limit.max_wait)
                await asyncio.sleep(min(wait, left))
        finally:
            line.release()

    async def release(self, permit: RedisPermit | Permit, *, responded: bool) -> None:
        if isinstance(permit, Permit):
            await self._local.release(permit, responded=responded)
            return
        if permit.local is not None:
            await self._local.release(permit.local, responded=responded)
        keys, args = self._budget.release_args(permit, responded)
        try:
            await self._call(self._release, keys, args)
        except _BACKEND_ERRORS as exc:
            await self._disconnect()
            self._budget.release_failed(exc)

    async def pause(self, seconds: float) -> None:
        await self._local.pause(seconds)
        try:
            await self._call(self._pause, [self._budget.pause_key], [_micros(seconds)])
        except _BACKEND_ERRORS as exc:
            await self._disconnect()
            self._budget.release_failed(exc)

    async def aclose(self) -> None:
        """Close the limiter's own connections to Redis."""
        await self._redis.connection_pool.disconnect()

    async def _disconnect(self) -> None:
        """Drop every pooled connection: after a Redis restart they are all stale."""
        with contextlib.suppress(Exception):  # best effort: the next call reconnects anyway
            await self._redis.connection_pool.disconnect()

    def __repr__(self) -> str:
        return f"AsyncRedisRateLimiter(key={self._budget.key!r}, limit={self._budget.limit!r})"
