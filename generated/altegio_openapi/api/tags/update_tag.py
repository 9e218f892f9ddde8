from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, TypedDict, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.update_tag_body import UpdateTagBody
    from ...models.update_tag_response_401 import UpdateTagResponse401
    from ...models.update_tag_response_403 import UpdateTagResponse403
    from ...models.update_tag_response_404 import UpdateTagResponse404
    from ...models.update_tag_response_422 import UpdateTagResponse422


OPERATION_ID = "update_tag"

JsonBody = TypedDict(
    "JsonBody",
    {
        "title": str,
        "color": str,
        "entity": int,
        "icon": str,
    },
    total=False,
)
"""The body of update_tag as JSON: what `UpdateTagBody.to_dict()` produces."""


def request_kwargs(
    company_id: int,
    tag_id: int,
    *,
    body: UpdateTagBody | JsonBody,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for update_tag: `PUT /locations/{company_id}/tags/{tag_id}`, relative to the base URL.

    An optional query parameter given as None is left out, like one not given: the spec's default applies.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/locations/{company_id}/tags/{tag_id}".format(
            company_id=quote(str(company_id), safe=""),
            tag_id=quote(str(tag_id), safe=""),
        ),
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | UpdateTagResponse401
    | UpdateTagResponse403
    | UpdateTagResponse404
    | UpdateTagResponse422
    | None
):
    from ...models.update_tag_response_401 import UpdateTagResponse401
    from ...models.update_tag_response_403 import UpdateTagResponse403
    from ...models.update_tag_response_404 import UpdateTagResponse404
    from ...models.update_tag_response_422 import UpdateTagResponse422

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = UpdateTagResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = UpdateTagResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = UpdateTagResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = UpdateTagResponse422.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | UpdateTagResponse401
    | UpdateTagResponse403
    | UpdateTagResponse404
    | UpdateTagResponse422
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
    body: UpdateTagBody | JsonBody,
) -> Response[
    Any
    | UpdateTagResponse401
    | UpdateTagResponse403
    | UpdateTagResponse404
    | UpdateTagResponse422
]:
    """Modify a Tag

     Changes a Tag that already exists.

    Args:
        company_id (int):
        tag_id (int):
        body (UpdateTagBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateTagResponse401 | UpdateTagResponse403 | UpdateTagResponse404 | UpdateTagResponse422]
    """

    kwargs = request_kwargs(
        company_id=company_id,
        tag_id=tag_id,
        body=body,
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
    body: UpdateTagBody | JsonBody,
) -> (
    Any
    | UpdateTagResponse401
    | UpdateTagResponse403
    | UpdateTagResponse404
    | UpdateTagResponse422
    | None
):
    """Modify a Tag

     Changes a Tag that already exists.

    Args:
        company_id (int):
        tag_id (int):
        body (UpdateTagBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateTagResponse401 | UpdateTagResponse403 | UpdateTagResponse404 | UpdateTagResponse422
    """

    return sync_detailed(
        company_id=company_id,
        tag_id=tag_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    company_id: int,
    tag_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTagBody | JsonBody,
) -> Response[
    Any
    | UpdateTagResponse401
    | UpdateTagResponse403
    | UpdateTagResponse404
    | UpdateTagResponse422
]:
    """Modify a Tag

     Changes a Tag that already exists.

    Args:
        company_id (int):
        tag_id (int):
        body (UpdateTagBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateTagResponse401 | UpdateTagResponse403 | UpdateTagResponse404 | UpdateTagResponse422]
    """

    kwargs = request_kwargs(
        company_id=company_id,
        tag_id=tag_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: int,
    tag_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTagBody | JsonBody,
) -> (
    Any
    | UpdateTagResponse401
    | UpdateTagResponse403
    | UpdateTagResponse404
    | UpdateTagResponse422
    | None
):
    """Modify a Tag

     Changes a Tag that already exists.

    Args:
        company_id (int):
        tag_id (int):
        body (UpdateTagBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateTagResponse401 | UpdateTagResponse403 | UpdateTagResponse404 | UpdateTagResponse422
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            tag_id=tag_id,
            client=client,
            body=body,
        )
    ).parsed
