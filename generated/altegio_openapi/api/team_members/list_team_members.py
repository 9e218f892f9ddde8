from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.list_team_members_filterdeleted import ListTeamMembersFilterdeleted
from ...models.list_team_members_filterfired import ListTeamMembersFilterfired
from ...models.list_team_members_filterhas_schedule import (
    ListTeamMembersFilterhasSchedule,
)
from ...models.list_team_members_filteris_assistant import (
    ListTeamMembersFilterisAssistant,
)
from ...models.list_team_members_filteris_paid import ListTeamMembersFilterisPaid
from ...models.list_team_members_filteruser_linked import (
    ListTeamMembersFilteruserLinked,
)
from ...models.list_team_members_include_item import ListTeamMembersIncludeItem
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.list_team_members_response_200 import ListTeamMembersResponse200


OPERATION_ID = "list_team_members"


def request_kwargs(
    location_id: int,
    *,
    filtername: str | Unset | None = UNSET,
    filterposition_id: int | Unset | None = UNSET,
    filterposition_title: str | Unset | None = UNSET,
    filterfired: ListTeamMembersFilterfired
    | Unset
    | None = ListTeamMembersFilterfired.VALUE_2,
    filterdeleted: ListTeamMembersFilterdeleted
    | Unset
    | None = ListTeamMembersFilterdeleted.VALUE_0,
    filteruser_linked: ListTeamMembersFilteruserLinked
    | Unset
    | None = ListTeamMembersFilteruserLinked.VALUE_2,
    filteris_paid: ListTeamMembersFilterisPaid
    | Unset
    | None = ListTeamMembersFilterisPaid.VALUE_2,
    filterhas_schedule: ListTeamMembersFilterhasSchedule
    | Unset
    | None = ListTeamMembersFilterhasSchedule.VALUE_2,
    filteris_assistant: ListTeamMembersFilterisAssistant
    | Unset
    | None = ListTeamMembersFilterisAssistant.VALUE_2,
    include: list[ListTeamMembersIncludeItem] | Unset | None = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for list_team_members: `GET /locations/{location_id}/team_members`, relative to the base URL.

    An optional query parameter given as None is left out, like one not given: the spec's default applies.
    """
    if filtername is None:
        filtername = UNSET
    if filterposition_id is None:
        filterposition_id = UNSET
    if filterposition_title is None:
        filterposition_title = UNSET
    if filterfired is None:
        filterfired = ListTeamMembersFilterfired.VALUE_2
    if filterdeleted is None:
        filterdeleted = ListTeamMembersFilterdeleted.VALUE_0
    if filteruser_linked is None:
        filteruser_linked = ListTeamMembersFilteruserLinked.VALUE_2
    if filteris_paid is None:
        filteris_paid = ListTeamMembersFilterisPaid.VALUE_2
    if filterhas_schedule is None:
        filterhas_schedule = ListTeamMembersFilterhasSchedule.VALUE_2
    if filteris_assistant is None:
        filteris_assistant = ListTeamMembersFilterisAssistant.VALUE_2
    if include is None:
        include = UNSET

    params: dict[str, Any] = {}

    params["filter[name]"] = filtername

    params["filter[position_id]"] = filterposition_id

    params["filter[position_title]"] = filterposition_title

    json_filterfired: int | Unset = UNSET
    if not isinstance(filterfired, Unset):
        json_filterfired = filterfired.value

    params["filter[fired]"] = json_filterfired

    json_filterdeleted: int | Unset = UNSET
    if not isinstance(filterdeleted, Unset):
        json_filterdeleted = filterdeleted.value

    params["filter[deleted]"] = json_filterdeleted

    json_filteruser_linked: int | Unset = UNSET
    if not isinstance(filteruser_linked, Unset):
        json_filteruser_linked = filteruser_linked.value

    params["filter[user_linked]"] = json_filteruser_linked

    json_filteris_paid: int | Unset = UNSET
    if not isinstance(filteris_paid, Unset):
        json_filteris_paid = filteris_paid.value

    params["filter[is_paid]"] = json_filteris_paid

    json_filterhas_schedule: int | Unset = UNSET
    if not isinstance(filterhas_schedule, Unset):
        json_filterhas_schedule = filterhas_schedule.value

    params["filter[has_schedule]"] = json_filterhas_schedule

    json_filteris_assistant: int | Unset = UNSET
    if not isinstance(filteris_assistant, Unset):
        json_filteris_assistant = filteris_assistant.value

    params["filter[is_assistant]"] = json_filteris_assistant

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
        "url": "/locations/{location_id}/team_members".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> B2BV2ErrorResponse | ListTeamMembersResponse200 | None:
    from ...models.b2bv2_error_response import B2BV2ErrorResponse
    from ...models.list_team_members_response_200 import ListTeamMembersResponse200

    if response.status_code == 200:
        response_200 = ListTeamMembersResponse200.from_dict(response.json())

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
) -> Response[B2BV2ErrorResponse | ListTeamMembersResponse200]:
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
    filtername: str | Unset | None = UNSET,
    filterposition_id: int | Unset | None = UNSET,
    filterposition_title: str | Unset | None = UNSET,
    filterfired: ListTeamMembersFilterfired
    | Unset
    | None = ListTeamMembersFilterfired.VALUE_2,
    filterdeleted: ListTeamMembersFilterdeleted
    | Unset
    | None = ListTeamMembersFilterdeleted.VALUE_0,
    filteruser_linked: ListTeamMembersFilteruserLinked
    | Unset
    | None = ListTeamMembersFilteruserLinked.VALUE_2,
    filteris_paid: ListTeamMembersFilterisPaid
    | Unset
    | None = ListTeamMembersFilterisPaid.VALUE_2,
    filterhas_schedule: ListTeamMembersFilterhasSchedule
    | Unset
    | None = ListTeamMembersFilterhasSchedule.VALUE_2,
    filteris_assistant: ListTeamMembersFilterisAssistant
    | Unset
    | None = ListTeamMembersFilterisAssistant.VALUE_2,
    include: list[ListTeamMembersIncludeItem] | Unset | None = UNSET,
) -> Response[B2BV2ErrorResponse | ListTeamMembersResponse200]:
    """Team Members of a Location

     Fetch the Team Members of a Location as JSON:API resource objects.

    Filters let you pick Team Members by name, Position, account link, schedule,
    payment, dismissal, deletion, or assistant availability. Status filters take
    `0`, `1`, or `2`; the value `2` turns that filter off.

    To get related data, repeat the `include` parameter. The `employee` wire
    value adds an employment profile, which may hold sensitive employment and
    identity details; request and keep it only if the integration really needs it.

    Args:
        location_id (int):
        filtername (str | Unset):
        filterposition_id (int | Unset):
        filterposition_title (str | Unset):
        filterfired (ListTeamMembersFilterfired | Unset):  Default:
            ListTeamMembersFilterfired.VALUE_2.
        filterdeleted (ListTeamMembersFilterdeleted | Unset):  Default:
            ListTeamMembersFilterdeleted.VALUE_0.
        filteruser_linked (ListTeamMembersFilteruserLinked | Unset):  Default:
            ListTeamMembersFilteruserLinked.VALUE_2.
        filteris_paid (ListTeamMembersFilterisPaid | Unset):  Default:
            ListTeamMembersFilterisPaid.VALUE_2.
        filterhas_schedule (ListTeamMembersFilterhasSchedule | Unset):  Default:
            ListTeamMembersFilterhasSchedule.VALUE_2.
        filteris_assistant (ListTeamMembersFilterisAssistant | Unset):  Default:
            ListTeamMembersFilterisAssistant.VALUE_2.
        include (list[ListTeamMembersIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | ListTeamMembersResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        filtername=filtername,
        filterposition_id=filterposition_id,
        filterposition_title=filterposition_title,
        filterfired=filterfired,
        filterdeleted=filterdeleted,
        filteruser_linked=filteruser_linked,
        filteris_paid=filteris_paid,
        filterhas_schedule=filterhas_schedule,
        filteris_assistant=filteris_assistant,
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
    filtername: str | Unset | None = UNSET,
    filterposition_id: int | Unset | None = UNSET,
    filterposition_title: str | Unset | None = UNSET,
    filterfired: ListTeamMembersFilterfired
    | Unset
    | None = ListTeamMembersFilterfired.VALUE_2,
    filterdeleted: ListTeamMembersFilterdeleted
    | Unset
    | None = ListTeamMembersFilterdeleted.VALUE_0,
    filteruser_linked: ListTeamMembersFilteruserLinked
    | Unset
    | None = ListTeamMembersFilteruserLinked.VALUE_2,
    filteris_paid: ListTeamMembersFilterisPaid
    | Unset
    | None = ListTeamMembersFilterisPaid.VALUE_2,
    filterhas_schedule: ListTeamMembersFilterhasSchedule
    | Unset
    | None = ListTeamMembersFilterhasSchedule.VALUE_2,
    filteris_assistant: ListTeamMembersFilterisAssistant
    | Unset
    | None = ListTeamMembersFilterisAssistant.VALUE_2,
    include: list[ListTeamMembersIncludeItem] | Unset | None = UNSET,
) -> B2BV2ErrorResponse | ListTeamMembersResponse200 | None:
    """Team Members of a Location

     Fetch the Team Members of a Location as JSON:API resource objects.

    Filters let you pick Team Members by name, Position, account link, schedule,
    payment, dismissal, deletion, or assistant availability. Status filters take
    `0`, `1`, or `2`; the value `2` turns that filter off.

    To get related data, repeat the `include` parameter. The `employee` wire
    value adds an employment profile, which may hold sensitive employment and
    identity details; request and keep it only if the integration really needs it.

    Args:
        location_id (int):
        filtername (str | Unset):
        filterposition_id (int | Unset):
        filterposition_title (str | Unset):
        filterfired (ListTeamMembersFilterfired | Unset):  Default:
            ListTeamMembersFilterfired.VALUE_2.
        filterdeleted (ListTeamMembersFilterdeleted | Unset):  Default:
            ListTeamMembersFilterdeleted.VALUE_0.
        filteruser_linked (ListTeamMembersFilteruserLinked | Unset):  Default:
            ListTeamMembersFilteruserLinked.VALUE_2.
        filteris_paid (ListTeamMembersFilterisPaid | Unset):  Default:
            ListTeamMembersFilterisPaid.VALUE_2.
        filterhas_schedule (ListTeamMembersFilterhasSchedule | Unset):  Default:
            ListTeamMembersFilterhasSchedule.VALUE_2.
        filteris_assistant (ListTeamMembersFilterisAssistant | Unset):  Default:
            ListTeamMembersFilterisAssistant.VALUE_2.
        include (list[ListTeamMembersIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | ListTeamMembersResponse200
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        filtername=filtername,
        filterposition_id=filterposition_id,
        filterposition_title=filterposition_title,
        filterfired=filterfired,
        filterdeleted=filterdeleted,
        filteruser_linked=filteruser_linked,
        filteris_paid=filteris_paid,
        filterhas_schedule=filterhas_schedule,
        filteris_assistant=filteris_assistant,
        include=include,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    filtername: str | Unset | None = UNSET,
    filterposition_id: int | Unset | None = UNSET,
    filterposition_title: str | Unset | None = UNSET,
    filterfired: ListTeamMembersFilterfired
    | Unset
    | None = ListTeamMembersFilterfired.VALUE_2,
    filterdeleted: ListTeamMembersFilterdeleted
    | Unset
    | None = ListTeamMembersFilterdeleted.VALUE_0,
    filteruser_linked: ListTeamMembersFilteruserLinked
    | Unset
    | None = ListTeamMembersFilteruserLinked.VALUE_2,
    filteris_paid: ListTeamMembersFilterisPaid
    | Unset
    | None = ListTeamMembersFilterisPaid.VALUE_2,
    filterhas_schedule: ListTeamMembersFilterhasSchedule
    | Unset
    | None = ListTeamMembersFilterhasSchedule.VALUE_2,
    filteris_assistant: ListTeamMembersFilterisAssistant
    | Unset
    | None = ListTeamMembersFilterisAssistant.VALUE_2,
    include: list[ListTeamMembersIncludeItem] | Unset | None = UNSET,
) -> Response[B2BV2ErrorResponse | ListTeamMembersResponse200]:
    """Team Members of a Location

     Fetch the Team Members of a Location as JSON:API resource objects.

    Filters let you pick Team Members by name, Position, account link, schedule,
    payment, dismissal, deletion, or assistant availability. Status filters take
    `0`, `1`, or `2`; the value `2` turns that filter off.

    To get related data, repeat the `include` parameter. The `employee` wire
    value adds an employment profile, which may hold sensitive employment and
    identity details; request and keep it only if the integration really needs it.

    Args:
        location_id (int):
        filtername (str | Unset):
        filterposition_id (int | Unset):
        filterposition_title (str | Unset):
        filterfired (ListTeamMembersFilterfired | Unset):  Default:
            ListTeamMembersFilterfired.VALUE_2.
        filterdeleted (ListTeamMembersFilterdeleted | Unset):  Default:
            ListTeamMembersFilterdeleted.VALUE_0.
        filteruser_linked (ListTeamMembersFilteruserLinked | Unset):  Default:
            ListTeamMembersFilteruserLinked.VALUE_2.
        filteris_paid (ListTeamMembersFilterisPaid | Unset):  Default:
            ListTeamMembersFilterisPaid.VALUE_2.
        filterhas_schedule (ListTeamMembersFilterhasSchedule | Unset):  Default:
            ListTeamMembersFilterhasSchedule.VALUE_2.
        filteris_assistant (ListTeamMembersFilterisAssistant | Unset):  Default:
            ListTeamMembersFilterisAssistant.VALUE_2.
        include (list[ListTeamMembersIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[B2BV2ErrorResponse | ListTeamMembersResponse200]
    """

    kwargs = request_kwargs(
        location_id=location_id,
        filtername=filtername,
        filterposition_id=filterposition_id,
        filterposition_title=filterposition_title,
        filterfired=filterfired,
        filterdeleted=filterdeleted,
        filteruser_linked=filteruser_linked,
        filteris_paid=filteris_paid,
        filterhas_schedule=filterhas_schedule,
        filteris_assistant=filteris_assistant,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient | Client,
    filtername: str | Unset | None = UNSET,
    filterposition_id: int | Unset | None = UNSET,
    filterposition_title: str | Unset | None = UNSET,
    filterfired: ListTeamMembersFilterfired
    | Unset
    | None = ListTeamMembersFilterfired.VALUE_2,
    filterdeleted: ListTeamMembersFilterdeleted
    | Unset
    | None = ListTeamMembersFilterdeleted.VALUE_0,
    filteruser_linked: ListTeamMembersFilteruserLinked
    | Unset
    | None = ListTeamMembersFilteruserLinked.VALUE_2,
    filteris_paid: ListTeamMembersFilterisPaid
    | Unset
    | None = ListTeamMembersFilterisPaid.VALUE_2,
    filterhas_schedule: ListTeamMembersFilterhasSchedule
    | Unset
    | None = ListTeamMembersFilterhasSchedule.VALUE_2,
    filteris_assistant: ListTeamMembersFilterisAssistant
    | Unset
    | None = ListTeamMembersFilterisAssistant.VALUE_2,
    include: list[ListTeamMembersIncludeItem] | Unset | None = UNSET,
) -> B2BV2ErrorResponse | ListTeamMembersResponse200 | None:
    """Team Members of a Location

     Fetch the Team Members of a Location as JSON:API resource objects.

    Filters let you pick Team Members by name, Position, account link, schedule,
    payment, dismissal, deletion, or assistant availability. Status filters take
    `0`, `1`, or `2`; the value `2` turns that filter off.

    To get related data, repeat the `include` parameter. The `employee` wire
    value adds an employment profile, which may hold sensitive employment and
    identity details; request and keep it only if the integration really needs it.

    Args:
        location_id (int):
        filtername (str | Unset):
        filterposition_id (int | Unset):
        filterposition_title (str | Unset):
        filterfired (ListTeamMembersFilterfired | Unset):  Default:
            ListTeamMembersFilterfired.VALUE_2.
        filterdeleted (ListTeamMembersFilterdeleted | Unset):  Default:
            ListTeamMembersFilterdeleted.VALUE_0.
        filteruser_linked (ListTeamMembersFilteruserLinked | Unset):  Default:
            ListTeamMembersFilteruserLinked.VALUE_2.
        filteris_paid (ListTeamMembersFilterisPaid | Unset):  Default:
            ListTeamMembersFilterisPaid.VALUE_2.
        filterhas_schedule (ListTeamMembersFilterhasSchedule | Unset):  Default:
            ListTeamMembersFilterhasSchedule.VALUE_2.
        filteris_assistant (ListTeamMembersFilterisAssistant | Unset):  Default:
            ListTeamMembersFilterisAssistant.VALUE_2.
        include (list[ListTeamMembersIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        B2BV2ErrorResponse | ListTeamMembersResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            filtername=filtername,
            filterposition_id=filterposition_id,
            filterposition_title=filterposition_title,
            filterfired=filterfired,
            filterdeleted=filterdeleted,
            filteruser_linked=filteruser_linked,
            filteris_paid=filteris_paid,
            filterhas_schedule=filterhas_schedule,
            filteris_assistant=filteris_assistant,
            include=include,
        )
    ).parsed
