"""Properties (hypothesis) of the retry policy: waits within bounds for any number of retries (up to
10,000), and a request repeated only when that cannot change the outcome on the server.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from altegio import Altegio, AsyncAltegio, InternalServerError, Tag
from altegio._retry import RetryPolicy

from .strategies import (
    FAST,
    make_response,
)
from .support import PARTNER_TOKEN, USER_TOKEN, backoff_bounds, install_fake_sleep
from .support import example as spec_example

MAX_RETRIES = 10_000  # the most this suite promises to work (backoff overflowed past 1,024)
RETRIES_DONE = st.integers(min_value=0, max_value=100) | st.integers(min_value=1000, max_value=MAX_RETRIES)


@FAST
@given(
    retries_done=RETRIES_DONE,
    jitter=st.floats(min_value=0, max_value=1, exclude_max=True),
    status=st.integers(min_value=100, max_value=599),
    method=st.sampled_from(["GET", "POST", "PUT", "PATCH", "DELETE"]),
    retry_after=st.none() | st.integers(min_value=0, max_value=120).map(str),
)
def test_retry_policy_bounds(
    retries_done: int, jitter: float, status: int, method: str, retry_after: str | None
) -> None:
    policy = RetryPolicy(max_retries=MAX_RETRIES + 1, random=lambda: jitter)
    delay = min(8.0, 0.5 * 2.0 ** min(retries_done, 64))
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


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kind=st.sampled_from(["sync", "async"]),
    max_retries=st.integers(min_value=0, max_value=MAX_RETRIES),
    recovers=st.booleans(),
)
@example(kind="sync", max_retries=MAX_RETRIES, recovers=False)
@example(kind="async", max_retries=MAX_RETRIES, recovers=True)
def test_clients_retry_up_to_max_retries(kind: str, max_retries: int, recovers: bool) -> None:
    """Up to 10,000 retries: every attempt made, every wait within its backoff bounds (8 s cap),
    then the last error or the recovered result."""
    tag = spec_example("get_tag")
    attempts: list[httpx.Request] = []
    failures = max_retries if recovers else max_retries + 1

    def answer(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        if len(attempts) <= failures:
            return httpx.Response(503, json={"success": False, "data": None, "meta": {"message": "busy"}})
        return httpx.Response(200, content=json.dumps(tag).encode())

    waits: list[float] = []
    with pytest.MonkeyPatch.context() as monkeypatch:
        install_fake_sleep(monkeypatch, waits.append)
        outcome = _call(kind, httpx.MockTransport(answer), max_retries)
    if recovers:
        assert isinstance(outcome, Tag)
    else:
        assert isinstance(outcome, InternalServerError) and outcome.status_code == 503
    assert len(attempts) == max_retries + 1
    assert len(waits) == max_retries
    for retries_done, wait in enumerate(waits):
        low, high = backoff_bounds(retries_done)
        assert low <= wait <= high, (retries_done, wait)


def _call(kind: str, transport: httpx.MockTransport, max_retries: int) -> Any:
    """tags.get on a new client of that kind; the error is returned, not raised."""
    options: dict[str, Any] = {"base_url": "http://altegio.test/api/v2", "rate_limit": None, "max_retries": max_retries}
    if kind == "sync":
        with (
            httpx.Client(transport=transport) as http,
            Altegio(PARTNER_TOKEN, USER_TOKEN, http_client=http, **options) as client,
        ):
            try:
                return client.tags.get(1, 2)
            except InternalServerError as exc:
                return exc

    async def run() -> Any:
        http = httpx.AsyncClient(transport=transport)
        async with AsyncAltegio(PARTNER_TOKEN, USER_TOKEN, http_client=http, **options) as client:
            try:
                return await client.tags.get(1, 2)
            except InternalServerError as exc:
                return exc
            finally:
                await http.aclose()

    return asyncio.run(run())
