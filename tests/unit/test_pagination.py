"""Lists are lazy: nothing is fetched until iteration, pages stop at a short page, and
`max_items` bounds both the items and the fetching."""

from __future__ import annotations

import asyncio
import datetime as dt

import httpx
import pytest

import altegio

from .conftest import PARTNER, USER, json_response

START = dt.datetime(2030, 1, 1)
END = dt.datetime(2030, 12, 31)


def _event(number: int) -> dict[str, object]:
    return {
        "type": "activity",
        "id": str(number),
        "attributes": {"date": "2030-01-01T09:00:00+0000", "length": 3600, "capacity": 5, "clients_count": 0},
    }


def _pages(total: int):  # type: ignore[no-untyped-def]
    def handler(request: httpx.Request) -> httpx.Response:
        page, limit = int(request.url.params["page"]), int(request.url.params["limit"])
        first = (page - 1) * limit
        return json_response(200, {"data": [_event(n) for n in range(first + 1, min(total, first + limit) + 1)]})

    return handler


def test_nothing_is_fetched_before_iteration(make_client) -> None:  # type: ignore[no-untyped-def]
    client, recorder = make_client(_pages(10))
    pager = client.events.list(1, START, END, page_size=3)
    assert recorder.requests == []
    assert [event.id for event in pager] == list(range(1, 11))
    assert [int(r.url.params["page"]) for r in recorder.requests] == [1, 2, 3, 4]


def test_an_exact_multiple_needs_one_empty_page_to_stop(make_client) -> None:  # type: ignore[no-untyped-def]
    client, recorder = make_client(_pages(6))
    assert len(client.events.list(1, START, END, page_size=3).to_list()) == 6
    assert len(recorder.requests) == 3


def test_max_items_bounds_items_and_requests(make_client) -> None:  # type: ignore[no-untyped-def]
    client, recorder = make_client(_pages(1000))
    events = client.events.list(1, START, END, page_size=250, max_items=260).to_list()
    assert len(events) == 260
    assert len(recorder.requests) == 2
    assert client.events.list(1, START, END, max_items=0).to_list() == []


def test_pages_yields_lists(make_client) -> None:  # type: ignore[no-untyped-def]
    client, _ = make_client(_pages(5))
    assert [len(page) for page in client.events.list(1, START, END, page_size=2).pages()] == [2, 2, 1]


def test_breaking_out_early_stops_fetching(make_client) -> None:  # type: ignore[no-untyped-def]
    client, recorder = make_client(_pages(1000))
    for event in client.events.list(1, START, END, page_size=10):
        if event.id == 3:
            break
    assert len(recorder.requests) == 1


def test_unpaged_lists_are_one_request(make_client) -> None:  # type: ignore[no-untyped-def]
    client, recorder = make_client(lambda r: json_response(200, {"data": []}))
    assert client.tags.list(1).to_list() == []
    assert len(recorder.requests) == 1
    assert "page" not in recorder.requests[0].url.params


def test_async_pager_is_lazy_and_pages_the_same_way() -> None:
    seen: list[httpx.Request] = []
    handler = _pages(7)

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request)

    async def scenario() -> list[int]:
        async with altegio.AsyncAltegio(
            PARTNER, USER, http_client=httpx.AsyncClient(transport=httpx.MockTransport(record)), rate_limit=None
        ) as client:
            pager = client.events.list(1, START, END, page_size=3)
            assert seen == []
            ids = [event.id async for event in pager]
            assert len(await client.events.list(1, START, END, page_size=3, max_items=4).to_list()) == 4
            return ids

    assert asyncio.run(scenario()) == list(range(1, 8))
    assert [int(r.url.params["page"]) for r in seen[:3]] == [1, 2, 3]


@pytest.mark.parametrize("bad", [0, -1, True, 1.5])
def test_bad_max_items_is_refused(make_client, bad: object) -> None:  # type: ignore[no-untyped-def]
    client, _ = make_client(_pages(1))
    with pytest.raises(altegio.InvalidArgumentError) as caught:
        client.events.list(1, START, END, max_items=bad if bad != 0 else -5)  # type: ignore[arg-type]
    assert caught.value.argument == "max_items"
