from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.appointment_resource import AppointmentResource
    from ..models.included_resource import IncludedResource
    from ..models.list_appointments_response_200_meta import (
        ListAppointmentsResponse200Meta,
    )


T = TypeVar("T", bound="ListAppointmentsResponse200")


@_attrs_define
class ListAppointmentsResponse200:
    data: list[AppointmentResource]
    meta: ListAppointmentsResponse200Meta
    included: list[IncludedResource] | Unset = UNSET
    """ Resources asked for via `include`, if available """

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        meta = self.meta.to_dict()

        included: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = []
            for included_item_data in self.included:
                included_item = included_item_data.to_dict()
                included.append(included_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "meta": meta,
            }
        )
        if included is not UNSET:
            field_dict["included"] = included

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.appointment_resource import AppointmentResource
        from ..models.included_resource import IncludedResource
        from ..models.list_appointments_response_200_meta import (
            ListAppointmentsResponse200Meta,
        )

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = AppointmentResource.from_dict(data_item_data)

            data.append(data_item)

        meta = ListAppointmentsResponse200Meta.from_dict(d.pop("meta"))

        _included = d.pop("included", UNSET)
        included: list[IncludedResource] | Unset = UNSET
        if _included is not UNSET:
            included = []
            for included_item_data in _included:
                included_item = IncludedResource.from_dict(included_item_data)

                included.append(included_item)

        list_appointments_response_200 = cls(
            data=data,
            meta=meta,
            included=included,
        )

        return list_appointments_response_200
