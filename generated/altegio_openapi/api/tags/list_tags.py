from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.list_tags_entity import ListTagsEntity
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.list_tags_response_200 import ListTagsResponse200
    from ...models.list_tags_response_401 import ListTagsResponse401
    from ...models.list_tags_response_403 import ListTagsResponse403
    from ...models.list_tags_response_404 import ListTagsResponse404


OPERATION_ID = "list_tags"


def request_kwargs(
    company_id: int,
    *,
    entity: ListTagsEntity | Unset | None = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for list_tags: `GET /locations/{company_id}/tags`, relative to the base URL.

    An optional query parameter given as None is left out, like one not given: the spec's default applies.
    """
    if entity is None:
        entity = UNSET

    params: dict[str, Any] = {}

    json_entity: str | Unset = UNSET
    if not isinstance(entity, Unset):
        json_entity = entity.value

    params["entity"] = json_entity

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/locations/{company_id}/tags".format(
            company_id=quote(str(company_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListTagsResponse200
    | ListTagsResponse401
    | ListTagsResponse403
    | ListTagsResponse404
    | None
):
    from ...models.list_tags_response_200 import ListTagsResponse200
    from ...models.list_tags_response_401 import ListTagsResponse401
    from ...models.list_tags_response_403 import ListTagsResponse403
    from ...models.list_tags_response_404 import ListTagsResponse404

    if response.status_code == 200:
        response_200 = ListTagsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ListTagsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListTagsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ListTagsResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListTagsResponse200
    | ListTagsResponse401
    | ListTagsResponse403
    | ListTagsResponse404
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
    entity: ListTagsEntity | Unset | None = UNSET,
) -> Response[
    ListTagsResponse200
    | ListTagsResponse401
    | ListTagsResponse403
    | ListTagsResponse404
]:
    """Tags of a Location

     Lists every Tag of the given Location; results can be narrowed by entity type.

    The response follows the [JSON:API](https://jsonapi.org/) format. There, `type: "tag"` is the name
    of the resource type and is unrelated to the `entity_type` attribute.

    **Entity types:**
    - `common` (0) - General tags
    - `client` (1) - Tags for Booking Users
    - `record` (2) - Tags for Appointments
    - `activity` (3) - Tags for Events

    To filter by type, pass the `entity` query parameter; it takes either the string alias or the
    number.

    Args:
        company_id (int):
        entity (ListTagsEntity | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTagsResponse200 | ListTagsResponse401 | ListTagsResponse403 | ListTagsResponse404]
    """

    kwargs = request_kwargs(
        company_id=company_id,
        entity=entity,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    company_id: int,
    *,
    client: AuthenticatedClient | Client,
    entity: ListTagsEntity | Unset | None = UNSET,
) -> (
    ListTagsResponse200
    | ListTagsResponse401
    | ListTagsResponse403
    | ListTagsResponse404
    | None
):
    """Tags of a Location

     Lists every Tag of the given Location; results can be narrowed by entity type.

    The response follows the [JSON:API](https://jsonapi.org/) format. There, `type: "tag"` is the name
    of the resource type and is unrelated to the `entity_type` attribute.

    **Entity types:**
    - `common` (0) - General tags
    - `client` (1) - Tags for Booking Users
    - `record` (2) - Tags for Appointments
    - `activity` (3) - Tags for Events

    To filter by type, pass the `entity` query parameter; it takes either the string alias or the
    number.

    Args:
        company_id (int):
        entity (ListTagsEntity | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTagsResponse200 | ListTagsResponse401 | ListTagsResponse403 | ListTagsResponse404
    """

    return sync_detailed(
        company_id=company_id,
        client=client,
        entity=entity,
    ).parsed


async def asyncio_detailed(
    company_id: int,
    *,
    client: AuthenticatedClient | Client,
    entity: ListTagsEntity | Unset | None = UNSET,
) -> Response[
    ListTagsResponse200
    | ListTagsResponse401
    | ListTagsResponse403
    | ListTagsResponse404
]:
    """Tags of a Location

     Lists every Tag of the given Location; results can be narrowed by entity type.

    The response follows the [JSON:API](https://jsonapi.org/) format. There, `type: "tag"` is the name
    of the resource type and is unrelated to the `entity_type` attribute.

    **Entity types:**
    - `common` (0) - General tags
    - `client` (1) - Tags for Booking Users
    - `record` (2) - Tags for Appointments
    - `activity` (3) - Tags for Events

    To filter by type, pass the `entity` query parameter; it takes either the string alias or the
    number.

    Args:
        company_id (int):
        entity (ListTagsEntity | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTagsResponse200 | ListTagsResponse401 | ListTagsResponse403 | ListTagsResponse404]
    """

    kwargs = request_kwargs(
        company_id=company_id,
        entity=entity,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: int,
    *,
    client: AuthenticatedClient | Client,
    entity: ListTagsEntity | Unset | None = UNSET,
) -> (
    ListTagsResponse200
    | ListTagsResponse401
    | ListTagsResponse403
    | ListTagsResponse404
    | None
):
    """Tags of a Location

     Lists every Tag of the given Location; results can be narrowed by entity type.

    The response follows the [JSON:API](https://jsonapi.org/) format. There, `type: "tag"` is the name
    of the resource type and is unrelated to the `entity_type` attribute.

    **Entity types:**
    - `common` (0) - General tags
    - `client` (1) - Tags for Booking Users
    - `record` (2) - Tags for Appointments
    - `activity` (3) - Tags for Events

    To filter by type, pass the `entity` query parameter; it takes either the string alias or the
    number.

    Args:
        company_id (int):
        entity (ListTagsEntity | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTagsResponse200 | ListTagsResponse401 | ListTagsResponse403 | ListTagsResponse404
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            client=client,
            entity=entity,
        )
    ).parsed
