# Derived from altegio/resources/_async/team_members.py by scripts/unasync.py. Do not edit.
"""Team Members of a Location (wire: `staff`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from altegio_openapi.api.team_members import list_team_members
from altegio_openapi.models import (
    ListTeamMembersFilterdeleted,
    ListTeamMembersFilterfired,
    ListTeamMembersFilterhasSchedule,
    ListTeamMembersFilterisAssistant,
    ListTeamMembersFilterisPaid,
    ListTeamMembersFilteruserLinked,
    ListTeamMembersIncludeItem,
)

from ... import _validation as v
from ..._errors import InvalidArgumentError
from ..._operations import APICall
from ..._pagination import SyncPager
from ...models.team_members import TeamMember
from .._shared import SyncAPIResource, include_items, list_parser, location, once, optional

TeamMemberInclude = Literal["position", "employee"]
_INCLUDES = ("position", "employee")
_parse_team_members = list_parser(TeamMember)


def _tri_state(name: str, value: Any, server_default: int) -> int | None:
    """True -> 1, False -> 0, None -> 2 (both); None when it equals what the server assumes."""
    if value is not None and not isinstance(value, bool):
        raise InvalidArgumentError(name, f"must be True, False or None (both), got {v.shown(value)}")
    wire = 2 if value is None else int(value)
    return None if wire == server_default else wire


class TeamMembers(SyncAPIResource):
    """The people who provide services at a Location."""

    def list(
        self,
        location_id: int,
        *,
        name: str | None = None,
        position_id: int | None = None,
        position_title: str | None = None,
        fired: bool | None = None,
        deleted: bool | None = False,
        user_linked: bool | None = None,
        is_paid: bool | None = None,
        has_schedule: bool | None = None,
        is_assistant: bool | None = None,
        include: Sequence[TeamMemberInclude] | None = None,
    ) -> SyncPager[TeamMember]:
        """Team Members, filtered. Each yes/no filter takes True, False, or None for both;
        `deleted` defaults to False (the server's default). `include=["position", "employee"]`
        fills `TeamMember.position` and `.employee` (employee data is personal: ask only if needed).
        """
        request = list_team_members.request_kwargs(
            location(location_id),
            filtername=None if name is None else v.text("name", name),
            filterposition_id=None if position_id is None else v.integer("position_id", position_id, minimum=0),
            filterposition_title=None if position_title is None else v.text("position_title", position_title),
            filterfired=optional(ListTeamMembersFilterfired, _tri_state("fired", fired, 2)),
            filterdeleted=optional(ListTeamMembersFilterdeleted, _tri_state("deleted", deleted, 0)),
            filteruser_linked=optional(ListTeamMembersFilteruserLinked, _tri_state("user_linked", user_linked, 2)),
            filteris_paid=optional(ListTeamMembersFilterisPaid, _tri_state("is_paid", is_paid, 2)),
            filterhas_schedule=optional(ListTeamMembersFilterhasSchedule, _tri_state("has_schedule", has_schedule, 2)),
            filteris_assistant=optional(ListTeamMembersFilterisAssistant, _tri_state("is_assistant", is_assistant, 2)),
            include=include_items(ListTeamMembersIncludeItem, include, _INCLUDES),
        )
        call = APICall(list_team_members.OPERATION_ID, request, _parse_team_members)
        return SyncPager(once(self._client._execute, call))
