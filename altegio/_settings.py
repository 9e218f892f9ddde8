"""Arguments and environment -> one immutable Settings object, with tokens kept out of sight.

Tokens live in a `Credentials` object whose repr and str are redacted. The clients put the
Authorization header into the header set they attach to each request (httpx masks it in
repr); `BearerPartnerUserAuth` adds it for the generated client. It never appears in a
settings repr, a log record or an exception text.
"""

from __future__ import annotations

import dataclasses
import math
import os
import re
import sys
from collections.abc import Generator, Mapping
from typing import Any

import httpx

from ._constants import (
    DEFAULT_BASE_URL,
    ENV_BASE_URL,
    ENV_PARTNER_TOKEN,
    ENV_USER_TOKEN,
    MEDIA_TYPE,
)
from ._errors import InvalidArgumentError
from ._ratelimit import RateLimit
from ._validation import MAX_INTEGER, shown
from ._version import __version__

_PYTHON = ".".join(str(part) for part in sys.version_info[:3])
USER_AGENT = f"altegio-python/{__version__} httpx/{httpx.__version__} python/{_PYTHON}"


class Credentials:
    """The partner and user tokens. Never shown: repr() and str() say `<redacted>`."""

    __slots__ = ("_header",)

    def __init__(self, partner_token: str, user_token: str) -> None:
        self._header = f"Bearer {partner_token}, User {user_token}"

    @property
    def authorization(self) -> str:
        return self._header

    def __repr__(self) -> str:
        return "Credentials(<redacted>)"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Credentials) and other._header == self._header

    def __hash__(self) -> int:
        return hash(self._header)

    def __reduce__(self) -> Any:  # pickling would write the tokens out
        raise TypeError("Credentials cannot be pickled")


class BearerPartnerUserAuth(httpx.Auth):
    """Adds `Authorization: Bearer <partner>, User <user>` to each request as it is sent."""

    def __init__(self, credentials: Credentials) -> None:
        self._credentials = credentials

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._credentials.authorization
        yield request

    def __repr__(self) -> str:
        return "BearerPartnerUserAuth(<redacted>)"


@dataclasses.dataclass(frozen=True, slots=True)
class Settings:
    """Everything a client was configured with. Safe to print: tokens are redacted."""

    credentials: Credentials
    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    rate_limit: RateLimit | Any
    max_response_bytes: int
    headers: Mapping[str, str] = dataclasses.field(compare=False)

    @property
    def attempt_seconds(self) -> float:
        """The most one attempt may take as a whole: the largest of the timeout's parts."""
        parts = (self.timeout.connect, self.timeout.read, self.timeout.write, self.timeout.pool)
        return max(part for part in parts if part is not None)


def _token(value: str | None, env: str, argument: str) -> str:
    token = value if value is not None else os.environ.get(env)
    if token is not None and not isinstance(token, str):
        raise InvalidArgumentError(argument, f"must be a string, got {type(token).__name__}")
    if token is None or not token.strip():
        raise InvalidArgumentError(argument, f"missing: pass {argument}=... or set the {env} environment variable")
    token = token.strip()
    # The header is `Bearer <partner>, User <user>`: a token is printable ASCII without spaces
    # or commas. Anything else would reach httpx, whose UnicodeEncodeError (or h11's error)
    # quotes the whole header, both tokens included; the message here never shows the token.
    if not _TOKEN.fullmatch(token):
        raise InvalidArgumentError(
            argument, "must be printable ASCII without whitespace, commas or control characters (token not shown)"
        )
    return token


_TOKEN = re.compile(r"[!-+\--~]+")  # 0x21-0x7E except ',' (0x2C)
# RFC 9110: a field name is a token; a value is visible ASCII with inner spaces or tabs. h11
# refuses anything else only when sending (after a GET was retried for nothing), httpx refuses
# non-ASCII with a UnicodeEncodeError, and CR or LF would split the request.
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEADER_VALUE = re.compile(r"(?:[!-~]+(?:[ \t]+[!-~]+)*)?")
_FRAMING_HEADERS = frozenset({"content-length", "transfer-encoding"})  # h11 checks them when sending


def _default_headers(value: Mapping[str, str] | None, argument: str = "default_headers") -> dict[str, str]:
    """Extra headers, checked now rather than by h11 at send time; values are never echoed
    (they may be credentials of a proxy or a gateway)."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise InvalidArgumentError(argument, f"must map names to values, not {type(value).__name__}")
    headers: dict[str, str] = {}
    for name, text in value.items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            raise InvalidArgumentError(
                argument, f"{shown(name)} is not a header name (letters, digits and !#$%&'*+-.^_`|~ only)"
            )
        if name.lower() == "authorization":
            raise InvalidArgumentError(argument, "must not set Authorization; pass the tokens instead")
        if name.lower() in _FRAMING_HEADERS:
            raise InvalidArgumentError(argument, f"must not set {name}: httpx sets it for each body")
        if not isinstance(text, str) or not _HEADER_VALUE.fullmatch(text):
            raise InvalidArgumentError(
                argument,
                f"the value of {name!r} must be a string of printable ASCII, without CR, LF or other control "
                "characters and without leading or trailing whitespace (value not shown)",
            )
        headers[name] = text
    return headers


ENVIRONMENTS: Mapping[str, str] = {
    "production": DEFAULT_BASE_URL,
    # Altegio's hosted mock of the published description: it needs the internet and answers from
    # the description's examples (no state, no real data); it has no /api/v2 prefix.
    "mock": "https://developer.alteg.io/_mock/en/b2b-v2/openapi",
}


def _base_url(value: str | None, environment: str | None = None) -> str:
    """`base_url`, else the named `environment`, else ALTEGIO_BASE_URL, else production."""
    if environment is not None and environment not in ENVIRONMENTS:
        raise InvalidArgumentError(
            "environment", f"must be one of {', '.join(map(repr, ENVIRONMENTS))}, got {shown(environment)}"
        )
    if value is not None:
        url: Any = value
    elif environment is not None:
        url = ENVIRONMENTS[environment]
    else:
        url = os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL
    if not isinstance(url, str) or not url.startswith(("https://", "http://")):
        raise InvalidArgumentError("base_url", f"must be an http(s) URL, got {shown(url)}")
    return url.rstrip("/")


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        parts = (value.connect, value.read, value.write, value.pool)
        if all(part is None for part in parts):
            raise InvalidArgumentError("timeout", "an httpx.Timeout with no finite part would wait forever")
        return value
    if value is None:
        raise InvalidArgumentError(
            "timeout", "must be a number of seconds or an httpx.Timeout (None would wait forever)"
        )
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidArgumentError("timeout", f"must be a positive number of seconds, got {type(value).__name__}")
    if isinstance(value, int) and not -MAX_INTEGER <= value <= MAX_INTEGER:
        seconds = math.inf if value > 0 else -math.inf  # float() would raise OverflowError
    else:
        seconds = float(value)
    if not 0 < seconds < math.inf:  # NaN fails too: the socket would refuse it at send time
        raise InvalidArgumentError("timeout", f"must be a positive, finite number of seconds, got {shown(value)}")
    return httpx.Timeout(seconds)


def _max_retries(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_INTEGER:
        raise InvalidArgumentError("max_retries", f"must be an integer from 0 to 2**63 - 1, got {shown(value)}")
    return value


def _max_response_bytes(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidArgumentError("max_response_bytes", f"must be an integer >= 1, got {value!r}")
    return value


def build_settings(
    partner_token: str | None,
    user_token: str | None,
    *,
    base_url: str | None,
    environment: str | None = None,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    rate_limit: RateLimit | Any,
    max_response_bytes: int,
    default_headers: Mapping[str, str] | None,
) -> Settings:
    credentials = Credentials(
        _token(partner_token, ENV_PARTNER_TOKEN, "partner_token"),
        _token(user_token, ENV_USER_TOKEN, "user_token"),
    )
    headers = {"Accept": MEDIA_TYPE, "User-Agent": USER_AGENT, **_default_headers(default_headers)}
    return Settings(
        credentials=credentials,
        base_url=_base_url(base_url, environment),
        timeout=_timeout(timeout),
        max_retries=_max_retries(max_retries),
        rate_limit=rate_limit,  # checked by the client: a sync or an async limiter
        max_response_bytes=_max_response_bytes(max_response_bytes),
        headers=headers,
    )


def with_changes(
    settings: Settings,
    *,
    timeout: Any = None,
    max_retries: Any = None,
    max_response_bytes: Any = None,
    headers: Any = None,
) -> Settings:
    changes: dict[str, Any] = {}
    if headers is not None:
        changes["headers"] = {**settings.headers, **_default_headers(headers, "headers")}
    if timeout is not None:
        changes["timeout"] = _timeout(timeout)
    if max_retries is not None:
        changes["max_retries"] = _max_retries(max_retries)
    if max_response_bytes is not None:
        changes["max_response_bytes"] = _max_response_bytes(max_response_bytes)
    return dataclasses.replace(settings, **changes)
