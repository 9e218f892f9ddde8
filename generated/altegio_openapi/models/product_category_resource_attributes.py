from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProductCategoryResourceAttributes")


@_attrs_define
class ProductCategoryResourceAttributes:
    title: str
    """ Name of the Product Category """
    is_chain: bool
    """ True if the Product Category is part of the Chain catalog """
    parent_category_id: int | None
    """ ID of the parent Product Category; `null` when the category is at the root """

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        is_chain = self.is_chain

        parent_category_id: int | None
        parent_category_id = self.parent_category_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "is_chain": is_chain,
                "parent_category_id": parent_category_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title")

        is_chain = d.pop("is_chain")

        def _parse_parent_category_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        parent_category_id = _parse_parent_category_id(d.pop("parent_category_id"))

        product_category_resource_attributes = cls(
            title=title,
            is_chain=is_chain,
            parent_category_id=parent_category_id,
        )

        return product_category_resource_attributes
