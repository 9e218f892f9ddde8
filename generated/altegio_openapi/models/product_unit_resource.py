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
    from ..models.product_unit_resource_attributes import ProductUnitResourceAttributes


T = TypeVar("T", bound="ProductUnitResource")


@_attrs_define
class ProductUnitResource:
    type_: Literal["unit"]
    """ Fixed JSON:API type name of the resource """
    id: str
    """ Identifier of the Product Unit """
    attributes: ProductUnitResourceAttributes

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
        from ..models.product_unit_resource_attributes import (
            ProductUnitResourceAttributes,
        )

        d = dict(src_dict)
        type_ = cast(Literal["unit"], d.pop("type"))
        if type_ != "unit":
            raise ValueError(f"type must match const 'unit', got '{type_}'")

        id = d.pop("id")

        attributes = ProductUnitResourceAttributes.from_dict(d.pop("attributes"))

        product_unit_resource = cls(
            type_=type_,
            id=id,
            attributes=attributes,
        )

        return product_unit_resource
