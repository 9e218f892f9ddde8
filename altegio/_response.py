"""Raw responses: `client.with_raw_response.<resource>.<method>(...)`.

The usual call returns only the parsed result. The raw variant returns a `RawResponse` holding
the HTTP response (status, headers, timing, the request that was sent), with `parse()` for the
usual result. An error status still raises at the call, as usual; `parse()` raises what parsing
the body raises. For a list method it is the response of the first page, and `parse()` gives
that page's items as the API sent them (`max_items` is a pager's limit, not applied here).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Generic, TypeVar

import httpx

from ._operations import APICall, read_response

T = TypeVar("T")
_UNPARSED: Any = object()


class RawResponse(Generic[T]):
    """One HTTP response of a call, before parsing."""

    __slots__ = ("_call", "_parsed", "_response")

    def __init__(self, call: APICall[T], response: httpx.Response) -> None:
        self._call = call
        self._response = response
        self._parsed: Any = _UNPARSED

    @property
    def status_code(self) -> int:
        return self._response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self._response.headers

    @property
    def elapsed(self) -> dt.timedelta:
        """From sending the request to reading the whole body (of the last attempt)."""
        return self._response.elapsed

    @property
    def http_request(self) -> httpx.Request:
        """The request as sent (httpx masks its Authorization header in repr)."""
        return self._response.request

    @property
    def operation(self) -> str:
        return self._call.operation

    @property
    def content(self) -> bytes:
        """The body, decoded from its Content-Encoding."""
        return self._response.content

    def parse(self) -> T:
        """The result the usual call returns (parsed once, then kept)."""
        if self._parsed is _UNPARSED:
            self._parsed = read_response(self._call, self._response)
        return self._parsed  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        request = self._response.request
        return f"<RawResponse {self._call.operation} {request.method} {request.url.path} -> {self.status_code}>"


class _RawResource:
    """A resource whose methods return `RawResponse`s (a list method: its first page's)."""

    __slots__ = ("_resource",)

    def __init__(self, resource: Any) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Any:
        from ._pagination import AsyncPager, SyncPager
        from .resources._shared import AsyncAPIResource, SyncAPIResource

        found = getattr(self._resource, name)
        if isinstance(found, SyncAPIResource | AsyncAPIResource):
            return _RawResource(found)
        if name.startswith("_") or not callable(found):
            return found

        def call(*args: Any, **kwargs: Any) -> Any:
            result = found(*args, **kwargs)
            if isinstance(result, SyncPager | AsyncPager):
                return result.first_page_response()
            return result

        call.__name__ = name
        call.__doc__ = found.__doc__
        return call

    def __repr__(self) -> str:
        return f"<raw responses of {self._resource!r}>"


class WithRawResponse:
    """`client.with_raw_response`: the client's resources (and `request`), returning raw responses."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:  # an Altegio or an AsyncAltegio
        self._client = client

    def __getattr__(self, name: str) -> Any:
        from .resources._shared import AsyncAPIResource, SyncAPIResource

        found = getattr(self._client, name)
        if isinstance(found, SyncAPIResource | AsyncAPIResource):
            return _RawResource(found)
        if name == "request":
            return found
        raise AttributeError(f"with_raw_response has resources and request(), not {name!r}")

    def __dir__(self) -> list[str]:
        return [name for name in dir(self._client) if not name.startswith("_")]
