from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_member_resource_attributes import TeamMemberResourceAttributes
    from ..models.team_member_resource_relationships import (
        TeamMemberResourceRelationships,
    )


T = TypeVar("T", bound="TeamMemberResource")


@_attrs_define
class TeamMemberResource:
    type_: Literal["staff"]
    """ Fixed JSON:API type name of the resource """
    id: str
    """ Identifier of the Team Member """
    attributes: TeamMemberResourceAttributes
    relationships: TeamMemberResourceRelationships | Unset = UNSET
    """ Included only if the related data is asked for via `include` """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        attributes = self.attributes.to_dict()

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
                "attributes": attributes,
            }
        )
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.team_member_resource_attributes import (
            TeamMemberResourceAttributes,
        )
        from ..models.team_member_resource_relationships import (
            TeamMemberResourceRelationships,
        )

        d = dict(src_dict)
        type_ = cast(Literal["staff"], d.pop("type"))
        if type_ != "staff":
            raise ValueError(f"type must match const 'staff', got '{type_}'")

        id = d.pop("id")

        attributes = TeamMemberResourceAttributes.from_dict(d.pop("attributes"))

        _relationships = d.pop("relationships", UNSET)
        relationships: TeamMemberResourceRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = TeamMemberResourceRelationships.from_dict(_relationships)

        team_member_resource = cls(
            type_=type_,
            id=id,
            attributes=attributes,
            relationships=relationships,
        )

        return team_member_resource
