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
    from ...models.list_attendance_appointments_response_200 import (
        ListAttendanceAppointmentsResponse200,
    )


OPERATION_ID = "list_attendance_appointments"


def request_kwargs(
    location_id: int,
    attendance_id: str,
    *,
    include: list[IncludeItem] | Unset | None = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for list_attendance_appointments: `GET /locations/{location_id}/attendances/{attendance_id}/appointments`, relative to the base URL.

    An optional query parameter given as None is left out, like one not given: the spec's default applies.
    """
    if include is None:
        include = UNSET

    params: dict[str, Any] = {}

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
        "url": "/locations/{location_id}/attendances/{attendance_id}/appointments".format(
            location_id=quote(str(location_id), safe=""),
            attendance_id=quote(str(attendance_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> B2BV2ErrorResponse | ListAttendanceAppointmentsResponse200 | None:
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.list_attendance_appointments_response_200 import (
        ListAttendanceAppointmentsResponse200,
    )

    if response.status_code == 200:
        response_200 = ListAttendanceAppointmentsResponse200.from_dict(response.json())

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
) -> Response[B2BV2ErrorResponse | ListAttendanceAppointmentsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    attendance_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeItem] | Unset | None = UNSET,
) -> Response[B2BV2ErrorResponse | ListAttendanceAppointmentsResponse200]:
    """Appointments of an Attendance

     Returns the Appointments that share one attendance identifier, as JSON:API
    resource objects.

    Pass `record_{appointment_id}` to get the group that includes a given
    Appointment, or `visit_{visit_id}` to get every Appointment tied to a
    visit. Both prefixes and the `attendance_id` path parameter are literal
    wire values.

    To request related data, repeat the `include` parameter. Wire values are
    literal API keys: `client` refers to Booking User data, `staff` to Team
    Member data, and `goods` to Products. Including Custom Field Values needs
    the matching Business User permissions.

    Args:
        location_id (int):
        attendance_id (str):  Example: record_12345.
        include (list[IncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | ListAttendanceAppointmentsResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        attendance_id=attendance_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    attendance_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeItem] | Unset | None = UNSET,
) -> B2BV2ErrorResponse | ListAttendanceAppointmentsResponse200 | None:
    """Appointments of an Attendance

     Returns the Appointments that share one attendance identifier, as JSON:API
    resource objects.

    Pass `record_{appointment_id}` to get the group that includes a given
    Appointment, or `visit_{visit_id}` to get every Appointment tied to a
    visit. Both prefixes and the `attendance_id` path parameter are literal
    wire values.

    To request related data, repeat the `include` parameter. Wire values are
    literal API keys: `client` refers to Booking User data, `staff` to Team
    Member data, and `goods` to Products. Including Custom Field Values needs
    the matching Business User permissions.

    Args:
        location_id (int):
        attendance_id (str):  Example: record_12345.
        include (list[IncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | ListAttendanceAppointmentsResponse200
    """

    return sync_detailed(
        location_id=location_id,
        attendance_id=attendance_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    attendance_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeItem] | Unset | None = UNSET,
) -> Response[B2BV2ErrorResponse | ListAttendanceAppointmentsResponse200]:
    """Appointments of an Attendance

     Returns the Appointments that share one attendance identifier, as JSON:API
    resource objects.

    Pass `record_{appointment_id}` to get the group that includes a given
    Appointment, or `visit_{visit_id}` to get every Appointment tied to a
    visit. Both prefixes and the `attendance_id` path parameter are literal
    wire values.

    To request related data, repeat the `include` parameter. Wire values are
    literal API keys: `client` refers to Booking User data, `staff` to Team
    Member data, and `goods` to Products. Including Custom Field Values needs
    the matching Business User permissions.

    Args:
        location_id (int):
        attendance_id (str):  Example: record_12345.
        include (list[IncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | ListAttendanceAppointmentsResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        attendance_id=attendance_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    attendance_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeItem] | Unset | None = UNSET,
) -> B2BV2ErrorResponse | ListAttendanceAppointmentsResponse200 | None:
    """Appointments of an Attendance

     Returns the Appointments that share one attendance identifier, as JSON:API
    resource objects.

    Pass `record_{appointment_id}` to get the group that includes a given
    Appointment, or `visit_{visit_id}` to get every Appointment tied to a
    visit. Both prefixes and the `attendance_id` path parameter are literal
    wire values.

    To request related data, repeat the `include` parameter. Wire values are
    literal API keys: `client` refers to Booking User data, `staff` to Team
    Member data, and `goods` to Products. Including Custom Field Values needs
    the matching Business User permissions.

    Args:
        location_id (int):
        attendance_id (str):  Example: record_12345.
        include (list[IncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | ListAttendanceAppointmentsResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            attendance_id=attendance_id,
            client=client,
            include=include,
        )
    ).parsed
