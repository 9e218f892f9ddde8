from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.include_item import IncludeItem
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.list_appointments_response_200 import ListAppointmentsResponse200


OPERATION_ID = "list_appointments"


def request_kwargs(
    location_id: int,
    *,
    filterclient_id: int | Unset | None = UNSET,
    filteractivity_id: int | Unset | None = UNSET,
    filterdate_intersect_from: str | Unset | None = UNSET,
    filterdate_intersect_to: str | Unset | None = UNSET,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
    include: list[IncludeItem] | Unset | None = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for list_appointments: `GET /locations/{location_id}/appointments`, relative to the base URL.

    An optional query parameter given as None is left out, like one not given: the spec's default applies.
    """
    if filterclient_id is None:
        filterclient_id = UNSET
    if filteractivity_id is None:
        filteractivity_id = UNSET
    if filterdate_intersect_from is None:
        filterdate_intersect_from = UNSET
    if filterdate_intersect_to is None:
        filterdate_intersect_to = UNSET
    if page is None:
        page = 1
    if limit is None:
        limit = 250
    if include is None:
        include = UNSET

    params: dict[str, Any] = {}

    params["filter[client_id]"] = filterclient_id

    params["filter[activity_id]"] = filteractivity_id

    params["filter[date_intersect_from]"] = filterdate_intersect_from

    params["filter[date_intersect_to]"] = filterdate_intersect_to

    params["page"] = page

    params["limit"] = limit

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for componentsschemasinclude_item_data in include:
            componentsschemasinclude_item = componentsschemasinclude_item_data.value
            json_include.append(componentsschemasinclude_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/locations/{location_id}/appointments".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> B2BV2ErrorResponse | ListAppointmentsResponse200 | None:
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.list_appointments_response_200 import ListAppointmentsResponse200

    if response.status_code == 200:
        response_200 = ListAppointmentsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = B2BV2ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = B2BV2ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = B2BV2ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = B2BV2ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[B2BV2ErrorResponse | ListAppointmentsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    filterclient_id: int | Unset | None = UNSET,
    filteractivity_id: int | Unset | None = UNSET,
    filterdate_intersect_from: str | Unset | None = UNSET,
    filterdate_intersect_to: str | Unset | None = UNSET,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
    include: list[IncludeItem] | Unset | None = UNSET,
) -> Response[B2BV2ErrorResponse | ListAppointmentsResponse200]:
    """Appointments of a Location

     Fetch the Appointments of a Location as JSON:API resource objects.

    Page through results with `page` and `limit`. `meta.pagination` in the
    response reports the applied `page` and `limit` plus the computed `offset`.

    Date range values are written as `YYYY-MM-DDTHH:MM:SS` with no timezone.
    `filter[date_intersect_from]` and `filter[date_intersect_to]` must be sent
    together, and the end has to be after the start.

    To get related data, repeat the `include` parameter. The wire values are
    literal API keys: `client` means Booking User data, `staff` means Team
    Member data, and `goods` means Products. Including Custom Field Values needs
    the matching Business User permissions.

    Args:
        location_id (int):
        filterclient_id (int | Unset):
        filteractivity_id (int | Unset):
        filterdate_intersect_from (str | Unset):  Example: 2026-01-01T00:00:00.
        filterdate_intersect_to (str | Unset):  Example: 2026-01-31T23:59:59.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[IncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | ListAppointmentsResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        filterclient_id=filterclient_id,
        filteractivity_id=filteractivity_id,
        filterdate_intersect_from=filterdate_intersect_from,
        filterdate_intersect_to=filterdate_intersect_to,
        page=page,
        limit=limit,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    filterclient_id: int | Unset | None = UNSET,
    filteractivity_id: int | Unset | None = UNSET,
    filterdate_intersect_from: str | Unset | None = UNSET,
    filterdate_intersect_to: str | Unset | None = UNSET,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
    include: list[IncludeItem] | Unset | None = UNSET,
) -> B2BV2ErrorResponse | ListAppointmentsResponse200 | None:
    """Appointments of a Location

     Fetch the Appointments of a Location as JSON:API resource objects.

    Page through results with `page` and `limit`. `meta.pagination` in the
    response reports the applied `page` and `limit` plus the computed `offset`.

    Date range values are written as `YYYY-MM-DDTHH:MM:SS` with no timezone.
    `filter[date_intersect_from]` and `filter[date_intersect_to]` must be sent
    together, and the end has to be after the start.

    To get related data, repeat the `include` parameter. The wire values are
    literal API keys: `client` means Booking User data, `staff` means Team
    Member data, and `goods` means Products. Including Custom Field Values needs
    the matching Business User permissions.

    Args:
        location_id (int):
        filterclient_id (int | Unset):
        filteractivity_id (int | Unset):
        filterdate_intersect_from (str | Unset):  Example: 2026-01-01T00:00:00.
        filterdate_intersect_to (str | Unset):  Example: 2026-01-31T23:59:59.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[IncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | ListAppointmentsResponse200
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        filterclient_id=filterclient_id,
        filteractivity_id=filteractivity_id,
        filterdate_intersect_from=filterdate_intersect_from,
        filterdate_intersect_to=filterdate_intersect_to,
        page=page,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    filterclient_id: int | Unset | None = UNSET,
    filteractivity_id: int | Unset | None = UNSET,
    filterdate_intersect_from: str | Unset | None = UNSET,
    filterdate_intersect_to: str | Unset | None = UNSET,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
    include: list[IncludeItem] | Unset | None = UNSET,
) -> Response[B2BV2ErrorResponse | ListAppointmentsResponse200]:
    """Appointments of a Location

     Fetch the Appointments of a Location as JSON:API resource objects.

    Page through results with `page` and `limit`. `meta.pagination` in the
    response reports the applied `page` and `limit` plus the computed `offset`.

    Date range values are written as `YYYY-MM-DDTHH:MM:SS` with no timezone.
    `filter[date_intersect_from]` and `filter[date_intersect_to]` must be sent
    together, and the end has to be after the start.

    To get related data, repeat the `include` parameter. The wire values are
    literal API keys: `client` means Booking User data, `staff` means Team
    Member data, and `goods` means Products. Including Custom Field Values needs
    the matching Business User permissions.

    Args:
        location_id (int):
        filterclient_id (int | Unset):
        filteractivity_id (int | Unset):
        filterdate_intersect_from (str | Unset):  Example: 2026-01-01T00:00:00.
        filterdate_intersect_to (str | Unset):  Example: 2026-01-31T23:59:59.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[IncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | ListAppointmentsResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        filterclient_id=filterclient_id,
        filteractivity_id=filteractivity_id,
        filterdate_intersect_from=filterdate_intersect_from,
        filterdate_intersect_to=filterdate_intersect_to,
        page=page,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    filterclient_id: int | Unset | None = UNSET,
    filteractivity_id: int | Unset | None = UNSET,
    filterdate_intersect_from: str | Unset | None = UNSET,
    filterdate_intersect_to: str | Unset | None = UNSET,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
    include: list[IncludeItem] | Unset | None = UNSET,
) -> B2BV2ErrorResponse | ListAppointmentsResponse200 | None:
    """Appointments of a Location

     Fetch the Appointments of a Location as JSON:API resource objects.

    Page through results with `page` and `limit`. `meta.pagination` in the
    response reports the applied `page` and `limit` plus the computed `offset`.

    Date range values are written as `YYYY-MM-DDTHH:MM:SS` with no timezone.
    `filter[date_intersect_from]` and `filter[date_intersect_to]` must be sent
    together, and the end has to be after the start.

    To get related data, repeat the `include` parameter. The wire values are
    literal API keys: `client` means Booking User data, `staff` means Team
    Member data, and `goods` means Products. Including Custom Field Values needs
    the matching Business User permissions.

    Args:
        location_id (int):
        filterclient_id (int | Unset):
        filteractivity_id (int | Unset):
        filterdate_intersect_from (str | Unset):  Example: 2026-01-01T00:00:00.
        filterdate_intersect_to (str | Unset):  Example: 2026-01-31T23:59:59.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[IncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | ListAppointmentsResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            filterclient_id=filterclient_id,
            filteractivity_id=filteractivity_id,
            filterdate_intersect_from=filterdate_intersect_from,
            filterdate_intersect_to=filterdate_intersect_to,
            page=page,
            limit=limit,
            include=include,
        )
    ).parsed
