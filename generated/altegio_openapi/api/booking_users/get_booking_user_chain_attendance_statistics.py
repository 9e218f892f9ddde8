from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.get_booking_user_chain_attendance_statistics_response_200 import (
        GetBookingUserChainAttendanceStatisticsResponse200,
    )


OPERATION_ID = "get_booking_user_chain_attendance_statistics"


def request_kwargs(
    location_id: int,
    client_id: int,
    chain_id: int,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for get_booking_user_chain_attendance_statistics: `GET /locations/{location_id}/clients/{client_id}/chain_attendances_statistic/{chain_id}`, relative to the base URL.

    An optional query parameter given as None is left out, like one not given: the spec's default applies.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/locations/{location_id}/clients/{client_id}/chain_attendances_statistic/{chain_id}".format(
            location_id=quote(str(location_id), safe=""),
            client_id=quote(str(client_id), safe=""),
            chain_id=quote(str(chain_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> B2BV2ErrorResponse | GetBookingUserChainAttendanceStatisticsResponse200 | None:
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.get_booking_user_chain_attendance_statistics_response_200 import (
        GetBookingUserChainAttendanceStatisticsResponse200,
    )

    if response.status_code == 200:
        response_200 = GetBookingUserChainAttendanceStatisticsResponse200.from_dict(
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
) -> Response[B2BV2ErrorResponse | GetBookingUserChainAttendanceStatisticsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    client_id: int,
    chain_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[B2BV2ErrorResponse | GetBookingUserChainAttendanceStatisticsResponse200]:
    """Booking User Attendance Statistics across a Chain

     Fetch, for one Booking User across a Chain, the attendance counts,
    financial totals, most recent successful attendance, and deposits. The
    Business User needs Appointment form access set up for the requested Chain.

    `client_id` (path parameter) and `client_chain_attendances_statistic`
    (resource type) are literal legacy wire names.

    Args:
        location_id (int):
        client_id (int):
        chain_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | GetBookingUserChainAttendanceStatisticsResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        client_id=client_id,
        chain_id=chain_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    client_id: int,
    chain_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> B2BV2ErrorResponse | GetBookingUserChainAttendanceStatisticsResponse200 | None:
    """Booking User Attendance Statistics across a Chain

     Fetch, for one Booking User across a Chain, the attendance counts,
    financial totals, most recent successful attendance, and deposits. The
    Business User needs Appointment form access set up for the requested Chain.

    `client_id` (path parameter) and `client_chain_attendances_statistic`
    (resource type) are literal legacy wire names.

    Args:
        location_id (int):
        client_id (int):
        chain_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | GetBookingUserChainAttendanceStatisticsResponse200
    """

    return sync_detailed(
        location_id=location_id,
        client_id=client_id,
        chain_id=chain_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    client_id: int,
    chain_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[B2BV2ErrorResponse | GetBookingUserChainAttendanceStatisticsResponse200]:
    """Booking User Attendance Statistics across a Chain

     Fetch, for one Booking User across a Chain, the attendance counts,
    financial totals, most recent successful attendance, and deposits. The
    Business User needs Appointment form access set up for the requested Chain.

    `client_id` (path parameter) and `client_chain_attendances_statistic`
    (resource type) are literal legacy wire names.

    Args:
        location_id (int):
        client_id (int):
        chain_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | GetBookingUserChainAttendanceStatisticsResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        client_id=client_id,
        chain_id=chain_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    client_id: int,
    chain_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> B2BV2ErrorResponse | GetBookingUserChainAttendanceStatisticsResponse200 | None:
    """Booking User Attendance Statistics across a Chain

     Fetch, for one Booking User across a Chain, the attendance counts,
    financial totals, most recent successful attendance, and deposits. The
    Business User needs Appointment form access set up for the requested Chain.

    `client_id` (path parameter) and `client_chain_attendances_statistic`
    (resource type) are literal legacy wire names.

    Args:
        location_id (int):
        client_id (int):
        chain_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | GetBookingUserChainAttendanceStatisticsResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client_id=client_id,
            chain_id=chain_id,
            client=client,
        )
    ).parsed
