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
    from ..models.custom_field_resource_attributes import CustomFieldResourceAttributes
    from ..models.custom_field_resource_relationships import (
        CustomFieldResourceRelationships,
    )


T = TypeVar("T", bound="CustomFieldResource")


@_attrs_define
class CustomFieldResource:
    type_: Literal["custom_field"]
    """ Fixed JSON:API type name of the resource """
    id: str
    """ Identifier of the Location Custom Field """
    attributes: CustomFieldResourceAttributes
    relationships: CustomFieldResourceRelationships | Unset = UNSET
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
        from ..models.custom_field_resource_attributes import (
            CustomFieldResourceAttributes,
        )
        from ..models.custom_field_resource_relationships import (
            CustomFieldResourceRelationships,
        )

        d = dict(src_dict)
        type_ = cast(Literal["custom_field"], d.pop("type"))
        if type_ != "custom_field":
            raise ValueError(f"type must match const 'custom_field', got '{type_}'")

        id = d.pop("id")

        attributes = CustomFieldResourceAttributes.from_dict(d.pop("attributes"))

        _relationships = d.pop("relationships", UNSET)
        relationships: CustomFieldResourceRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = CustomFieldResourceRelationships.from_dict(_relationships)

        custom_field_resource = cls(
            type_=type_,
            id=id,
            attributes=attributes,
            relationships=relationships,
        )

        return custom_field_resource
