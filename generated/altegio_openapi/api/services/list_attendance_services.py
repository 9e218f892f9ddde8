from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.list_attendance_services_filteris_available_for_timetable import (
    ListAttendanceServicesFilterisAvailableForTimetable,
)
from ...models.list_attendance_services_filteris_composite import (
    ListAttendanceServicesFilterisComposite,
)
from ...models.list_attendance_services_filteris_multi import (
    ListAttendanceServicesFilterisMulti,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.list_attendance_services_response_200 import (
        ListAttendanceServicesResponse200,
    )


OPERATION_ID = "list_attendance_services"


def request_kwargs(
    location_id: int,
    *,
    staff_id: int | Unset | None = UNSET,
    filtercategory_id: int | Unset | None = UNSET,
    filterservice_ids: list[int] | Unset | None = UNSET,
    filterterm: str | Unset | None = UNSET,
    filteris_available_for_timetable: ListAttendanceServicesFilterisAvailableForTimetable
    | Unset
    | None = UNSET,
    filteris_multi: ListAttendanceServicesFilterisMulti | Unset | None = UNSET,
    filteris_composite: ListAttendanceServicesFilterisComposite | Unset | None = UNSET,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for list_attendance_services: `GET /locations/{location_id}/attendance_services`, relative to the base URL.

    An optional query parameter given as None is left out, like one not given: the spec's default applies.
    """
    if staff_id is None:
        staff_id = UNSET
    if filtercategory_id is None:
        filtercategory_id = UNSET
    if filterservice_ids is None:
        filterservice_ids = UNSET
    if filterterm is None:
        filterterm = UNSET
    if filteris_available_for_timetable is None:
        filteris_available_for_timetable = UNSET
    if filteris_multi is None:
        filteris_multi = UNSET
    if filteris_composite is None:
        filteris_composite = UNSET
    if page is None:
        page = 1
    if limit is None:
        limit = 250

    params: dict[str, Any] = {}

    params["staff_id"] = staff_id

    params["filter[category_id]"] = filtercategory_id

    json_filterservice_ids: list[int] | Unset = UNSET
    if not isinstance(filterservice_ids, Unset):
        json_filterservice_ids = filterservice_ids

    params["filter[service_ids][]"] = json_filterservice_ids

    params["filter[term]"] = filterterm

    json_filteris_available_for_timetable: int | Unset = UNSET
    if not isinstance(filteris_available_for_timetable, Unset):
        json_filteris_available_for_timetable = filteris_available_for_timetable.value

    params["filter[is_available_for_timetable]"] = json_filteris_available_for_timetable

    json_filteris_multi: int | Unset = UNSET
    if not isinstance(filteris_multi, Unset):
        json_filteris_multi = filteris_multi.value

    params["filter[is_multi]"] = json_filteris_multi

    json_filteris_composite: int | Unset = UNSET
    if not isinstance(filteris_composite, Unset):
        json_filteris_composite = filteris_composite.value

    params["filter[is_composite]"] = json_filteris_composite

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/locations/{location_id}/attendance_services".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> B2BV2ErrorResponse | ListAttendanceServicesResponse200 | None:
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.list_attendance_services_response_200 import (
        ListAttendanceServicesResponse200,
    )

    if response.status_code == 200:
        response_200 = ListAttendanceServicesResponse200.from_dict(response.json())

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
) -> Response[B2BV2ErrorResponse | ListAttendanceServicesResponse200]:
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
    staff_id: int | Unset | None = UNSET,
    filtercategory_id: int | Unset | None = UNSET,
    filterservice_ids: list[int] | Unset | None = UNSET,
    filterterm: str | Unset | None = UNSET,
    filteris_available_for_timetable: ListAttendanceServicesFilterisAvailableForTimetable
    | Unset
    | None = UNSET,
    filteris_multi: ListAttendanceServicesFilterisMulti | Unset | None = UNSET,
    filteris_composite: ListAttendanceServicesFilterisComposite | Unset | None = UNSET,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
) -> Response[B2BV2ErrorResponse | ListAttendanceServicesResponse200]:
    """Attendance Services

     Get the ways Services can be delivered on the Location timetable. Each item
    pairs a Service with the Team Member who applies, plus duration, price and
    composite Service context.

    Results are paginated, and pagination metadata is included.

    Args:
        location_id (int):
        staff_id (int | Unset):
        filtercategory_id (int | Unset):
        filterservice_ids (list[int] | Unset):
        filterterm (str | Unset):
        filteris_available_for_timetable (ListAttendanceServicesFilterisAvailableForTimetable |
            Unset):
        filteris_multi (ListAttendanceServicesFilterisMulti | Unset):
        filteris_composite (ListAttendanceServicesFilterisComposite | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | ListAttendanceServicesResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        staff_id=staff_id,
        filtercategory_id=filtercategory_id,
        filterservice_ids=filterservice_ids,
        filterterm=filterterm,
        filteris_available_for_timetable=filteris_available_for_timetable,
        filteris_multi=filteris_multi,
        filteris_composite=filteris_composite,
        page=page,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    staff_id: int | Unset | None = UNSET,
    filtercategory_id: int | Unset | None = UNSET,
    filterservice_ids: list[int] | Unset | None = UNSET,
    filterterm: str | Unset | None = UNSET,
    filteris_available_for_timetable: ListAttendanceServicesFilterisAvailableForTimetable
    | Unset
    | None = UNSET,
    filteris_multi: ListAttendanceServicesFilterisMulti | Unset | None = UNSET,
    filteris_composite: ListAttendanceServicesFilterisComposite | Unset | None = UNSET,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
) -> B2BV2ErrorResponse | ListAttendanceServicesResponse200 | None:
    """Attendance Services

     Get the ways Services can be delivered on the Location timetable. Each item
    pairs a Service with the Team Member who applies, plus duration, price and
    composite Service context.

    Results are paginated, and pagination metadata is included.

    Args:
        location_id (int):
        staff_id (int | Unset):
        filtercategory_id (int | Unset):
        filterservice_ids (list[int] | Unset):
        filterterm (str | Unset):
        filteris_available_for_timetable (ListAttendanceServicesFilterisAvailableForTimetable |
            Unset):
        filteris_multi (ListAttendanceServicesFilterisMulti | Unset):
        filteris_composite (ListAttendanceServicesFilterisComposite | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | ListAttendanceServicesResponse200
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        staff_id=staff_id,
        filtercategory_id=filtercategory_id,
        filterservice_ids=filterservice_ids,
        filterterm=filterterm,
        filteris_available_for_timetable=filteris_available_for_timetable,
        filteris_multi=filteris_multi,
        filteris_composite=filteris_composite,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    staff_id: int | Unset | None = UNSET,
    filtercategory_id: int | Unset | None = UNSET,
    filterservice_ids: list[int] | Unset | None = UNSET,
    filterterm: str | Unset | None = UNSET,
    filteris_available_for_timetable: ListAttendanceServicesFilterisAvailableForTimetable
    | Unset
    | None = UNSET,
    filteris_multi: ListAttendanceServicesFilterisMulti | Unset | None = UNSET,
    filteris_composite: ListAttendanceServicesFilterisComposite | Unset | None = UNSET,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
) -> Response[B2BV2ErrorResponse | ListAttendanceServicesResponse200]:
    """Attendance Services

     Get the ways Services can be delivered on the Location timetable. Each item
    pairs a Service with the Team Member who applies, plus duration, price and
    composite Service context.

    Results are paginated, and pagination metadata is included.

    Args:
        location_id (int):
        staff_id (int | Unset):
        filtercategory_id (int | Unset):
        filterservice_ids (list[int] | Unset):
        filterterm (str | Unset):
        filteris_available_for_timetable (ListAttendanceServicesFilterisAvailableForTimetable |
            Unset):
        filteris_multi (ListAttendanceServicesFilterisMulti | Unset):
        filteris_composite (ListAttendanceServicesFilterisComposite | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | ListAttendanceServicesResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        staff_id=staff_id,
        filtercategory_id=filtercategory_id,
        filterservice_ids=filterservice_ids,
        filterterm=filterterm,
        filteris_available_for_timetable=filteris_available_for_timetable,
        filteris_multi=filteris_multi,
        filteris_composite=filteris_composite,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    staff_id: int | Unset | None = UNSET,
    filtercategory_id: int | Unset | None = UNSET,
    filterservice_ids: list[int] | Unset | None = UNSET,
    filterterm: str | Unset | None = UNSET,
    filteris_available_for_timetable: ListAttendanceServicesFilterisAvailableForTimetable
    | Unset
    | None = UNSET,
    filteris_multi: ListAttendanceServicesFilterisMulti | Unset | None = UNSET,
    filteris_composite: ListAttendanceServicesFilterisComposite | Unset | None = UNSET,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
) -> B2BV2ErrorResponse | ListAttendanceServicesResponse200 | None:
    """Attendance Services

     Get the ways Services can be delivered on the Location timetable. Each item
    pairs a Service with the Team Member who applies, plus duration, price and
    composite Service context.

    Results are paginated, and pagination metadata is included.

    Args:
        location_id (int):
        staff_id (int | Unset):
        filtercategory_id (int | Unset):
        filterservice_ids (list[int] | Unset):
        filterterm (str | Unset):
        filteris_available_for_timetable (ListAttendanceServicesFilterisAvailableForTimetable |
            Unset):
        filteris_multi (ListAttendanceServicesFilterisMulti | Unset):
        filteris_composite (ListAttendanceServicesFilterisComposite | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | ListAttendanceServicesResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            staff_id=staff_id,
            filtercategory_id=filtercategory_id,
            filterservice_ids=filterservice_ids,
            filterterm=filterterm,
            filteris_available_for_timetable=filteris_available_for_timetable,
            filteris_multi=filteris_multi,
            filteris_composite=filteris_composite,
            page=page,
            limit=limit,
        )
    ).parsed
