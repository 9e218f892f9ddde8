"""Both clients against a real socket server that misbehaves on purpose (see cases.py).

For every case: the exception type (or the parsed result), how many attempts reached the server,
that no POST arrived twice, and that every retry wait stayed within its bounds.
"""

from __future__ import annotations

import re
import time

import pytest

from altegio import APITimeoutError, InternalServerError, RateLimit, RateLimitError, Tag
from altegio._constants import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    INITIAL_RETRY_DELAY,
    MAX_JSON_DEPTH,
    MAX_PAGES,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
)

from .cases import CASES, CASES_BY_ID, LOCATION_ID, TAG_ID, Case, get_tag, local_time_zone, run_case, tag_ok, verify
from .fault_server import Fault, FaultServer
from .support import ROOT, Api, backoff_bounds


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_fault_case(case: Case, api: Api, fault_server: FaultServer) -> None:
    outcome = run_case(api, fault_server, case)
    verify(case, outcome, api.waits, fault_server)


def test_every_attempt_is_the_same_request(api: Api, fault_server: FaultServer) -> None:
    """Retries repeat the request unchanged: method, path, query, body and auth."""
    fault_server.script([Fault.status(503), Fault.status(502), tag_ok()])
    client = api.client()
    api.call(client, get_tag)
    first, *others = fault_server.requests
    assert len(others) == 2
    for again in others:
        assert (again.method, again.path, again.raw_query, again.body) == (
            first.method,
            first.path,
            first.raw_query,
            first.body,
        )
        assert again.headers["authorization"] == first.headers["authorization"]


def test_backoff_doubles_up_to_the_cap(api: Api, fault_server: FaultServer) -> None:
    """0.5, 1, 2, 4, 8, 8 s (each less up to 25% jitter) with max_retries=6."""
    fault_server.script([Fault.status(503)] * 7)
    client = api.client(max_retries=6)
    with pytest.raises(InternalServerError):
        api.call(client, get_tag)
    assert fault_server.attempts == 7
    assert len(api.waits) == 6
    for retries_done, wait in enumerate(api.waits):
        low, high = backoff_bounds(retries_done)
        assert low <= wait <= high
    assert max(api.waits) <= 8.0
    assert api.waits[-1] >= 6.0  # capped at 8, not 16 or 32


def test_retry_after_at_the_cap_is_waited(api: Api, fault_server: FaultServer) -> None:
    """60 s is the largest Retry-After that is waited out; 61 s raises at once."""
    fault_server.script([Fault.status(429, headers={"Retry-After": "60"}), tag_ok()])
    client = api.client()
    assert isinstance(api.call(client, get_tag), Tag)
    assert api.waits == [60.0]

    fault_server.reset()
    api.waits.clear()
    fault_server.script([Fault.status(429, headers={"Retry-After": "61"})])
    with pytest.raises(RateLimitError) as caught:
        api.call(client, get_tag)
    assert caught.value.retry_after == 61.0
    assert api.waits == []
    assert fault_server.attempts == 1


def test_with_options_max_retries_per_call(api: Api, fault_server: FaultServer) -> None:
    client = api.client(max_retries=2)

    fault_server.script([Fault.status(503)])
    with pytest.raises(InternalServerError):
        api.call(client.with_options(max_retries=0), get_tag)
    assert fault_server.attempts == 1
    assert api.waits == []

    fault_server.reset()
    fault_server.script([Fault.status(503)] * 4 + [tag_ok()])
    assert isinstance(api.call(client.with_options(max_retries=4), get_tag), Tag)
    assert fault_server.attempts == 5
    assert [round(high, 3) for _, high in map(backoff_bounds, range(4))] == [0.5, 1.0, 2.0, 4.0]
    for retries_done, wait in enumerate(api.waits):
        low, high = backoff_bounds(retries_done)
        assert low <= wait <= high

    # The original keeps its own setting.
    fault_server.reset()
    api.waits.clear()
    fault_server.script([Fault.status(503)] * 3)
    with pytest.raises(InternalServerError):
        api.call(client, get_tag)
    assert fault_server.attempts == 3
    assert client.settings.max_retries == 2


def test_with_options_timeout_per_call(api: Api, fault_server: FaultServer) -> None:
    client = api.client(timeout=3.0, max_retries=2)

    fault_server.script([Fault.slow(0.4, tag_ok())])
    with pytest.raises(APITimeoutError):
        api.call(client.with_options(timeout=0.1, max_retries=0), get_tag)
    assert fault_server.attempts == 1

    fault_server.reset()
    fault_server.script([Fault.slow(0.4, tag_ok())])
    assert isinstance(api.call(client, get_tag), Tag)  # the original still waits 3 s
    assert fault_server.attempts == 1
    assert api.waits == []


def test_requests_reach_the_documented_path(api: Api, fault_server: FaultServer) -> None:
    fault_server.script([tag_ok()])
    api.call(api.client(), get_tag)
    (request,) = fault_server.requests
    assert (request.method, request.path) == ("GET", f"/api/v2/locations/{LOCATION_ID}/tags/{TAG_ID}")
    assert request.headers["accept"] == "application/vnd.api.v2+json"


def test_docs_list_every_case() -> None:
    """docs/resilience.md has a row for each case of the matrix."""
    text = (ROOT / "docs" / "resilience.md").read_text(encoding="utf-8")
    rows = set(re.findall(r"^\| `([a-z0-9-]+)` \|", text, flags=re.MULTILINE))
    missing = [case.id for case in CASES if case.id not in rows]
    assert not missing, f"not in docs/resilience.md: {missing}"
    stale = sorted(rows - {case.id for case in CASES})
    assert not stale, f"docs/resilience.md lists cases that no longer exist: {stale}"


def test_docs_state_the_implemented_defaults() -> None:
    """The defaults table of docs/resilience.md quotes altegio/_constants.py and `RateLimit()`."""
    text = (ROOT / "docs" / "resilience.md").read_text(encoding="utf-8")
    limit = RateLimit()
    expected = [
        f"`httpx.Timeout({DEFAULT_TIMEOUT.read}, connect={DEFAULT_TIMEOUT.connect})`",
        f"| Retries (`max_retries`) | {DEFAULT_MAX_RETRIES}, so at most {DEFAULT_MAX_RETRIES + 1} attempts |",
        f"| Backoff | {INITIAL_RETRY_DELAY:g} s, doubling",
        f"capped at {MAX_RETRY_DELAY:g} s",
        f"| Retry-After cap | {MAX_RETRY_AFTER:g} s:",
        f"`RateLimit(per_second={limit.per_second}, per_minute={limit.per_minute}, max_wait={limit.max_wait:g})`",
        f"| Pages per read (`max_pages`) | {MAX_PAGES} pages",
        f"| JSON nesting | {MAX_JSON_DEPTH} levels",
    ]
    for fragment in expected:
        assert fragment in text, fragment


def test_cases_run_in_the_zone_they_name() -> None:
    """The zone-less Retry-After cases really run under another TZ, and it is restored after."""
    before = time.localtime(1_800_000_000).tm_gmtoff
    for zone, offset in (("America/New_York", -5 * 3600), ("Asia/Tokyo", 9 * 3600)):
        with local_time_zone(zone):
            assert time.localtime(1_800_000_000).tm_gmtoff == offset
    assert time.localtime(1_800_000_000).tm_gmtoff == before
    zoned = ("429-retry-after-asctime-date-get", "429-retry-after-minus-zero-date-get")
    assert [CASES_BY_ID[case].tz for case in zoned] == ["America/New_York", "Asia/Tokyo"]
