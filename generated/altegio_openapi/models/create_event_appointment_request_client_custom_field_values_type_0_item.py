from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateEventAppointmentRequestClientCustomFieldValuesType0Item")


@_attrs_define
class CreateEventAppointmentRequestClientCustomFieldValuesType0Item:
    code: str
    value: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        value = d.pop("value")

        create_event_appointment_request_client_custom_field_values_type_0_item = cls(
            code=code,
            value=value,
        )

        return create_event_appointment_request_client_custom_field_values_type_0_item
