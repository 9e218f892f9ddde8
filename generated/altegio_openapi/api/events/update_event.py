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
    from ...models.event_item_response import EventItemResponse
    from ...models.update_event_request import UpdateEventRequest


OPERATION_ID = "update_event"

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
        "comment": None | str,
        "color": None | str,
        "instructions": None | str,
        "stream_link": None | str,
        "force": bool,
    },
    total=False,
)
"""The body of update_event as JSON: what `UpdateEventRequest.to_dict()` produces."""


def request_kwargs(
    location_id: int,
    event_id: int,
    *,
    body: UpdateEventRequest | JsonBody,
    include: list[EventIncludeItem] | Unset | None = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for update_event: `PUT /locations/{location_id}/events/{event_id}`, relative to the base URL.

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
        "method": "put",
        "url": "/locations/{location_id}/events/{event_id}".format(
            location_id=quote(str(location_id), safe=""),
            event_id=quote(str(event_id), safe=""),
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

    if response.status_code == 200:
        response_200 = EventItemResponse.from_dict(response.json())

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
    event_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEventRequest | JsonBody,
    include: list[EventIncludeItem] | Unset | None = UNSET,
) -> Response[B2BV2ErrorResponse | EventItemResponse]:
    """Modify an Event

     Overwrite the changeable properties of an Event.

    Args:
        location_id (int):
        event_id (int):
        include (list[EventIncludeItem] | Unset):
        body (UpdateEventRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | EventItemResponse]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        event_id=event_id,
        body=body,
        include=include,
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
    body: UpdateEventRequest | JsonBody,
    include: list[EventIncludeItem] | Unset | None = UNSET,
) -> B2BV2ErrorResponse | EventItemResponse | None:
    """Modify an Event

     Overwrite the changeable properties of an Event.

    Args:
        location_id (int):
        event_id (int):
        include (list[EventIncludeItem] | Unset):
        body (UpdateEventRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | EventItemResponse
    """

    return sync_detailed(
        location_id=location_id,
        event_id=event_id,
        client=client,
        body=body,
        include=include,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    event_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEventRequest | JsonBody,
    include: list[EventIncludeItem] | Unset | None = UNSET,
) -> Response[B2BV2ErrorResponse | EventItemResponse]:
    """Modify an Event

     Overwrite the changeable properties of an Event.

    Args:
        location_id (int):
        event_id (int):
        include (list[EventIncludeItem] | Unset):
        body (UpdateEventRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | EventItemResponse]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        event_id=event_id,
        body=body,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    event_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEventRequest | JsonBody,
    include: list[EventIncludeItem] | Unset | None = UNSET,
) -> B2BV2ErrorResponse | EventItemResponse | None:
    """Modify an Event

     Overwrite the changeable properties of an Event.

    Args:
        location_id (int):
        event_id (int):
        include (list[EventIncludeItem] | Unset):
        body (UpdateEventRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | EventItemResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            event_id=event_id,
            client=client,
            body=body,
            include=include,
        )
    ).parsed
