from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BookingUserLocationAttendanceStatisticsResourceAttributes")


@_attrs_define
class BookingUserLocationAttendanceStatisticsResourceAttributes:
    successful_attendances_count: int
    """ How many attendances were successful """
    failed_attendances_count: int
    """ How many attendances failed """
    balance_amount: float
    """ Balance at present """
    spent_amount: float
    """ Overall amount spent """
    paid_amount: float
    """ Sum of amounts paid """
    last_successful_attendance_datetime: None | str
    """ Most recent successful attendance, in the Location timezone """
    company_id: int
    """ Identifier of the Location; included only in Location statistics """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        successful_attendances_count = self.successful_attendances_count

        failed_attendances_count = self.failed_attendances_count

        balance_amount = self.balance_amount

        spent_amount = self.spent_amount

        paid_amount = self.paid_amount

        last_successful_attendance_datetime: None | str
        last_successful_attendance_datetime = self.last_successful_attendance_datetime

        company_id = self.company_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "successful_attendances_count": successful_attendances_count,
                "failed_attendances_count": failed_attendances_count,
                "balance_amount": balance_amount,
                "spent_amount": spent_amount,
                "paid_amount": paid_amount,
                "last_successful_attendance_datetime": last_successful_attendance_datetime,
                "company_id": company_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        successful_attendances_count = d.pop("successful_attendances_count")

        failed_attendances_count = d.pop("failed_attendances_count")

        balance_amount = d.pop("balance_amount")

        spent_amount = d.pop("spent_amount")

        paid_amount = d.pop("paid_amount")

        def _parse_last_successful_attendance_datetime(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_successful_attendance_datetime = (
            _parse_last_successful_attendance_datetime(
                d.pop("last_successful_attendance_datetime")
            )
        )

        company_id = d.pop("company_id")

        booking_user_location_attendance_statistics_resource_attributes = cls(
            successful_attendances_count=successful_attendances_count,
            failed_attendances_count=failed_attendances_count,
            balance_amount=balance_amount,
            spent_amount=spent_amount,
            paid_amount=paid_amount,
            last_successful_attendance_datetime=last_successful_attendance_datetime,
            company_id=company_id,
        )

        booking_user_location_attendance_statistics_resource_attributes.additional_properties = d
        return booking_user_location_attendance_statistics_resource_attributes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
