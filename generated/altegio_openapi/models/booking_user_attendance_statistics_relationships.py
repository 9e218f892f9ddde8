from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.to_many_relationship import ToManyRelationship


T = TypeVar("T", bound="BookingUserAttendanceStatisticsRelationships")


@_attrs_define
class BookingUserAttendanceStatisticsRelationships:
    deposits: ToManyRelationship

    def to_dict(self) -> dict[str, Any]:
        deposits = self.deposits.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "deposits": deposits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.to_many_relationship import ToManyRelationship

        d = dict(src_dict)
        deposits = ToManyRelationship.from_dict(d.pop("deposits"))

        booking_user_attendance_statistics_relationships = cls(
            deposits=deposits,
        )

        return booking_user_attendance_statistics_relationships
