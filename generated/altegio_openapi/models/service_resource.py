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
    from ..models.service_resource_attributes import ServiceResourceAttributes
    from ..models.service_resource_relationships import ServiceResourceRelationships


T = TypeVar("T", bound="ServiceResource")


@_attrs_define
class ServiceResource:
    type_: Literal["service"]
    """ Fixed JSON:API type name of the resource """
    id: str
    """ Identifier of the Service """
    attributes: ServiceResourceAttributes
    relationships: ServiceResourceRelationships | Unset = UNSET
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
        from ..models.service_resource_attributes import ServiceResourceAttributes
        from ..models.service_resource_relationships import ServiceResourceRelationships

        d = dict(src_dict)
        type_ = cast(Literal["service"], d.pop("type"))
        if type_ != "service":
            raise ValueError(f"type must match const 'service', got '{type_}'")

        id = d.pop("id")

        attributes = ServiceResourceAttributes.from_dict(d.pop("attributes"))

        _relationships = d.pop("relationships", UNSET)
        relationships: ServiceResourceRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = ServiceResourceRelationships.from_dict(_relationships)

        service_resource = cls(
            type_=type_,
            id=id,
            attributes=attributes,
            relationships=relationships,
        )

        return service_resource
