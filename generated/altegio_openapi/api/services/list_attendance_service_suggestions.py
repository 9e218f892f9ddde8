from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.list_attendance_service_suggestions_include_item import (
    ListAttendanceServiceSuggestionsIncludeItem,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.list_attendance_service_suggestions_response_200 import (
        ListAttendanceServiceSuggestionsResponse200,
    )


OPERATION_ID = "list_attendance_service_suggestions"


def request_kwargs(
    location_id: int,
    *,
    staff_id: int,
    client_id: int | Unset | None = UNSET,
    include: list[ListAttendanceServiceSuggestionsIncludeItem] | Unset | None = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for list_attendance_service_suggestions: `GET /locations/{location_id}/attendance_service_suggestions`, relative to the base URL.

    An optional query parameter given as None is left out, like one not given: the spec's default applies.
    """
    if client_id is None:
        client_id = UNSET
    if include is None:
        include = UNSET

    params: dict[str, Any] = {}

    params["staff_id"] = staff_id

    params["client_id"] = client_id

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            json_include.append(include_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/locations/{location_id}/attendance_service_suggestions".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> B2BV2ErrorResponse | ListAttendanceServiceSuggestionsResponse200 | None:
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.list_attendance_service_suggestions_response_200 import (
        ListAttendanceServiceSuggestionsResponse200,
    )

    if response.status_code == 200:
        response_200 = ListAttendanceServiceSuggestionsResponse200.from_dict(
            response.json()
        )

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
) -> Response[B2BV2ErrorResponse | ListAttendanceServiceSuggestionsResponse200]:
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
    staff_id: int,
    client_id: int | Unset | None = UNSET,
    include: list[ListAttendanceServiceSuggestionsIncludeItem] | Unset | None = UNSET,
) -> Response[B2BV2ErrorResponse | ListAttendanceServiceSuggestionsResponse200]:
    """Suggested Attendance Services

     Get suggested Services for a Team Member. If a Booking User ID is given,
    extra suggestions are added from that Booking User's earlier Appointments
    and from popular Services.

    Pass `include=attendance_service` to embed the suggested Service delivery
    option, or `include=record` to embed the source Appointment. The wire
    contract keeps the literal include value `record`.

    Args:
        location_id (int):
        staff_id (int):
        client_id (int | Unset):
        include (list[ListAttendanceServiceSuggestionsIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | ListAttendanceServiceSuggestionsResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        staff_id=staff_id,
        client_id=client_id,
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
    staff_id: int,
    client_id: int | Unset | None = UNSET,
    include: list[ListAttendanceServiceSuggestionsIncludeItem] | Unset | None = UNSET,
) -> B2BV2ErrorResponse | ListAttendanceServiceSuggestionsResponse200 | None:
    """Suggested Attendance Services

     Get suggested Services for a Team Member. If a Booking User ID is given,
    extra suggestions are added from that Booking User's earlier Appointments
    and from popular Services.

    Pass `include=attendance_service` to embed the suggested Service delivery
    option, or `include=record` to embed the source Appointment. The wire
    contract keeps the literal include value `record`.

    Args:
        location_id (int):
        staff_id (int):
        client_id (int | Unset):
        include (list[ListAttendanceServiceSuggestionsIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | ListAttendanceServiceSuggestionsResponse200
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        staff_id=staff_id,
        client_id=client_id,
        include=include,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    staff_id: int,
    client_id: int | Unset | None = UNSET,
    include: list[ListAttendanceServiceSuggestionsIncludeItem] | Unset | None = UNSET,
) -> Response[B2BV2ErrorResponse | ListAttendanceServiceSuggestionsResponse200]:
    """Suggested Attendance Services

     Get suggested Services for a Team Member. If a Booking User ID is given,
    extra suggestions are added from that Booking User's earlier Appointments
    and from popular Services.

    Pass `include=attendance_service` to embed the suggested Service delivery
    option, or `include=record` to embed the source Appointment. The wire
    contract keeps the literal include value `record`.

    Args:
        location_id (int):
        staff_id (int):
        client_id (int | Unset):
        include (list[ListAttendanceServiceSuggestionsIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | ListAttendanceServiceSuggestionsResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        staff_id=staff_id,
        client_id=client_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    staff_id: int,
    client_id: int | Unset | None = UNSET,
    include: list[ListAttendanceServiceSuggestionsIncludeItem] | Unset | None = UNSET,
) -> B2BV2ErrorResponse | ListAttendanceServiceSuggestionsResponse200 | None:
    """Suggested Attendance Services

     Get suggested Services for a Team Member. If a Booking User ID is given,
    extra suggestions are added from that Booking User's earlier Appointments
    and from popular Services.

    Pass `include=attendance_service` to embed the suggested Service delivery
    option, or `include=record` to embed the source Appointment. The wire
    contract keeps the literal include value `record`.

    Args:
        location_id (int):
        staff_id (int):
        client_id (int | Unset):
        include (list[ListAttendanceServiceSuggestionsIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | ListAttendanceServiceSuggestionsResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            staff_id=staff_id,
            client_id=client_id,
            include=include,
        )
    ).parsed
