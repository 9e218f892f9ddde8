from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.to_many_relationship import ToManyRelationship


T = TypeVar("T", bound="ProductCategoryResourceRelationships")


@_attrs_define
class ProductCategoryResourceRelationships:
    """Included only if the related data is asked for via `include`"""

    child_categories: ToManyRelationship | Unset = UNSET
    goods: ToManyRelationship | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        child_categories: dict[str, Any] | Unset = UNSET
        if not isinstance(self.child_categories, Unset):
            child_categories = self.child_categories.to_dict()

        goods: dict[str, Any] | Unset = UNSET
        if not isinstance(self.goods, Unset):
            goods = self.goods.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if child_categories is not UNSET:
            field_dict["child_categories"] = child_categories
        if goods is not UNSET:
            field_dict["goods"] = goods

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.to_many_relationship import ToManyRelationship

        d = dict(src_dict)
        _child_categories = d.pop("child_categories", UNSET)
        child_categories: ToManyRelationship | Unset
        if isinstance(_child_categories, Unset):
            child_categories = UNSET
        else:
            child_categories = ToManyRelationship.from_dict(_child_categories)

        _goods = d.pop("goods", UNSET)
        goods: ToManyRelationship | Unset
        if isinstance(_goods, Unset):
            goods = UNSET
        else:
            goods = ToManyRelationship.from_dict(_goods)

        product_category_resource_relationships = cls(
            child_categories=child_categories,
            goods=goods,
        )

        return product_category_resource_relationships
