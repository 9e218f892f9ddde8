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

if TYPE_CHECKING:
    from ..models.staff_position_resource_attributes import (
        StaffPositionResourceAttributes,
    )


T = TypeVar("T", bound="StaffPositionResource")


@_attrs_define
class StaffPositionResource:
    type_: Literal["staff_position"]
    """ Fixed JSON:API type name of the resource """
    id: str
    """ Identifier of the Position """
    attributes: StaffPositionResourceAttributes

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.staff_position_resource_attributes import (
            StaffPositionResourceAttributes,
        )

        d = dict(src_dict)
        type_ = cast(Literal["staff_position"], d.pop("type"))
        if type_ != "staff_position":
            raise ValueError(f"type must match const 'staff_position', got '{type_}'")

        id = d.pop("id")

        attributes = StaffPositionResourceAttributes.from_dict(d.pop("attributes"))

        staff_position_resource = cls(
            type_=type_,
            id=id,
            attributes=attributes,
        )

        return staff_position_resource
