from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Required, TypedDict
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.create_position_body import CreatePositionBody
    from ...models.create_position_response_201 import CreatePositionResponse201


OPERATION_ID = "create_position"

JsonBody = TypedDict(
    "JsonBody",
    {
        "title": Required[str],
        "description": str,
    },
    total=False,
)
"""The body of create_position as JSON: what `CreatePositionBody.to_dict()` produces."""


def request_kwargs(
    company_id: int,
    *,
    body: CreatePositionBody | JsonBody,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for create_position: `POST /locations/{company_id}/positions`, relative to the base URL.

    An optional query parameter given as None is left out, like one not given: the spec's default applies.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/locations/{company_id}/positions".format(
            company_id=quote(str(company_id), safe=""),
        ),
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> B2BV2ErrorResponse | CreatePositionResponse201 | None:
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.create_position_response_201 import CreatePositionResponse201

    if response.status_code == 201:
        response_201 = CreatePositionResponse201.from_dict(response.json())

        return response_201

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
) -> Response[B2BV2ErrorResponse | CreatePositionResponse201]:
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
    body: CreatePositionBody | JsonBody,
) -> Response[B2BV2ErrorResponse | CreatePositionResponse201]:
    """New Position

     Adds a new Team Member Position to the given Location.

    Args:
        company_id (int):
        body (CreatePositionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | CreatePositionResponse201]
    """

    kwargs = request_kwargs(
        company_id=company_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    company_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreatePositionBody | JsonBody,
) -> B2BV2ErrorResponse | CreatePositionResponse201 | None:
    """New Position

     Adds a new Team Member Position to the given Location.

    Args:
        company_id (int):
        body (CreatePositionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | CreatePositionResponse201
    """

    return sync_detailed(
        company_id=company_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    company_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreatePositionBody | JsonBody,
) -> Response[B2BV2ErrorResponse | CreatePositionResponse201]:
    """New Position

     Adds a new Team Member Position to the given Location.

    Args:
        company_id (int):
        body (CreatePositionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | CreatePositionResponse201]
    """

    kwargs = request_kwargs(
        company_id=company_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreatePositionBody | JsonBody,
) -> B2BV2ErrorResponse | CreatePositionResponse201 | None:
    """New Position

     Adds a new Team Member Position to the given Location.

    Args:
        company_id (int):
        body (CreatePositionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | CreatePositionResponse201
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            client=client,
            body=body,
        )
    ).parsed
