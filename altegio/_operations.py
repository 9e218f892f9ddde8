"""One operation call, end to end, without sending it.

`APICall` names a generated operation, its arguments (the generated builder's names) and the
parser of its success body. `prepare_request` turns it into an `httpx.Request` through the
generated `_get_kwargs` builder (so paths, wire names and query encoding come from the spec),
and `read_response` turns the response into the parsed result or into the right error. Both
clients call these two functions; they differ only in how the request is sent.

Generated modules are imported on first use, so that `import altegio` stays cheap.
"""

from __future__ import annotations

import enum
import functools
import importlib
import json
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import attrs
import httpx

from ._constants import MAX_JSON_DEPTH
from ._errors import APIResponseValidationError, InvalidArgumentError, status_error
from ._validation import shown

T = TypeVar("T")

GENERATED_PACKAGE = "altegio_openapi"

# operationId -> the generated api subpackage that holds it (the spec tag, snake_case).
OPERATIONS: dict[str, str] = {
    "list_services": "services",
    "get_service": "services",
    "list_service_categories": "services",
    "list_attendance_services": "services",
    "list_composite_service_attendance_services": "services",
    "list_attendance_service_suggestions": "services",
    "list_product_units": "products",
    "list_products": "products",
    "autocomplete_products": "products",
    "get_product": "products",
    "list_product_storage_amounts": "products",
    "list_product_categories": "products",
    "get_product_category": "products",
    "get_attendance_product_item": "products",
    "list_team_members": "team_members",
    "list_positions": "team_members",
    "create_position": "team_members",
    "get_position": "team_members",
    "update_position": "team_members",
    "delete_position": "team_members",
    "list_attendance_appointments": "appointments",
    "list_appointments": "appointments",
    "delete_appointment": "appointments",
    "delete_timetable_appointment": "appointments",
    "list_resource_occupations": "appointments",
    "list_events": "events",
    "create_event": "events",
    "get_event": "events",
    "update_event": "events",
    "delete_event": "events",
    "create_event_appointment": "events",
    "update_event_appointment": "events",
    "reschedule_event_appointment": "events",
    "get_attendance_booking_user": "booking_users",
    "get_booking_user_location_attendance_statistics": "booking_users",
    "get_booking_user_chain_attendance_statistics": "booking_users",
    "list_custom_fields": "custom_fields",
    "list_tags": "tags",
    "create_tag": "tags",
    "get_tag": "tags",
    "update_tag": "tags",
    "delete_tag": "tags",
}

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


@attrs.frozen(slots=True)
class APICall(Generic[T]):
    """An operation to perform: what to send, and how to read a success.

    `parse` receives the decoded JSON body; it is None for operations that answer 204.
    """

    operation: str
    arguments: Mapping[str, Any]
    parse: Callable[[Any], T] | None


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
    arguments = {"method": method.upper(), "url": path, "params": dict(params or {}), "json": json}
    return APICall(RAW_OPERATION, arguments, _identity)  # the decoded JSON, as it came


def prepare_request(
    call: APICall[Any],
    *,
    base_url: str,
    headers: httpx.Headers,
    extensions: Mapping[str, Any],
) -> httpx.Request:
    """The httpx request for a call: generated path, query and body; our URL, headers, timeout.

    `headers` is the complete set (the httpx client's defaults merged with ours once, when the
    client was configured), so nothing is merged again per request; `extensions` carries the
    timeout.
    """
    if call.operation == RAW_OPERATION:
        spec: Mapping[str, Any] = call.arguments
    else:
        build, converters = _builder(call.operation)
        spec = build(**{name: converters[name](value) for name, value in call.arguments.items() if value is not None})
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


@functools.cache
def _builder(operation: str) -> tuple[Callable[..., dict[str, Any]], dict[str, Callable[[Any], Any]]]:
    """The generated request builder of an operation, and a converter per argument.

    The builder expects generated enums for enumerated parameters and a model with `to_dict()`
    for the body; the converters make those from plain values (already validated by the
    resource), so resources never import generated code.
    """
    module = importlib.import_module(f"{GENERATED_PACKAGE}.api.{OPERATIONS[operation]}.{operation}")
    build = module._get_kwargs
    hints = typing.get_type_hints(build)
    hints.pop("return", None)
    return build, {name: _converter(hint) for name, hint in hints.items()}


def _converter(hint: Any) -> Callable[[Any], Any]:
    options = [arg for arg in _union_members(hint) if arg is not type(None) and getattr(arg, "__name__", "") != "Unset"]
    if len(options) != 1:
        return _identity
    target = options[0]
    if typing.get_origin(target) is list:
        (item,) = typing.get_args(target) or (Any,)
        convert_item = _converter(item)
        return lambda values: [convert_item(value) for value in values]
    if isinstance(target, type) and issubclass(target, enum.Enum):
        return target
    if callable(getattr(target, "to_dict", None)):
        return _JsonBody
    return _identity


class _JsonBody:
    """Stands in for a generated body model: the builder only calls `to_dict()` on it.

    Bodies are validated by the resources; a round trip through the generated model would
    add nothing but cost, and its union parsers reject valid values (a `phone` that is
    `oneOf [const "", pattern, null]` fails on anything but "").
    """

    __slots__ = ("_wire",)

    def __init__(self, wire: Mapping[str, Any]) -> None:
        self._wire = wire

    def to_dict(self) -> Mapping[str, Any]:
        return self._wire


def _union_members(hint: Any) -> tuple[Any, ...]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return typing.get_args(hint)
    return (hint,)


def _identity(value: Any) -> Any:
    return value
