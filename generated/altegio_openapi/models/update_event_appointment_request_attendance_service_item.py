from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEventAppointmentRequestAttendanceServiceItem")


@_attrs_define
class UpdateEventAppointmentRequestAttendanceServiceItem:
    cost_per_unit: float
    discount_percent: float
    manual_cost: float
    is_trial: bool | Unset = UNSET
    """ Indicates whether the Appointment is for a trial Service """

    def to_dict(self) -> dict[str, Any]:
        cost_per_unit = self.cost_per_unit

        discount_percent = self.discount_percent

        manual_cost = self.manual_cost

        is_trial = self.is_trial

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cost_per_unit": cost_per_unit,
                "discount_percent": discount_percent,
                "manual_cost": manual_cost,
            }
        )
        if is_trial is not UNSET:
            field_dict["is_trial"] = is_trial

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cost_per_unit = d.pop("cost_per_unit")

        discount_percent = d.pop("discount_percent")

        manual_cost = d.pop("manual_cost")

        is_trial = d.pop("is_trial", UNSET)

        update_event_appointment_request_attendance_service_item = cls(
            cost_per_unit=cost_per_unit,
            discount_percent=discount_percent,
            manual_cost=manual_cost,
            is_trial=is_trial,
        )

        return update_event_appointment_request_attendance_service_item
