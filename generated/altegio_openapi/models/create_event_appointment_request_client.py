from __future__ import annotations

import datetime
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

from ..models.create_event_appointment_request_client_gender_type_1 import (
    CreateEventAppointmentRequestClientGenderType1,
)
from ..models.create_event_appointment_request_client_gender_type_2_type_1 import (
    CreateEventAppointmentRequestClientGenderType2Type1,
)
from ..models.create_event_appointment_request_client_gender_type_3_type_1 import (
    CreateEventAppointmentRequestClientGenderType3Type1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_event_appointment_request_client_agreements_type_0 import (
        CreateEventAppointmentRequestClientAgreementsType0,
    )
    from ..models.create_event_appointment_request_client_custom_field_values_type_0_item import (
        CreateEventAppointmentRequestClientCustomFieldValuesType0Item,
    )


T = TypeVar("T", bound="CreateEventAppointmentRequestClient")


@_attrs_define
class CreateEventAppointmentRequestClient:
    id: int | None
    """ ID of an existing Booking User, or `null` to create a new Booking User """
    name: str
    """ Given name of the Booking User """
    phone: Literal[""] | None | str
    """ Phone number of the Booking User, 9 to 15 digits long; an empty string is accepted too """
    email: None | str
    """ Email of the Booking User """
    surname: None | str
    """ Family name of the Booking User """
    patronymic: None | str
    """ Field with a literal wire name holding the Booking User's middle name """
    gender: (
        CreateEventAppointmentRequestClientGenderType1
        | CreateEventAppointmentRequestClientGenderType2Type1
        | CreateEventAppointmentRequestClientGenderType3Type1
        | None
    )
    """ Gender of the Booking User as sent on the wire """
    birthday: datetime.date | None
    """ Date of birth of the Booking User """
    custom_field_values: (
        list[CreateEventAppointmentRequestClientCustomFieldValuesType0Item] | None
    )
    """ Custom field values of the Booking User """
    agreements: CreateEventAppointmentRequestClientAgreementsType0 | None
    """ Consent flags of the Booking User """
    comment: str | Unset = UNSET
    """ Comment about the Booking User """
    national_id: None | str | Unset = UNSET
    """ National ID number of the Booking User """

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_event_appointment_request_client_agreements_type_0 import (
            CreateEventAppointmentRequestClientAgreementsType0,
        )

        id: int | None
        id = self.id

        name = self.name

        phone: Literal[""] | None | str
        phone = self.phone

        email: None | str
        email = self.email

        surname: None | str
        surname = self.surname

        patronymic: None | str
        patronymic = self.patronymic

        gender: int | None
        if (
            isinstance(self.gender, CreateEventAppointmentRequestClientGenderType1)
            or isinstance(
                self.gender, CreateEventAppointmentRequestClientGenderType2Type1
            )
            or isinstance(
                self.gender, CreateEventAppointmentRequestClientGenderType3Type1
            )
        ):
            gender = self.gender.value
        else:
            gender = self.gender

        birthday: None | str
        if isinstance(self.birthday, datetime.date):
            birthday = self.birthday.isoformat()
        else:
            birthday = self.birthday

        custom_field_values: list[dict[str, Any]] | None
        if isinstance(self.custom_field_values, list):
            custom_field_values = []
            for custom_field_values_type_0_item_data in self.custom_field_values:
                custom_field_values_type_0_item = (
                    custom_field_values_type_0_item_data.to_dict()
                )
                custom_field_values.append(custom_field_values_type_0_item)

        else:
            custom_field_values = self.custom_field_values

        agreements: dict[str, Any] | None
        if isinstance(
            self.agreements, CreateEventAppointmentRequestClientAgreementsType0
        ):
            agreements = self.agreements.to_dict()
        else:
            agreements = self.agreements

        comment = self.comment

        national_id: None | str | Unset
        if isinstance(self.national_id, Unset):
            national_id = UNSET
        else:
            national_id = self.national_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "phone": phone,
                "email": email,
                "surname": surname,
                "patronymic": patronymic,
                "gender": gender,
                "birthday": birthday,
                "custom_field_values": custom_field_values,
                "agreements": agreements,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if national_id is not UNSET:
            field_dict["national_id"] = national_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_event_appointment_request_client_agreements_type_0 import (
            CreateEventAppointmentRequestClientAgreementsType0,
        )
        from ..models.create_event_appointment_request_client_custom_field_values_type_0_item import (
            CreateEventAppointmentRequestClientCustomFieldValuesType0Item,
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        id = _parse_id(d.pop("id"))

        name = d.pop("name")

        def _parse_phone(data: object) -> Literal[""] | None | str:
            if data is None:
                return data
            phone_type_0 = cast(Literal[""], data)
            if phone_type_0 != "":
                raise ValueError(
                    f"phone_type_0 must match const '', got '{phone_type_0}'"
                )
            return phone_type_0
            return cast(Literal[""] | None | str, data)

        phone = _parse_phone(d.pop("phone"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_surname(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        surname = _parse_surname(d.pop("surname"))

        def _parse_patronymic(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        patronymic = _parse_patronymic(d.pop("patronymic"))

        def _parse_gender(
            data: object,
        ) -> (
            CreateEventAppointmentRequestClientGenderType1
            | CreateEventAppointmentRequestClientGenderType2Type1
            | CreateEventAppointmentRequestClientGenderType3Type1
            | None
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                gender_type_1 = CreateEventAppointmentRequestClientGenderType1(data)

                return gender_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, int):
                    raise TypeError()
                gender_type_2_type_1 = (
                    CreateEventAppointmentRequestClientGenderType2Type1(data)
                )

                return gender_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, int):
                    raise TypeError()
                gender_type_3_type_1 = (
                    CreateEventAppointmentRequestClientGenderType3Type1(data)
                )

                return gender_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateEventAppointmentRequestClientGenderType1
                | CreateEventAppointmentRequestClientGenderType2Type1
                | CreateEventAppointmentRequestClientGenderType3Type1
                | None,
                data,
            )

        gender = _parse_gender(d.pop("gender"))

        def _parse_birthday(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birthday_type_0 = datetime.date.fromisoformat(data)

                return birthday_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        birthday = _parse_birthday(d.pop("birthday"))

        def _parse_custom_field_values(
            data: object,
        ) -> list[CreateEventAppointmentRequestClientCustomFieldValuesType0Item] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_field_values_type_0 = []
                _custom_field_values_type_0 = data
                for custom_field_values_type_0_item_data in _custom_field_values_type_0:
                    custom_field_values_type_0_item = CreateEventAppointmentRequestClientCustomFieldValuesType0Item.from_dict(
                        custom_field_values_type_0_item_data
                    )

                    custom_field_values_type_0.append(custom_field_values_type_0_item)

                return custom_field_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[CreateEventAppointmentRequestClientCustomFieldValuesType0Item]
                | None,
                data,
            )

        custom_field_values = _parse_custom_field_values(d.pop("custom_field_values"))

        def _parse_agreements(
            data: object,
        ) -> CreateEventAppointmentRequestClientAgreementsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agreements_type_0 = (
                    CreateEventAppointmentRequestClientAgreementsType0.from_dict(data)
                )

                return agreements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateEventAppointmentRequestClientAgreementsType0 | None, data)

        agreements = _parse_agreements(d.pop("agreements"))

        comment = d.pop("comment", UNSET)

        def _parse_national_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        national_id = _parse_national_id(d.pop("national_id", UNSET))

        create_event_appointment_request_client = cls(
            id=id,
            name=name,
            phone=phone,
            email=email,
            surname=surname,
            patronymic=patronymic,
            gender=gender,
            birthday=birthday,
            custom_field_values=custom_field_values,
            agreements=agreements,
            comment=comment,
            national_id=national_id,
        )

        return create_event_appointment_request_client
