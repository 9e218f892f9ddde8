"""What every request goes through: the rate limit, sending, retries, logging.

The attempt loop is written once, as a generator that yields what it needs done (a float:
sleep that many seconds; an `httpx.Request`: send it) and receives the outcome. `send_sync` and
`send_async` are the two drivers: they perform those actions with blocking or awaitable I/O
and are the only place where the sync and async clients differ.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Generator
from typing import Any, TypeVar

import httpx

from ._errors import APIConnectionError, APITimeoutError
from ._logging import logger, redact_headers
from ._operations import APICall, read_response
from ._ratelimit import RateLimiter
from ._retry import RetryPolicy

T = TypeVar("T")


# Yielded: seconds to sleep (float) or the request to send; sent back: the response or error.
_Attempts = Generator["float | httpx.Request", "httpx.Response | Exception | None", T]


def _attempts(
    call: APICall[T], request: httpx.Request, policy: RetryPolicy, limiter: RateLimiter | None
) -> _Attempts[T]:
    method = request.method
    retries = 0
    while True:
        if limiter is not None:
            wait = limiter.reserve()
            if wait > 0:
                yield float(wait)
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("%s %s headers=%s", method, request.url.path, redact_headers(request.headers))
        started = time.perf_counter()
        outcome = yield request
        if isinstance(outcome, Exception):
            delay = policy.after_error(method, outcome, retries)
            if delay is None:
                raise _connection_error(outcome, request) from outcome
            reason = type(outcome).__name__
        else:
            assert isinstance(outcome, httpx.Response)
            if logger.isEnabledFor(logging.DEBUG):
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
        yield float(delay)


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
    sleep: Callable[[float], Any] = time.sleep,
) -> T:
    attempts = _attempts(call, request, policy, limiter)
    outcome: Any = None
    try:
        while True:
            action = attempts.send(outcome)
            if isinstance(action, float):
                sleep(action)
                outcome = None
            else:
                try:
                    outcome = http.send(action)
                except httpx.RequestError as exc:  # transport errors, and bodies that cannot be decoded
                    outcome = exc
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]


async def send_async(
    http: httpx.AsyncClient,
    call: APICall[T],
    request: httpx.Request,
    policy: RetryPolicy,
    limiter: RateLimiter | None,
    *,
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
            if isinstance(action, float):
                await sleep(action)
                outcome = None
            else:
                try:
                    outcome = await http.send(action)
                except httpx.RequestError as exc:  # transport errors, and bodies that cannot be decoded
                    outcome = exc
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
