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
    from ..models.resource_occupation_resource_attributes import (
        ResourceOccupationResourceAttributes,
    )


T = TypeVar("T", bound="ResourceOccupationResource")


@_attrs_define
class ResourceOccupationResource:
    type_: Literal["resource_occupation"]
    """ Fixed JSON:API type name of the resource """
    id: str
    """ Identifier of the resource occupation """
    attributes: ResourceOccupationResourceAttributes

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
        from ..models.resource_occupation_resource_attributes import (
            ResourceOccupationResourceAttributes,
        )

        d = dict(src_dict)
        type_ = cast(Literal["resource_occupation"], d.pop("type"))
        if type_ != "resource_occupation":
            raise ValueError(
                f"type must match const 'resource_occupation', got '{type_}'"
            )

        id = d.pop("id")

        attributes = ResourceOccupationResourceAttributes.from_dict(d.pop("attributes"))

        resource_occupation_resource = cls(
            type_=type_,
            id=id,
            attributes=attributes,
        )

        return resource_occupation_resource
