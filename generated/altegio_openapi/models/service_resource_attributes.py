from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ServiceResourceAttributes")


@_attrs_define
class ServiceResourceAttributes:
    title: str
    """ Title of the Service """
    category_id: int
    """ Identifier of the Service Category """

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        category_id = self.category_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "category_id": category_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title")

        category_id = d.pop("category_id")

        service_resource_attributes = cls(
            title=title,
            category_id=category_id,
        )

        return service_resource_attributes
