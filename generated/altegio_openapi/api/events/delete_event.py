from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.b2bv2_error_response import B2BV2ErrorResponse


OPERATION_ID = "delete_event"


def request_kwargs(
    location_id: int,
    event_id: int,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for delete_event: `DELETE /locations/{location_id}/events/{event_id}`, relative to the base URL.

    An optional query parameter given as None is left out, like one not given: the spec's default applies.
    """

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/locations/{location_id}/events/{event_id}".format(
            location_id=quote(str(location_id), safe=""),
            event_id=quote(str(event_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | B2BV2ErrorResponse | None:
    from ...models.b2bv2_error_response import B2BV2ErrorResponse

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | B2BV2ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    event_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | B2BV2ErrorResponse]:
    """Remove an Event

     Soft-delete an Event: it no longer shows up in lists, and the response
    has no body.

    Args:
        location_id (int):
        event_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | B2BV2ErrorResponse]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        event_id=event_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    event_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | B2BV2ErrorResponse | None:
    """Remove an Event

     Soft-delete an Event: it no longer shows up in lists, and the response
    has no body.

    Args:
        location_id (int):
        event_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | B2BV2ErrorResponse
    """

    return sync_detailed(
        location_id=location_id,
        event_id=event_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    event_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | B2BV2ErrorResponse]:
    """Remove an Event

     Soft-delete an Event: it no longer shows up in lists, and the response
    has no body.

    Args:
        location_id (int):
        event_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | B2BV2ErrorResponse]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        event_id=event_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    event_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | B2BV2ErrorResponse | None:
    """Remove an Event

     Soft-delete an Event: it no longer shows up in lists, and the response
    has no body.

    Args:
        location_id (int):
        event_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | B2BV2ErrorResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            event_id=event_id,
            client=client,
        )
    ).parsed
