from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="BookingUserResourceAttributes")


@_attrs_define
class BookingUserResourceAttributes:
    name: str
    """ Given name of the Booking User """
    surname: str
    """ Last name of the Booking User, shown according to Business User permissions """
    patronymic: str
    """ Middle name (patronymic) of the Booking User; visibility depends on Business User permissions """
    phone: str
    """ Phone number of the Booking User, shown according to Business User permissions """
    additional_phone: str
    """ Second phone number; empty string if none """
    email: str
    """ E-mail address, or an empty string """
    comment: str
    """ Comment from the Booking User card; visibility depends on Business User permissions """
    client_tips: bool
    """ Indicates whether the Booking User is able to leave tips """
    birthday: None | str
    """ Date of birth with no timezone, or `null` """
    card_number: str
    """ Card number of the Booking User, or an empty string """
    gender: int
    """ Gender value exactly as sent on the wire """
    discount: float
    """ Discount percentage (deprecated); use `discount_percent` instead """
    discount_percent: float
    """ Discount granted to the Booking User, as a percentage """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        surname = self.surname

        patronymic = self.patronymic

        phone = self.phone

        additional_phone = self.additional_phone

        email = self.email

        comment = self.comment

        client_tips = self.client_tips

        birthday: None | str
        birthday = self.birthday

        card_number = self.card_number

        gender = self.gender

        discount = self.discount

        discount_percent = self.discount_percent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "surname": surname,
                "patronymic": patronymic,
                "phone": phone,
                "additional_phone": additional_phone,
                "email": email,
                "comment": comment,
                "client_tips": client_tips,
                "birthday": birthday,
                "card_number": card_number,
                "gender": gender,
                "discount": discount,
                "discount_percent": discount_percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        surname = d.pop("surname")

        patronymic = d.pop("patronymic")

        phone = d.pop("phone")

        additional_phone = d.pop("additional_phone")

        email = d.pop("email")

        comment = d.pop("comment")

        client_tips = d.pop("client_tips")

        def _parse_birthday(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        birthday = _parse_birthday(d.pop("birthday"))

        card_number = d.pop("card_number")

        gender = d.pop("gender")

        discount = d.pop("discount")

        discount_percent = d.pop("discount_percent")

        booking_user_resource_attributes = cls(
            name=name,
            surname=surname,
            patronymic=patronymic,
            phone=phone,
            additional_phone=additional_phone,
            email=email,
            comment=comment,
            client_tips=client_tips,
            birthday=birthday,
            card_number=card_number,
            gender=gender,
            discount=discount,
            discount_percent=discount_percent,
        )

        return booking_user_resource_attributes
