from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ServiceCategoryResourceAttributes")


@_attrs_define
class ServiceCategoryResourceAttributes:
    title: str
    """ Title of the Service Category """
    salon_service_id: int
    """ ID of the link between the Location and the Service Category """

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        salon_service_id = self.salon_service_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "salon_service_id": salon_service_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title")

        salon_service_id = d.pop("salon_service_id")

        service_category_resource_attributes = cls(
            title=title,
            salon_service_id=salon_service_id,
        )

        return service_category_resource_attributes
