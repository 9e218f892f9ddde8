from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.employment_profile_resource import EmploymentProfileResource
    from ..models.staff_position_resource import StaffPositionResource
    from ..models.team_member_resource import TeamMemberResource


T = TypeVar("T", bound="ListTeamMembersResponse200")


@_attrs_define
class ListTeamMembersResponse200:
    data: list[TeamMemberResource]
    included: list[EmploymentProfileResource | StaffPositionResource] | Unset = UNSET
    """ Resources asked for via `include`, if available """

    def to_dict(self) -> dict[str, Any]:
        from ..models.staff_position_resource import StaffPositionResource

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        included: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = []
            for included_item_data in self.included:
                included_item: dict[str, Any]
                if isinstance(included_item_data, StaffPositionResource):
                    included_item = included_item_data.to_dict()
                else:
                    included_item = included_item_data.to_dict()

                included.append(included_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )
        if included is not UNSET:
            field_dict["included"] = included

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.employment_profile_resource import EmploymentProfileResource
        from ..models.staff_position_resource import StaffPositionResource
        from ..models.team_member_resource import TeamMemberResource

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = TeamMemberResource.from_dict(data_item_data)

            data.append(data_item)

        _included = d.pop("included", UNSET)
        included: list[EmploymentProfileResource | StaffPositionResource] | Unset = (
            UNSET
        )
        if _included is not UNSET:
            included = []
            for included_item_data in _included:

                def _parse_included_item(
                    data: object,
                ) -> EmploymentProfileResource | StaffPositionResource:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        included_item_type_0 = StaffPositionResource.from_dict(data)

                        return included_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    included_item_type_1 = EmploymentProfileResource.from_dict(data)

                    return included_item_type_1

                included_item = _parse_included_item(included_item_data)

                included.append(included_item)

        list_team_members_response_200 = cls(
            data=data,
            included=included,
        )

        return list_team_members_response_200
