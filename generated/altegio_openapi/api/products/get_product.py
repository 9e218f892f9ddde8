from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.get_product_include_item import GetProductIncludeItem
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.get_product_response_200 import GetProductResponse200


OPERATION_ID = "get_product"


def request_kwargs(
    location_id: int,
    product_id: int,
    *,
    include: list[GetProductIncludeItem] | Unset | None = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for get_product: `GET /locations/{location_id}/products/{product_id}`, relative to the base URL.

    An optional query parameter given as None is left out, like one not given: the spec's default applies.
    """
    if include is None:
        include = UNSET

    params: dict[str, Any] = {}

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
        "url": "/locations/{location_id}/products/{product_id}".format(
            location_id=quote(str(location_id), safe=""),
            product_id=quote(str(product_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> B2BV2ErrorResponse | GetProductResponse200 | None:
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.get_product_response_200 import GetProductResponse200

    if response.status_code == 200:
        response_200 = GetProductResponse200.from_dict(response.json())

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
) -> Response[B2BV2ErrorResponse | GetProductResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    product_id: int,
    *,
    client: AuthenticatedClient | Client,
    include: list[GetProductIncludeItem] | Unset | None = UNSET,
) -> Response[B2BV2ErrorResponse | GetProductResponse200]:
    """Single Product

     Fetch one Product of a Location, returned as a JSON:API resource object.

    To get related data, repeat the `include` parameter. `actual_cost` appears
    only if it was asked for and the Business User is allowed to see it.

    Args:
        location_id (int):
        product_id (int):
        include (list[GetProductIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | GetProductResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        product_id=product_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    product_id: int,
    *,
    client: AuthenticatedClient | Client,
    include: list[GetProductIncludeItem] | Unset | None = UNSET,
) -> B2BV2ErrorResponse | GetProductResponse200 | None:
    """Single Product

     Fetch one Product of a Location, returned as a JSON:API resource object.

    To get related data, repeat the `include` parameter. `actual_cost` appears
    only if it was asked for and the Business User is allowed to see it.

    Args:
        location_id (int):
        product_id (int):
        include (list[GetProductIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | GetProductResponse200
    """

    return sync_detailed(
        location_id=location_id,
        product_id=product_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    product_id: int,
    *,
    client: AuthenticatedClient | Client,
    include: list[GetProductIncludeItem] | Unset | None = UNSET,
) -> Response[B2BV2ErrorResponse | GetProductResponse200]:
    """Single Product

     Fetch one Product of a Location, returned as a JSON:API resource object.

    To get related data, repeat the `include` parameter. `actual_cost` appears
    only if it was asked for and the Business User is allowed to see it.

    Args:
        location_id (int):
        product_id (int):
        include (list[GetProductIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | GetProductResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        product_id=product_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    product_id: int,
    *,
    client: AuthenticatedClient | Client,
    include: list[GetProductIncludeItem] | Unset | None = UNSET,
) -> B2BV2ErrorResponse | GetProductResponse200 | None:
    """Single Product

     Fetch one Product of a Location, returned as a JSON:API resource object.

    To get related data, repeat the `include` parameter. `actual_cost` appears
    only if it was asked for and the Business User is allowed to see it.

    Args:
        location_id (int):
        product_id (int):
        include (list[GetProductIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | GetProductResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            product_id=product_id,
            client=client,
            include=include,
        )
    ).parsed
