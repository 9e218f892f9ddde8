"""One error tree, rooted at AltegioError, and the mapping from a response to it.

Every exception keeps what a caller needs to act on it (status, message, field errors, the
parsed body, the response) and none of them ever shows a token: the text of an error is built
from the method, the path and the server's message only. Pickled or copied, an error keeps
all of that but carries redacted copies of `.request` and `.response` (see `AltegioError`).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Mapping
from typing import Any

import httpx

from ._logging import SENSITIVE_HEADERS

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AltegioError",
    "AuthenticationError",
    "BadRequestError",
    "ClientStateError",
    "ConflictError",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimiterBackendError",
    "RateLimiterError",
    "RateLimiterTimeoutError",
    "UnprocessableEntityError",
]


class AltegioError(Exception):
    """Base of every error raised by this package.

    Every error pickles and copies (`copy.copy`, `copy.deepcopy`), so it can cross a
    ProcessPoolExecutor or be stored by a task queue: the copy is of the same class, with the
    same `args` and attributes (message, status, body, field errors, `retry_after`, ...), made
    without calling `__init__`, so subclasses with any constructor need no code of their own.
    `.request` and `.response` travel as redacted copies: the Authorization, Proxy-Authorization,
    Cookie and Set-Cookie headers are dropped (from the response's request too) and so are
    redirect history and `next_request`; method, URL, status, other headers and body are kept.
    An unpickled response is closed and cannot be streamed again. Every attribute must be
    picklable for the error to be.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        state = {name: _portable(value) for name, value in vars(self).items()}
        return (_rebuild, (type(self), self.args, state))


def _rebuild(cls: type[AltegioError], args: tuple[Any, ...], state: dict[str, Any]) -> AltegioError:
    """Unpickle an error without its `__init__`, whose arguments are not kept."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


def _portable(value: Any) -> Any:
    """What of an error attribute may leave the process: httpx messages lose their secrets."""
    if isinstance(value, httpx.Request):
        return _redacted_request(value)
    if isinstance(value, httpx.Response):
        return _redacted_response(value)
    return value


def _safe_headers(headers: httpx.Headers) -> httpx.Headers:
    kept = [(name, value) for name, value in headers.raw if name.decode("latin-1").lower() not in SENSITIVE_HEADERS]
    return httpx.Headers(kept, encoding=headers.encoding)


def _redacted_request(request: httpx.Request) -> httpx.Request:
    try:
        content = request.content
    except httpx.RequestNotRead:  # a streamed body: not kept
        content = b""
    copy = httpx.Request(request.method, request.url, content=content)
    copy.headers = _safe_headers(request.headers)
    return copy


def _redacted_response(response: httpx.Response) -> httpx.Response:
    """A closed copy through httpx's own pickling state, minus credentials and redirects."""
    state = response.__getstate__()
    state["headers"] = _safe_headers(response.headers)
    original_request = state.get("_request")
    state["_request"] = None if original_request is None else _redacted_request(original_request)
    state["history"] = []
    state["next_request"] = None
    copy = httpx.Response.__new__(httpx.Response)
    copy.__setstate__(state)
    return copy


class InvalidArgumentError(AltegioError, ValueError):
    """An argument was rejected before any request was sent; `argument` names it."""

    def __init__(self, argument: str, problem: str) -> None:
        super().__init__(f"{argument}: {problem}")
        self.argument = argument
        self.problem = problem


class ClientStateError(AltegioError, RuntimeError):
    """The client cannot send in its state: it is closed, or (async) it is bound to another
    event loop. Nothing was sent; the message says what to do."""


class RateLimiterError(AltegioError):
    """The rate limiter could not give a request its slot; nothing was sent."""


class RateLimiterTimeoutError(RateLimiterError):
    """No slot came within `RateLimit.max_wait`: other requests hold the budget."""


class RateLimiterBackendError(RateLimiterError):
    """The shared limiter's store (Redis) failed and `on_backend_error="raise"` was chosen."""


class APIError(AltegioError):
    """A request was attempted and did not end in a usable response."""

    def __init__(self, message: str, *, request: httpx.Request | None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The server could not be reached, or the connection broke before a full response."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request took longer than its timeout."""

    def __init__(self, *, request: httpx.Request | None) -> None:
        super().__init__("Request timed out.", request=request)


class APIResponseValidationError(APIError):
    """A successful (2xx) response whose body does not fit the API description.

    `body` keeps the raw text, so that nothing the server said is lost. Raised without a
    response when the fault spans several responses (a pager whose server ignores `page`):
    then `response`, `request` and `status_code` are None and the text starts with `operation`.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response | None = None,
        body: str | None = None,
        operation: str | None = None,
    ) -> None:
        request = None if response is None else response.request
        where = _where(request) if request is not None or operation is None else operation
        super().__init__(f"{where}: invalid response: {message}", request=request)
        self.response = response
        self.status_code: int | None = None if response is None else response.status_code
        self.body: str | None = body if body is not None or response is None else response.text


class APIStatusError(APIError):
    """The server answered with an error: a non-2xx status, or `success: false`."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        errors: Mapping[str, list[str]] | None = None,
    ) -> None:
        self.status_code = response.status_code
        self.response = response
        self.body = body
        self.errors: dict[str, list[str]] = dict(errors or {})
        super().__init__(message, request=response.request)

    def __str__(self) -> str:
        text = f"{self.status_code} {_where(self.request)}: {self.message}"
        if self.errors:
            details = "; ".join(f"{field}: {' '.join(messages)}" for field, messages in self.errors.items())
            text += f" ({details})"
        return text


class BadRequestError(APIStatusError):
    """400: the request was malformed."""


class AuthenticationError(APIStatusError):
    """401: the partner or user token is missing or invalid."""


class PermissionDeniedError(APIStatusError):
    """403: the tokens are valid but lack the rights for this Location or action."""


class NotFoundError(APIStatusError):
    """404: the Location or the resource does not exist."""


class ConflictError(APIStatusError):
    """409: for example a Team Member or Resource Instance is unavailable at that time."""


class UnprocessableEntityError(APIStatusError):
    """422: the server rejected the values; see `errors` for the fields."""


class RateLimitError(APIStatusError):
    """429: too many requests; `retry_after` is the server's wait in seconds, if it gave one."""

    def __init__(self, message: str, *, response: httpx.Response, body: Any, **kwargs: Any) -> None:
        super().__init__(message, response=response, body=body, **kwargs)
        self.retry_after = parse_retry_after(response.headers)


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _where(request: httpx.Request | None) -> str:
    """METHOD /path, without the query (it may hold personal data) and never a header."""
    if request is None:
        return "(no request)"
    return f"{request.method} {request.url.path}"


def status_error(response: httpx.Response, body: Any) -> APIStatusError:
    """Build the error for an error response; `body` is the decoded JSON or the raw text."""
    message, errors = _envelope_message(body)
    if not message:
        message = response.reason_phrase or "error"
    status = response.status_code
    cls = _BY_STATUS.get(status)
    if cls is None:
        cls = InternalServerError if status >= 500 else APIStatusError
    return cls(message, response=response, body=body, errors=errors)


def _envelope_message(body: Any) -> tuple[str, dict[str, list[str]]]:
    """Message and field errors from the v2 envelope; tolerant of the v1 shapes."""
    if not isinstance(body, Mapping):
        return "", {}
    meta = body.get("meta")
    message = ""
    raw_errors: Any = None
    if isinstance(meta, Mapping):
        message = _text(meta.get("message"))
        raw_errors = meta.get("errors")
    if not message:
        message = _text(body.get("message")) or _text(body.get("error"))
    if raw_errors is None:
        raw_errors = body.get("errors")
    return message, normalize_field_errors(raw_errors)


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def normalize_field_errors(raw: Any) -> dict[str, list[str]]:
    """Both shapes of `meta.errors` become {field: [messages]}.

    v2 sends {"title": ["..."]}; v1 sends a list such as [{"field_name": "title",
    "error_message": "..."}], [{"code": 1, "message": "..."}] or [{"message": "..."}].
    Messages without a field are gathered under "".
    """
    result: dict[str, list[str]] = {}

    def add(field: Any, message: Any) -> None:
        if message is None or message == "":
            return
        name = str(field or "")
        if name.startswith("[") and name.endswith("]"):  # v1 wraps names: "[title]"
            name = name[1:-1]
        result.setdefault(name, []).append(str(message))

    if isinstance(raw, Mapping):
        for field, messages in raw.items():
            if isinstance(messages, list | tuple):
                for message in messages:
                    add(field, message)
            else:
                add(field, messages)
    elif isinstance(raw, list | tuple):
        for item in raw:
            if isinstance(item, Mapping):
                field = item.get("field_name", item.get("field", item.get("code", "")))
                message = item.get("error_message", item.get("message"))
                if isinstance(field, int):
                    field = ""
                add(field, message)
            else:
                add("", item)
    return result


def parse_retry_after(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header, in seconds or HTTP-date form; None if absent."""
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        import email.utils  # rare path; keeps `import altegio` light

        try:
            moment = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if moment is None:
            return None
        if moment.tzinfo is None:  # asctime form or "-0000": RFC 9110 dates are UTC, never local
            moment = moment.replace(tzinfo=dt.UTC)
        seconds = moment.timestamp() - (time.time() if now is None else now)
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)
