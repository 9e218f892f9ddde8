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
    from ...models.list_positions_response_200 import ListPositionsResponse200


OPERATION_ID = "list_positions"


def request_kwargs(
    company_id: int,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for list_positions: `GET /locations/{company_id}/positions`, relative to the base URL.

    An optional query parameter given as None is left out, like one not given: the spec's default applies.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/locations/{company_id}/positions".format(
            company_id=quote(str(company_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> B2BV2ErrorResponse | ListPositionsResponse200 | None:
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.list_positions_response_200 import ListPositionsResponse200

    if response.status_code == 200:
        response_200 = ListPositionsResponse200.from_dict(response.json())

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
) -> Response[B2BV2ErrorResponse | ListPositionsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    company_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[B2BV2ErrorResponse | ListPositionsResponse200]:
    """Positions of a Location

     Get every Position that Team Members of a Location can hold.

    The result is a JSON:API collection with no pagination metadata. The path
    parameter named `company_id` on the wire refers to a Location.

    Args:
        company_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | ListPositionsResponse200]
    """

    kwargs = request_kwargs(
        company_id=company_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    company_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> B2BV2ErrorResponse | ListPositionsResponse200 | None:
    """Positions of a Location

     Get every Position that Team Members of a Location can hold.

    The result is a JSON:API collection with no pagination metadata. The path
    parameter named `company_id` on the wire refers to a Location.

    Args:
        company_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | ListPositionsResponse200
    """

    return sync_detailed(
        company_id=company_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    company_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[B2BV2ErrorResponse | ListPositionsResponse200]:
    """Positions of a Location

     Get every Position that Team Members of a Location can hold.

    The result is a JSON:API collection with no pagination metadata. The path
    parameter named `company_id` on the wire refers to a Location.

    Args:
        company_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | ListPositionsResponse200]
    """

    kwargs = request_kwargs(
        company_id=company_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> B2BV2ErrorResponse | ListPositionsResponse200 | None:
    """Positions of a Location

     Get every Position that Team Members of a Location can hold.

    The result is a JSON:API collection with no pagination metadata. The path
    parameter named `company_id` on the wire refers to a Location.

    Args:
        company_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | ListPositionsResponse200
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            client=client,
        )
    ).parsed
