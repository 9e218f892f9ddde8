from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.to_one_relationship import ToOneRelationship


T = TypeVar("T", bound="TeamMemberResourceRelationships")


@_attrs_define
class TeamMemberResourceRelationships:
    """Included only if the related data is asked for via `include`"""

    position: ToOneRelationship | Unset = UNSET
    employee: ToOneRelationship | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if position is not UNSET:
            field_dict["position"] = position
        if employee is not UNSET:
            field_dict["employee"] = employee

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.to_one_relationship import ToOneRelationship

        d = dict(src_dict)
        _position = d.pop("position", UNSET)
        position: ToOneRelationship | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = ToOneRelationship.from_dict(_position)

        _employee = d.pop("employee", UNSET)
        employee: ToOneRelationship | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = ToOneRelationship.from_dict(_employee)

        team_member_resource_relationships = cls(
            position=position,
            employee=employee,
        )

        return team_member_resource_relationships
