from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateEventAppointmentRequestClientAgreementsType0")


@_attrs_define
class CreateEventAppointmentRequestClientAgreementsType0:
    is_newsletter_allowed: bool
    is_personal_data_processing_allowed: bool

    def to_dict(self) -> dict[str, Any]:
        is_newsletter_allowed = self.is_newsletter_allowed

        is_personal_data_processing_allowed = self.is_personal_data_processing_allowed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "is_newsletter_allowed": is_newsletter_allowed,
                "is_personal_data_processing_allowed": is_personal_data_processing_allowed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_newsletter_allowed = d.pop("is_newsletter_allowed")

        is_personal_data_processing_allowed = d.pop(
            "is_personal_data_processing_allowed"
        )

        create_event_appointment_request_client_agreements_type_0 = cls(
            is_newsletter_allowed=is_newsletter_allowed,
            is_personal_data_processing_allowed=is_personal_data_processing_allowed,
        )

        return create_event_appointment_request_client_agreements_type_0
