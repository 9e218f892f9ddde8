"""One operation call, end to end, without sending it.

`APICall` names an operation, the keyword arguments of its request and the parser of its success
body. The resources build those arguments with the generated package's typed builders
(`altegio_openapi.api.<tag>.<operation>.request_kwargs`), so paths, wire names and query encoding
come from the spec and mypy checks every argument. `prepare_request` turns a call into an
`httpx.Request` and `read_response` turns the response into the parsed result or into the right
error. Both clients call these two functions; they differ only in how the request is sent.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import httpx

from ._errors import APIResponseValidationError, InvalidArgumentError, status_error

T = TypeVar("T")

_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})


class APICall(Generic[T]):
    """An operation to perform: what to send, and how to read a success.

    `request` holds the keyword arguments of `httpx.Client.request` relative to the base URL
    (`method`, `url`, and optionally `params`, `json`, `headers`), as a generated
    `request_kwargs` builder returns them. `parse` receives the decoded JSON body; it is None for
    operations that answer 204. A plain class: an attrs one would cost `import altegio` about a
    millisecond.
    """

    __slots__ = ("operation", "parse", "request")

    def __init__(self, operation: str, request: Mapping[str, Any], parse: Callable[[Any], T] | None) -> None:
        self.operation = operation
        self.request = request
        self.parse = parse

    def __repr__(self) -> str:  # the request may hold personal data: not shown
        return f"APICall({self.operation!r})"


RAW_OPERATION = "request"


def raw_call(method: str, path: str, *, params: Mapping[str, Any] | None, json: Any) -> APICall[Any]:
    """A call outside the covered operations (the `client.request` escape hatch)."""
    if not isinstance(path, str) or not path.startswith("/"):
        raise InvalidArgumentError("path", f"must start with '/', got {path!r}")
    if not isinstance(method, str) or method.upper() not in _METHODS:
        raise InvalidArgumentError("method", f"must be one of {', '.join(sorted(_METHODS))}, got {method!r}")
    request = {"method": method, "url": path, "params": dict(params or {}), "json": json}
    return APICall(RAW_OPERATION, request, _identity)  # the decoded JSON, as it came


def prepare_request(
    call: APICall[Any],
    *,
    base_url: str,
    headers: httpx.Headers,
    extensions: Mapping[str, Any],
) -> httpx.Request:
    """The httpx request for a call: its path, query and body; our URL, headers, timeout.

    `headers` is the complete set (the httpx client's defaults merged with ours once, when the
    client was configured), so nothing is merged again per request; `extensions` carries the
    timeout.
    """
    spec = call.request
    extra = spec.get("headers")
    if extra:
        headers = headers.copy()
        headers.update(extra)
    return httpx.Request(
        spec["method"].upper(),
        base_url + spec["url"],
        params=spec.get("params") or None,
        json=spec.get("json"),
        headers=headers,
        extensions=extensions,
    )


def read_response(call: APICall[T], response: httpx.Response) -> T:
    """The parsed result of a response that has been read, or the error it stands for."""
    status = response.status_code
    if not 200 <= status < 300:
        raise status_error(response, _error_body(response))
    content = response.content
    if call.operation == RAW_OPERATION and _blank(content):
        return None  # type: ignore[return-value]
    if call.parse is None:
        if not _blank(content):
            body = _json_or_none(content)
            if isinstance(body, Mapping) and body.get("success") is False:
                raise status_error(response, body)
        return None  # type: ignore[return-value]
    if _blank(content):
        raise APIResponseValidationError("empty body where JSON was expected", response=response)
    try:
        body = json.loads(content)
    except ValueError as exc:
        raise APIResponseValidationError(f"body is not JSON ({exc})", response=response) from None
    if isinstance(body, Mapping) and body.get("success") is False:
        raise status_error(response, body)
    try:
        return call.parse(body)
    except (KeyError, IndexError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(str(exc) or type(exc).__name__, response=response) from exc


def _blank(content: bytes) -> bool:
    """Empty or whitespace only, without copying a large body (as `strip()` would)."""
    return not content or content.isspace()


def _error_body(response: httpx.Response) -> Any:
    """The decoded JSON of an error response, or its text when it is not JSON (an HTML page)."""
    body = _json_or_none(response.content)
    return body if body is not None else response.text


def _json_or_none(content: bytes) -> Any:
    try:
        return json.loads(content)
    except ValueError:
        return None


def _identity(value: Any) -> Any:
    return value
