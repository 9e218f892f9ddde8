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
    from ..models.custom_field_type_resource_attributes import (
        CustomFieldTypeResourceAttributes,
    )


T = TypeVar("T", bound="CustomFieldTypeResource")


@_attrs_define
class CustomFieldTypeResource:
    type_: Literal["custom_field_type"]
    id: str
    """ Identifier of the Custom Field Type """
    attributes: CustomFieldTypeResourceAttributes

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
        from ..models.custom_field_type_resource_attributes import (
            CustomFieldTypeResourceAttributes,
        )

        d = dict(src_dict)
        type_ = cast(Literal["custom_field_type"], d.pop("type"))
        if type_ != "custom_field_type":
            raise ValueError(
                f"type must match const 'custom_field_type', got '{type_}'"
            )

        id = d.pop("id")

        attributes = CustomFieldTypeResourceAttributes.from_dict(d.pop("attributes"))

        custom_field_type_resource = cls(
            type_=type_,
            id=id,
            attributes=attributes,
        )

        return custom_field_type_resource
