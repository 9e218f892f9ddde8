from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CustomFieldTypeResourceAttributes")


@_attrs_define
class CustomFieldTypeResourceAttributes:
    code: str
    """ Outdated type key; prefer `slug` """
    slug: str
    """ Key of the Custom Field Type """
    title: str
    """ Title of the Custom Field Type """

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        slug = self.slug

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "slug": slug,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        slug = d.pop("slug")

        title = d.pop("title")

        custom_field_type_resource_attributes = cls(
            code=code,
            slug=slug,
            title=title,
        )

        return custom_field_type_resource_attributes
