"""What every request goes through: the rate limit, sending, retries, logging.

The attempt loop is written once, as a generator that yields what it needs done
(`_Sleep(seconds)` or `_Send(request)`) and receives the outcome. `send_sync` and
`send_async` are the two drivers: they perform those actions with blocking or awaitable I/O
and are the only place where the sync and async clients differ.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from typing import Any, TypeVar

import attrs
import httpx

from ._errors import APIConnectionError, APITimeoutError
from ._logging import logger
from ._operations import APICall, read_response
from ._ratelimit import RateLimiter
from ._retry import RetryPolicy

T = TypeVar("T")


@attrs.frozen(slots=True)
class _Sleep:
    seconds: float


@attrs.frozen(slots=True)
class _Send:
    request: httpx.Request


_Action = _Sleep | _Send
_Attempts = Generator[_Action, "httpx.Response | Exception | None", T]


def _attempts(
    call: APICall[T], request: httpx.Request, policy: RetryPolicy, limiter: RateLimiter | None
) -> _Attempts[T]:
    method = request.method
    retries = 0
    while True:
        if limiter is not None:
            wait = limiter.reserve()
            if wait > 0:
                yield _Sleep(wait)
        started = time.perf_counter()
        outcome = yield _Send(request)
        if isinstance(outcome, Exception):
            delay = policy.after_error(method, outcome, retries)
            if delay is None:
                raise _connection_error(outcome, request) from outcome
            reason = type(outcome).__name__
        else:
            assert isinstance(outcome, httpx.Response)
            if logger.isEnabledFor(10):
                logger.debug(
                    "%s %s -> %s (%.0f ms, %s)",
                    method,
                    request.url.path,
                    outcome.status_code,
                    (time.perf_counter() - started) * 1000,
                    call.operation,
                )
            delay = policy.after_response(method, outcome, retries)
            if delay is None:
                return read_response(call, outcome)
            reason = f"HTTP {outcome.status_code}"
        retries += 1
        logger.debug(
            "retry %d/%d of %s %s in %.2f s after %s",
            retries,
            policy.max_retries,
            method,
            request.url.path,
            delay,
            reason,
        )
        yield _Sleep(delay)


def _connection_error(error: Exception, request: httpx.Request) -> APIConnectionError:
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(request=request)
    return APIConnectionError(f"Connection error: {type(error).__name__}: {error}", request=request)


def send_sync(
    http: httpx.Client,
    call: APICall[T],
    request: httpx.Request,
    policy: RetryPolicy,
    limiter: RateLimiter | None,
    *,
    auth: httpx.Auth | httpx._client.UseClientDefault,
    sleep: Callable[[float], Any] = time.sleep,
) -> T:
    attempts = _attempts(call, request, policy, limiter)
    outcome: Any = None
    try:
        while True:
            action = attempts.send(outcome)
            if isinstance(action, _Send):
                try:
                    outcome = http.send(action.request, auth=auth)
                except httpx.RequestError as exc:  # transport errors, and bodies that cannot be decoded
                    outcome = exc
            else:
                sleep(action.seconds)
                outcome = None
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]


async def send_async(
    http: httpx.AsyncClient,
    call: APICall[T],
    request: httpx.Request,
    policy: RetryPolicy,
    limiter: RateLimiter | None,
    *,
    auth: httpx.Auth | httpx._client.UseClientDefault,
    sleep: Callable[[float], Any] | None = None,
) -> T:
    if sleep is None:
        import asyncio  # imported here: a sync-only program never pays for asyncio

        sleep = asyncio.sleep
    attempts = _attempts(call, request, policy, limiter)
    outcome: Any = None
    try:
        while True:
            action = attempts.send(outcome)
            if isinstance(action, _Send):
                try:
                    outcome = await http.send(action.request, auth=auth)
                except httpx.RequestError as exc:  # transport errors, and bodies that cannot be decoded
                    outcome = exc
            else:
                await sleep(action.seconds)
                outcome = None
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
