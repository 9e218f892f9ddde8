from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.list_custom_fields_filterentity_slug import (
    ListCustomFieldsFilterentitySlug,
)
from ...models.list_custom_fields_filterparent_entity_type import (
    ListCustomFieldsFilterparentEntityType,
)
from ...models.list_custom_fields_include_item import ListCustomFieldsIncludeItem
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.list_custom_fields_response_200 import ListCustomFieldsResponse200


OPERATION_ID = "list_custom_fields"


def request_kwargs(
    location_id: int,
    *,
    filterparent_entity_type: ListCustomFieldsFilterparentEntityType
    | Unset
    | None = UNSET,
    filterentity_slug: ListCustomFieldsFilterentitySlug | Unset | None = UNSET,
    include: list[ListCustomFieldsIncludeItem] | Unset | None = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for list_custom_fields: `GET /locations/{location_id}/custom_fields`, relative to the base URL.

    An optional query parameter given as None is left out, like one not given: the spec's default applies.
    """
    if filterparent_entity_type is None:
        filterparent_entity_type = UNSET
    if filterentity_slug is None:
        filterentity_slug = UNSET
    if include is None:
        include = UNSET

    params: dict[str, Any] = {}

    json_filterparent_entity_type: str | Unset = UNSET
    if not isinstance(filterparent_entity_type, Unset):
        json_filterparent_entity_type = filterparent_entity_type.value

    params["filter[parent_entity_type]"] = json_filterparent_entity_type

    json_filterentity_slug: str | Unset = UNSET
    if not isinstance(filterentity_slug, Unset):
        json_filterentity_slug = filterentity_slug.value

    params["filter[entity_slug]"] = json_filterentity_slug

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
        "url": "/locations/{location_id}/custom_fields".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> B2BV2ErrorResponse | ListCustomFieldsResponse200 | None:
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.list_custom_fields_response_200 import ListCustomFieldsResponse200

    if response.status_code == 200:
        response_200 = ListCustomFieldsResponse200.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = B2BV2ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[B2BV2ErrorResponse | ListCustomFieldsResponse200]:
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
    filterparent_entity_type: ListCustomFieldsFilterparentEntityType
    | Unset
    | None = UNSET,
    filterentity_slug: ListCustomFieldsFilterentitySlug | Unset | None = UNSET,
    include: list[ListCustomFieldsIncludeItem] | Unset | None = UNSET,
) -> Response[B2BV2ErrorResponse | ListCustomFieldsResponse200]:
    """Custom Fields of a Location

     Get the Custom Fields set up for Booking Users and Appointments in a
    Location. What is visible depends on the Business User's Custom Field
    permissions.

    The filter values `record` and `client` are literal and stand for Appointment
    and Booking User. `filter[entity_slug]` is a compatibility alias of
    `filter[parent_entity_type]`.

    Args:
        location_id (int):
        filterparent_entity_type (ListCustomFieldsFilterparentEntityType | Unset):
        filterentity_slug (ListCustomFieldsFilterentitySlug | Unset):
        include (list[ListCustomFieldsIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | ListCustomFieldsResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        filterparent_entity_type=filterparent_entity_type,
        filterentity_slug=filterentity_slug,
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
    filterparent_entity_type: ListCustomFieldsFilterparentEntityType
    | Unset
    | None = UNSET,
    filterentity_slug: ListCustomFieldsFilterentitySlug | Unset | None = UNSET,
    include: list[ListCustomFieldsIncludeItem] | Unset | None = UNSET,
) -> B2BV2ErrorResponse | ListCustomFieldsResponse200 | None:
    """Custom Fields of a Location

     Get the Custom Fields set up for Booking Users and Appointments in a
    Location. What is visible depends on the Business User's Custom Field
    permissions.

    The filter values `record` and `client` are literal and stand for Appointment
    and Booking User. `filter[entity_slug]` is a compatibility alias of
    `filter[parent_entity_type]`.

    Args:
        location_id (int):
        filterparent_entity_type (ListCustomFieldsFilterparentEntityType | Unset):
        filterentity_slug (ListCustomFieldsFilterentitySlug | Unset):
        include (list[ListCustomFieldsIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | ListCustomFieldsResponse200
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        filterparent_entity_type=filterparent_entity_type,
        filterentity_slug=filterentity_slug,
        include=include,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    filterparent_entity_type: ListCustomFieldsFilterparentEntityType
    | Unset
    | None = UNSET,
    filterentity_slug: ListCustomFieldsFilterentitySlug | Unset | None = UNSET,
    include: list[ListCustomFieldsIncludeItem] | Unset | None = UNSET,
) -> Response[B2BV2ErrorResponse | ListCustomFieldsResponse200]:
    """Custom Fields of a Location

     Get the Custom Fields set up for Booking Users and Appointments in a
    Location. What is visible depends on the Business User's Custom Field
    permissions.

    The filter values `record` and `client` are literal and stand for Appointment
    and Booking User. `filter[entity_slug]` is a compatibility alias of
    `filter[parent_entity_type]`.

    Args:
        location_id (int):
        filterparent_entity_type (ListCustomFieldsFilterparentEntityType | Unset):
        filterentity_slug (ListCustomFieldsFilterentitySlug | Unset):
        include (list[ListCustomFieldsIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | ListCustomFieldsResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        filterparent_entity_type=filterparent_entity_type,
        filterentity_slug=filterentity_slug,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    filterparent_entity_type: ListCustomFieldsFilterparentEntityType
    | Unset
    | None = UNSET,
    filterentity_slug: ListCustomFieldsFilterentitySlug | Unset | None = UNSET,
    include: list[ListCustomFieldsIncludeItem] | Unset | None = UNSET,
) -> B2BV2ErrorResponse | ListCustomFieldsResponse200 | None:
    """Custom Fields of a Location

     Get the Custom Fields set up for Booking Users and Appointments in a
    Location. What is visible depends on the Business User's Custom Field
    permissions.

    The filter values `record` and `client` are literal and stand for Appointment
    and Booking User. `filter[entity_slug]` is a compatibility alias of
    `filter[parent_entity_type]`.

    Args:
        location_id (int):
        filterparent_entity_type (ListCustomFieldsFilterparentEntityType | Unset):
        filterentity_slug (ListCustomFieldsFilterentitySlug | Unset):
        include (list[ListCustomFieldsIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | ListCustomFieldsResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            filterparent_entity_type=filterparent_entity_type,
            filterentity_slug=filterentity_slug,
            include=include,
        )
    ).parsed
