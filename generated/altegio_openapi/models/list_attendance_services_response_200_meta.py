from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.pagination import Pagination


T = TypeVar("T", bound="ListAttendanceServicesResponse200Meta")


@_attrs_define
class ListAttendanceServicesResponse200Meta:
    pagination: Pagination

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pagination import Pagination

        d = dict(src_dict)
        pagination = Pagination.from_dict(d.pop("pagination"))

        list_attendance_services_response_200_meta = cls(
            pagination=pagination,
        )

        return list_attendance_services_response_200_meta
