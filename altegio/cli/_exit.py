"""Exit codes, one per kind of failure, and the one line on stderr that explains it.

A script can branch on the code without parsing text: 2 means fix the input, 3 the tokens or
rights, 4 the ids, 5 wait and retry, 6 try again later (the server or the network failed),
7 a conflict with the current state (e.g. a Team Member already busy).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

import httpx

from .._errors import (
    AltegioError,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    InvalidArgumentError,
    NotFoundError,
    PermissionDeniedError,
    RateLimiterError,
    RateLimitError,
    UnprocessableEntityError,
)


class ExitCode(enum.IntEnum):
    OK = 0
    OTHER = 1  # any other API error, e.g. a response that does not fit the spec
    BAD_INPUT = 2  # usage errors, arguments refused before sending, 400 and 422
    AUTH = 3  # missing or refused tokens (401), no rights on the Location (403)
    NOT_FOUND = 4  # 404
    RATE_LIMITED = 5  # 429 once the client's retries are spent, or no rate-limit slot in time
    UNAVAILABLE = 6  # 5xx, connection failures and timeouts, once retries are spent
    CONFLICT = 7  # 409
    INTERRUPTED = 130  # Ctrl-C


_CODES: tuple[tuple[type[AltegioError], ExitCode], ...] = (
    (InvalidArgumentError, ExitCode.BAD_INPUT),
    (BadRequestError, ExitCode.BAD_INPUT),
    (UnprocessableEntityError, ExitCode.BAD_INPUT),
    (AuthenticationError, ExitCode.AUTH),
    (PermissionDeniedError, ExitCode.AUTH),
    (NotFoundError, ExitCode.NOT_FOUND),
    (RateLimitError, ExitCode.RATE_LIMITED),
    (RateLimiterError, ExitCode.RATE_LIMITED),
    (InternalServerError, ExitCode.UNAVAILABLE),
    (APIConnectionError, ExitCode.UNAVAILABLE),
    (ConflictError, ExitCode.CONFLICT),
)


def exit_code(error: AltegioError) -> ExitCode:
    for cls, code in _CODES:
        if isinstance(error, cls):
            return code
    return ExitCode.OTHER


def describe(error: AltegioError, secrets: Iterable[str] = ()) -> str:
    """One line: what failed and why, with the server's field errors; never a token."""
    if isinstance(error, APIStatusError):
        text = str(error)  # "404 GET /api/v2/...: Not found (title: ...)"
        if isinstance(error, RateLimitError) and error.retry_after is not None:
            text += f" (retry after {error.retry_after:g} s)"
    elif isinstance(error, APIConnectionError):
        request = error.request
        where = "" if request is None else f" ({request.method} {_origin(request.url)}{request.url.path})"
        text = f"{error.message}{where}"
    elif isinstance(error, APIResponseValidationError | InvalidArgumentError):
        text = str(error)
    else:
        text = f"{type(error).__name__}: {error}"
    text = " ".join(text.split())  # one line, whatever the server sent
    for secret in secrets:
        if secret:
            text = text.replace(secret, "<redacted>")
    return text


def _origin(url: httpx.URL) -> str:
    """scheme://host[:port], without user info (and the path follows without the query)."""
    return f"{url.scheme}://{url.host}" + (f":{url.port}" if url.port else "")
