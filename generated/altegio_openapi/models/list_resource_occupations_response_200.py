from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.resource_occupation_resource import ResourceOccupationResource


T = TypeVar("T", bound="ListResourceOccupationsResponse200")


@_attrs_define
class ListResourceOccupationsResponse200:
    data: list[ResourceOccupationResource]

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.resource_occupation_resource import ResourceOccupationResource

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ResourceOccupationResource.from_dict(data_item_data)

            data.append(data_item)

        list_resource_occupations_response_200 = cls(
            data=data,
        )

        return list_resource_occupations_response_200
