"""`client.with_raw_response`: every public method of both clients, and `client.request`.

For any plausible arguments to any method, the raw variant sends the same request, returns a
`RawResponse` of it (status, headers, elapsed, the request as sent), and its `parse()` is what the
plain call returns (for a list: its first page). An error status still raises at the call.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import inspect
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from altegio import Altegio, AsyncAltegio, AsyncPager, InvalidArgumentError, NotFoundError, RawResponse, SyncPager

from .strategies import BASE_URL, EXPECTED_OPERATIONS
from .support import PARTNER_TOKEN, USER_TOKEN
from .test_properties_inputs import Recorder, _build, plausible, public_methods


def _client(kind: str, recorder: Recorder) -> Any:
    if kind == "sync":
        http: Any = httpx.Client(transport=httpx.MockTransport(recorder))
        return Altegio(PARTNER_TOKEN, USER_TOKEN, base_url=BASE_URL, rate_limit=None, max_retries=0, http_client=http)
    http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    return AsyncAltegio(PARTNER_TOKEN, USER_TOKEN, base_url=BASE_URL, rate_limit=None, max_retries=0, http_client=http)


@st.composite
def plausible_arguments(draw: st.DrawFn, name: str, method: Any) -> dict[str, Any]:
    arguments: dict[str, Any] = {}
    for parameter in inspect.signature(method).parameters.values():
        if parameter.name == "max_items":  # a raw list gives its first page as sent: no max_items
            continue
        if parameter.default is not inspect.Parameter.empty and draw(st.booleans()):
            continue
        arguments[parameter.name] = draw(plausible(name, parameter.name, method))
    return arguments


def _resolve(target: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


async def _settle(result: Any) -> Any:
    """What a plain call gives: awaited, and for a pager its first page (as the raw one)."""
    if isinstance(result, AsyncPager):
        async for page in result.pages():
            return page
        return []
    return await result


def _plain(kind: str, client: Any, name: str, arguments: dict[str, Any]) -> Any:
    result = _resolve(client, name)(**{key: _build(value) for key, value in arguments.items()})
    if kind == "sync":
        return next(result.pages(), []) if isinstance(result, SyncPager) else result
    return asyncio.run(_settle(result))


def _raw(kind: str, client: Any, name: str, arguments: dict[str, Any]) -> Any:
    result = _resolve(client.with_raw_response, name)(**{key: _build(value) for key, value in arguments.items()})
    return result if kind == "sync" else asyncio.run(result)


@pytest.mark.parametrize("name", sorted(EXPECTED_OPERATIONS))
@pytest.mark.parametrize("kind", ["sync", "async"])
@settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
@given(data=st.data())
def test_every_method_has_a_raw_variant(kind: str, name: str, data: st.DataObject) -> None:
    recorder = Recorder()
    client = _client(kind, recorder)
    method = public_methods(client)[name]
    arguments = data.draw(plausible_arguments(name, method))
    try:
        plain = _plain(kind, client, name, arguments)
    except InvalidArgumentError:
        assume(False)
    sent = len(recorder.requests)
    raw = _raw(kind, client, name, arguments)
    assert isinstance(raw, RawResponse)
    assert len(recorder.requests) == sent + 1  # one request: the call's (a list's first page)
    request = recorder.requests[-1]
    assert (raw.http_request.method, raw.http_request.url) == (request.method, request.url)
    assert raw.operation == EXPECTED_OPERATIONS[name]
    assert 200 <= raw.status_code < 300 and isinstance(raw.headers, httpx.Headers)
    assert isinstance(raw.elapsed, dt.timedelta) and raw.elapsed >= dt.timedelta(0)
    assert raw.parse() == plain
    assert raw.parse() is raw.parse()  # parsed once


def test_an_error_status_raises_at_the_call() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"success": False, "data": None, "meta": {"message": "Not found"}})

    client = Altegio(
        PARTNER_TOKEN, USER_TOKEN, base_url=BASE_URL, http_client=httpx.Client(transport=httpx.MockTransport(answer))
    )
    with pytest.raises(NotFoundError, match="Not found"):
        client.with_raw_response.tags.get(1, 2)


def test_client_request_has_a_raw_variant_too() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": [], "meta": {"x": 1}}, headers={"X-Request-Id": "r-1"})

    async def run() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
        async with AsyncAltegio(PARTNER_TOKEN, USER_TOKEN, base_url=BASE_URL, http_client=http) as client:
            raw = await client.with_raw_response.request("GET", "/locations/1/anything")
            assert raw.headers["x-request-id"] == "r-1"
            assert raw.parse() == {"data": [], "meta": {"x": 1}}
            assert raw.http_request.url.path.endswith("/locations/1/anything")

    asyncio.run(run())


def test_raw_responses_show_no_token() -> None:
    client = Altegio(
        PARTNER_TOKEN,
        USER_TOKEN,
        base_url=BASE_URL,
        http_client=httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(204))),
    )
    raw = client.with_raw_response.tags.delete(1, 2)
    assert raw.parse() is None and raw.status_code == 204
    for text in (repr(raw), repr(raw.http_request), repr(raw.http_request.headers), repr(client.with_raw_response)):
        assert PARTNER_TOKEN not in text and USER_TOKEN not in text


def test_only_resources_and_request_are_offered() -> None:
    client = Altegio(PARTNER_TOKEN, USER_TOKEN, base_url=BASE_URL)
    with pytest.raises(AttributeError, match="resources and request"):
        client.with_raw_response.close  # noqa: B018
    assert "tags" in dir(client.with_raw_response)
