from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DeleteTimetableAppointmentBody")


@_attrs_define
class DeleteTimetableAppointmentBody:
    record_id: int
    """ Identifier of the Appointment """

    def to_dict(self) -> dict[str, Any]:
        record_id = self.record_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "recordId": record_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        record_id = d.pop("recordId")

        delete_timetable_appointment_body = cls(
            record_id=record_id,
        )

        return delete_timetable_appointment_body
