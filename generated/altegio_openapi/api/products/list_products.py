from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.list_products_filterrelated_loyalty_entity_slug import (
    ListProductsFilterrelatedLoyaltyEntitySlug,
)
from ...models.list_products_include_item import ListProductsIncludeItem
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.list_products_response_200 import ListProductsResponse200


OPERATION_ID = "list_products"


def request_kwargs(
    location_id: int,
    *,
    filterids: list[int] | Unset | None = UNSET,
    filterrelated_loyalty_entity_slug: ListProductsFilterrelatedLoyaltyEntitySlug
    | Unset
    | None = ListProductsFilterrelatedLoyaltyEntitySlug.COMMON,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
    include: list[ListProductsIncludeItem] | Unset | None = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for list_products: `GET /locations/{location_id}/products`, relative to the base URL.

    An optional query parameter given as None is left out, like one not given: the spec's default applies.
    """
    if filterids is None:
        filterids = UNSET
    if filterrelated_loyalty_entity_slug is None:
        filterrelated_loyalty_entity_slug = (
            ListProductsFilterrelatedLoyaltyEntitySlug.COMMON
        )
    if page is None:
        page = 1
    if limit is None:
        limit = 250
    if include is None:
        include = UNSET

    params: dict[str, Any] = {}

    json_filterids: list[int] | Unset = UNSET
    if not isinstance(filterids, Unset):
        json_filterids = filterids

    params["filter[ids][]"] = json_filterids

    json_filterrelated_loyalty_entity_slug: str | Unset = UNSET
    if not isinstance(filterrelated_loyalty_entity_slug, Unset):
        json_filterrelated_loyalty_entity_slug = filterrelated_loyalty_entity_slug.value

    params["filter[related_loyalty_entity_slug]"] = (
        json_filterrelated_loyalty_entity_slug
    )

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
        "url": "/locations/{location_id}/products".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> B2BV2ErrorResponse | ListProductsResponse200 | None:
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.list_products_response_200 import ListProductsResponse200

    if response.status_code == 200:
        response_200 = ListProductsResponse200.from_dict(response.json())

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
) -> Response[B2BV2ErrorResponse | ListProductsResponse200]:
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
    filterids: list[int] | Unset | None = UNSET,
    filterrelated_loyalty_entity_slug: ListProductsFilterrelatedLoyaltyEntitySlug
    | Unset
    | None = ListProductsFilterrelatedLoyaltyEntitySlug.COMMON,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
    include: list[ListProductsIncludeItem] | Unset | None = UNSET,
) -> Response[B2BV2ErrorResponse | ListProductsResponse200]:
    """Products of a Location

     Get the Products of a Location as JSON:API resource objects.

    Paginate with `page` and `limit`. `meta.pagination` reports the effective
    `page`, the computed `offset`, and the `limit`.

    To get related data, repeat the `include` parameter. `actual_cost` appears
    only if it is requested and the Business User is allowed to see it.

    Args:
        location_id (int):
        filterids (list[int] | Unset):
        filterrelated_loyalty_entity_slug (ListProductsFilterrelatedLoyaltyEntitySlug | Unset):
            Default: ListProductsFilterrelatedLoyaltyEntitySlug.COMMON.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[ListProductsIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | ListProductsResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        filterids=filterids,
        filterrelated_loyalty_entity_slug=filterrelated_loyalty_entity_slug,
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
    filterids: list[int] | Unset | None = UNSET,
    filterrelated_loyalty_entity_slug: ListProductsFilterrelatedLoyaltyEntitySlug
    | Unset
    | None = ListProductsFilterrelatedLoyaltyEntitySlug.COMMON,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
    include: list[ListProductsIncludeItem] | Unset | None = UNSET,
) -> B2BV2ErrorResponse | ListProductsResponse200 | None:
    """Products of a Location

     Get the Products of a Location as JSON:API resource objects.

    Paginate with `page` and `limit`. `meta.pagination` reports the effective
    `page`, the computed `offset`, and the `limit`.

    To get related data, repeat the `include` parameter. `actual_cost` appears
    only if it is requested and the Business User is allowed to see it.

    Args:
        location_id (int):
        filterids (list[int] | Unset):
        filterrelated_loyalty_entity_slug (ListProductsFilterrelatedLoyaltyEntitySlug | Unset):
            Default: ListProductsFilterrelatedLoyaltyEntitySlug.COMMON.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[ListProductsIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | ListProductsResponse200
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        filterids=filterids,
        filterrelated_loyalty_entity_slug=filterrelated_loyalty_entity_slug,
        page=page,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    filterids: list[int] | Unset | None = UNSET,
    filterrelated_loyalty_entity_slug: ListProductsFilterrelatedLoyaltyEntitySlug
    | Unset
    | None = ListProductsFilterrelatedLoyaltyEntitySlug.COMMON,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
    include: list[ListProductsIncludeItem] | Unset | None = UNSET,
) -> Response[B2BV2ErrorResponse | ListProductsResponse200]:
    """Products of a Location

     Get the Products of a Location as JSON:API resource objects.

    Paginate with `page` and `limit`. `meta.pagination` reports the effective
    `page`, the computed `offset`, and the `limit`.

    To get related data, repeat the `include` parameter. `actual_cost` appears
    only if it is requested and the Business User is allowed to see it.

    Args:
        location_id (int):
        filterids (list[int] | Unset):
        filterrelated_loyalty_entity_slug (ListProductsFilterrelatedLoyaltyEntitySlug | Unset):
            Default: ListProductsFilterrelatedLoyaltyEntitySlug.COMMON.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[ListProductsIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | ListProductsResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        filterids=filterids,
        filterrelated_loyalty_entity_slug=filterrelated_loyalty_entity_slug,
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
    filterids: list[int] | Unset | None = UNSET,
    filterrelated_loyalty_entity_slug: ListProductsFilterrelatedLoyaltyEntitySlug
    | Unset
    | None = ListProductsFilterrelatedLoyaltyEntitySlug.COMMON,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
    include: list[ListProductsIncludeItem] | Unset | None = UNSET,
) -> B2BV2ErrorResponse | ListProductsResponse200 | None:
    """Products of a Location

     Get the Products of a Location as JSON:API resource objects.

    Paginate with `page` and `limit`. `meta.pagination` reports the effective
    `page`, the computed `offset`, and the `limit`.

    To get related data, repeat the `include` parameter. `actual_cost` appears
    only if it is requested and the Business User is allowed to see it.

    Args:
        location_id (int):
        filterids (list[int] | Unset):
        filterrelated_loyalty_entity_slug (ListProductsFilterrelatedLoyaltyEntitySlug | Unset):
            Default: ListProductsFilterrelatedLoyaltyEntitySlug.COMMON.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[ListProductsIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | ListProductsResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            filterids=filterids,
            filterrelated_loyalty_entity_slug=filterrelated_loyalty_entity_slug,
            page=page,
            limit=limit,
            include=include,
        )
    ).parsed
