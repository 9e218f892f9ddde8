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
    from ..models.service_category_resource_attributes import (
        ServiceCategoryResourceAttributes,
    )


T = TypeVar("T", bound="ServiceCategoryResource")


@_attrs_define
class ServiceCategoryResource:
    type_: Literal["service_category"]
    """ Fixed JSON:API type name of the resource """
    id: str
    """ Identifier of the Service Category """
    attributes: ServiceCategoryResourceAttributes

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
        from ..models.service_category_resource_attributes import (
            ServiceCategoryResourceAttributes,
        )

        d = dict(src_dict)
        type_ = cast(Literal["service_category"], d.pop("type"))
        if type_ != "service_category":
            raise ValueError(f"type must match const 'service_category', got '{type_}'")

        id = d.pop("id")

        attributes = ServiceCategoryResourceAttributes.from_dict(d.pop("attributes"))

        service_category_resource = cls(
            type_=type_,
            id=id,
            attributes=attributes,
        )

        return service_category_resource
