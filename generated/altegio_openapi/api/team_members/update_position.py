from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Required, TypedDict, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.update_position_body import UpdatePositionBody


OPERATION_ID = "update_position"

JsonBody = TypedDict(
    "JsonBody",
    {
        "title": Required[str],
        "description": str,
    },
    total=False,
)
"""The body of update_position as JSON: what `UpdatePositionBody.to_dict()` produces."""


def request_kwargs(
    company_id: int,
    position_id: int,
    *,
    body: UpdatePositionBody | JsonBody,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for update_position: `PUT /locations/{company_id}/positions/{position_id}`, relative to the base URL.

    An optional query parameter given as None is left out, like one not given: the spec's default applies.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/locations/{company_id}/positions/{position_id}".format(
            company_id=quote(str(company_id), safe=""),
            position_id=quote(str(position_id), safe=""),
        ),
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | B2BV2ErrorResponse | None:
    from ...models.b2bv2_error_response import B2BV2ErrorResponse

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | B2BV2ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    company_id: int,
    position_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePositionBody | JsonBody,
) -> Response[Any | B2BV2ErrorResponse]:
    """Modify a Position

     Changes a Position. `title` must be present in the request.

    Args:
        company_id (int):
        position_id (int):
        body (UpdatePositionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | B2BV2ErrorResponse]
    """

    kwargs = request_kwargs(
        company_id=company_id,
        position_id=position_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    company_id: int,
    position_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePositionBody | JsonBody,
) -> Any | B2BV2ErrorResponse | None:
    """Modify a Position

     Changes a Position. `title` must be present in the request.

    Args:
        company_id (int):
        position_id (int):
        body (UpdatePositionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | B2BV2ErrorResponse
    """

    return sync_detailed(
        company_id=company_id,
        position_id=position_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    company_id: int,
    position_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePositionBody | JsonBody,
) -> Response[Any | B2BV2ErrorResponse]:
    """Modify a Position

     Changes a Position. `title` must be present in the request.

    Args:
        company_id (int):
        position_id (int):
        body (UpdatePositionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | B2BV2ErrorResponse]
    """

    kwargs = request_kwargs(
        company_id=company_id,
        position_id=position_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: int,
    position_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePositionBody | JsonBody,
) -> Any | B2BV2ErrorResponse | None:
    """Modify a Position

     Changes a Position. `title` must be present in the request.

    Args:
        company_id (int):
        position_id (int):
        body (UpdatePositionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | B2BV2ErrorResponse
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            position_id=position_id,
            client=client,
            body=body,
        )
    ).parsed
