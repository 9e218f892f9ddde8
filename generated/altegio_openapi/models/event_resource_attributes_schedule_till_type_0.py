from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="EventResourceAttributesScheduleTillType0")


@_attrs_define
class EventResourceAttributesScheduleTillType0:
    date: str
    timezone_type: int
    timezone: str

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        timezone_type = self.timezone_type

        timezone = self.timezone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "date": date,
                "timezone_type": timezone_type,
                "timezone": timezone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date = d.pop("date")

        timezone_type = d.pop("timezone_type")

        timezone = d.pop("timezone")

        event_resource_attributes_schedule_till_type_0 = cls(
            date=date,
            timezone_type=timezone_type,
            timezone=timezone,
        )

        return event_resource_attributes_schedule_till_type_0
