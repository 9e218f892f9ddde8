from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Required, TypedDict
from urllib.parse import quote

import httpx

from ... import errors
from ...models.event_include_item import EventIncludeItem
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.create_event_request import CreateEventRequest
    from ...models.event_item_response import EventItemResponse


OPERATION_ID = "create_event"

JsonBody = TypedDict(
    "JsonBody",
    {
        "staff_id": Required[int],
        "service_id": Required[int],
        "resource_instance_ids": Required[list[int]],
        "label_ids": Required[list[int]],
        "date": Required[str],
        "length": Required[int],
        "capacity": Required[int],
        "technical_break_duration": int | None,
        "comment": str,
        "color": str,
        "instructions": str,
        "stream_link": str,
        "force": bool,
    },
    total=False,
)
"""The body of create_event as JSON: what `CreateEventRequest.to_dict()` produces."""


def request_kwargs(
    location_id: int,
    *,
    body: CreateEventRequest | JsonBody,
    include: list[EventIncludeItem] | Unset | None = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for create_event: `POST /locations/{location_id}/events`, relative to the base URL.

    An optional query parameter given as None is left out, like one not given: the spec's default applies.
    """
    if include is None:
        include = UNSET
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for componentsschemasevent_include_item_data in include:
            componentsschemasevent_include_item = (
                componentsschemasevent_include_item_data.value
            )
            json_include.append(componentsschemasevent_include_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/locations/{location_id}/events".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> B2BV2ErrorResponse | EventItemResponse | None:
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.event_item_response import EventItemResponse

    if response.status_code == 201:
        response_201 = EventItemResponse.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = B2BV2ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = B2BV2ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[B2BV2ErrorResponse | EventItemResponse]:
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
    body: CreateEventRequest | JsonBody,
    include: list[EventIncludeItem] | Unset | None = UNSET,
) -> Response[B2BV2ErrorResponse | EventItemResponse]:
    """Add an Event

     Adds a new group Event to a Location.

    Args:
        location_id (int):
        include (list[EventIncludeItem] | Unset):
        body (CreateEventRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | EventItemResponse]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        body=body,
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
    body: CreateEventRequest | JsonBody,
    include: list[EventIncludeItem] | Unset | None = UNSET,
) -> B2BV2ErrorResponse | EventItemResponse | None:
    """Add an Event

     Adds a new group Event to a Location.

    Args:
        location_id (int):
        include (list[EventIncludeItem] | Unset):
        body (CreateEventRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | EventItemResponse
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        body=body,
        include=include,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreateEventRequest | JsonBody,
    include: list[EventIncludeItem] | Unset | None = UNSET,
) -> Response[B2BV2ErrorResponse | EventItemResponse]:
    """Add an Event

     Adds a new group Event to a Location.

    Args:
        location_id (int):
        include (list[EventIncludeItem] | Unset):
        body (CreateEventRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | EventItemResponse]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        body=body,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CreateEventRequest | JsonBody,
    include: list[EventIncludeItem] | Unset | None = UNSET,
) -> B2BV2ErrorResponse | EventItemResponse | None:
    """Add an Event

     Adds a new group Event to a Location.

    Args:
        location_id (int):
        include (list[EventIncludeItem] | Unset):
        body (CreateEventRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | EventItemResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
            include=include,
        )
    ).parsed
