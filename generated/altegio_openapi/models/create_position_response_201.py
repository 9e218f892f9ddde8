from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.create_position_response_201_meta_item import (
        CreatePositionResponse201MetaItem,
    )
    from ..models.position_resource import PositionResource


T = TypeVar("T", bound="CreatePositionResponse201")


@_attrs_define
class CreatePositionResponse201:
    data: PositionResource
    meta: list[CreatePositionResponse201MetaItem]

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        meta = []
        for meta_item_data in self.meta:
            meta_item = meta_item_data.to_dict()
            meta.append(meta_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_position_response_201_meta_item import (
            CreatePositionResponse201MetaItem,
        )
        from ..models.position_resource import PositionResource

        d = dict(src_dict)
        data = PositionResource.from_dict(d.pop("data"))

        meta = []
        _meta = d.pop("meta")
        for meta_item_data in _meta:
            meta_item = CreatePositionResponse201MetaItem.from_dict(meta_item_data)

            meta.append(meta_item)

        create_position_response_201 = cls(
            data=data,
            meta=meta,
        )

        return create_position_response_201
