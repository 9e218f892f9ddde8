from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_event_appointment_request_client import (
        CreateEventAppointmentRequestClient,
    )
    from ..models.create_event_appointment_request_comer import (
        CreateEventAppointmentRequestComer,
    )


T = TypeVar("T", bound="CreateEventAppointmentRequest")


@_attrs_define
class CreateEventAppointmentRequest:
    client: CreateEventAppointmentRequestClient
    clients_count: int
    """ How many places the Appointment reserves """
    client_id: int | None | Unset = UNSET
    """ Deprecated wire field holding the ID of an existing Booking User. Use `client.id` instead """
    comer_id: int | None | Unset = UNSET
    """ Identifier of the walk-in visitor """
    comer: CreateEventAppointmentRequestComer | Unset = UNSET
    is_trial_service: bool | Unset = UNSET
    """ Indicates whether the Appointment is for a trial Service """

    def to_dict(self) -> dict[str, Any]:
        client = self.client.to_dict()

        clients_count = self.clients_count

        client_id: int | None | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        comer_id: int | None | Unset
        if isinstance(self.comer_id, Unset):
            comer_id = UNSET
        else:
            comer_id = self.comer_id

        comer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comer, Unset):
            comer = self.comer.to_dict()

        is_trial_service = self.is_trial_service

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "client": client,
                "clients_count": clients_count,
            }
        )
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if comer_id is not UNSET:
            field_dict["comer_id"] = comer_id
        if comer is not UNSET:
            field_dict["comer"] = comer
        if is_trial_service is not UNSET:
            field_dict["is_trial_service"] = is_trial_service

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_event_appointment_request_client import (
            CreateEventAppointmentRequestClient,
        )
        from ..models.create_event_appointment_request_comer import (
            CreateEventAppointmentRequestComer,
        )

        d = dict(src_dict)
        client = CreateEventAppointmentRequestClient.from_dict(d.pop("client"))

        clients_count = d.pop("clients_count")

        def _parse_client_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_comer_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        comer_id = _parse_comer_id(d.pop("comer_id", UNSET))

        _comer = d.pop("comer", UNSET)
        comer: CreateEventAppointmentRequestComer | Unset
        if isinstance(_comer, Unset):
            comer = UNSET
        else:
            comer = CreateEventAppointmentRequestComer.from_dict(_comer)

        is_trial_service = d.pop("is_trial_service", UNSET)

        create_event_appointment_request = cls(
            client=client,
            clients_count=clients_count,
            client_id=client_id,
            comer_id=comer_id,
            comer=comer,
            is_trial_service=is_trial_service,
        )

        return create_event_appointment_request
