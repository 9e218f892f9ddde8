"""What every request goes through: the rate limit, sending, reading, retries, logging.

The retry loop is written once, as a generator that yields what it needs done (a float: sleep
that many seconds; an `httpx.Request`: make one attempt) and receives the outcome. `send_sync`
and `send_async` drive it with blocking or awaitable I/O, and so does one attempt each:

  1. take a rate-limit slot (waits; bounded by the limiter's max_wait),
  2. send and receive the headers, give the slot back (a 429 pauses the limiter for everyone),
  3. read the body, decoded, up to `max_response_bytes`,
all of 2 and 3 within `Budget.seconds` as a whole, however slowly the server trickles bytes.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import logging
import time
from collections.abc import Callable, Generator, Iterator
from typing import Any

import httpx

from ._body import BodyTooLarge, BoundedDecoder, Undecodable, announced_length
from ._constants import MAX_RETRY_AFTER
from ._deadline import attempt_deadline
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ClientStateError,
    parse_retry_after,
)
from ._logging import logger, redact_headers
from ._ratelimit import DEFAULT_429_PAUSE, AsyncRateLimiter, RateLimiter
from ._retry import RetryPolicy


@dataclasses.dataclass(frozen=True, slots=True)
class Budget:
    """What one attempt may use: seconds as a whole (headers and body), decoded body bytes."""

    seconds: float
    max_bytes: int


# Yielded: seconds to sleep (float) or the request to attempt; sent back: the response or error.
_Attempts = Generator["float | httpx.Request", "httpx.Response | Exception | None", httpx.Response]


def _attempts(operation: str, request: httpx.Request, policy: RetryPolicy) -> _Attempts:
    """The retry loop; returns the final response (body read), or raises the final error."""
    method = request.method
    path = request.url.path
    retries = 0
    while True:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("%s %s headers=%s", method, path, redact_headers(request.headers))
        started = time.perf_counter()
        outcome = yield request
        elapsed_ms = (time.perf_counter() - started) * 1000
        if isinstance(outcome, Exception):
            logger.info("%s %s failed: %s (%.0f ms, %d retries)", method, path, _kind(outcome), elapsed_ms, retries)
            delay = policy.after_error(method, outcome, retries)
            if delay is None:
                raise _connection_error(outcome, request) from outcome
            reason = _kind(outcome)
        else:
            assert isinstance(outcome, httpx.Response)
            logger.info(
                "%s %s -> %s (%.0f ms, %d retries, %s)",
                method,
                path,
                outcome.status_code,
                elapsed_ms,
                retries,
                operation,
            )
            delay = policy.after_response(method, outcome, retries)
            if delay is None:
                return outcome
            reason = f"HTTP {outcome.status_code}"
        retries += 1
        logger.debug(
            "retry %d/%d of %s %s in %.2f s after %s", retries, policy.max_retries, method, path, delay, reason
        )
        yield float(delay)


def _kind(error: Exception) -> str:
    return type(error).__name__


def _connection_error(error: Exception, request: httpx.Request) -> APIConnectionError:
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(request=request)
    return APIConnectionError(f"Connection error: {type(error).__name__}: {error}", request=request)


def _pause_for(response: httpx.Response) -> float:
    """How long everyone sharing the limiter holds back after this 429."""
    retry_after = parse_retry_after(response.headers)
    return min(MAX_RETRY_AFTER, DEFAULT_429_PAUSE if retry_after is None else retry_after)


def _too_large(response: httpx.Response, error: BodyTooLarge) -> APIResponseValidationError:
    return APIResponseValidationError(str(error), response=response, body=error.head.decode("utf-8", "replace"))


@contextlib.contextmanager
def _decoding(response: httpx.Response) -> Iterator[None]:
    """The body decoder's failures as the transport reports them: a body past the ceiling is
    invalid (not retried); an undecodable one is an httpx.DecodingError (retried when safe)."""
    try:
        yield
    except BodyTooLarge as exc:
        raise _too_large(response, exc) from None
    except Undecodable as exc:
        raise httpx.DecodingError(str(exc), request=response.request) from None


def _time(response: httpx.Response, started: float) -> None:
    """httpx times a response when its stream closes; one a transport handed over already read
    (httpx.MockTransport) is never timed: time it here, from sending to the end of the body."""
    if not hasattr(response, "_elapsed"):
        response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)


def _already_read(response: httpx.Response, budget: Budget) -> bool:
    """Refuse a body announced larger than the ceiling; True when the transport handed the body
    over already read (httpx.MockTransport, a custom transport), so there is nothing to stream."""
    announced = announced_length(response.headers)
    if announced is not None and announced > budget.max_bytes and not response.headers.get("content-encoding"):
        raise _too_large(response, BodyTooLarge(budget.max_bytes, b""))
    if not hasattr(response, "_content"):
        return False
    if len(response.content) > budget.max_bytes:
        raise _too_large(response, BodyTooLarge(budget.max_bytes, response.content[:65536]))
    return True


# -- blocking -----------------------------------------------------------------------------------


def send_sync(
    http: httpx.Client,
    operation: str,
    request: httpx.Request,
    policy: RetryPolicy,
    limiter: RateLimiter | None,
    budget: Budget,
    *,
    sleep: Callable[[float], Any] = time.sleep,
) -> httpx.Response:
    """The final response of a call (body read), after retries; or the error it ends in."""
    attempts = _attempts(operation, request, policy)
    outcome: Any = None
    try:
        while True:
            action = attempts.send(outcome)
            if isinstance(action, float):
                sleep(action)
                outcome = None
            else:
                outcome = _attempt_sync(http, action, limiter, budget)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]


def _attempt_sync(
    http: httpx.Client, request: httpx.Request, limiter: RateLimiter | None, budget: Budget
) -> httpx.Response | Exception:
    if http.is_closed:
        raise ClientStateError("the client is closed; create a new Altegio (or use it inside `with`)")
    permit = None if limiter is None else limiter.acquire(budget.seconds)
    try:
        with attempt_deadline(budget.seconds) as deadline:
            try:
                started = time.perf_counter()
                response = http.send(request, stream=True)
            except httpx.RequestError as exc:
                return exc
            except RuntimeError as exc:  # httpx: "Cannot send a request, as the client has been closed"
                raise ClientStateError(f"the client cannot send: {exc}; create a new Altegio") from None
            try:
                if limiter is not None:
                    held, permit = permit, None
                    limiter.release(held, responded=True)
                    if response.status_code == 429:
                        limiter.pause(_pause_for(response))
                _read_sync(response, budget, deadline)
                return response
            except httpx.RequestError as exc:
                return exc
            finally:
                response.close()
                _time(response, started)
    finally:
        if permit is not None:
            limiter.release(permit, responded=False)  # type: ignore[union-attr]


def _read_sync(response: httpx.Response, budget: Budget, deadline: float) -> None:
    if _already_read(response, budget):
        return
    with _decoding(response):
        decoder = BoundedDecoder(response.headers.get("content-encoding", ""), budget.max_bytes)
        for chunk in response.iter_raw():
            decoder.feed(chunk)
            if time.monotonic() > deadline:  # for transports the deadline backend cannot wrap
                raise httpx.ReadTimeout("the attempt used up its whole timeout", request=response.request)
        response._content = decoder.finish()


# -- asyncio ------------------------------------------------------------------------------------


async def send_async(
    http: httpx.AsyncClient,
    operation: str,
    request: httpx.Request,
    policy: RetryPolicy,
    limiter: AsyncRateLimiter | None,
    budget: Budget,
    *,
    sleep: Callable[[float], Any] | None = None,
) -> httpx.Response:
    """The final response of a call (body read), after retries; or the error it ends in."""
    import asyncio  # imported here: a sync-only program never pays for asyncio

    if sleep is None:
        sleep = asyncio.sleep
    attempts = _attempts(operation, request, policy)
    outcome: Any = None
    try:
        while True:
            action = attempts.send(outcome)
            if isinstance(action, float):
                await sleep(action)
                outcome = None
            else:
                outcome = await _attempt_async(http, action, limiter, budget)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]


async def _attempt_async(
    http: httpx.AsyncClient, request: httpx.Request, limiter: AsyncRateLimiter | None, budget: Budget
) -> httpx.Response | Exception:
    import asyncio

    if http.is_closed:
        raise ClientStateError("the client is closed; create a new AsyncAltegio (or use it inside `async with`)")
    permit = None if limiter is None else await limiter.acquire(budget.seconds)
    responded = False
    try:
        async with asyncio.timeout(budget.seconds):
            try:
                started = time.perf_counter()
                response = await http.send(request, stream=True)
            except httpx.RequestError as exc:
                return exc
            except RuntimeError as exc:  # httpx: the client is closed; or its event loop is
                raise ClientStateError(f"the client cannot send: {exc}; create a new AsyncAltegio") from None
            responded = True
            try:
                if limiter is not None:
                    held, permit = permit, None
                    await limiter.release(held, responded=True)
                    if response.status_code == 429:
                        await limiter.pause(_pause_for(response))
                await _read_async(response, budget)
                return response
            except httpx.RequestError as exc:
                return exc
            finally:
                await response.aclose()
                _time(response, started)
    except TimeoutError:
        kind = httpx.ReadTimeout if responded else httpx.TimeoutException
        return kind("the attempt used up its whole timeout", request=request)
    finally:
        if permit is not None:
            # Also when the task is cancelled mid-request: the slot is given back, held for
            # two periods (the request may still be on its way).
            await limiter.release(permit, responded=False)  # type: ignore[union-attr]


async def _abandon(response: httpx.Response, chunks: Any) -> None:
    """Stop reading a body half-way and leave no async generator suspended.

    httpx and httpcore read a body through three nested async generators; closing the outer
    one leaves the inner ones suspended until the garbage collector hands them to the event
    loop (which may be closed by then: "Task was destroyed but it is pending", "coroutine
    'aclose' was never awaited"). Closing the connection first and asking for one more chunk
    makes the innermost one fail, and the failure finishes every level on its way out.
    """
    await response.aclose()
    with contextlib.suppress(Exception):
        await chunks.__anext__()
    await chunks.aclose()


async def _read_async(response: httpx.Response, budget: Budget) -> None:
    if _already_read(response, budget):
        return
    with _decoding(response):
        decoder = BoundedDecoder(response.headers.get("content-encoding", ""), budget.max_bytes)
        chunks = response.aiter_raw()
        try:
            async for chunk in chunks:
                decoder.feed(chunk)
        except BaseException:
            await _abandon(response, chunks)
            raise
        response._content = decoder.finish()
