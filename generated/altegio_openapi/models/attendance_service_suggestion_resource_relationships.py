from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.to_one_relationship import ToOneRelationship


T = TypeVar("T", bound="AttendanceServiceSuggestionResourceRelationships")


@_attrs_define
class AttendanceServiceSuggestionResourceRelationships:
    """Included only if the related data is asked for via `include`"""

    attendance_service: ToOneRelationship | Unset = UNSET
    record: ToOneRelationship | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        attendance_service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attendance_service, Unset):
            attendance_service = self.attendance_service.to_dict()

        record: dict[str, Any] | Unset = UNSET
        if not isinstance(self.record, Unset):
            record = self.record.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if attendance_service is not UNSET:
            field_dict["attendance_service"] = attendance_service
        if record is not UNSET:
            field_dict["record"] = record

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.to_one_relationship import ToOneRelationship

        d = dict(src_dict)
        _attendance_service = d.pop("attendance_service", UNSET)
        attendance_service: ToOneRelationship | Unset
        if isinstance(_attendance_service, Unset):
            attendance_service = UNSET
        else:
            attendance_service = ToOneRelationship.from_dict(_attendance_service)

        _record = d.pop("record", UNSET)
        record: ToOneRelationship | Unset
        if isinstance(_record, Unset):
            record = UNSET
        else:
            record = ToOneRelationship.from_dict(_record)

        attendance_service_suggestion_resource_relationships = cls(
            attendance_service=attendance_service,
            record=record,
        )

        return attendance_service_suggestion_resource_relationships
