from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.attendance_service_suggestion_resource_attributes_suggestion_type import (
    AttendanceServiceSuggestionResourceAttributesSuggestionType,
)

T = TypeVar("T", bound="AttendanceServiceSuggestionResourceAttributes")


@_attrs_define
class AttendanceServiceSuggestionResourceAttributes:
    service_id: int
    """ Identifier of the suggested Service """
    suggestion_type: AttendanceServiceSuggestionResourceAttributesSuggestionType
    """ Why this is suggested. The enum values are sent as-is; `client`
    refers to a Booking User and `master` refers to a Team Member.
     """
    record_id: int | None
    """ ID of the originating Appointment, if the suggestion comes from an earlier visit """

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        suggestion_type = self.suggestion_type.value

        record_id: int | None
        record_id = self.record_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service_id": service_id,
                "suggestion_type": suggestion_type,
                "record_id": record_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        service_id = d.pop("service_id")

        suggestion_type = AttendanceServiceSuggestionResourceAttributesSuggestionType(
            d.pop("suggestion_type")
        )

        def _parse_record_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        record_id = _parse_record_id(d.pop("record_id"))

        attendance_service_suggestion_resource_attributes = cls(
            service_id=service_id,
            suggestion_type=suggestion_type,
            record_id=record_id,
        )

        return attendance_service_suggestion_resource_attributes
