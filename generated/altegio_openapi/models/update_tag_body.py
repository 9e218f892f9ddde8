from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_tag_body_entity import UpdateTagBodyEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTagBody")


@_attrs_define
class UpdateTagBody:
    title: str | Unset = UNSET
    """ Name of the Tag """
    color: str | Unset = UNSET
    """ Background colour of the Tag, as a hex colour such as `#ff2828` """
    entity: UpdateTagBodyEntity | Unset = UNSET
    """ Type of entity (0 - general, 1 - Booking User, 2 - Appointment, 3 - Event) """
    icon: str | Unset = UNSET
    """ Name of the icon """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        color = self.color

        entity: int | Unset = UNSET
        if not isinstance(self.entity, Unset):
            entity = self.entity.value

        icon = self.icon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if color is not UNSET:
            field_dict["color"] = color
        if entity is not UNSET:
            field_dict["entity"] = entity
        if icon is not UNSET:
            field_dict["icon"] = icon

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        color = d.pop("color", UNSET)

        _entity = d.pop("entity", UNSET)
        entity: UpdateTagBodyEntity | Unset
        if isinstance(_entity, Unset):
            entity = UNSET
        else:
            entity = UpdateTagBodyEntity(_entity)

        icon = d.pop("icon", UNSET)

        update_tag_body = cls(
            title=title,
            color=color,
            entity=entity,
            icon=icon,
        )

        update_tag_body.additional_properties = d
        return update_tag_body

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
