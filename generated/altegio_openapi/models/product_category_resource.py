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
    from ..models.product_category_resource_attributes import (
        ProductCategoryResourceAttributes,
    )
    from ..models.product_category_resource_relationships import (
        ProductCategoryResourceRelationships,
    )


T = TypeVar("T", bound="ProductCategoryResource")


@_attrs_define
class ProductCategoryResource:
    type_: Literal["good_category"]
    """ Fixed JSON:API type name of the resource """
    id: str
    """ Identifier of the Product Category """
    attributes: ProductCategoryResourceAttributes
    relationships: ProductCategoryResourceRelationships | Unset = UNSET
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
        from ..models.product_category_resource_attributes import (
            ProductCategoryResourceAttributes,
        )
        from ..models.product_category_resource_relationships import (
            ProductCategoryResourceRelationships,
        )

        d = dict(src_dict)
        type_ = cast(Literal["good_category"], d.pop("type"))
        if type_ != "good_category":
            raise ValueError(f"type must match const 'good_category', got '{type_}'")

        id = d.pop("id")

        attributes = ProductCategoryResourceAttributes.from_dict(d.pop("attributes"))

        _relationships = d.pop("relationships", UNSET)
        relationships: ProductCategoryResourceRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = ProductCategoryResourceRelationships.from_dict(
                _relationships
            )

        product_category_resource = cls(
            type_=type_,
            id=id,
            attributes=attributes,
            relationships=relationships,
        )

        return product_category_resource
