from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.list_service_categories_response_200 import (
        ListServiceCategoriesResponse200,
    )


OPERATION_ID = "list_service_categories"


def request_kwargs(
    location_id: int,
    *,
    filterstaff_id: int | Unset | None = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for list_service_categories: `GET /locations/{location_id}/service_categories`, relative to the base URL.

    An optional query parameter given as None is left out, like one not given: the spec's default applies.
    """
    if filterstaff_id is None:
        filterstaff_id = UNSET

    params: dict[str, Any] = {}

    params["filter[staff_id]"] = filterstaff_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/locations/{location_id}/service_categories".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> B2BV2ErrorResponse | ListServiceCategoriesResponse200 | None:
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.list_service_categories_response_200 import (
        ListServiceCategoriesResponse200,
    )

    if response.status_code == 200:
        response_200 = ListServiceCategoriesResponse200.from_dict(response.json())

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
) -> Response[B2BV2ErrorResponse | ListServiceCategoriesResponse200]:
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
    filterstaff_id: int | Unset | None = UNSET,
) -> Response[B2BV2ErrorResponse | ListServiceCategoriesResponse200]:
    """Service Categories of a Location

     Returns a Location's Service Categories as JSON:API resource objects.

    Pass `filter[staff_id]` to get only the categories that hold Services
    assigned to a given Team Member.

    Args:
        location_id (int):
        filterstaff_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | ListServiceCategoriesResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        filterstaff_id=filterstaff_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    filterstaff_id: int | Unset | None = UNSET,
) -> B2BV2ErrorResponse | ListServiceCategoriesResponse200 | None:
    """Service Categories of a Location

     Returns a Location's Service Categories as JSON:API resource objects.

    Pass `filter[staff_id]` to get only the categories that hold Services
    assigned to a given Team Member.

    Args:
        location_id (int):
        filterstaff_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | ListServiceCategoriesResponse200
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        filterstaff_id=filterstaff_id,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    filterstaff_id: int | Unset | None = UNSET,
) -> Response[B2BV2ErrorResponse | ListServiceCategoriesResponse200]:
    """Service Categories of a Location

     Returns a Location's Service Categories as JSON:API resource objects.

    Pass `filter[staff_id]` to get only the categories that hold Services
    assigned to a given Team Member.

    Args:
        location_id (int):
        filterstaff_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | ListServiceCategoriesResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        filterstaff_id=filterstaff_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    filterstaff_id: int | Unset | None = UNSET,
) -> B2BV2ErrorResponse | ListServiceCategoriesResponse200 | None:
    """Service Categories of a Location

     Returns a Location's Service Categories as JSON:API resource objects.

    Pass `filter[staff_id]` to get only the categories that hold Services
    assigned to a given Team Member.

    Args:
        location_id (int):
        filterstaff_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | ListServiceCategoriesResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            filterstaff_id=filterstaff_id,
        )
    ).parsed
