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
    from ...models.list_composite_service_attendance_services_response_200 import (
        ListCompositeServiceAttendanceServicesResponse200,
    )


OPERATION_ID = "list_composite_service_attendance_services"


def request_kwargs(
    location_id: int,
    service_id: int,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for list_composite_service_attendance_services: `GET /locations/{location_id}/composite_services/{service_id}/attendance_services`, relative to the base URL.

    An optional query parameter given as None is left out, like one not given: the spec's default applies.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/locations/{location_id}/composite_services/{service_id}/attendance_services".format(
            location_id=quote(str(location_id), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> B2BV2ErrorResponse | ListCompositeServiceAttendanceServicesResponse200 | None:
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.list_composite_service_attendance_services_response_200 import (
        ListCompositeServiceAttendanceServicesResponse200,
    )

    if response.status_code == 200:
        response_200 = ListCompositeServiceAttendanceServicesResponse200.from_dict(
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
) -> Response[B2BV2ErrorResponse | ListCompositeServiceAttendanceServicesResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    service_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[B2BV2ErrorResponse | ListCompositeServiceAttendanceServicesResponse200]:
    """Attendance Services of a Composite Service

     Fetch the Service delivery options of a composite Service in a Location,
    with Team Member, duration, price, and position details for each.

    Args:
        location_id (int):
        service_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | ListCompositeServiceAttendanceServicesResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        service_id=service_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    service_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> B2BV2ErrorResponse | ListCompositeServiceAttendanceServicesResponse200 | None:
    """Attendance Services of a Composite Service

     Fetch the Service delivery options of a composite Service in a Location,
    with Team Member, duration, price, and position details for each.

    Args:
        location_id (int):
        service_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | ListCompositeServiceAttendanceServicesResponse200
    """

    return sync_detailed(
        location_id=location_id,
        service_id=service_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    service_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[B2BV2ErrorResponse | ListCompositeServiceAttendanceServicesResponse200]:
    """Attendance Services of a Composite Service

     Fetch the Service delivery options of a composite Service in a Location,
    with Team Member, duration, price, and position details for each.

    Args:
        location_id (int):
        service_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | ListCompositeServiceAttendanceServicesResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        service_id=service_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    service_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> B2BV2ErrorResponse | ListCompositeServiceAttendanceServicesResponse200 | None:
    """Attendance Services of a Composite Service

     Fetch the Service delivery options of a composite Service in a Location,
    with Team Member, duration, price, and position details for each.

    Args:
        location_id (int):
        service_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | ListCompositeServiceAttendanceServicesResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            service_id=service_id,
            client=client,
        )
    ).parsed
