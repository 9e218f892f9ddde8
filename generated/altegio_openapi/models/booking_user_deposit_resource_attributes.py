from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BookingUserDepositResourceAttributes")


@_attrs_define
class BookingUserDepositResourceAttributes:
    title: str
    """ Name of the Deposit """
    balance: float
    """ Overall balance """
    reserved_balance: float
    """ Balance that is held in reserve """
    available_balance: float
    """ Balance left after reservations are taken into account """

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        balance = self.balance

        reserved_balance = self.reserved_balance

        available_balance = self.available_balance

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "balance": balance,
                "reserved_balance": reserved_balance,
                "available_balance": available_balance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title")

        balance = d.pop("balance")

        reserved_balance = d.pop("reserved_balance")

        available_balance = d.pop("available_balance")

        booking_user_deposit_resource_attributes = cls(
            title=title,
            balance=balance,
            reserved_balance=reserved_balance,
            available_balance=available_balance,
        )

        return booking_user_deposit_resource_attributes
