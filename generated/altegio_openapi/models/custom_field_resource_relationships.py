from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.to_many_relationship import ToManyRelationship
    from ..models.to_one_relationship import ToOneRelationship


T = TypeVar("T", bound="CustomFieldResourceRelationships")


@_attrs_define
class CustomFieldResourceRelationships:
    """Included only if the related data is asked for via `include`"""

    custom_field_type: ToOneRelationship | Unset = UNSET
    type_: ToOneRelationship | Unset = UNSET
    ui_options: ToManyRelationship | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        custom_field_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_field_type, Unset):
            custom_field_type = self.custom_field_type.to_dict()

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        ui_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ui_options, Unset):
            ui_options = self.ui_options.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if custom_field_type is not UNSET:
            field_dict["custom_field_type"] = custom_field_type
        if type_ is not UNSET:
            field_dict["type"] = type_
        if ui_options is not UNSET:
            field_dict["ui_options"] = ui_options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.to_many_relationship import ToManyRelationship
        from ..models.to_one_relationship import ToOneRelationship

        d = dict(src_dict)
        _custom_field_type = d.pop("custom_field_type", UNSET)
        custom_field_type: ToOneRelationship | Unset
        if isinstance(_custom_field_type, Unset):
            custom_field_type = UNSET
        else:
            custom_field_type = ToOneRelationship.from_dict(_custom_field_type)

        _type_ = d.pop("type", UNSET)
        type_: ToOneRelationship | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ToOneRelationship.from_dict(_type_)

        _ui_options = d.pop("ui_options", UNSET)
        ui_options: ToManyRelationship | Unset
        if isinstance(_ui_options, Unset):
            ui_options = UNSET
        else:
            ui_options = ToManyRelationship.from_dict(_ui_options)

        custom_field_resource_relationships = cls(
            custom_field_type=custom_field_type,
            type_=type_,
            ui_options=ui_options,
        )

        return custom_field_resource_relationships
