from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.list_product_categories_include_item import (
    ListProductCategoriesIncludeItem,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.list_product_categories_response_200 import (
        ListProductCategoriesResponse200,
    )


OPERATION_ID = "list_product_categories"


def request_kwargs(
    location_id: int,
    *,
    filterparent_category_id: int | Unset | None = 0,
    include: list[ListProductCategoriesIncludeItem] | Unset | None = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for list_product_categories: `GET /locations/{location_id}/product_categories`, relative to the base URL.

    An optional query parameter given as None is left out, like one not given: the spec's default applies.
    """
    if filterparent_category_id is None:
        filterparent_category_id = 0
    if include is None:
        include = UNSET

    params: dict[str, Any] = {}

    params["filter[parent_category_id]"] = filterparent_category_id

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
        "url": "/locations/{location_id}/product_categories".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> B2BV2ErrorResponse | ListProductCategoriesResponse200 | None:
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.list_product_categories_response_200 import (
        ListProductCategoriesResponse200,
    )

    if response.status_code == 200:
        response_200 = ListProductCategoriesResponse200.from_dict(response.json())

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
) -> Response[B2BV2ErrorResponse | ListProductCategoriesResponse200]:
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
    filterparent_category_id: int | Unset | None = 0,
    include: list[ListProductCategoriesIncludeItem] | Unset | None = UNSET,
) -> Response[B2BV2ErrorResponse | ListProductCategoriesResponse200]:
    """Product Categories of a Location

     Returns the Product Categories of a Location as JSON:API resource objects.

    To get root Product Categories, leave out `filter[parent_category_id]` or pass `0`.
    Pass a Product Category ID to get only its direct children.

    Args:
        location_id (int):
        filterparent_category_id (int | Unset):  Default: 0.
        include (list[ListProductCategoriesIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | ListProductCategoriesResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        filterparent_category_id=filterparent_category_id,
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
    filterparent_category_id: int | Unset | None = 0,
    include: list[ListProductCategoriesIncludeItem] | Unset | None = UNSET,
) -> B2BV2ErrorResponse | ListProductCategoriesResponse200 | None:
    """Product Categories of a Location

     Returns the Product Categories of a Location as JSON:API resource objects.

    To get root Product Categories, leave out `filter[parent_category_id]` or pass `0`.
    Pass a Product Category ID to get only its direct children.

    Args:
        location_id (int):
        filterparent_category_id (int | Unset):  Default: 0.
        include (list[ListProductCategoriesIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | ListProductCategoriesResponse200
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        filterparent_category_id=filterparent_category_id,
        include=include,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    filterparent_category_id: int | Unset | None = 0,
    include: list[ListProductCategoriesIncludeItem] | Unset | None = UNSET,
) -> Response[B2BV2ErrorResponse | ListProductCategoriesResponse200]:
    """Product Categories of a Location

     Returns the Product Categories of a Location as JSON:API resource objects.

    To get root Product Categories, leave out `filter[parent_category_id]` or pass `0`.
    Pass a Product Category ID to get only its direct children.

    Args:
        location_id (int):
        filterparent_category_id (int | Unset):  Default: 0.
        include (list[ListProductCategoriesIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | ListProductCategoriesResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        filterparent_category_id=filterparent_category_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    filterparent_category_id: int | Unset | None = 0,
    include: list[ListProductCategoriesIncludeItem] | Unset | None = UNSET,
) -> B2BV2ErrorResponse | ListProductCategoriesResponse200 | None:
    """Product Categories of a Location

     Returns the Product Categories of a Location as JSON:API resource objects.

    To get root Product Categories, leave out `filter[parent_category_id]` or pass `0`.
    Pass a Product Category ID to get only its direct children.

    Args:
        location_id (int):
        filterparent_category_id (int | Unset):  Default: 0.
        include (list[ListProductCategoriesIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | ListProductCategoriesResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            filterparent_category_id=filterparent_category_id,
            include=include,
        )
    ).parsed
