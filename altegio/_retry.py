"""When to try a request again, and how long to wait first: pure functions, no I/O.

A request is repeated only when that cannot change the outcome on the server:
  * it provably never left (connection refused, connect or pool timeout): any method;
  * it may have arrived (read timeout, reset mid-body, 429, 502, 503, 504): only idempotent
    methods (GET, PUT, DELETE). The API has no idempotency keys, so a POST is never repeated
    once it may have been processed.
The wait honours Retry-After (seconds or HTTP date); a Retry-After above the cap is not waited
out: the error is raised at once. Otherwise the wait doubles from an initial delay, with jitter.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable

import httpx

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY
from ._errors import parse_retry_after

RETRYABLE_STATUS = frozenset({429, 502, 503, 504})
_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# Errors raised before a single byte of the request was written.
_NEVER_SENT: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_MAX_EXPONENT = 62


@dataclasses.dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_retries: int
    initial_delay: float = INITIAL_RETRY_DELAY
    max_delay: float = MAX_RETRY_DELAY
    max_retry_after: float = MAX_RETRY_AFTER
    random: Callable[[], float] = dataclasses.field(default=random.random, compare=False, repr=False)

    def backoff(self, retries_done: int) -> float:
        """Exponential backoff with up to 25% jitter taken off, so that clients spread out.

        The exponent stops at 62: far past any cap, and `0.5 * 2**1024` would not fit a float
        (OverflowError after 1,024 retries).
        """
        delay = min(self.max_delay, self.initial_delay * (2 ** min(retries_done, _MAX_EXPONENT)))
        return float(delay * (1 - 0.25 * self.random()))

    def after_error(self, method: str, error: Exception, retries_done: int) -> float | None:
        """Seconds to wait before retrying after a transport error, or None to give up."""
        if retries_done >= self.max_retries:
            return None
        if isinstance(error, _NEVER_SENT) or method in _IDEMPOTENT:
            return self.backoff(retries_done)
        return None

    def after_response(self, method: str, response: httpx.Response, retries_done: int) -> float | None:
        """Seconds to wait before retrying after this response, or None to use it as it is."""
        if response.status_code not in RETRYABLE_STATUS or retries_done >= self.max_retries:
            return None
        if method not in _IDEMPOTENT:
            return None
        retry_after = parse_retry_after(response.headers)
        if retry_after is None:
            return self.backoff(retries_done)
        if retry_after > self.max_retry_after:
            return None
        return retry_after
