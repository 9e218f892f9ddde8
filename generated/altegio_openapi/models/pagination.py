from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    page: int
    offset: int
    limit: int

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "page": page,
                "offset": offset,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        page = d.pop("page")

        offset = d.pop("offset")

        limit = d.pop("limit")

        pagination = cls(
            page=page,
            offset=offset,
            limit=limit,
        )

        return pagination
