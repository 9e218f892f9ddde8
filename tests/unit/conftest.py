"""Unit tests: the client's own logic, driven through httpx.MockTransport (no sockets)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import altegio

PARTNER = "unit-partner-token-0000"
USER = "unit-user-token-0000"

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport that answers from a handler and remembers the requests it saw."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.handler(request)


def json_response(status: int, body: Any, **headers: str) -> httpx.Response:
    return httpx.Response(
        status, content=json.dumps(body).encode(), headers={"content-type": "application/json", **headers}
    )


@pytest.fixture
def make_client() -> Callable[..., tuple[altegio.Altegio, Recorder]]:
    clients: list[altegio.Altegio] = []

    def make(handler: Handler, **options: Any) -> tuple[altegio.Altegio, Recorder]:
        recorder = Recorder(handler)
        options.setdefault("rate_limit", None)
        client = altegio.Altegio(
            PARTNER, USER, http_client=httpx.Client(transport=httpx.MockTransport(recorder)), **options
        )
        clients.append(client)
        return client, recorder

    yield make
    for client in clients:
        client.close()


TAG_RESOURCE = {
    "type": "tag",
    "id": "241625",
    "attributes": {
        "company_id": 68570,
        "title": "VIP Booking User",
        "color": "#ff2828",
        "font_color": "#ffffff",
        "icon": "star",
        "entity_type": "client",
        "is_deleted": False,
        "is_editable": True,
    },
}
