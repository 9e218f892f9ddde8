from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.list_services_include_item import ListServicesIncludeItem
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.list_services_response_200 import ListServicesResponse200


OPERATION_ID = "list_services"


def request_kwargs(
    location_id: int,
    *,
    filterservice_ids: list[int] | Unset | None = UNSET,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
    include: list[ListServicesIncludeItem] | Unset | None = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for list_services: `GET /locations/{location_id}/services`, relative to the base URL.

    An optional query parameter given as None is left out, like one not given: the spec's default applies.
    """
    if filterservice_ids is None:
        filterservice_ids = UNSET
    if page is None:
        page = 1
    if limit is None:
        limit = 250
    if include is None:
        include = UNSET

    params: dict[str, Any] = {}

    json_filterservice_ids: list[int] | Unset = UNSET
    if not isinstance(filterservice_ids, Unset):
        json_filterservice_ids = filterservice_ids

    params["filter[service_ids][]"] = json_filterservice_ids

    params["page"] = page

    params["limit"] = limit

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
        "url": "/locations/{location_id}/services".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> B2BV2ErrorResponse | ListServicesResponse200 | None:
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.list_services_response_200 import ListServicesResponse200

    if response.status_code == 200:
        response_200 = ListServicesResponse200.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[B2BV2ErrorResponse | ListServicesResponse200]:
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
    filterservice_ids: list[int] | Unset | None = UNSET,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
    include: list[ListServicesIncludeItem] | Unset | None = UNSET,
) -> Response[B2BV2ErrorResponse | ListServicesResponse200]:
    """Services of a Location

     Returns the Services of a Location; the result can be narrowed to given Service IDs.

    Items are JSON:API resource objects. Paging is controlled with `page` and
    `limit`; no pagination metadata is included in the response.

    To request related data, repeat the `include` parameter, e.g.
    `?include=resources&include=company_links`.

    Args:
        location_id (int):
        filterservice_ids (list[int] | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[ListServicesIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | ListServicesResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        filterservice_ids=filterservice_ids,
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
    filterservice_ids: list[int] | Unset | None = UNSET,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
    include: list[ListServicesIncludeItem] | Unset | None = UNSET,
) -> B2BV2ErrorResponse | ListServicesResponse200 | None:
    """Services of a Location

     Returns the Services of a Location; the result can be narrowed to given Service IDs.

    Items are JSON:API resource objects. Paging is controlled with `page` and
    `limit`; no pagination metadata is included in the response.

    To request related data, repeat the `include` parameter, e.g.
    `?include=resources&include=company_links`.

    Args:
        location_id (int):
        filterservice_ids (list[int] | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[ListServicesIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | ListServicesResponse200
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        filterservice_ids=filterservice_ids,
        page=page,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    filterservice_ids: list[int] | Unset | None = UNSET,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
    include: list[ListServicesIncludeItem] | Unset | None = UNSET,
) -> Response[B2BV2ErrorResponse | ListServicesResponse200]:
    """Services of a Location

     Returns the Services of a Location; the result can be narrowed to given Service IDs.

    Items are JSON:API resource objects. Paging is controlled with `page` and
    `limit`; no pagination metadata is included in the response.

    To request related data, repeat the `include` parameter, e.g.
    `?include=resources&include=company_links`.

    Args:
        location_id (int):
        filterservice_ids (list[int] | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[ListServicesIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | ListServicesResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        filterservice_ids=filterservice_ids,
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
    filterservice_ids: list[int] | Unset | None = UNSET,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
    include: list[ListServicesIncludeItem] | Unset | None = UNSET,
) -> B2BV2ErrorResponse | ListServicesResponse200 | None:
    """Services of a Location

     Returns the Services of a Location; the result can be narrowed to given Service IDs.

    Items are JSON:API resource objects. Paging is controlled with `page` and
    `limit`; no pagination metadata is included in the response.

    To request related data, repeat the `include` parameter, e.g.
    `?include=resources&include=company_links`.

    Args:
        location_id (int):
        filterservice_ids (list[int] | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[ListServicesIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | ListServicesResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            filterservice_ids=filterservice_ids,
            page=page,
            limit=limit,
            include=include,
        )
    ).parsed
