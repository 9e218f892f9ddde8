from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Required, TypedDict
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.create_tag_body import CreateTagBody
    from ...models.create_tag_response_201 import CreateTagResponse201
    from ...models.create_tag_response_400 import CreateTagResponse400
    from ...models.create_tag_response_401 import CreateTagResponse401
    from ...models.create_tag_response_403 import CreateTagResponse403
    from ...models.create_tag_response_404 import CreateTagResponse404
    from ...models.create_tag_response_422 import CreateTagResponse422


OPERATION_ID = "create_tag"

JsonBody = TypedDict(
    "JsonBody",
    {
        "title": Required[str],
        "color": Required[str],
        "entity": int,
        "icon": str,
    },
    total=False,
)
"""The body of create_tag as JSON: what `CreateTagBody.to_dict()` produces."""


def request_kwargs(
    company_id: int,
    *,
    body: CreateTagBody | JsonBody,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for create_tag: `POST /locations/{company_id}/tags`, relative to the base URL.

    An optional query parameter given as None is left out, like one not given: the spec's default applies.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/locations/{company_id}/tags".format(
            company_id=quote(str(company_id), safe=""),
        ),
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateTagResponse201
    | CreateTagResponse400
    | CreateTagResponse401
    | CreateTagResponse403
    | CreateTagResponse404
    | CreateTagResponse422
    | None
):
    from ...models.create_tag_response_201 import CreateTagResponse201
    from ...models.create_tag_response_400 import CreateTagResponse400
    from ...models.create_tag_response_401 import CreateTagResponse401
    from ...models.create_tag_response_403 import CreateTagResponse403
    from ...models.create_tag_response_404 import CreateTagResponse404
    from ...models.create_tag_response_422 import CreateTagResponse422

    if response.status_code == 201:
        response_201 = CreateTagResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateTagResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateTagResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateTagResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateTagResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = CreateTagResponse422.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateTagResponse201
    | CreateTagResponse400
    | CreateTagResponse401
    | CreateTagResponse403
    | CreateTagResponse404
    | CreateTagResponse422
]:
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
    body: CreateTagBody | JsonBody,
) -> Response[
    CreateTagResponse201
    | CreateTagResponse400
    | CreateTagResponse401
    | CreateTagResponse403
    | CreateTagResponse404
    | CreateTagResponse422
]:
    """Add a Tag

     Adds a new Tag to the given Location.

    Args:
        company_id (int):
        body (CreateTagBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTagResponse201 | CreateTagResponse400 | CreateTagResponse401 | CreateTagResponse403 | CreateTagResponse404 | CreateTagResponse422]
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
    body: CreateTagBody | JsonBody,
) -> (
    CreateTagResponse201
    | CreateTagResponse400
    | CreateTagResponse401
    | CreateTagResponse403
    | CreateTagResponse404
    | CreateTagResponse422
    | None
):
    """Add a Tag

     Adds a new Tag to the given Location.

    Args:
        company_id (int):
        body (CreateTagBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTagResponse201 | CreateTagResponse400 | CreateTagResponse401 | CreateTagResponse403 | CreateTagResponse404 | CreateTagResponse422
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
    body: CreateTagBody | JsonBody,
) -> Response[
    CreateTagResponse201
    | CreateTagResponse400
    | CreateTagResponse401
    | CreateTagResponse403
    | CreateTagResponse404
    | CreateTagResponse422
]:
    """Add a Tag

     Adds a new Tag to the given Location.

    Args:
        company_id (int):
        body (CreateTagBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTagResponse201 | CreateTagResponse400 | CreateTagResponse401 | CreateTagResponse403 | CreateTagResponse404 | CreateTagResponse422]
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
    body: CreateTagBody | JsonBody,
) -> (
    CreateTagResponse201
    | CreateTagResponse400
    | CreateTagResponse401
    | CreateTagResponse403
    | CreateTagResponse404
    | CreateTagResponse422
    | None
):
    """Add a Tag

     Adds a new Tag to the given Location.

    Args:
        company_id (int):
        body (CreateTagBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTagResponse201 | CreateTagResponse400 | CreateTagResponse401 | CreateTagResponse403 | CreateTagResponse404 | CreateTagResponse422
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            client=client,
            body=body,
        )
    ).parsed
