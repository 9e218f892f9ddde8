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
    from ..models.position_resource_attributes import PositionResourceAttributes


T = TypeVar("T", bound="PositionResource")


@_attrs_define
class PositionResource:
    type_: Literal["position"]
    """ Fixed JSON:API type name of the resource """
    id: str
    """ Identifier of the Position """
    attributes: PositionResourceAttributes

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
        from ..models.position_resource_attributes import PositionResourceAttributes

        d = dict(src_dict)
        type_ = cast(Literal["position"], d.pop("type"))
        if type_ != "position":
            raise ValueError(f"type must match const 'position', got '{type_}'")

        id = d.pop("id")

        attributes = PositionResourceAttributes.from_dict(d.pop("attributes"))

        position_resource = cls(
            type_=type_,
            id=id,
            attributes=attributes,
        )

        return position_resource
