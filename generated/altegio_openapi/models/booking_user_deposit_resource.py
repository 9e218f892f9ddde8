from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.booking_user_deposit_resource_attributes import (
        BookingUserDepositResourceAttributes,
    )


T = TypeVar("T", bound="BookingUserDepositResource")


@_attrs_define
class BookingUserDepositResource:
    type_: Literal["timetable_deposit"]
    id: str
    """ Identifier of the Deposit """
    attributes: BookingUserDepositResourceAttributes

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.booking_user_deposit_resource_attributes import (
            BookingUserDepositResourceAttributes,
        )

        d = dict(src_dict)
        type_ = cast(Literal["timetable_deposit"], d.pop("type"))
        if type_ != "timetable_deposit":
            raise ValueError(
                f"type must match const 'timetable_deposit', got '{type_}'"
            )

        id = d.pop("id")

        attributes = BookingUserDepositResourceAttributes.from_dict(d.pop("attributes"))

        booking_user_deposit_resource = cls(
            type_=type_,
            id=id,
            attributes=attributes,
        )

        return booking_user_deposit_resource
