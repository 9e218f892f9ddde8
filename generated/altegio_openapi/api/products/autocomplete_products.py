from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.autocomplete_products_include_item import AutocompleteProductsIncludeItem
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.autocomplete_products_response_200 import (
        AutocompleteProductsResponse200,
    )
    from ...models.b2bv2_error_response import B2BV2ErrorResponse


OPERATION_ID = "autocomplete_products"


def request_kwargs(
    location_id: int,
    *,
    filterterm: str,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
    include: list[AutocompleteProductsIncludeItem] | Unset | None = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for autocomplete_products: `GET /locations/{location_id}/products/autocomplete`, relative to the base URL.

    An optional query parameter given as None is left out, like one not given: the spec's default applies.
    """
    if page is None:
        page = 1
    if limit is None:
        limit = 250
    if include is None:
        include = UNSET

    params: dict[str, Any] = {}

    params["filter[term]"] = filterterm

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
        "url": "/locations/{location_id}/products/autocomplete".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutocompleteProductsResponse200 | B2BV2ErrorResponse | None:
    from ...models.autocomplete_products_response_200 import (
        AutocompleteProductsResponse200,
    )
    from ...models.b2bv2_error_response import B2BV2ErrorResponse

    if response.status_code == 200:
        response_200 = AutocompleteProductsResponse200.from_dict(response.json())

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
) -> Response[AutocompleteProductsResponse200 | B2BV2ErrorResponse]:
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
    filterterm: str,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
    include: list[AutocompleteProductsIncludeItem] | Unset | None = UNSET,
) -> Response[AutocompleteProductsResponse200 | B2BV2ErrorResponse]:
    """Product Autocomplete

     Looks up Products by name, article number, or barcode.

    The search term needs at least two characters and must not include
    emoji. Paging is controlled with `page` and `limit`, and pagination details
    appear in `meta.pagination`.

    Args:
        location_id (int):
        filterterm (str):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[AutocompleteProductsIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutocompleteProductsResponse200 | B2BV2ErrorResponse]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        filterterm=filterterm,
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
    filterterm: str,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
    include: list[AutocompleteProductsIncludeItem] | Unset | None = UNSET,
) -> AutocompleteProductsResponse200 | B2BV2ErrorResponse | None:
    """Product Autocomplete

     Looks up Products by name, article number, or barcode.

    The search term needs at least two characters and must not include
    emoji. Paging is controlled with `page` and `limit`, and pagination details
    appear in `meta.pagination`.

    Args:
        location_id (int):
        filterterm (str):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[AutocompleteProductsIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutocompleteProductsResponse200 | B2BV2ErrorResponse
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        filterterm=filterterm,
        page=page,
        limit=limit,
        include=include,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    filterterm: str,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
    include: list[AutocompleteProductsIncludeItem] | Unset | None = UNSET,
) -> Response[AutocompleteProductsResponse200 | B2BV2ErrorResponse]:
    """Product Autocomplete

     Looks up Products by name, article number, or barcode.

    The search term needs at least two characters and must not include
    emoji. Paging is controlled with `page` and `limit`, and pagination details
    appear in `meta.pagination`.

    Args:
        location_id (int):
        filterterm (str):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[AutocompleteProductsIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutocompleteProductsResponse200 | B2BV2ErrorResponse]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        filterterm=filterterm,
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
    filterterm: str,
    page: int | Unset | None = 1,
    limit: int | Unset | None = 250,
    include: list[AutocompleteProductsIncludeItem] | Unset | None = UNSET,
) -> AutocompleteProductsResponse200 | B2BV2ErrorResponse | None:
    """Product Autocomplete

     Looks up Products by name, article number, or barcode.

    The search term needs at least two characters and must not include
    emoji. Paging is controlled with `page` and `limit`, and pagination details
    appear in `meta.pagination`.

    Args:
        location_id (int):
        filterterm (str):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[AutocompleteProductsIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutocompleteProductsResponse200 | B2BV2ErrorResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            filterterm=filterterm,
            page=page,
            limit=limit,
            include=include,
        )
    ).parsed
