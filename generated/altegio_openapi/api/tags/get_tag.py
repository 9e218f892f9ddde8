from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_tag_response_200 import GetTagResponse200
    from ...models.get_tag_response_401 import GetTagResponse401
    from ...models.get_tag_response_403 import GetTagResponse403
    from ...models.get_tag_response_404 import GetTagResponse404


OPERATION_ID = "get_tag"


def request_kwargs(
    company_id: int,
    tag_id: int,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for get_tag: `GET /locations/{company_id}/tags/{tag_id}`, relative to the base URL.

    An optional query parameter given as None is left out, like one not given: the spec's default applies.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/locations/{company_id}/tags/{tag_id}".format(
            company_id=quote(str(company_id), safe=""),
            tag_id=quote(str(tag_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetTagResponse200 | GetTagResponse401 | GetTagResponse403 | GetTagResponse404 | None
):
    from ...models.get_tag_response_200 import GetTagResponse200
    from ...models.get_tag_response_401 import GetTagResponse401
    from ...models.get_tag_response_403 import GetTagResponse403
    from ...models.get_tag_response_404 import GetTagResponse404

    if response.status_code == 200:
        response_200 = GetTagResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = GetTagResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetTagResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetTagResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetTagResponse200 | GetTagResponse401 | GetTagResponse403 | GetTagResponse404
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    company_id: int,
    tag_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetTagResponse200 | GetTagResponse401 | GetTagResponse403 | GetTagResponse404
]:
    """Single Tag

     Gives the full details of one Tag.

    The response follows the [JSON:API](https://jsonapi.org/) format, with `type: "tag"` as the resource
    type name.

    Args:
        company_id (int):
        tag_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTagResponse200 | GetTagResponse401 | GetTagResponse403 | GetTagResponse404]
    """

    kwargs = request_kwargs(
        company_id=company_id,
        tag_id=tag_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    company_id: int,
    tag_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetTagResponse200 | GetTagResponse401 | GetTagResponse403 | GetTagResponse404 | None
):
    """Single Tag

     Gives the full details of one Tag.

    The response follows the [JSON:API](https://jsonapi.org/) format, with `type: "tag"` as the resource
    type name.

    Args:
        company_id (int):
        tag_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTagResponse200 | GetTagResponse401 | GetTagResponse403 | GetTagResponse404
    """

    return sync_detailed(
        company_id=company_id,
        tag_id=tag_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    company_id: int,
    tag_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetTagResponse200 | GetTagResponse401 | GetTagResponse403 | GetTagResponse404
]:
    """Single Tag

     Gives the full details of one Tag.

    The response follows the [JSON:API](https://jsonapi.org/) format, with `type: "tag"` as the resource
    type name.

    Args:
        company_id (int):
        tag_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTagResponse200 | GetTagResponse401 | GetTagResponse403 | GetTagResponse404]
    """

    kwargs = request_kwargs(
        company_id=company_id,
        tag_id=tag_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: int,
    tag_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetTagResponse200 | GetTagResponse401 | GetTagResponse403 | GetTagResponse404 | None
):
    """Single Tag

     Gives the full details of one Tag.

    The response follows the [JSON:API](https://jsonapi.org/) format, with `type: "tag"` as the resource
    type name.

    Args:
        company_id (int):
        tag_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTagResponse200 | GetTagResponse401 | GetTagResponse403 | GetTagResponse404
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            tag_id=tag_id,
            client=client,
        )
    ).parsed
