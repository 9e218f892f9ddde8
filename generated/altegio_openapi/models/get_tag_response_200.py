from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_tag_response_200_data import GetTagResponse200Data
    from ..models.get_tag_response_200_meta_item import GetTagResponse200MetaItem


T = TypeVar("T", bound="GetTagResponse200")


@_attrs_define
class GetTagResponse200:
    data: GetTagResponse200Data | Unset = UNSET
    meta: list[GetTagResponse200MetaItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        meta: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = []
            for meta_item_data in self.meta:
                meta_item = meta_item_data.to_dict()
                meta.append(meta_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_tag_response_200_data import GetTagResponse200Data
        from ..models.get_tag_response_200_meta_item import GetTagResponse200MetaItem

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: GetTagResponse200Data | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = GetTagResponse200Data.from_dict(_data)

        _meta = d.pop("meta", UNSET)
        meta: list[GetTagResponse200MetaItem] | Unset = UNSET
        if _meta is not UNSET:
            meta = []
            for meta_item_data in _meta:
                meta_item = GetTagResponse200MetaItem.from_dict(meta_item_data)

                meta.append(meta_item)

        get_tag_response_200 = cls(
            data=data,
            meta=meta,
        )

        get_tag_response_200.additional_properties = d
        return get_tag_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
