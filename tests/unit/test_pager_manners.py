"""What a pager says about itself: repr, no truthiness, first()."""

from __future__ import annotations

import asyncio
import datetime as dt

import httpx
import pytest

from altegio import Altegio, AsyncAltegio
from tests.resilience.support import success

from .test_options import TAG_BODY

LIST_BODY = {"data": [TAG_BODY["data"], {**TAG_BODY["data"], "id": "2"}]}


def _client(body: object, seen: list[httpx.Request]) -> Altegio:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=body)

    http = httpx.Client(transport=httpx.MockTransport(answer))
    return Altegio("p", "u", base_url="http://api.test/api/v2", http_client=http, rate_limit=None)


def test_repr_shows_the_operation_and_its_arguments_and_sends_nothing() -> None:
    seen: list[httpx.Request] = []
    client = _client(LIST_BODY, seen)
    assert (
        repr(client.tags.list(68570, entity="client"))
        == "<SyncPager list_tags GET /locations/68570/tags (entity='client')>"
    )
    events = client.events.list(
        1, dt.datetime(2030, 1, 1, 9), dt.datetime(2030, 1, 2), staff_ids=[7], page_size=50, max_items=3
    )
    text = repr(events)
    assert text.startswith("<SyncPager list_events GET /locations/1/events (")
    assert "filter[from]='2030-01-01 09:00:00'" in text and "filter[master_ids][]=[7]" in text
    assert text.endswith("page_size=50, max_items=3>") and "page=" not in text
    assert seen == []


def test_a_pager_has_no_truth_value() -> None:
    client = _client({"data": []}, [])
    pager = client.tags.list(1)
    with pytest.raises(TypeError, match=r"use pager\.first\(\)"):
        bool(pager)
    with pytest.raises(TypeError):
        assert not pager  # the slip it guards against: an empty list would look full
    assert pager.first() is None and pager.to_list() == []


def test_first_reads_one_page_at_most() -> None:
    seen: list[httpx.Request] = []
    _, body = success("list_services")  # the spec's example: one service, a full page of 1
    client = _client(body, seen)
    first = client.services.list(1, page_size=1).first()
    assert len(seen) == 1 and seen[0].url.params["page"] == "1"
    assert (first is not None and first.id == body["data"][0]["id"]) or str(first.id) == body["data"][0]["id"]


def test_async_pagers_too() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=LIST_BODY)

    async def run() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
        async with AsyncAltegio(
            "p", "u", base_url="http://api.test/api/v2", http_client=http, rate_limit=None
        ) as client:
            pager = client.tags.list(68570)
            assert repr(pager) == "<AsyncPager list_tags GET /locations/68570/tags>"
            with pytest.raises(TypeError):
                bool(pager)
            first = await pager.first()
            assert first is not None and first.id == 1
            assert len(await pager.to_list()) == 2
            assert len(seen) == 2  # iterating again asks again

    asyncio.run(run())
