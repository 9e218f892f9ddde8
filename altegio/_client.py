"""The two clients, `Altegio` and `AsyncAltegio`: settings, the httpx client, the resources.

They share everything but sending (see _transport.py): the same settings, validation, request
building, retry policy, rate limiter and response parsing.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, TypeVar

import httpx

from ._body import ACCEPT_ENCODING
from ._constants import DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._deadline import enforce_deadlines
from ._errors import ClientStateError, InvalidArgumentError
from ._logging import setup_from_environment
from ._operations import APICall, prepare_request, raw_call, read_response
from ._ratelimit import AsyncRateLimiter, RateLimit, RateLimiter, async_limiter, sync_limiter
from ._response import RawResponse, WithRawResponse
from ._retry import RetryPolicy
from ._settings import BearerPartnerUserAuth, Settings, build_settings, with_changes
from ._transport import Budget, send_async, send_sync
from .resources import Flavour, ResourceProperty

if TYPE_CHECKING:  # the resources (and the models they parse into) load on first use
    import altegio_openapi

    from .resources._async.appointments import AsyncAppointments, AsyncResourceOccupations
    from .resources._async.booking_users import AsyncBookingUsers
    from .resources._async.custom_fields import AsyncCustomFields
    from .resources._async.events import AsyncEvents
    from .resources._async.positions import AsyncPositions
    from .resources._async.products import AsyncProducts
    from .resources._async.services import AsyncAttendanceServices, AsyncServices
    from .resources._async.tags import AsyncTags
    from .resources._async.team_members import AsyncTeamMembers
    from .resources._sync.appointments import Appointments, ResourceOccupations
    from .resources._sync.booking_users import BookingUsers
    from .resources._sync.custom_fields import CustomFields
    from .resources._sync.events import Events
    from .resources._sync.positions import Positions
    from .resources._sync.products import Products
    from .resources._sync.services import AttendanceServices, Services
    from .resources._sync.tags import Tags
    from .resources._sync.team_members import TeamMembers

T = TypeVar("T")
_DEFAULT_RATE_LIMIT = RateLimit()
# Named servers: production (the default) and Altegio's hosted mock; `base_url` wins over both.
Environment = Literal["production", "mock"]


class _ClientCore:
    """Configuration and per-call options common to both clients."""

    _settings: Settings
    _limiter: Any
    _policy: RetryPolicy
    _budget: Budget
    _auth: BearerPartnerUserAuth
    _http: Any
    _owns_http: bool
    _request_headers: httpx.Headers
    _request_extensions: dict[str, Any]
    _loop: Any = None  # AsyncAltegio: the event loop of its first call
    _raw = False  # `with_raw_response`: calls return RawResponse

    def _start(self, settings: Settings, http_client: Any, http_type: type, other_client: str) -> None:
        """Take or build the httpx client (of `http_type`), then configure from `settings`."""
        setup_from_environment()
        if http_client is not None and not isinstance(http_client, http_type):
            raise InvalidArgumentError(
                "http_client", f"must be an httpx.{http_type.__name__} (use {other_client} for the other kind)"
            )
        limiter = (async_limiter if http_type is httpx.AsyncClient else sync_limiter)(settings.rate_limit)
        self._owns_http = http_client is None
        self._http = http_type(timeout=settings.timeout) if http_client is None else http_client
        if isinstance(self._http, httpx.Client):
            enforce_deadlines(self._http)
        self._configure(settings, limiter)

    def _configure(self, settings: Settings, limiter: Any) -> None:
        self._settings = settings
        self._limiter = limiter
        self._policy = RetryPolicy(max_retries=settings.max_retries)
        self._budget = Budget(seconds=settings.attempt_seconds, max_bytes=settings.max_response_bytes)
        self._auth = BearerPartnerUserAuth(settings.credentials)
        # Every request carries the httpx client's default headers, ours and the Authorization
        # header, merged once here rather than on each request (httpx masks it in repr).
        headers = self._http.headers.copy()
        headers["Accept-Encoding"] = ACCEPT_ENCODING  # what the bounded body reader decodes
        headers.update(settings.headers)
        headers["Authorization"] = settings.credentials.authorization
        self._request_headers = headers
        self._request_extensions = {"timeout": settings.timeout.as_dict()}

    # The resources, one definition for both clients (`Altegio` gets the sync classes).
    _flavour: ClassVar[Flavour]
    tags: ResourceProperty[Tags, AsyncTags] = ResourceProperty("Tags")
    positions: ResourceProperty[Positions, AsyncPositions] = ResourceProperty("Positions")
    team_members: ResourceProperty[TeamMembers, AsyncTeamMembers] = ResourceProperty("TeamMembers")
    events: ResourceProperty[Events, AsyncEvents] = ResourceProperty("Events")
    appointments: ResourceProperty[Appointments, AsyncAppointments] = ResourceProperty("Appointments")
    attendance_services: ResourceProperty[AttendanceServices, AsyncAttendanceServices] = ResourceProperty(
        "AttendanceServices"
    )
    booking_users: ResourceProperty[BookingUsers, AsyncBookingUsers] = ResourceProperty("BookingUsers")
    custom_fields: ResourceProperty[CustomFields, AsyncCustomFields] = ResourceProperty("CustomFields")
    products: ResourceProperty[Products, AsyncProducts] = ResourceProperty("Products")
    resource_occupations: ResourceProperty[ResourceOccupations, AsyncResourceOccupations] = ResourceProperty(
        "ResourceOccupations"
    )
    services: ResourceProperty[Services, AsyncServices] = ResourceProperty("Services")

    @functools.cached_property
    def generated(self) -> altegio_openapi.Client:
        """The low-level generated client (package `altegio_openapi`), configured with the same
        base URL, headers and tokens, for operations the resources do not cover: pass it as
        `client=` to `altegio_openapi.api.<tag>.<operation>.sync_detailed` (or `asyncio_detailed`).
        It has its own connection pool and no retries or rate limit; close it when done."""
        from altegio_openapi import Client

        return Client(
            base_url=self._settings.base_url,
            headers=dict(self._settings.headers),
            timeout=self._settings.timeout,
            httpx_args={"auth": self._auth},
        )

    @property
    def settings(self) -> Settings:
        """The effective configuration (tokens redacted in its repr)."""
        return self._settings

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_response_bytes: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with another timeout, retry count, body ceiling or extra headers (merged over
        the defaults; Authorization is refused) for the calls made through it.

        It shares the connection pool and the rate limiter of this client, e.g.
        `client.with_options(max_retries=0).tags.get(location_id, tag_id)`.
        """
        settings = with_changes(
            self._settings,
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            headers=headers,
        )
        return self._copy(settings, raw=self._raw)

    @property
    def with_raw_response(self) -> WithRawResponse:
        """The same resources (and `request`), returning a `RawResponse` instead of the result:
        `client.with_raw_response.tags.get(location_id, tag_id)` has `.status_code`, `.headers`,
        `.elapsed`, `.http_request` and `.parse()`. A list method gives its first page's."""
        return WithRawResponse(self._copy(self._settings, raw=True))

    def _copy(self, settings: Settings, *, raw: bool) -> Self:
        copy = object.__new__(type(self))
        copy._http = self._http
        copy._owns_http = False  # the original client closes the shared pool
        copy._loop = self._loop
        copy._raw = raw
        copy._configure(settings, self._limiter)
        return copy

    def _respond(self, call: APICall[T], response: httpx.Response) -> T:
        """The result of a call, or (raw mode) its response, after raising for an error status."""
        if not self._raw:
            return read_response(call, response)
        if not response.is_success:
            read_response(call, response)  # raises the status error
        return RawResponse(call, response)  # type: ignore[return-value]

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._settings.base_url!r})"


class Altegio(_ClientCore):
    """Client for the Altegio Business Management API v2 (blocking I/O).

    Tokens come from the arguments or from ALTEGIO_PARTNER_TOKEN and ALTEGIO_USER_TOKEN, the
    base URL from `base_url` or ALTEGIO_BASE_URL. Use it as a context manager, or call
    `close()`, to release its connections. One client is safe to share between threads; its
    rate limiter then covers all of them.
    """

    _flavour = "sync"

    def __init__(
        self,
        partner_token: str | None = None,
        user_token: str | None = None,
        *,
        base_url: str | None = None,
        environment: Environment | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: RateLimit | RateLimiter | None = _DEFAULT_RATE_LIMIT,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        settings = build_settings(
            partner_token,
            user_token,
            base_url=base_url,
            environment=environment,
            timeout=timeout,
            max_retries=max_retries,
            rate_limit=rate_limit,
            max_response_bytes=max_response_bytes,
            default_headers=default_headers,
        )
        self._start(settings, http_client, httpx.Client, "AsyncAltegio")

    def _execute(self, call: APICall[T]) -> T:
        request = prepare_request(
            call, base_url=self._settings.base_url, headers=self._request_headers, extensions=self._request_extensions
        )
        response = send_sync(self._http, call.operation, request, self._policy, self._limiter, self._budget)
        return self._respond(call, response)

    def request(self, method: str, path: str, *, params: Mapping[str, Any] | None = None, json: Any = None) -> Any:
        """Call any path of the API (relative to the base URL) with the client's auth, retries
        and error handling; returns the decoded JSON body, or None when there is none."""
        return self._execute(raw_call(method, path, params=params, json=json))

    def close(self) -> None:
        """Close the client's connections (not those of an `http_client` you passed in: close
        that yourself). A closed client raises ClientStateError when called."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAltegio(_ClientCore):
    """Client for the Altegio Business Management API v2 (asyncio); same API as `Altegio`,
    with awaitable methods and `async for` over lists. One client's rate limiter covers all
    the tasks that use it."""

    _flavour = "async"

    def __init__(
        self,
        partner_token: str | None = None,
        user_token: str | None = None,
        *,
        base_url: str | None = None,
        environment: Environment | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: RateLimit | AsyncRateLimiter | None = _DEFAULT_RATE_LIMIT,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        settings = build_settings(
            partner_token,
            user_token,
            base_url=base_url,
            environment=environment,
            timeout=timeout,
            max_retries=max_retries,
            rate_limit=rate_limit,
            max_response_bytes=max_response_bytes,
            default_headers=default_headers,
        )
        self._start(settings, http_client, httpx.AsyncClient, "Altegio")

    async def _execute(self, call: APICall[T]) -> T:
        request = prepare_request(
            call, base_url=self._settings.base_url, headers=self._request_headers, extensions=self._request_extensions
        )
        self._check_loop()
        response = await send_async(self._http, call.operation, request, self._policy, self._limiter, self._budget)
        return self._respond(call, response)

    def _check_loop(self) -> None:
        """The pooled connections of our own httpx client belong to the event loop of the first
        call, and fail in another one; say so before sending. (With your own `http_client`,
        httpx's "Event loop is closed" becomes the same ClientStateError when it happens.)"""
        if not self._owns_http:
            return
        import asyncio

        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = loop
        elif self._loop is not loop:
            raise ClientStateError(
                "this AsyncAltegio was first used in another event loop (e.g. an earlier asyncio.run) and its "
                "connections belong to it; create the client inside the coroutine that uses it"
            )

    async def request(
        self, method: str, path: str, *, params: Mapping[str, Any] | None = None, json: Any = None
    ) -> Any:
        """Call any path of the API (relative to the base URL) with the client's auth, retries
        and error handling; returns the decoded JSON body, or None when there is none."""
        return await self._execute(raw_call(method, path, params=params, json=json))

    async def close(self) -> None:
        """Close the client's connections (not those of an `http_client` you passed in: close
        that yourself). A closed client raises ClientStateError when called."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
