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
    from ..models.product_resource_attributes import ProductResourceAttributes
    from ..models.product_resource_relationships import ProductResourceRelationships


T = TypeVar("T", bound="ProductResource")


@_attrs_define
class ProductResource:
    type_: Literal["good"]
    """ Fixed JSON:API type name of the resource """
    id: str
    """ Identifier of the Product """
    attributes: ProductResourceAttributes
    relationships: ProductResourceRelationships | Unset = UNSET
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
        from ..models.product_resource_attributes import ProductResourceAttributes
        from ..models.product_resource_relationships import ProductResourceRelationships

        d = dict(src_dict)
        type_ = cast(Literal["good"], d.pop("type"))
        if type_ != "good":
            raise ValueError(f"type must match const 'good', got '{type_}'")

        id = d.pop("id")

        attributes = ProductResourceAttributes.from_dict(d.pop("attributes"))

        _relationships = d.pop("relationships", UNSET)
        relationships: ProductResourceRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = ProductResourceRelationships.from_dict(_relationships)

        product_resource = cls(
            type_=type_,
            id=id,
            attributes=attributes,
            relationships=relationships,
        )

        return product_resource
