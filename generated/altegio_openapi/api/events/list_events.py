from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.event_include_item import EventIncludeItem
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.event_collection_response import EventCollectionResponse


OPERATION_ID = "list_events"


def request_kwargs(
    location_id: int,
    *,
    filterfrom: str,
    filterto: str,
    filtermaster_ids: list[int] | Unset | None = UNSET,
    filterservice_ids: list[int] | Unset | None = UNSET,
    filtercapacity: int | Unset | None = UNSET,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
    include: list[EventIncludeItem] | Unset | None = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for list_events: `GET /locations/{location_id}/events`, relative to the base URL.

    An optional query parameter given as None is left out, like one not given: the spec's default applies.
    """
    if filtermaster_ids is None:
        filtermaster_ids = UNSET
    if filterservice_ids is None:
        filterservice_ids = UNSET
    if filtercapacity is None:
        filtercapacity = UNSET
    if page is None:
        page = 1
    if limit is None:
        limit = 250
    if include is None:
        include = UNSET

    params: dict[str, Any] = {}

    params["filter[from]"] = filterfrom

    params["filter[to]"] = filterto

    json_filtermaster_ids: list[int] | Unset = UNSET
    if not isinstance(filtermaster_ids, Unset):
        json_filtermaster_ids = filtermaster_ids

    params["filter[master_ids][]"] = json_filtermaster_ids

    json_filterservice_ids: list[int] | Unset = UNSET
    if not isinstance(filterservice_ids, Unset):
        json_filterservice_ids = filterservice_ids

    params["filter[service_ids][]"] = json_filterservice_ids

    params["filter[capacity]"] = filtercapacity

    params["page"] = page

    params["limit"] = limit

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for componentsschemasevent_include_item_data in include:
            componentsschemasevent_include_item = (
                componentsschemasevent_include_item_data.value
            )
            json_include.append(componentsschemasevent_include_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/locations/{location_id}/events".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> B2BV2ErrorResponse | EventCollectionResponse | None:
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.event_collection_response import EventCollectionResponse

    if response.status_code == 200:
        response_200 = EventCollectionResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = B2BV2ErrorResponse.from_dict(response.json())

        return response_400

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
) -> Response[B2BV2ErrorResponse | EventCollectionResponse]:
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
    filterfrom: str,
    filterto: str,
    filtermaster_ids: list[int] | Unset | None = UNSET,
    filterservice_ids: list[int] | Unset | None = UNSET,
    filtercapacity: int | Unset | None = UNSET,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
    include: list[EventIncludeItem] | Unset | None = UNSET,
) -> Response[B2BV2ErrorResponse | EventCollectionResponse]:
    """Events of a Location

     Returns a Location's Events for a date range in the future, as a JSON:API
    collection whose resource type is the literal `activity`.

    `filter[from]` may not be before the current time, and `filter[to]` has to
    be after `filter[from]`.

    Args:
        location_id (int):
        filterfrom (str):  Example: 2026-08-01 09:00:00.
        filterto (str):  Example: 2026-08-07 21:00:00.
        filtermaster_ids (list[int] | Unset):
        filterservice_ids (list[int] | Unset):
        filtercapacity (int | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[EventIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | EventCollectionResponse]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        filterfrom=filterfrom,
        filterto=filterto,
        filtermaster_ids=filtermaster_ids,
        filterservice_ids=filterservice_ids,
        filtercapacity=filtercapacity,
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
    filterfrom: str,
    filterto: str,
    filtermaster_ids: list[int] | Unset | None = UNSET,
    filterservice_ids: list[int] | Unset | None = UNSET,
    filtercapacity: int | Unset | None = UNSET,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
    include: list[EventIncludeItem] | Unset | None = UNSET,
) -> B2BV2ErrorResponse | EventCollectionResponse | None:
    """Events of a Location

     Returns a Location's Events for a date range in the future, as a JSON:API
    collection whose resource type is the literal `activity`.

    `filter[from]` may not be before the current time, and `filter[to]` has to
    be after `filter[from]`.

    Args:
        location_id (int):
        filterfrom (str):  Example: 2026-08-01 09:00:00.
        filterto (str):  Example: 2026-08-07 21:00:00.
        filtermaster_ids (list[int] | Unset):
        filterservice_ids (list[int] | Unset):
        filtercapacity (int | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[EventIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | EventCollectionResponse
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        filterfrom=filterfrom,
        filterto=filterto,
        filtermaster_ids=filtermaster_ids,
        filterservice_ids=filterservice_ids,
        filtercapacity=filtercapacity,
        page=page,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    filterfrom: str,
    filterto: str,
    filtermaster_ids: list[int] | Unset | None = UNSET,
    filterservice_ids: list[int] | Unset | None = UNSET,
    filtercapacity: int | Unset | None = UNSET,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
    include: list[EventIncludeItem] | Unset | None = UNSET,
) -> Response[B2BV2ErrorResponse | EventCollectionResponse]:
    """Events of a Location

     Returns a Location's Events for a date range in the future, as a JSON:API
    collection whose resource type is the literal `activity`.

    `filter[from]` may not be before the current time, and `filter[to]` has to
    be after `filter[from]`.

    Args:
        location_id (int):
        filterfrom (str):  Example: 2026-08-01 09:00:00.
        filterto (str):  Example: 2026-08-07 21:00:00.
        filtermaster_ids (list[int] | Unset):
        filterservice_ids (list[int] | Unset):
        filtercapacity (int | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[EventIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | EventCollectionResponse]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        filterfrom=filterfrom,
        filterto=filterto,
        filtermaster_ids=filtermaster_ids,
        filterservice_ids=filterservice_ids,
        filtercapacity=filtercapacity,
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
    filterfrom: str,
    filterto: str,
    filtermaster_ids: list[int] | Unset | None = UNSET,
    filterservice_ids: list[int] | Unset | None = UNSET,
    filtercapacity: int | Unset | None = UNSET,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
    include: list[EventIncludeItem] | Unset | None = UNSET,
) -> B2BV2ErrorResponse | EventCollectionResponse | None:
    """Events of a Location

     Returns a Location's Events for a date range in the future, as a JSON:API
    collection whose resource type is the literal `activity`.

    `filter[from]` may not be before the current time, and `filter[to]` has to
    be after `filter[from]`.

    Args:
        location_id (int):
        filterfrom (str):  Example: 2026-08-01 09:00:00.
        filterto (str):  Example: 2026-08-07 21:00:00.
        filtermaster_ids (list[int] | Unset):
        filterservice_ids (list[int] | Unset):
        filtercapacity (int | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[EventIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | EventCollectionResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            filterfrom=filterfrom,
            filterto=filterto,
            filtermaster_ids=filtermaster_ids,
            filterservice_ids=filterservice_ids,
            filtercapacity=filtercapacity,
            page=page,
            limit=limit,
            include=include,
        )
    ).parsed
