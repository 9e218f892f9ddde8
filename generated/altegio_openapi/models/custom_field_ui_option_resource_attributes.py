from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CustomFieldUIOptionResourceAttributes")


@_attrs_define
class CustomFieldUIOptionResourceAttributes:
    slug: str
    """ Key of the UI Option """
    value: bool
    """ True if the UI Option is turned on """

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        slug = d.pop("slug")

        value = d.pop("value")

        custom_field_ui_option_resource_attributes = cls(
            slug=slug,
            value=value,
        )

        return custom_field_ui_option_resource_attributes
