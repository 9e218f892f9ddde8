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


# -- pagers that would never stop (issue 10) -------------------------------------------------------


def _same_page(request: httpx.Request) -> httpx.Response:
    """A server that ignores `page`: always the first full page."""
    limit = int(request.url.params["limit"])
    return json_response(200, {"data": [_event(n) for n in range(1, limit + 1)]})


def _at_most(calls: int, fetch):  # type: ignore[no-untyped-def]
    """`fetch`, failing the test after `calls` calls: a pager that does not stop must not run
    (and fill memory) forever."""
    made = []

    def bounded(*args):  # type: ignore[no-untyped-def]
        made.append(args)
        assert len(made) <= calls, "the pager did not stop"
        return fetch(*args)

    return bounded


def test_a_repeated_page_stops_the_pager(make_client) -> None:  # type: ignore[no-untyped-def]
    client, recorder = make_client(_at_most(10, _same_page))
    pages = client.events.list(1, START, END, page_size=3).pages()
    assert [event.id for event in next(pages)] == [1, 2, 3]  # the first page is used ...
    with pytest.raises(altegio.APIResponseValidationError) as caught:
        next(pages)  # ... its repeat is not
    error = caught.value
    assert str(error).startswith("list_events: invalid response: page 2 repeats page 1 (3 items, the same ids)")
    assert (error.response, error.request, error.status_code, error.body) == (None, None, None, None)
    assert len(recorder.requests) == 2


def test_a_short_repeated_page_ends_normally(make_client) -> None:  # type: ignore[no-untyped-def]
    """A short page ends the read before any repeat could matter."""
    client, recorder = make_client(lambda r: json_response(200, {"data": [_event(1)]}))
    assert [event.id for event in client.events.list(1, START, END, page_size=3)] == [1]
    assert len(recorder.requests) == 1


def test_the_page_cap_stops_an_endless_server(make_client) -> None:  # type: ignore[no-untyped-def]
    client, recorder = make_client(_at_most(10, _pages(10**9)))
    pager = client.events.list(1, START, END, page_size=2)
    assert pager.max_pages == 10_000  # the documented default
    pager.max_pages = 3
    seen: list[int] = []
    with pytest.raises(altegio.APIResponseValidationError) as caught:
        seen.extend(event.id for event in pager)
    assert seen == [1, 2, 3, 4, 5, 6]  # the three pages it read were all used
    assert len(recorder.requests) == 3
    assert "page 3 was still full and max_pages is 3" in str(caught.value)
    assert str(caught.value).startswith("list_events: ")


def test_the_cap_is_not_hit_by_a_list_that_ends_on_it(make_client) -> None:  # type: ignore[no-untyped-def]
    client, _ = make_client(_pages(5))
    pager = client.events.list(1, START, END, page_size=2)
    pager.max_pages = 3
    assert [event.id for event in pager] == [1, 2, 3, 4, 5]


def test_items_without_ids_are_compared_whole() -> None:
    pages = {1: [{"a": 1}, {"a": 2}], 2: [{"a": 1}, {"a": 2}]}
    pager = altegio.SyncPager(_at_most(2, pages.__getitem__), page_size=2)
    with pytest.raises(altegio.APIResponseValidationError, match=r"^list: invalid response: page 2 repeats page 1"):
        pager.to_list()
    different = {1: [{"a": 1}, {"a": 2}], 2: [{"a": 3}]}
    assert altegio.SyncPager(different.__getitem__, page_size=2).to_list() == [{"a": 1}, {"a": 2}, {"a": 3}]


def test_async_pagers_stop_too() -> None:
    async def same(page: int) -> list[dict[str, int]]:
        return [{"a": 1}, {"a": 2}]

    async def distinct(page: int) -> list[dict[str, int]]:
        return [{"a": page * 2}, {"a": page * 2 + 1}]

    fetch, endless = _at_most(5, same), _at_most(10, distinct)

    async def scenario() -> tuple[str, str]:
        with pytest.raises(altegio.APIResponseValidationError) as repeated:
            await altegio.AsyncPager(fetch, page_size=2).to_list()
        with pytest.raises(altegio.APIResponseValidationError) as capped:
            await altegio.AsyncPager(endless, page_size=2, max_pages=4).to_list()
        return str(repeated.value), str(capped.value)

    repeated, capped = asyncio.run(scenario())
    assert "page 2 repeats page 1" in repeated
    assert "max_pages is 4" in capped


@pytest.mark.parametrize("bad", [0, -1, True, 2.0, "5", 10**5000], ids=["0", "-1", "True", "2.0", "str", "5001-digits"])
def test_bad_max_pages_is_refused(bad: object) -> None:
    with pytest.raises(altegio.InvalidArgumentError) as caught:
        altegio.SyncPager(lambda page: [], page_size=2, max_pages=bad)  # type: ignore[arg-type]
    assert caught.value.argument == "max_pages"
    pager = altegio.SyncPager(lambda page: [], page_size=2)
    pager.max_pages = bad  # type: ignore[assignment]
    with pytest.raises(altegio.InvalidArgumentError):  # checked when a read starts
        pager.to_list()
