from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProductUnitResourceAttributes")


@_attrs_define
class ProductUnitResourceAttributes:
    company_id: int
    """ For a custom Unit, the Location ID; for a shared system Unit, `0` """
    title: str
    """ Complete name of the Unit """
    short_title: str
    """ Short form of the Unit name """

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        title = self.title

        short_title = self.short_title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "company_id": company_id,
                "title": title,
                "short_title": short_title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        company_id = d.pop("company_id")

        title = d.pop("title")

        short_title = d.pop("short_title")

        product_unit_resource_attributes = cls(
            company_id=company_id,
            title=title,
            short_title=short_title,
        )

        return product_unit_resource_attributes
