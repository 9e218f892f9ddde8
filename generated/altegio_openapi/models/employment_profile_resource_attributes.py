from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.employment_profile_resource_attributes_gender import (
    EmploymentProfileResourceAttributesGender,
)

T = TypeVar("T", bound="EmploymentProfileResourceAttributes")


@_attrs_define
class EmploymentProfileResourceAttributes:
    phone: str
    """ Telephone number """
    name: str
    """ Name shown for display """
    firstname: str
    """ Given name """
    surname: str
    """ Surname """
    patronymic: str
    """ Middle name (patronymic) """
    date_admission: None | str
    """ Date and time employment began, with no timezone """
    date_registration_end: None | str
    """ Date and time the registration ends, with no timezone """
    citizenship: str
    """ Country of citizenship """
    gender: EmploymentProfileResourceAttributesGender
    """ Gender as sent on the wire: `0` = not specified, `1` = male, `2` = female """
    passport_data: str
    """ Details of the passport """
    personal_tax_reference_number: str
    """ Tax reference number of the person """
    number_insurance_certificates: str
    """ Number of the insurance certificate """

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        name = self.name

        firstname = self.firstname

        surname = self.surname

        patronymic = self.patronymic

        date_admission: None | str
        date_admission = self.date_admission

        date_registration_end: None | str
        date_registration_end = self.date_registration_end

        citizenship = self.citizenship

        gender = self.gender.value

        passport_data = self.passport_data

        personal_tax_reference_number = self.personal_tax_reference_number

        number_insurance_certificates = self.number_insurance_certificates

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "phone": phone,
                "name": name,
                "firstname": firstname,
                "surname": surname,
                "patronymic": patronymic,
                "date_admission": date_admission,
                "date_registration_end": date_registration_end,
                "citizenship": citizenship,
                "gender": gender,
                "passport_data": passport_data,
                "personal_tax_reference_number": personal_tax_reference_number,
                "number_insurance_certificates": number_insurance_certificates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phone = d.pop("phone")

        name = d.pop("name")

        firstname = d.pop("firstname")

        surname = d.pop("surname")

        patronymic = d.pop("patronymic")

        def _parse_date_admission(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        date_admission = _parse_date_admission(d.pop("date_admission"))

        def _parse_date_registration_end(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        date_registration_end = _parse_date_registration_end(
            d.pop("date_registration_end")
        )

        citizenship = d.pop("citizenship")

        gender = EmploymentProfileResourceAttributesGender(d.pop("gender"))

        passport_data = d.pop("passport_data")

        personal_tax_reference_number = d.pop("personal_tax_reference_number")

        number_insurance_certificates = d.pop("number_insurance_certificates")

        employment_profile_resource_attributes = cls(
            phone=phone,
            name=name,
            firstname=firstname,
            surname=surname,
            patronymic=patronymic,
            date_admission=date_admission,
            date_registration_end=date_registration_end,
            citizenship=citizenship,
            gender=gender,
            passport_data=passport_data,
            personal_tax_reference_number=personal_tax_reference_number,
            number_insurance_certificates=number_insurance_certificates,
        )

        return employment_profile_resource_attributes
