from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TeamMemberResourceAttributes")


@_attrs_define
class TeamMemberResourceAttributes:
    name: str
    """ Name of the Team Member """
    tt_markup: int
    """ Interval used for the schedule grid """
    specialization: str
    """ Specialization of the Team Member """
    image: str
    """ URL of the Team Member's picture """
    position_id: int
    """ Identifier of the Position """
    is_available_as_assistant: bool
    """ True if the Team Member can work as an assistant """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tt_markup = self.tt_markup

        specialization = self.specialization

        image = self.image

        position_id = self.position_id

        is_available_as_assistant = self.is_available_as_assistant

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "tt_markup": tt_markup,
                "specialization": specialization,
                "image": image,
                "position_id": position_id,
                "is_available_as_assistant": is_available_as_assistant,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        tt_markup = d.pop("tt_markup")

        specialization = d.pop("specialization")

        image = d.pop("image")

        position_id = d.pop("position_id")

        is_available_as_assistant = d.pop("is_available_as_assistant")

        team_member_resource_attributes = cls(
            name=name,
            tt_markup=tt_markup,
            specialization=specialization,
            image=image,
            position_id=position_id,
            is_available_as_assistant=is_available_as_assistant,
        )

        return team_member_resource_attributes
