from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.list_resource_occupations_response_200 import (
        ListResourceOccupationsResponse200,
    )


OPERATION_ID = "list_resource_occupations"


def request_kwargs(
    location_id: int,
    *,
    filterservice_id: int | Unset | None = UNSET,
    filterservice_ids: list[int] | Unset | None = UNSET,
    filterdate_intersect_from_strict: str,
    filterdate_intersect_to_strict: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for list_resource_occupations: `GET /locations/{location_id}/resource_occupations`, relative to the base URL.

    An optional query parameter given as None is left out, like one not given: the spec's default applies.
    """
    if filterservice_id is None:
        filterservice_id = UNSET
    if filterservice_ids is None:
        filterservice_ids = UNSET

    params: dict[str, Any] = {}

    params["filter[service_id]"] = filterservice_id

    json_filterservice_ids: list[int] | Unset = UNSET
    if not isinstance(filterservice_ids, Unset):
        json_filterservice_ids = filterservice_ids

    params["filter[service_ids][]"] = json_filterservice_ids

    params["filter[date_intersect_from_strict]"] = filterdate_intersect_from_strict

    params["filter[date_intersect_to_strict]"] = filterdate_intersect_to_strict

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/locations/{location_id}/resource_occupations".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> B2BV2ErrorResponse | ListResourceOccupationsResponse200 | None:
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.list_resource_occupations_response_200 import (
        ListResourceOccupationsResponse200,
    )

    if response.status_code == 200:
        response_200 = ListResourceOccupationsResponse200.from_dict(response.json())

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
) -> Response[B2BV2ErrorResponse | ListResourceOccupationsResponse200]:
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
    filterservice_id: int | Unset | None = UNSET,
    filterservice_ids: list[int] | Unset | None = UNSET,
    filterdate_intersect_from_strict: str,
    filterdate_intersect_to_strict: str,
) -> Response[B2BV2ErrorResponse | ListResourceOccupationsResponse200]:
    """Resource Occupations

     Fetch the resource occupations in a Location that overlap a required time
    interval, optionally limited to one or more Services.

    Every JSON:API resource states which resource instance is occupied, the
    time interval, and the Appointment or Event that causes it.

    Args:
        location_id (int):
        filterservice_id (int | Unset):
        filterservice_ids (list[int] | Unset):
        filterdate_intersect_from_strict (str):
        filterdate_intersect_to_strict (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | ListResourceOccupationsResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        filterservice_id=filterservice_id,
        filterservice_ids=filterservice_ids,
        filterdate_intersect_from_strict=filterdate_intersect_from_strict,
        filterdate_intersect_to_strict=filterdate_intersect_to_strict,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    filterservice_id: int | Unset | None = UNSET,
    filterservice_ids: list[int] | Unset | None = UNSET,
    filterdate_intersect_from_strict: str,
    filterdate_intersect_to_strict: str,
) -> B2BV2ErrorResponse | ListResourceOccupationsResponse200 | None:
    """Resource Occupations

     Fetch the resource occupations in a Location that overlap a required time
    interval, optionally limited to one or more Services.

    Every JSON:API resource states which resource instance is occupied, the
    time interval, and the Appointment or Event that causes it.

    Args:
        location_id (int):
        filterservice_id (int | Unset):
        filterservice_ids (list[int] | Unset):
        filterdate_intersect_from_strict (str):
        filterdate_intersect_to_strict (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | ListResourceOccupationsResponse200
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        filterservice_id=filterservice_id,
        filterservice_ids=filterservice_ids,
        filterdate_intersect_from_strict=filterdate_intersect_from_strict,
        filterdate_intersect_to_strict=filterdate_intersect_to_strict,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    filterservice_id: int | Unset | None = UNSET,
    filterservice_ids: list[int] | Unset | None = UNSET,
    filterdate_intersect_from_strict: str,
    filterdate_intersect_to_strict: str,
) -> Response[B2BV2ErrorResponse | ListResourceOccupationsResponse200]:
    """Resource Occupations

     Fetch the resource occupations in a Location that overlap a required time
    interval, optionally limited to one or more Services.

    Every JSON:API resource states which resource instance is occupied, the
    time interval, and the Appointment or Event that causes it.

    Args:
        location_id (int):
        filterservice_id (int | Unset):
        filterservice_ids (list[int] | Unset):
        filterdate_intersect_from_strict (str):
        filterdate_intersect_to_strict (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | ListResourceOccupationsResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        filterservice_id=filterservice_id,
        filterservice_ids=filterservice_ids,
        filterdate_intersect_from_strict=filterdate_intersect_from_strict,
        filterdate_intersect_to_strict=filterdate_intersect_to_strict,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    filterservice_id: int | Unset | None = UNSET,
    filterservice_ids: list[int] | Unset | None = UNSET,
    filterdate_intersect_from_strict: str,
    filterdate_intersect_to_strict: str,
) -> B2BV2ErrorResponse | ListResourceOccupationsResponse200 | None:
    """Resource Occupations

     Fetch the resource occupations in a Location that overlap a required time
    interval, optionally limited to one or more Services.

    Every JSON:API resource states which resource instance is occupied, the
    time interval, and the Appointment or Event that causes it.

    Args:
        location_id (int):
        filterservice_id (int | Unset):
        filterservice_ids (list[int] | Unset):
        filterdate_intersect_from_strict (str):
        filterdate_intersect_to_strict (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | ListResourceOccupationsResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            filterservice_id=filterservice_id,
            filterservice_ids=filterservice_ids,
            filterdate_intersect_from_strict=filterdate_intersect_from_strict,
            filterdate_intersect_to_strict=filterdate_intersect_to_strict,
        )
    ).parsed
