"""Properties (hypothesis) of the retry policy: waits within bounds for any number of retries (up to
10,000), and a request repeated only when that cannot change the outcome on the server.
"""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from altegio._retry import RetryPolicy

from .strategies import (
    FAST,
    make_response,
)


@FAST
@given(
    retries_done=st.integers(min_value=0, max_value=100),
    jitter=st.floats(min_value=0, max_value=1, exclude_max=True),
    status=st.integers(min_value=100, max_value=599),
    method=st.sampled_from(["GET", "POST", "PUT", "PATCH", "DELETE"]),
    retry_after=st.none() | st.integers(min_value=0, max_value=120).map(str),
)
def test_retry_policy_bounds(
    retries_done: int, jitter: float, status: int, method: str, retry_after: str | None
) -> None:
    policy = RetryPolicy(max_retries=200, random=lambda: jitter)
    delay = min(8.0, 0.5 * 2.0**retries_done)
    assert 0.75 * delay <= policy.backoff(retries_done) <= delay
    headers = {} if retry_after is None else {"Retry-After": retry_after}
    wait = policy.after_response(method, make_response(status, b"", headers), retries_done)
    if status not in (429, 502, 503, 504) or method not in ("GET", "PUT", "DELETE"):
        assert wait is None
    elif retry_after is None:
        assert wait is not None and 0.75 * delay <= wait <= delay
    elif int(retry_after) > 60:
        assert wait is None
    else:
        assert wait == float(retry_after)
    assert RetryPolicy(max_retries=retries_done).after_response(method, make_response(503, b""), retries_done) is None


NEVER_SENT = [httpx.ConnectError("refused"), httpx.ConnectTimeout("connect"), httpx.PoolTimeout("pool")]
MAYBE_ARRIVED = [
    httpx.ReadTimeout("read"),
    httpx.WriteTimeout("write"),
    httpx.ReadError("reset"),
    httpx.WriteError("broken pipe"),
    httpx.RemoteProtocolError("peer closed"),
    httpx.DecodingError("bad gzip"),
]


@pytest.mark.parametrize("error", NEVER_SENT + MAYBE_ARRIVED, ids=lambda error: type(error).__name__)
@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "POST", "PATCH"])
def test_transport_errors_are_retried_only_when_safe(method: str, error: Exception) -> None:
    policy = RetryPolicy(max_retries=2, random=lambda: 0.0)
    safe = any(error is e for e in NEVER_SENT) or method in ("GET", "PUT", "DELETE")
    assert policy.after_error(method, error, 0) == (0.5 if safe else None)
    assert policy.after_error(method, error, 1) == (1.0 if safe else None)
    assert policy.after_error(method, error, 2) is None  # retries used up
