"""What lets one test body drive both clients, and the error answers the tests expect.

A sync call returns its result and an async one a coroutine: `await run(...)` takes either, so
each test runs unchanged with the `client` fixture's `Altegio` and `AsyncAltegio`.
"""

from __future__ import annotations

import inspect
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from mock_server import INVALID, MOCK_FORBIDDEN_LOCATION_ID, MOCK_MISSING_LOCATION_ID, UNAVAILABLE

from altegio import (
    AsyncPager,
    ConflictError,
    InvalidArgumentError,
    NotFoundError,
    PermissionDeniedError,
    UnprocessableEntityError,
)

UNKNOWN_ID = 999999999

# (location, error class, status, message) for the Locations every operation must refuse.
LOCATION_ERRORS = [
    pytest.param(MOCK_MISSING_LOCATION_ID, NotFoundError, 404, "Location not found", id="404"),
    pytest.param(MOCK_FORBIDDEN_LOCATION_ID, PermissionDeniedError, 403, "No company management rights", id="403"),
]
NOT_FOUND = (NotFoundError, 404, "Not found")
CONFLICT = (ConflictError, 409, UNAVAILABLE)
INVALID_DATA = (UnprocessableEntityError, 422, INVALID)


async def run(value: Any) -> Any:
    """The result of a sync call, or of an async call once awaited."""
    return await value if inspect.isawaitable(value) else value


async def collect(pager: Any) -> list[Any]:
    """Iterate a pager the way its users do: `async for` or `for`."""
    if isinstance(pager, AsyncPager):
        return [item async for item in pager]
    return list(pager)


async def expect_error(call: Any, error: type[Exception], status: int, message: str) -> Any:
    """Run the call, check that it fails with `error`, `status` and `message`; the error for more."""
    with pytest.raises(error) as caught:
        await run(call())
    assert caught.value.status_code == status
    assert caught.value.message == message
    return caught.value


async def expect_invalid(call: Any, argument: str) -> InvalidArgumentError:
    """Run the call (on a client that cannot reach any server), check that the client refuses
    it with InvalidArgumentError naming `argument`, before sending anything."""
    with pytest.raises(InvalidArgumentError) as caught:
        await run(call())
    assert caught.value.argument == argument
    return caught.value


def sent(cassette: Any, path_end: str) -> list[dict[str, list[str]]]:
    """The query of each recorded request whose path ends with `path_end`, in order, as
    {name: [values]}. Replay matches live requests on method, path, query and body, and (checked
    here) plays every recorded one, so these are exactly what the client sent."""
    if str(getattr(cassette.record_mode, "value", cassette.record_mode)) == "none":
        assert cassette.all_played
    queries = []
    for request in cassette.requests:
        url = urlsplit(request.uri)
        if url.path.endswith(path_end):
            query: dict[str, list[str]] = {}
            for key, value in parse_qsl(url.query, keep_blank_values=True):
                query.setdefault(key, []).append(value)
            queries.append(query)
    return queries
