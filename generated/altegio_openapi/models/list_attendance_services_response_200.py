from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.attendance_service_resource import AttendanceServiceResource
    from ..models.list_attendance_services_response_200_meta import (
        ListAttendanceServicesResponse200Meta,
    )


T = TypeVar("T", bound="ListAttendanceServicesResponse200")


@_attrs_define
class ListAttendanceServicesResponse200:
    data: list[AttendanceServiceResource]
    meta: ListAttendanceServicesResponse200Meta

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        meta = self.meta.to_dict()

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
        from ..models.attendance_service_resource import AttendanceServiceResource
        from ..models.list_attendance_services_response_200_meta import (
            ListAttendanceServicesResponse200Meta,
        )

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = AttendanceServiceResource.from_dict(data_item_data)

            data.append(data_item)

        meta = ListAttendanceServicesResponse200Meta.from_dict(d.pop("meta"))

        list_attendance_services_response_200 = cls(
            data=data,
            meta=meta,
        )

        return list_attendance_services_response_200
