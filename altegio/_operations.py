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
import re
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import httpx

from ._constants import MAX_JSON_DEPTH
from ._errors import APIResponseValidationError, InvalidArgumentError, status_error
from ._validation import shown

T = TypeVar("T")

_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_json_dumps = json.dumps  # `json` is also a parameter name of raw_call


def _is_unicode(text: str) -> bool:
    """False for text holding a lone surrogate, which no encoding can write."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


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
    """A call outside the covered operations (the `client.request` escape hatch).

    Everything is checked here, so that httpx never raises InvalidURL, UnicodeEncodeError or a
    ValueError for NaN while building the request (a raw error, not an AltegioError).
    """
    if not isinstance(path, str) or not path.startswith("/"):
        raise InvalidArgumentError("path", f"must start with '/', got {shown(path)}")
    if _CONTROL.search(path) or not _is_unicode(path):
        raise InvalidArgumentError("path", "must be valid Unicode without control characters (CR, LF, NUL, ...)")
    if {".", ".."} & set(re.split(r"[?#]", path, maxsplit=1)[0].split("/")):
        raise InvalidArgumentError("path", "must not hold '.' or '..' segments (they would leave the base URL)")
    if not isinstance(method, str) or method.upper() not in _METHODS:
        raise InvalidArgumentError("method", f"must be one of {', '.join(sorted(_METHODS))}, got {shown(method)}")
    if params is not None and not isinstance(params, Mapping):
        raise InvalidArgumentError("params", f"must be a mapping of names to values, not {type(params).__name__}")
    try:
        str(httpx.QueryParams(params or {}))
    except (TypeError, ValueError) as exc:  # UnicodeEncodeError is a ValueError
        raise InvalidArgumentError(
            "params", f"must map text to text, numbers or lists of them, in valid Unicode ({type(exc).__name__})"
        ) from None
    if json is not None:
        try:
            _json_dumps(json, ensure_ascii=False, allow_nan=False).encode("utf-8")
        except (TypeError, ValueError, RecursionError) as exc:
            raise InvalidArgumentError(
                "json", f"must be JSON: dicts, lists, text in valid Unicode, finite numbers ({type(exc).__name__})"
            ) from None
    request = {"method": method.upper(), "url": path, "params": dict(params or {}), "json": json}
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
        body = _loads(content)
    except ValueError as exc:
        raise APIResponseValidationError(f"body is not JSON ({exc})", response=response) from None
    if isinstance(body, Mapping) and body.get("success") is False:
        raise status_error(response, body)
    try:
        return call.parse(body)
    except (KeyError, IndexError, TypeError, ValueError, AttributeError, RecursionError) as exc:
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
        return _loads(content)
    except ValueError:
        return None


_SQUARE = bytes.maketrans(b"{}", b"[]")
_ALL_BUT_BRACKETS_AND_QUOTES = bytes(byte for byte in range(256) if byte not in b'[]{}"')


def _loads(content: bytes) -> Any:
    """json.loads of a body nested at most MAX_JSON_DEPTH deep; ValueError otherwise.

    A body nested about 1,000 deep makes json.loads raise RecursionError, and one a little
    less deep decodes but then breaks repr(), pickle and str() of whatever holds it. No real
    answer nests beyond a dozen levels, so deeper ones are refused before decoding.
    """
    encoding = json.detect_encoding(content)
    if encoding not in ("utf-8", "utf-8-sig"):  # UTF-16 or -32 (RFC 8259 allows none but UTF-8)
        content = content.decode(encoding).encode()  # UnicodeDecodeError is a ValueError
    if not _nesting_within(content, MAX_JSON_DEPTH):
        raise ValueError(f"nested deeper than {MAX_JSON_DEPTH} levels")
    try:
        return json.loads(content)
    except RecursionError:  # unbalanced, so not JSON, yet deep enough to exhaust the stack
        raise ValueError(f"nested deeper than {MAX_JSON_DEPTH} levels") from None


def _nesting_within(content: bytes, limit: int) -> bool:
    """Whether JSON text nests arrays and objects at most `limit` deep, found without recursion
    and in C (cheaper than json.loads itself).

    Escaped backslashes and quotes go first, so every quote left opens or closes a string; then
    all but brackets and quotes, then the strings with what they hold. In what remains (objects
    turned into arrays), one pass of `replace("[]", "")` removes exactly one level. Text that is
    not balanced JSON stops making progress and is left to json.loads, which refuses it.
    """
    if content.count(b"[") + content.count(b"{") <= limit:
        return True
    if b"\\" in content:
        content = content.replace(b"\\\\", b"").replace(b'\\"', b"")
    # Removing two adjacent quotes keeps the others paired: each is an empty string, or the end
    # of one string and the start of the next with nothing between them.
    reduced = content.translate(_SQUARE, _ALL_BUT_BRACKETS_AND_QUOTES).replace(b'""', b"")
    if b'"' in reduced:
        reduced = b"".join(reduced.split(b'"')[::2])  # what lies outside the strings
    for _ in range(limit):
        if not reduced:
            return True
        shorter = reduced.replace(b"[]", b"")
        if len(shorter) == len(reduced):
            return True
        reduced = shorter
    return not reduced


def _identity(value: Any) -> Any:
    return value
