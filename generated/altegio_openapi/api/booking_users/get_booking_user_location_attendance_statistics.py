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
    from ...models.get_booking_user_location_attendance_statistics_response_200 import (
        GetBookingUserLocationAttendanceStatisticsResponse200,
    )


OPERATION_ID = "get_booking_user_location_attendance_statistics"


def request_kwargs(
    location_id: int,
    client_id: int,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for get_booking_user_location_attendance_statistics: `GET /locations/{location_id}/clients/{client_id}/attendances_statistic`, relative to the base URL.

    An optional query parameter given as None is left out, like one not given: the spec's default applies.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/locations/{location_id}/clients/{client_id}/attendances_statistic".format(
            location_id=quote(str(location_id), safe=""),
            client_id=quote(str(client_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> B2BV2ErrorResponse | GetBookingUserLocationAttendanceStatisticsResponse200 | None:
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.get_booking_user_location_attendance_statistics_response_200 import (
        GetBookingUserLocationAttendanceStatisticsResponse200,
    )

    if response.status_code == 200:
        response_200 = GetBookingUserLocationAttendanceStatisticsResponse200.from_dict(
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
) -> Response[
    B2BV2ErrorResponse | GetBookingUserLocationAttendanceStatisticsResponse200
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    client_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    B2BV2ErrorResponse | GetBookingUserLocationAttendanceStatisticsResponse200
]:
    """Booking User Attendance Statistics for a Location

     Get, for a single Booking User in a Location, the attendance counts,
    financial totals, most recent successful attendance, and deposits. These
    statistics can still be read after the Booking User profile is deleted.

    The names `client_id` (path parameter) and `client_attendances_statistic`
    (resource type) are legacy wire names kept as-is.

    Args:
        location_id (int):
        client_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | GetBookingUserLocationAttendanceStatisticsResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        client_id=client_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    client_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> B2BV2ErrorResponse | GetBookingUserLocationAttendanceStatisticsResponse200 | None:
    """Booking User Attendance Statistics for a Location

     Get, for a single Booking User in a Location, the attendance counts,
    financial totals, most recent successful attendance, and deposits. These
    statistics can still be read after the Booking User profile is deleted.

    The names `client_id` (path parameter) and `client_attendances_statistic`
    (resource type) are legacy wire names kept as-is.

    Args:
        location_id (int):
        client_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | GetBookingUserLocationAttendanceStatisticsResponse200
    """

    return sync_detailed(
        location_id=location_id,
        client_id=client_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    client_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    B2BV2ErrorResponse | GetBookingUserLocationAttendanceStatisticsResponse200
]:
    """Booking User Attendance Statistics for a Location

     Get, for a single Booking User in a Location, the attendance counts,
    financial totals, most recent successful attendance, and deposits. These
    statistics can still be read after the Booking User profile is deleted.

    The names `client_id` (path parameter) and `client_attendances_statistic`
    (resource type) are legacy wire names kept as-is.

    Args:
        location_id (int):
        client_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | GetBookingUserLocationAttendanceStatisticsResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        client_id=client_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    client_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> B2BV2ErrorResponse | GetBookingUserLocationAttendanceStatisticsResponse200 | None:
    """Booking User Attendance Statistics for a Location

     Get, for a single Booking User in a Location, the attendance counts,
    financial totals, most recent successful attendance, and deposits. These
    statistics can still be read after the Booking User profile is deleted.

    The names `client_id` (path parameter) and `client_attendances_statistic`
    (resource type) are legacy wire names kept as-is.

    Args:
        location_id (int):
        client_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | GetBookingUserLocationAttendanceStatisticsResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client_id=client_id,
            client=client,
        )
    ).parsed
