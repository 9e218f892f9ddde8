from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_tag_response_403_meta import GetTagResponse403Meta


T = TypeVar("T", bound="GetTagResponse403")


@_attrs_define
class GetTagResponse403:
    success: bool | Unset = UNSET
    data: None | Unset = UNSET
    meta: GetTagResponse403Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = self.data

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_tag_response_403_meta import GetTagResponse403Meta

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        data = d.pop("data", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: GetTagResponse403Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = GetTagResponse403Meta.from_dict(_meta)

        get_tag_response_403 = cls(
            success=success,
            data=data,
            meta=meta,
        )

        get_tag_response_403.additional_properties = d
        return get_tag_response_403

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
